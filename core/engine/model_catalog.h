#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sonara::core {

struct CatalogFile {
    QString path;  // inside the model's folder, e.g. "model.safetensors"
    QString url;
    QString sha256;
    qint64 sizeBytes = 0;
};

// A model the studio knows how to get: resources/models/catalog.json, one entry per model.
struct CatalogModel {
    QString id;
    QString title;
    QString architecture;
    QString capability;
    QString hubRepo;
    QString revision;
    QString licence;
    QString summary;
    qint64 sizeBytes = 0;
    qint64 vramBytes = 0;
    QList<CatalogFile> files;
};

class ModelCatalog {
public:
    // The catalog compiled into the program from resources/models/catalog.json.
    static ModelCatalog builtin();
    static ModelCatalog fromJson(const QByteArray& json);

    const QList<CatalogModel>& models() const { return models_; }
    const CatalogModel* find(const QString& id) const;
    QList<CatalogModel> forArchitectures(const QStringList& architectures) const;

private:
    QList<CatalogModel> models_;
};

// A model present in the data directory: <models dir>/<id>/ with a sonara-model.json manifest.
struct InstalledModel {
    QString id;
    QString architecture;
    QString directory;
    qint64 sizeBytes = 0;
};

// Finds installed models in the user's data directory and installs them from a local folder.
class ModelRepository {
public:
    ModelRepository(QString modelsDirectory, ModelCatalog catalog);

    const QString& directory() const { return directory_; }
    const ModelCatalog& catalog() const { return catalog_; }
    QList<InstalledModel> installedModels() const;
    std::optional<InstalledModel> find(const QString& id) const;
    // The model for a job, or ModelNotInstalledError telling the user how to install it.
    InstalledModel require(const QString& id, const QStringList& acceptedArchitectures) const;
    // Copies a checkpoint folder into the data directory under `id`; the architecture comes
    // from the catalog or, for unlisted models, from `architecture` when given (a single
    // downloaded checkpoint has no config.json) or else the folder's config.json.
    InstalledModel installFromFolder(const QString& id, const QString& sourceFolder,
                                     const QString& architecture = {});
    void remove(const QString& id);

private:
    QString directory_;
    ModelCatalog catalog_;
};

}  // namespace sonara::core
