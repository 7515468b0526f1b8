#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sonara::core::store {
class AssetStore;
class Database;
}  // namespace sonara::core::store

namespace sonara::core {

// The owner's confirmation that the speaker agrees to their voice being used: who confirmed,
// the statement they were shown, and when. A voice without it cannot be used by any job.
struct VoiceConsent {
    QString by;
    QString statement;
    QDateTime at;

    bool isGiven() const { return !by.trimmed().isEmpty() && !statement.trimmed().isEmpty(); }
    QJsonObject toJson() const;
    // Reads {"by", "statement", "at"?}; throws ValidationError naming `field` + ".by" etc.
    static VoiceConsent fromJson(const QJsonValue& value, const QString& field);
};

struct Voice {
    QString id;
    QString name;
    QString language;
    QString notes;
    QStringList samples;          // asset ids of the cleaned recordings engines use
    QStringList originalSamples;  // asset ids of the recordings as given, same order
    double sampleSeconds = 0.0;
    VoiceConsent consent;
    QDateTime createdAt;

    QJsonObject toJson() const;
};

struct VoiceRequest {
    QString name;
    QString language;
    QString notes;
    QStringList samples;   // asset ids of uploaded audio
    VoiceConsent consent;  // required; `at` defaults to now
};

// The statement the studio and `sonara voices add` show the owner before they confirm.
QString standardConsentStatement();

// The user's voices for cloning: a name plus reference recordings, kept in the store's
// `voices` and `voice_samples` tables with the recordings as assets.
class VoiceLibrary {
public:
    // Shortest and longest reference recording a voice accepts.
    static constexpr double kMinSampleSeconds = 1.0;
    static constexpr double kMaxSampleSeconds = 300.0;
    // Most speech a voice keeps, after cleaning, over all its recordings.
    static constexpr double kMaxTotalSeconds = 30 * 60.0;

    VoiceLibrary(store::Database& database, store::AssetStore& assets);

    // Validates every sample (it must exist and decode as audio of 1 s to 5 min), the name
    // (non-empty, not taken) and the consent (who and the statement); throws ValidationError
    // naming the field, e.g. "samples[1]" or "consent.by". Each recording is cleaned once
    // (silence trimmed, noise reduced, loudness normalised) into an asset of its own that
    // engines use; the recording as given is kept beside it.
    Voice create(const VoiceRequest& request);
    // Throws ValidationError naming consent.by or consent.statement when either is empty.
    static void checkConsent(const VoiceConsent& consent);
    // Renames the voice; throws NotFoundError / ValidationError("name").
    Voice rename(const QString& id, const QString& name);
    // Records (or replaces) the voice's consent; throws NotFoundError / ValidationError.
    Voice recordConsent(const QString& id, const VoiceConsent& consent);
    // Writes the voice as one portable file (see voice_archive.h): throws NotFoundError, or
    // store::StoreError when `path` cannot be written (nothing is left there then).
    void exportVoice(const QString& id, const QString& path) const;
    // Adds the voice a file written by exportVoice holds, under `name` when given (else its
    // own); a bad file throws ValidationError naming `field` and what is wrong, and nothing
    // is added.
    // `shownName` is what errors call the file (an upload's own name), by default its name.
    Voice importVoice(const QString& path, const QString& name = {},
                      const QString& field = QStringLiteral("file"), const QString& shownName = {});
    QList<Voice> list() const;
    std::optional<Voice> find(const QString& id) const;
    // By id, or by name when no voice has that id.
    std::optional<Voice> findByIdOrName(const QString& idOrName) const;
    // The files of the voice's recordings, in the order they were given.
    QStringList samplePaths(const Voice& voice) const;
    // A folder of the voice's own for what engines derive from its recordings (a voice
    // changer's features), beside the assets folder; remove() deletes it with the voice.
    // Engines create it when they first write there.
    QString cacheDirectory(const Voice& voice) const;
    // Deletes the voice and those of its sample assets that nothing else refers to; throws
    // NotFoundError for an unknown id.
    void remove(const QString& id);

private:
    void checkNameFree(const QString& name, const QString& exceptId = {}) const;
    // Cleans each recording into an asset; appends the cleaned ids (and the original each came
    // from) as they are added, so that a failure can drop them.
    void cleanRecordings(const QStringList& paths, const QStringList& names,
                         const QStringList& originals, QStringList* cleaned,
                         QStringList* cleanedOriginals, double* seconds);
    // Removes those of `ids` added since `since` that nothing refers to.
    void dropNewAssets(const QStringList& ids, const QDateTime& since);
    void removeIfUnused(const QString& assetId);
    store::Database& database_;
    store::AssetStore& assets_;
};

}  // namespace sonara::core
