#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sonara::core::store {

class Database;

struct Asset {
    QString id;
    QString sha256;
    QString kind;  // audio, transcript, other
    QString path;  // absolute, inside the assets directory
    QString name;  // what the user called it, e.g. the imported file's name
    QString format;
    qint64 sizeBytes = 0;
    std::optional<double> duration;
    std::optional<int> sampleRate;
    std::optional<int> channels;
    QString originJob;
    QDateTime createdAt;
};

// What the caller knows about a file it adds (the store itself never decodes audio).
struct AssetDescription {
    QString kind = QStringLiteral("audio");
    QString name;
    std::optional<double> duration;
    std::optional<int> sampleRate;
    std::optional<int> channels;
    QString originJob;
};

// Content-addressed files: <assets dir>/<first two hex digits>/<sha256>.<ext>, a row each.
// Adding the same content twice returns the asset already stored.
class AssetStore {
public:
    AssetStore(Database& database, QString assetsDirectory);

    const QString& directory() const { return directory_; }
    // Copies `sourcePath` in (or moves it when `move` is set, e.g. a job's scratch output).
    Asset add(const QString& sourcePath, const AssetDescription& description, bool move = false);
    std::optional<Asset> find(const QString& id) const;
    QList<Asset> list(const QString& kind = {}) const;
    // Deletes the row, and the file when no other row points at it.
    void remove(const QString& id);

    static QString sha256OfFile(const QString& path);

private:
    Database& database_;
    QString directory_;
};

}  // namespace sonara::core::store
