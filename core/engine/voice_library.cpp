#include "core/engine/voice_library.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/engine/errors.h"
#include "core/store/asset_store.h"
#include "core/store/database.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sonara::core {
namespace {

void execOrThrow(QSqlQuery& query) {
    if (!query.exec()) {
        throw store::StoreError(QStringLiteral("voice library: %1").arg(query.lastError().text()));
    }
}

// The columns are NOT NULL: an empty QString must bind as '' rather than as NULL.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

}  // namespace

QJsonObject Voice::toJson() const {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("language"), language},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("samples"), QJsonArray::fromStringList(samples)},
                       {QStringLiteral("sample_seconds"), sampleSeconds},
                       {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)}};
}

VoiceLibrary::VoiceLibrary(store::Database& database, store::AssetStore& assets)
    : database_(database), assets_(assets) {}

Voice VoiceLibrary::create(const VoiceRequest& request) {
    const QString name = request.name.trimmed();
    if (name.isEmpty()) {
        throw ValidationError(ValidationError::Kind::Missing, QStringLiteral("name"),
                              QStringLiteral("give the voice a name, e.g. \"name\": \"narrator\""));
    }
    if (request.samples.isEmpty()) {
        throw ValidationError(ValidationError::Kind::Missing, QStringLiteral("samples"),
                              QStringLiteral("a voice needs at least one recording: upload it to "
                                             "/v1/assets and list its id in \"samples\""));
    }
    for (const Voice& existing : list()) {
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0) {
            throw ValidationError(
                ValidationError::Kind::OutOfRange, QStringLiteral("name"),
                QStringLiteral("there is already a voice called '%1' (%2); pick another name or "
                               "remove that voice first")
                    .arg(existing.name, existing.id));
        }
    }
    double seconds = 0.0;
    QStringList samples;
    for (int i = 0; i < request.samples.size(); ++i) {
        const QString field = QStringLiteral("samples[%1]").arg(i);
        const std::optional<store::Asset> asset = assets_.find(request.samples.at(i));
        if (!asset) {
            throw ValidationError(
                ValidationError::Kind::Unknown, field,
                QStringLiteral("there is no asset '%1'; upload the recording to /v1/assets and "
                               "pass the id it returns")
                    .arg(request.samples.at(i)));
        }
        // Decoded here rather than trusting the stored metadata: an asset may be a transcript or
        // a file FFmpeg cannot read, and a voice made of it would fail every job later.
        audio::AudioInfo info;
        try {
            info = audio::probeFile(asset->path);
        } catch (const audio::AudioError& error) {
            throw ValidationError(
                ValidationError::Kind::OutOfRange, field,
                QStringLiteral("asset %1 (%2) is not readable audio: %3; upload "
                               "a WAV, FLAC, MP3 or Ogg recording")
                    .arg(asset->id, asset->name, QString::fromUtf8(error.what())));
        }
        if (info.durationSeconds < kMinSampleSeconds || info.durationSeconds > kMaxSampleSeconds) {
            throw ValidationError(
                ValidationError::Kind::OutOfRange, field,
                QStringLiteral("asset %1 (%2) lasts %3 s; a voice sample must last from %4 s to "
                               "%5 minutes")
                    .arg(asset->id, asset->name)
                    .arg(info.durationSeconds, 0, 'f', 2)
                    .arg(kMinSampleSeconds)
                    .arg(kMaxSampleSeconds / 60));
        }
        if (!samples.contains(asset->id)) {
            samples.append(asset->id);
            seconds += info.durationSeconds;
        }
    }

    Voice voice;
    voice.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    voice.name = name;
    voice.language = request.language.trimmed();
    voice.notes = request.notes;
    voice.samples = samples;
    voice.sampleSeconds = seconds;
    voice.createdAt = QDateTime::currentDateTimeUtc();

    QSqlDatabase db = database_.connection();
    db.transaction();
    try {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO voices (id, name, language, notes, created_at) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(voice.id);
        insert.addBindValue(voice.name);
        insert.addBindValue(text(voice.language));
        insert.addBindValue(text(voice.notes));
        insert.addBindValue(voice.createdAt.toString(Qt::ISODateWithMs));
        if (!insert.exec()) {
            if (!insert.lastError().text().contains(QLatin1String("UNIQUE"))) {
                throw store::StoreError(
                    QStringLiteral("voice library: %1").arg(insert.lastError().text()));
            }
            // Two clients creating the same name at once: the UNIQUE constraint decides.
            throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("name"),
                                  QStringLiteral("cannot add voice '%1': %2; pick another name")
                                      .arg(voice.name, insert.lastError().text()));
        }
        for (const QString& asset : samples) {
            QSqlQuery sample(db);
            sample.prepare(
                QStringLiteral("INSERT INTO voice_samples (voice_id, asset_id) VALUES (?, ?)"));
            sample.addBindValue(voice.id);
            sample.addBindValue(asset);
            execOrThrow(sample);
        }
        db.commit();
    } catch (...) {
        db.rollback();
        throw;
    }
    return voice;
}

QList<Voice> VoiceLibrary::list() const {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM voices ORDER BY name COLLATE NOCASE"));
    execOrThrow(query);
    QStringList ids;
    while (query.next()) {
        ids.append(query.value(0).toString());
    }
    QList<Voice> voices;
    for (const QString& id : ids) {
        if (std::optional<Voice> voice = find(id)) {
            voices.append(*voice);
        }
    }
    return voices;
}

std::optional<Voice> VoiceLibrary::find(const QString& id) const {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id, name, language, notes, created_at FROM voices WHERE id = ?"));
    query.addBindValue(id);
    execOrThrow(query);
    if (!query.next()) {
        return std::nullopt;
    }
    Voice voice;
    voice.id = query.value(0).toString();
    voice.name = query.value(1).toString();
    voice.language = query.value(2).toString();
    voice.notes = query.value(3).toString();
    voice.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    QSqlQuery samples(db);
    samples.prepare(
        QStringLiteral("SELECT asset_id FROM voice_samples WHERE voice_id = ? ORDER BY rowid"));
    samples.addBindValue(voice.id);
    execOrThrow(samples);
    while (samples.next()) {
        const QString assetId = samples.value(0).toString();
        voice.samples.append(assetId);
        if (const std::optional<store::Asset> asset = assets_.find(assetId)) {
            voice.sampleSeconds += asset->duration.value_or(0.0);
        }
    }
    return voice;
}

std::optional<Voice> VoiceLibrary::findByIdOrName(const QString& idOrName) const {
    if (std::optional<Voice> voice = find(idOrName)) {
        return voice;
    }
    for (const Voice& voice : list()) {
        if (voice.name.compare(idOrName, Qt::CaseInsensitive) == 0) {
            return voice;
        }
    }
    return std::nullopt;
}

QStringList VoiceLibrary::samplePaths(const Voice& voice) const {
    QStringList paths;
    for (const QString& assetId : voice.samples) {
        if (const std::optional<store::Asset> asset = assets_.find(assetId)) {
            paths.append(asset->path);
        }
    }
    return paths;
}

QString VoiceLibrary::cacheDirectory(const Voice& voice) const {
    return QDir::cleanPath(assets_.directory() + QStringLiteral("/../voice-cache/") + voice.id);
}

void VoiceLibrary::remove(const QString& id) {
    const std::optional<Voice> voice = find(id);
    if (!voice) {
        throw NotFoundError(
            QStringLiteral("there is no voice %1 (GET /v1/voices lists them)").arg(id));
    }
    QSqlDatabase db = database_.connection();
    {
        QSqlQuery samples(db);
        samples.prepare(QStringLiteral("DELETE FROM voice_samples WHERE voice_id = ?"));
        samples.addBindValue(id);
        execOrThrow(samples);
        QSqlQuery row(db);
        row.prepare(QStringLiteral("DELETE FROM voices WHERE id = ?"));
        row.addBindValue(id);
        execOrThrow(row);
    }
    QDir(cacheDirectory(*voice)).removeRecursively();
    for (const QString& asset : voice->samples) {
        // A recording shared with another voice or produced by a job stays.
        QSqlQuery users(db);
        users.prepare(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM voice_samples WHERE asset_id = ?) + "
                           "(SELECT COUNT(*) FROM job_outputs WHERE asset_id = ?)"));
        users.addBindValue(asset);
        users.addBindValue(asset);
        execOrThrow(users);
        if (users.next() && users.value(0).toInt() == 0) {
            assets_.remove(asset);
        }
    }
}

}  // namespace sonara::core
