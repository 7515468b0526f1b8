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

struct Voice {
    QString id;
    QString name;
    QString language;
    QString notes;
    QStringList samples;  // asset ids
    double sampleSeconds = 0.0;
    QDateTime createdAt;

    QJsonObject toJson() const;
};

struct VoiceRequest {
    QString name;
    QString language;
    QString notes;
    QStringList samples;  // asset ids of uploaded audio
};

// The user's voices for cloning: a name plus reference recordings, kept in the store's
// `voices` and `voice_samples` tables with the recordings as assets.
class VoiceLibrary {
public:
    // Shortest and longest reference recording a voice accepts.
    static constexpr double kMinSampleSeconds = 1.0;
    static constexpr double kMaxSampleSeconds = 300.0;

    VoiceLibrary(store::Database& database, store::AssetStore& assets);

    // Validates every sample (it must exist and decode as audio of 1 s to 5 min) and the name
    // (non-empty, not taken); throws ValidationError naming the field, e.g. "samples[1]".
    Voice create(const VoiceRequest& request);
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
    store::Database& database_;
    store::AssetStore& assets_;
};

}  // namespace sonara::core
