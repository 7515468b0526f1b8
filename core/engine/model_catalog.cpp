#include "core/engine/model_catalog.h"

#include "core/engine/errors.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sonara::core {
namespace {

const QString kManifestName = QStringLiteral("sonara-model.json");

QJsonObject readJsonFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

qint64 directorySize(const QString& path) {
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

bool copyDirectory(const QString& source, const QString& destination) {
    QDir sourceDir(source);
    if (!QDir().mkpath(destination)) {
        return false;
    }
    for (const QFileInfo& entry :
         sourceDir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(destination).filePath(entry.fileName());
        if (entry.isDir() ? !copyDirectory(entry.absoluteFilePath(), target)
                          : !QFile::copy(entry.absoluteFilePath(), target)) {
            return false;
        }
    }
    return true;
}

// Maps a transformers config's model_type to the architecture names engines declare.
QString architectureFromConfig(const QJsonObject& config) {
    const QString modelType = config.value(QStringLiteral("model_type")).toString();
    static const QMap<QString, QString> known = {
        {QStringLiteral("whisper"), QStringLiteral("whisper")},
        {QStringLiteral("wav2vec2"), QStringLiteral("wav2vec2")},
        {QStringLiteral("wavlm"), QStringLiteral("wavlm")},
        {QStringLiteral("vits"), QStringLiteral("vits")},
        {QStringLiteral("musicgen"), QStringLiteral("musicgen")},
        {QStringLiteral("encodec"), QStringLiteral("encodec")},
        {QStringLiteral("marian"), QStringLiteral("marian")},
        {QStringLiteral("speecht5_hifigan"), QStringLiteral("hifigan")},
    };
    return known.value(modelType);
}

}  // namespace

ModelCatalog ModelCatalog::builtin() {
    QFile file(QStringLiteral(":/sonara/models/catalog.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(QStringLiteral("the built-in model catalog is missing from this build"));
    }
    return fromJson(file.readAll());
}

ModelCatalog ModelCatalog::fromJson(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        throw Error(QStringLiteral("the model catalog is not valid JSON: %1")
                        .arg(parseError.errorString()));
    }
    ModelCatalog catalog;
    for (const QJsonValue& value : document.object().value(QStringLiteral("models")).toArray()) {
        const QJsonObject object = value.toObject();
        CatalogModel model;
        model.id = object.value(QStringLiteral("id")).toString();
        model.title = object.value(QStringLiteral("title")).toString();
        model.architecture = object.value(QStringLiteral("architecture")).toString();
        model.capability = object.value(QStringLiteral("capability")).toString();
        model.hubRepo = object.value(QStringLiteral("hub_repo")).toString();
        model.revision = object.value(QStringLiteral("revision")).toString();
        model.licence = object.value(QStringLiteral("licence")).toString();
        model.summary = object.value(QStringLiteral("summary")).toString();
        model.sizeBytes = object.value(QStringLiteral("size_bytes")).toInteger();
        model.vramBytes = object.value(QStringLiteral("vram_bytes")).toInteger();
        for (const QJsonValue& fileValue : object.value(QStringLiteral("files")).toArray()) {
            const QJsonObject fileObject = fileValue.toObject();
            model.files.append(
                CatalogFile{fileObject.value(QStringLiteral("path")).toString(),
                            fileObject.value(QStringLiteral("url")).toString(),
                            fileObject.value(QStringLiteral("sha256")).toString(),
                            fileObject.value(QStringLiteral("size_bytes")).toInteger()});
        }
        if (model.id.isEmpty() || model.architecture.isEmpty()) {
            throw Error(
                QStringLiteral("the model catalog has an entry without id or architecture"));
        }
        catalog.models_.append(model);
    }
    return catalog;
}

const CatalogModel* ModelCatalog::find(const QString& id) const {
    for (const CatalogModel& model : models_) {
        if (model.id == id) {
            return &model;
        }
    }
    return nullptr;
}

QList<CatalogModel> ModelCatalog::forArchitectures(const QStringList& architectures) const {
    QList<CatalogModel> result;
    for (const CatalogModel& model : models_) {
        if (architectures.contains(model.architecture)) {
            result.append(model);
        }
    }
    return result;
}

ModelRepository::ModelRepository(QString modelsDirectory, ModelCatalog catalog)
    : directory_(std::move(modelsDirectory)), catalog_(std::move(catalog)) {}

QList<InstalledModel> ModelRepository::installedModels() const {
    QList<InstalledModel> models;
    const QDir root(directory_);
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (auto model = find(name)) {
            models.append(*model);
        }
    }
    return models;
}

std::optional<InstalledModel> ModelRepository::find(const QString& id) const {
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.startsWith(QLatin1Char('.'))) {
        return std::nullopt;
    }
    const QString folder = QDir(directory_).filePath(id);
    const QJsonObject manifest = readJsonFile(QDir(folder).filePath(kManifestName));
    if (manifest.isEmpty()) {
        return std::nullopt;
    }
    return InstalledModel{id, manifest.value(QStringLiteral("architecture")).toString(), folder,
                          manifest.value(QStringLiteral("size_bytes")).toInteger()};
}

InstalledModel ModelRepository::require(const QString& id,
                                        const QStringList& acceptedArchitectures) const {
    const std::optional<InstalledModel> model = find(id);
    if (!model) {
        const CatalogModel* known = catalog_.find(id);
        throw ModelNotInstalledError(id,
                                     known ? QString() : QStringLiteral("and not in the catalog"));
    }
    if (!acceptedArchitectures.isEmpty() && !acceptedArchitectures.contains(model->architecture)) {
        throw ValidationError(
            ValidationError::Kind::OutOfRange, QStringLiteral("model"),
            QStringLiteral("model %1 is a %2 model; this engine loads %3")
                .arg(id, model->architecture, acceptedArchitectures.join(QStringLiteral(", "))));
    }
    return *model;
}

InstalledModel ModelRepository::installFromFolder(const QString& id, const QString& sourceFolder,
                                                  const QString& givenArchitecture) {
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.startsWith(QLatin1Char('.'))) {
        throw ValidationError(ValidationError::Kind::Malformed, QStringLiteral("model"),
                              QStringLiteral("'%1' is not a valid model id").arg(id));
    }
    const QDir source(sourceFolder);
    if (!source.exists()) {
        throw NotFoundError(QStringLiteral("model folder %1 does not exist").arg(sourceFolder));
    }
    QString architecture;
    if (const CatalogModel* known = catalog_.find(id)) {
        architecture = known->architecture;
    } else if (!givenArchitecture.isEmpty()) {
        architecture = givenArchitecture;
    } else {
        architecture =
            architectureFromConfig(readJsonFile(source.filePath(QStringLiteral("config.json"))));
    }
    if (architecture.isEmpty()) {
        throw ValidationError(
            ValidationError::Kind::Unknown, QStringLiteral("model"),
            QStringLiteral("cannot tell which architecture %1 holds: it is not in "
                           "the catalog and its config.json names no known "
                           "model_type; say which it is (e.g. \"architecture\": \"hifigan\")")
                .arg(sourceFolder));
    }
    const QString staging = QDir(directory_).filePath(QStringLiteral(".installing-%1").arg(id));
    QDir(staging).removeRecursively();
    if (!copyDirectory(sourceFolder, staging)) {
        QDir(staging).removeRecursively();
        throw Error(QStringLiteral("cannot copy %1 into %2: check free space and permissions")
                        .arg(sourceFolder, directory_));
    }
    const qint64 size = directorySize(staging);
    QFile manifest(QDir(staging).filePath(kManifestName));
    if (!manifest.open(QIODevice::WriteOnly)) {
        QDir(staging).removeRecursively();
        throw Error(QStringLiteral("cannot write %1").arg(manifest.fileName()));
    }
    manifest.write(QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                             {QStringLiteral("architecture"), architecture},
                                             {QStringLiteral("source"), sourceFolder},
                                             {QStringLiteral("size_bytes"), size}})
                       .toJson());
    manifest.close();
    const QString finalFolder = QDir(directory_).filePath(id);
    QDir(finalFolder).removeRecursively();
    if (!QDir().rename(staging, finalFolder)) {
        QDir(staging).removeRecursively();
        throw Error(QStringLiteral("cannot move the model into %1").arg(finalFolder));
    }
    return InstalledModel{id, architecture, finalFolder, size};
}

void ModelRepository::remove(const QString& id) {
    if (!find(id)) {
        throw NotFoundError(QStringLiteral("model %1 is not installed").arg(id));
    }
    QDir(QDir(directory_).filePath(id)).removeRecursively();
}

}  // namespace sonara::core
