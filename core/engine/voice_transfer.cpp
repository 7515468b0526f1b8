// Export and import of a voice as one portable file (voice_archive.h).
#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/engine/errors.h"
#include "core/engine/voice_archive.h"
#include "core/engine/voice_library.h"
#include "core/store/asset_store.h"
#include "core/store/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace sonara::core {
namespace {

using Kind = ValidationError::Kind;

QString stringField(const QJsonObject& object, const QString& key, const QString& field,
                    bool required) {
    const QJsonValue value = object.value(key);
    if ((value.isUndefined() || value.isNull()) && !required) {
        return {};
    }
    if (!value.isString() || (required && value.toString().trimmed().isEmpty())) {
        throw ValidationError(Kind::Malformed, field,
                              QStringLiteral("the voice file's %1 is missing or not text; it is "
                                             "damaged: export the voice again")
                                  .arg(key));
    }
    return value.toString();
}

}  // namespace

void VoiceLibrary::exportVoice(const QString& id, const QString& path) const {
    const std::optional<Voice> voice = find(id);
    if (!voice) {
        throw NotFoundError(
            QStringLiteral("there is no voice %1 (GET /v1/voices lists them)").arg(id));
    }
    QList<voice_archive::Member> members;
    QJsonArray recordings;
    for (int i = 0; i < voice->originalSamples.size(); ++i) {
        const std::optional<store::Asset> asset = assets_.find(voice->originalSamples.at(i));
        if (!asset) {
            throw store::StoreError(QStringLiteral("a recording of the voice '%1' is missing from "
                                                   "the library; add the voice again")
                                        .arg(voice->name));
        }
        const QString member = voice_archive::recordingMemberName(i, asset->name);
        recordings.append(QJsonObject{{QStringLiteral("file"), member},
                                      {QStringLiteral("name"), asset->name},
                                      {QStringLiteral("sha256"), asset->sha256}});
        members.append({member, asset->path, {}});
    }
    const QJsonObject manifest{
        {QStringLiteral("format"), QString::fromLatin1(voice_archive::kFormat)},
        {QStringLiteral("version"), voice_archive::kVersion},
        {QStringLiteral("name"), voice->name},
        {QStringLiteral("language"), voice->language},
        {QStringLiteral("notes"), voice->notes},
        {QStringLiteral("created_at"), voice->createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("consent"),
         voice->consent.isGiven() ? QJsonValue(voice->consent.toJson()) : QJsonValue()},
        {QStringLiteral("recordings"), recordings}};
    members.prepend({QString::fromLatin1(voice_archive::kManifestName),
                     {},
                     QJsonDocument(manifest).toJson(QJsonDocument::Indented)});
    QString error;
    if (!voice_archive::write(path, members, &error)) {
        throw store::StoreError(error);
    }
}

Voice VoiceLibrary::importVoice(const QString& path, const QString& name, const QString& field,
                                const QString& shownName) {
    const QString shown = shownName.isEmpty() ? QFileInfo(path).fileName() : shownName;
    const auto refuse = [&](const QString& why) {
        return ValidationError(Kind::OutOfRange, field,
                               QStringLiteral("%1 cannot be imported: %2").arg(shown, why));
    };
    QTemporaryDir scratch;
    QMap<QString, QString> members;
    QString error;
    if (!scratch.isValid()) {
        throw store::StoreError(QStringLiteral("no temporary folder to unpack %1 in").arg(shown));
    }
    if (!voice_archive::extract(path, scratch.path(), &members, &error)) {
        throw refuse(error);
    }
    const QString manifestName = QString::fromLatin1(voice_archive::kManifestName);
    QFile manifestFile(members.value(manifestName));
    if (!members.contains(manifestName) || !manifestFile.open(QIODevice::ReadOnly)) {
        throw refuse(
            QStringLiteral("it has no voice.json; it is not a voice file exported by "
                           "Sonara"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(manifestFile.read(1 << 20), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        throw refuse(
            QStringLiteral("its voice.json is not valid JSON (%1)").arg(parseError.errorString()));
    }
    const QJsonObject manifest = document.object();
    if (manifest.value(QStringLiteral("format")).toString() !=
        QLatin1String(voice_archive::kFormat)) {
        throw refuse(QStringLiteral("its voice.json is not a Sonara voice (format must be '%1')")
                         .arg(QString::fromLatin1(voice_archive::kFormat)));
    }
    if (manifest.value(QStringLiteral("version")).toInt() != voice_archive::kVersion) {
        throw refuse(QStringLiteral("it was written by a newer Sonara (voice file version %1); "
                                    "update Sonara Studio to import it")
                         .arg(manifest.value(QStringLiteral("version")).toVariant().toString()));
    }
    VoiceRequest request;
    try {
        request.name = name.trimmed().isEmpty()
                           ? stringField(manifest, QStringLiteral("name"), field, true)
                           : name;
        request.language = stringField(manifest, QStringLiteral("language"), field, false);
        request.notes = stringField(manifest, QStringLiteral("notes"), field, false);
        request.consent = VoiceConsent::fromJson(manifest.value(QStringLiteral("consent")),
                                                 QStringLiteral("consent"));
        checkConsent(request.consent);
    } catch (const ValidationError& invalid) {
        throw refuse(
            QStringLiteral("%1 in its voice.json: %2").arg(invalid.field(), invalid.message()));
    }
    const QJsonValue recordingsValue = manifest.value(QStringLiteral("recordings"));
    const QJsonArray recordings = recordingsValue.toArray();
    if (!recordingsValue.isArray() || recordings.isEmpty()) {
        throw refuse(QStringLiteral("its voice.json lists no recordings"));
    }
    QStringList listed{manifestName};
    QStringList files;
    QStringList names;
    for (int i = 0; i < recordings.size(); ++i) {
        const QJsonObject recording = recordings.at(i).toObject();
        const QString member = recording.value(QStringLiteral("file")).toString();
        const QString sha = recording.value(QStringLiteral("sha256")).toString();
        if (!members.contains(member) || listed.contains(member)) {
            throw refuse(
                QStringLiteral("recordings[%1] ('%2') is not in the file").arg(i).arg(member));
        }
        if (store::AssetStore::sha256OfFile(members.value(member)) != sha) {
            throw refuse(QStringLiteral("recordings[%1] ('%2') does not match its checksum; the "
                                        "file is damaged")
                             .arg(i)
                             .arg(member));
        }
        listed.append(member);
        files.append(members.value(member));
        const QString recordingName = recording.value(QStringLiteral("name")).toString();
        names.append(recordingName.isEmpty() ? QFileInfo(member).fileName()
                                             : QFileInfo(recordingName).fileName());
    }
    for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
        if (!listed.contains(it.key())) {
            throw refuse(
                QStringLiteral("it holds '%1', which its voice.json does not list").arg(it.key()));
        }
    }
    // Names and recordings are checked by create() too, but an import must fail before its
    // recordings become assets.
    try {
        checkNameFree(request.name.trimmed());
    } catch (const ValidationError& taken) {
        throw ValidationError(Kind::OutOfRange, QStringLiteral("name"),
                              taken.message() + QStringLiteral(" (import it under another name)"));
    }
    for (int i = 0; i < files.size(); ++i) {
        try {
            const audio::AudioInfo info = audio::probeFile(files.at(i));
            if (info.durationSeconds < kMinSampleSeconds ||
                info.durationSeconds > kMaxSampleSeconds) {
                throw refuse(QStringLiteral("recording %1 lasts %2 s, outside %3 s to %4 minutes")
                                 .arg(names.at(i))
                                 .arg(info.durationSeconds, 0, 'f', 2)
                                 .arg(kMinSampleSeconds)
                                 .arg(kMaxSampleSeconds / 60));
            }
        } catch (const audio::AudioError&) {
            throw refuse(QStringLiteral("recording %1 is not readable audio").arg(names.at(i)));
        }
    }
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QStringList added;
    try {
        for (int i = 0; i < files.size(); ++i) {
            store::AssetDescription description;
            description.name = names.at(i);
            added.append(assets_.add(files.at(i), description, true).id);
        }
        request.samples = added;
        return create(request);
    } catch (const ValidationError& invalid) {
        dropNewAssets(added, started);
        if (invalid.field() == QLatin1String("name")) {
            throw;
        }
        throw refuse(invalid.message());
    } catch (...) {
        dropNewAssets(added, started);
        throw;
    }
}

}  // namespace sonara::core
