#include "core/engine/voice_library.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/engine/errors.h"
#include "core/engine/voice_cleaning.h"
#include "core/store/asset_store.h"
#include "core/store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
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

QString standardConsentStatement() {
    return QStringLiteral(
        "I am the person whose voice is in these recordings, or I have their permission, and "
        "I agree that this voice may be used to make speech with Sonara Studio.");
}

QJsonObject VoiceConsent::toJson() const {
    return QJsonObject{{QStringLiteral("by"), by},
                       {QStringLiteral("statement"), statement},
                       {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)}};
}

VoiceConsent VoiceConsent::fromJson(const QJsonValue& value, const QString& field) {
    if (value.isUndefined() || value.isNull()) {
        throw ValidationError(
            ValidationError::Kind::Missing, field,
            QStringLiteral("a voice needs the owner's consent: give \"%1\": {\"by\": \"who "
                           "confirms\", \"statement\": \"the statement they agreed to\"}")
                .arg(field));
    }
    if (!value.isObject()) {
        throw ValidationError(ValidationError::Kind::Malformed, field,
                              QStringLiteral("'%1' must be an object with \"by\" and "
                                             "\"statement\"")
                                  .arg(field));
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("by") && it.key() != QLatin1String("statement") &&
            it.key() != QLatin1String("at")) {
            throw ValidationError(ValidationError::Kind::Unknown,
                                  field + QLatin1Char('.') + it.key(),
                                  QStringLiteral("unknown field '%1.%2'; consent takes by, "
                                                 "statement and at")
                                      .arg(field, it.key()));
        }
        if (!it.value().isString()) {
            throw ValidationError(ValidationError::Kind::Malformed,
                                  field + QLatin1Char('.') + it.key(),
                                  QStringLiteral("'%1.%2' must be a string").arg(field, it.key()));
        }
    }
    VoiceConsent consent;
    consent.by = object.value(QStringLiteral("by")).toString().trimmed();
    consent.statement = object.value(QStringLiteral("statement")).toString().trimmed();
    const QString at = object.value(QStringLiteral("at")).toString();
    if (!at.isEmpty()) {
        consent.at = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!consent.at.isValid()) {
            throw ValidationError(ValidationError::Kind::Malformed, field + QStringLiteral(".at"),
                                  QStringLiteral("'%1.at' must be a date and time such as "
                                                 "2026-01-31T12:00:00Z")
                                      .arg(field));
        }
    }
    return consent;
}

QJsonObject Voice::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("language"), language},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("samples"), QJsonArray::fromStringList(samples)},
        {QStringLiteral("original_samples"), QJsonArray::fromStringList(originalSamples)},
        {QStringLiteral("sample_seconds"), sampleSeconds},
        {QStringLiteral("consent"),
         consent.isGiven() ? QJsonValue(consent.toJson()) : QJsonValue()},
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
    checkNameFree(name);
    checkConsent(request.consent);
    QStringList originals;
    QStringList originalNames;
    QStringList originalPaths;
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
        if (!originals.contains(asset->id)) {
            originals.append(asset->id);
            originalNames.append(asset->name.isEmpty() ? asset->id : asset->name);
            originalPaths.append(asset->path);
        }
    }
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QStringList samples;
    QStringList sampleOriginals;
    double seconds = 0.0;
    try {
        cleanRecordings(originalPaths, originalNames, originals, &samples, &sampleOriginals,
                        &seconds);
    } catch (...) {
        dropNewAssets(samples, started);
        throw;
    }

    Voice voice;
    voice.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    voice.name = name;
    voice.language = request.language.trimmed();
    voice.notes = request.notes;
    voice.samples = samples;
    voice.originalSamples = sampleOriginals;
    voice.sampleSeconds = seconds;
    voice.consent = request.consent;
    voice.consent.by = voice.consent.by.trimmed();
    voice.consent.statement = voice.consent.statement.trimmed();
    if (!voice.consent.at.isValid()) {
        voice.consent.at = started;
    }
    voice.createdAt = QDateTime::currentDateTimeUtc();

    QSqlDatabase db = database_.connection();
    db.transaction();
    try {
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO voices (id, name, language, notes, created_at, consent_by, "
                           "consent_statement, consent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(voice.id);
        insert.addBindValue(voice.name);
        insert.addBindValue(text(voice.language));
        insert.addBindValue(text(voice.notes));
        insert.addBindValue(voice.createdAt.toString(Qt::ISODateWithMs));
        insert.addBindValue(voice.consent.by);
        insert.addBindValue(voice.consent.statement);
        insert.addBindValue(voice.consent.at.toString(Qt::ISODateWithMs));
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
        for (int i = 0; i < samples.size(); ++i) {
            QSqlQuery sample(db);
            sample.prepare(
                QStringLiteral("INSERT INTO voice_samples (voice_id, asset_id, "
                               "original_asset_id) VALUES (?, ?, ?)"));
            sample.addBindValue(voice.id);
            sample.addBindValue(samples.at(i));
            sample.addBindValue(sampleOriginals.at(i));
            execOrThrow(sample);
        }
        if (!db.commit()) {
            throw store::StoreError(QStringLiteral("voice library: %1").arg(db.lastError().text()));
        }
    } catch (...) {
        db.rollback();
        dropNewAssets(samples, started);
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
    query.prepare(QStringLiteral(
        "SELECT id, name, language, notes, created_at, consent_by, consent_statement, "
        "consent_at FROM voices WHERE id = ?"));
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
    voice.consent.by = query.value(5).toString();
    voice.consent.statement = query.value(6).toString();
    voice.consent.at = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    QSqlQuery samples(db);
    samples.prepare(
        QStringLiteral("SELECT asset_id, original_asset_id FROM voice_samples WHERE "
                       "voice_id = ? ORDER BY rowid"));
    samples.addBindValue(voice.id);
    execOrThrow(samples);
    while (samples.next()) {
        const QString assetId = samples.value(0).toString();
        voice.samples.append(assetId);
        // Voices added before recordings were cleaned keep only the recording as given.
        const QString original = samples.value(1).toString();
        voice.originalSamples.append(original.isEmpty() ? assetId : original);
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
    QStringList assets = voice->samples;
    for (const QString& original : voice->originalSamples) {
        if (!assets.contains(original)) {
            assets.append(original);
        }
    }
    for (const QString& asset : assets) {
        removeIfUnused(asset);
    }
}

Voice VoiceLibrary::rename(const QString& id, const QString& name) {
    if (!find(id)) {
        throw NotFoundError(
            QStringLiteral("there is no voice %1 (GET /v1/voices lists them)").arg(id));
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        throw ValidationError(ValidationError::Kind::Missing, QStringLiteral("name"),
                              QStringLiteral("give the voice a name, e.g. \"name\": \"narrator\""));
    }
    checkNameFree(trimmed, id);
    QSqlQuery update(database_.connection());
    update.prepare(QStringLiteral("UPDATE voices SET name = ? WHERE id = ?"));
    update.addBindValue(trimmed);
    update.addBindValue(id);
    if (!update.exec()) {
        throw ValidationError(
            ValidationError::Kind::OutOfRange, QStringLiteral("name"),
            QStringLiteral("cannot rename the voice to '%1'; pick another name").arg(trimmed));
    }
    return *find(id);
}

Voice VoiceLibrary::recordConsent(const QString& id, const VoiceConsent& consent) {
    if (!find(id)) {
        throw NotFoundError(
            QStringLiteral("there is no voice %1 (GET /v1/voices lists them)").arg(id));
    }
    checkConsent(consent);
    QSqlQuery update(database_.connection());
    update.prepare(QStringLiteral(
        "UPDATE voices SET consent_by = ?, consent_statement = ?, consent_at = ? WHERE id = ?"));
    update.addBindValue(consent.by.trimmed());
    update.addBindValue(consent.statement.trimmed());
    update.addBindValue((consent.at.isValid() ? consent.at : QDateTime::currentDateTimeUtc())
                            .toString(Qt::ISODateWithMs));
    update.addBindValue(id);
    execOrThrow(update);
    return *find(id);
}

void VoiceLibrary::checkNameFree(const QString& name, const QString& exceptId) const {
    for (const Voice& existing : list()) {
        if (existing.id != exceptId && existing.name.compare(name, Qt::CaseInsensitive) == 0) {
            throw ValidationError(
                ValidationError::Kind::OutOfRange, QStringLiteral("name"),
                QStringLiteral("there is already a voice called '%1' (%2); pick another name or "
                               "remove that voice first")
                    .arg(existing.name, existing.id));
        }
    }
}

void VoiceLibrary::checkConsent(const VoiceConsent& consent) {
    if (consent.by.trimmed().isEmpty()) {
        throw ValidationError(ValidationError::Kind::Missing, QStringLiteral("consent.by"),
                              QStringLiteral("say who confirms the speaker's consent to this "
                                             "voice being used (consent.by: their name)"));
    }
    if (consent.statement.trimmed().isEmpty()) {
        throw ValidationError(ValidationError::Kind::Missing, QStringLiteral("consent.statement"),
                              QStringLiteral("give the consent statement the speaker agreed to "
                                             "(consent.statement), e.g. \"%1\"")
                                  .arg(standardConsentStatement()));
    }
}

void VoiceLibrary::cleanRecordings(const QStringList& paths, const QStringList& names,
                                   const QStringList& originals, QStringList* cleaned,
                                   QStringList* cleanedOriginals, double* seconds) {
    QTemporaryDir scratch;
    for (int i = 0; i < paths.size(); ++i) {
        const QString target = scratch.filePath(QStringLiteral("%1.flac").arg(i));
        CleanedRecording result;
        try {
            result = cleanVoiceRecording(paths.at(i), target);
        } catch (const audio::AudioError&) {
            throw ValidationError(ValidationError::Kind::OutOfRange,
                                  QStringLiteral("samples[%1]").arg(i),
                                  QStringLiteral("the recording %1 could not be cleaned; record it "
                                                 "again or convert it to WAV or FLAC")
                                      .arg(names.at(i)));
        }
        if (result.seconds <= 0.0) {
            throw ValidationError(ValidationError::Kind::OutOfRange,
                                  QStringLiteral("samples[%1]").arg(i),
                                  QStringLiteral("the recording %1 has no speech, only silence; "
                                                 "record the voice again")
                                      .arg(names.at(i)));
        }
        *seconds += result.seconds;
        if (*seconds > kMaxTotalSeconds) {
            throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("samples"),
                                  QStringLiteral("the recordings hold more than %1 minutes of "
                                                 "speech; a voice keeps at most %1: leave some out")
                                      .arg(kMaxTotalSeconds / 60));
        }
        store::AssetDescription description;
        description.name =
            QFileInfo(names.at(i)).completeBaseName() + QStringLiteral(" (cleaned).flac");
        description.duration = result.seconds;
        const store::Asset asset = assets_.add(target, description, true);
        if (!cleaned->contains(asset.id)) {
            cleaned->append(asset.id);
            cleanedOriginals->append(originals.at(i));
        }
    }
}

void VoiceLibrary::dropNewAssets(const QStringList& ids, const QDateTime& since) {
    for (const QString& id : ids) {
        const std::optional<store::Asset> asset = assets_.find(id);
        if (asset && asset->createdAt >= since.addSecs(-1)) {
            removeIfUnused(id);
        }
    }
}

void VoiceLibrary::removeIfUnused(const QString& asset) {
    // A recording shared with another voice or produced by a job stays.
    QSqlQuery users(database_.connection());
    users.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM voice_samples WHERE asset_id = ? OR original_asset_id = ?) + "
        "(SELECT COUNT(*) FROM job_outputs WHERE asset_id = ?)"));
    users.addBindValue(asset);
    users.addBindValue(asset);
    users.addBindValue(asset);
    execOrThrow(users);
    if (users.next() && users.value(0).toInt() == 0) {
        assets_.remove(asset);
    }
}

}  // namespace sonara::core
