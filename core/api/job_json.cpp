#include "core/api/job_json.h"

#include "core/audio/waveform_video.h"
#include "core/engine/errors.h"
#include "core/engine/job_manager.h"
#include "core/store/asset_store.h"
#include "core/store/job_store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace sonara::core::api {
namespace {

using Kind = ValidationError::Kind;

const QStringList kRequestFields = {QStringLiteral("capability"), QStringLiteral("engine"),
                                    QStringLiteral("model"),      QStringLiteral("parameters"),
                                    QStringLiteral("inputs"),     QStringLiteral("text"),
                                    QStringLiteral("voice"),      QStringLiteral("priority"),
                                    QStringLiteral("label"),      QStringLiteral("metadata")};

QString stringField(const QJsonObject& body, const QString& key) {
    const QJsonValue value = body.value(key);
    if (!value.isUndefined() && !value.isNull() && !value.isString()) {
        throw ValidationError(Kind::Malformed, key,
                              QStringLiteral("'%1' must be a string").arg(key));
    }
    return value.toString();
}

int priorityField(const QJsonObject& body) {
    const QJsonValue value = body.value(QStringLiteral("priority"));
    if (value.isUndefined() || value.isNull()) {
        return 0;
    }
    const double number = value.toDouble(0.5);
    if (!value.isDouble() || number != std::floor(number) || std::abs(number) > 1e6) {
        throw ValidationError(Kind::OutOfRange, QStringLiteral("priority"),
                              QStringLiteral("'priority' must be a whole number from %1 to %2 "
                                             "(higher starts first; default 0)")
                                  .arg(JobManager::kMinPriority)
                                  .arg(JobManager::kMaxPriority));
    }
    return static_cast<int>(number);
}

// The client's own filing of a job: a label (text to find it by) and metadata (any JSON object),
// both stored and echoed, never read by the engine. A wrong type is a 422 like a value too big.
void readClientFields(const QJsonObject& body, JobRequest& job) {
    const QJsonValue label = body.value(QStringLiteral("label"));
    if (!label.isUndefined() && !label.isNull()) {
        if (!label.isString()) {
            throw ValidationError(Kind::OutOfRange, QStringLiteral("label"),
                                  QStringLiteral("'label' must be a string of at most %1 "
                                                 "characters")
                                      .arg(kMaxLabelLength));
        }
        if (label.toString().size() > kMaxLabelLength) {
            throw ValidationError(Kind::OutOfRange, QStringLiteral("label"),
                                  QStringLiteral("'label' has %1 characters; at most %2 are kept")
                                      .arg(label.toString().size())
                                      .arg(kMaxLabelLength));
        }
        job.label = label.toString();
    }
    const QJsonValue metadata = body.value(QStringLiteral("metadata"));
    if (!metadata.isUndefined() && !metadata.isNull()) {
        if (!metadata.isObject()) {
            throw ValidationError(Kind::OutOfRange, QStringLiteral("metadata"),
                                  QStringLiteral("'metadata' must be a JSON object, e.g. "
                                                 "{\"episode\": 12}"));
        }
        const qsizetype size =
            QJsonDocument(metadata.toObject()).toJson(QJsonDocument::Compact).size();
        if (size > kMaxMetadataBytes) {
            throw ValidationError(Kind::OutOfRange, QStringLiteral("metadata"),
                                  QStringLiteral("'metadata' is %1 bytes as compact JSON; at most "
                                                 "%2 are kept, so store large data elsewhere and "
                                                 "put a reference here")
                                      .arg(size)
                                      .arg(kMaxMetadataBytes));
        }
        job.metadata = metadata.toObject();
    }
}

QString assetPath(const store::AssetStore& assets, const QJsonValue& id, const QString& field,
                  InputKind kind = InputKind::Audio) {
    if (!id.isString() || id.toString().isEmpty()) {
        throw ValidationError(Kind::Malformed, field,
                              QStringLiteral("'%1' must be an asset id (upload the file to "
                                             "/v1/assets first)")
                                  .arg(field));
    }
    const std::optional<store::Asset> asset = assets.find(id.toString());
    if (!asset) {
        throw ValidationError(Kind::Unknown, field,
                              QStringLiteral("there is no asset '%1'; upload the file to "
                                             "/v1/assets and pass the id it returns")
                                  .arg(id.toString()));
    }
    if (kind == InputKind::Image && !audio::isPicture(asset->path)) {
        throw ValidationError(Kind::OutOfRange, field,
                              QStringLiteral("'%1' needs a picture, but asset '%2' (%3) is not "
                                             "one; upload a PNG, JPEG or WebP to /v1/assets")
                                  .arg(field, asset->id, asset->name));
    }
    // A job's transcript or video, or a picture, is not something to listen to.
    if (kind == InputKind::Audio && asset->kind != QLatin1String("audio")) {
        throw ValidationError(Kind::OutOfRange, field,
                              QStringLiteral("'%1' needs audio, but asset '%2' (%3) is not an "
                                             "audio file; upload a recording to /v1/assets")
                                  .arg(field, asset->id, asset->name));
    }
    return asset->path;
}

// One asset id or a list of them, as local paths.
QStringList assetPaths(const store::AssetStore& assets, const QJsonValue& value,
                       const QString& field, InputKind kind) {
    if (!value.isArray()) {
        return {assetPath(assets, value, field, kind)};
    }
    QStringList paths;
    const QJsonArray ids = value.toArray();
    for (int i = 0; i < ids.size(); ++i) {
        paths.append(
            assetPath(assets, ids.at(i), QStringLiteral("%1[%2]").arg(field).arg(i), kind));
    }
    return paths;
}

void readNamedInputs(const QJsonObject& inputs, const CapabilityDescriptor* descriptor,
                     const store::AssetStore& assets, JobInputs& raw) {
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const InputSpec* spec = descriptor ? descriptor->input(it.key()) : nullptr;
        if (spec && isFileInput(spec->kind)) {
            raw.setFiles(it.key(), assetPaths(assets, it.value(), it.key(), spec->kind));
        } else {
            raw.set(it.key(), it.value().toVariant());
        }
    }
}

// The first shape of the API: a list of asset ids for the capability's one audio input.
void readListedFiles(const QJsonArray& ids, const CapabilityDescriptor* descriptor,
                     const store::AssetStore& assets, JobInputs& raw) {
    const InputSpec* fileInput = descriptor ? descriptor->firstFileInput() : nullptr;
    if (!fileInput) {
        if (!ids.isEmpty() && descriptor) {
            throw ValidationError(Kind::Unknown, QStringLiteral("inputs"),
                                  QStringLiteral("%1 takes no files").arg(descriptor->id));
        }
        return;
    }
    QStringList paths;
    for (int i = 0; i < ids.size(); ++i) {
        paths.append(assetPath(assets, ids.at(i), QStringLiteral("inputs[%1]").arg(i)));
    }
    raw.setFiles(fileInput->id, paths);
}

void readShorthand(const QJsonObject& body, const QString& field, InputKind kind,
                   const CapabilityDescriptor* descriptor, JobInputs& raw) {
    const QString value = stringField(body, field);
    if (value.isEmpty()) {
        return;
    }
    const InputSpec* spec = descriptor ? descriptor->firstInput(kind) : nullptr;
    const QString id = spec ? spec->id : field;
    if (raw.has(id)) {
        throw ValidationError(Kind::Malformed, field,
                              QStringLiteral("give '%1' once: either as inputs.%2 or as the "
                                             "top-level '%3'")
                                  .arg(field, id, field));
    }
    raw.setText(id, value);
}

QJsonValue echoFile(const QString& path, const store::AssetStore& assets) {
    if (const std::optional<store::Asset> asset = assets.findByPath(path)) {
        return asset->id;
    }
    return QFileInfo(path).fileName();
}

}  // namespace

JobRequest jobRequestFromJson(const QJsonObject& body, const CapabilityRegistry& registry,
                              const store::AssetStore& assets) {
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!kRequestFields.contains(it.key())) {
            throw ValidationError(Kind::Unknown, it.key(),
                                  QStringLiteral("unknown field '%1'; a job takes %2")
                                      .arg(it.key(), kRequestFields.join(QStringLiteral(", "))));
        }
    }
    JobRequest job;
    job.capability = stringField(body, QStringLiteral("capability"));
    job.engine = stringField(body, QStringLiteral("engine"));
    job.model = stringField(body, QStringLiteral("model"));
    job.priority = priorityField(body);
    if (job.capability.isEmpty()) {
        throw ValidationError(Kind::Missing, QStringLiteral("capability"),
                              QStringLiteral("say which capability to run, e.g. \"capability\": "
                                             "\"tts\" (see /v1/capabilities)"));
    }
    const QJsonValue parameters = body.value(QStringLiteral("parameters"));
    if (!parameters.isUndefined() && !parameters.isObject()) {
        throw ValidationError(Kind::Malformed, QStringLiteral("parameters"),
                              QStringLiteral("'parameters' must be an object of name: value"));
    }
    job.parameters = parameters.toObject().toVariantMap();
    readClientFields(body, job);

    const CapabilityDescriptor* descriptor = registry.capability(job.capability);
    const QJsonValue inputs = body.value(QStringLiteral("inputs"));
    if (inputs.isObject()) {
        readNamedInputs(inputs.toObject(), descriptor, assets, job.inputs);
    } else if (inputs.isArray()) {
        readListedFiles(inputs.toArray(), descriptor, assets, job.inputs);
    } else if (!inputs.isUndefined() && !inputs.isNull()) {
        throw ValidationError(Kind::Malformed, QStringLiteral("inputs"),
                              QStringLiteral("'inputs' must be an object of input name: value "
                                             "(see the capability's inputs in /v1/capabilities)"));
    }
    readShorthand(body, QStringLiteral("text"), InputKind::Text, descriptor, job.inputs);
    readShorthand(body, QStringLiteral("voice"), InputKind::Voice, descriptor, job.inputs);
    return job;
}

QJsonObject jobToJson(const store::JobRecord& job, const CapabilityRegistry& registry,
                      const store::AssetStore& assets) {
    QJsonObject json = job.toJson();
    const CapabilityDescriptor* descriptor = registry.capability(job.capability);
    QJsonObject inputs = job.inputs;
    QString error = job.error;
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const InputSpec* spec = descriptor ? descriptor->input(it.key()) : nullptr;
        if (!spec || !isFileInput(spec->kind)) {
            continue;
        }
        QJsonArray files;
        for (const QJsonValue& path : it.value().toArray()) {
            files.append(echoFile(path.toString(), assets));
            // An engine's message names the stored copy; the user knows the file's own name.
            if (!error.isEmpty()) {
                const std::optional<store::Asset> asset = assets.findByPath(path.toString());
                error.replace(path.toString(), asset && !asset->name.isEmpty()
                                                   ? asset->name
                                                   : QFileInfo(path.toString()).fileName());
            }
        }
        it.value() = spec->multiple || files.isEmpty() ? QJsonValue(files) : files.first();
    }
    json.insert(QStringLiteral("inputs"), inputs);
    json.insert(QStringLiteral("error"), error);
    return json;
}

}  // namespace sonara::core::api
