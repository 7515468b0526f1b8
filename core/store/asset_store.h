#pragma once

#include "core/store/list_position.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
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
    // Set on a job's result: the idempotency key its export is charged under, and the
    // capability the charge is filed under. Empty for the user's own files, which are free.
    QString exportKey;
    QString exportCapability;
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
    QString exportKey;
    QString exportCapability;
};

// Content-addressed files: <assets dir>/<first two hex digits>/<sha256>.<ext>, a row each.
// Adding the same content twice returns the asset already stored; adopting (an upload) the same
// content under another name makes an asset of that name sharing the stored bytes.
class AssetStore {
public:
    AssetStore(Database& database, QString assetsDirectory);

    const QString& directory() const { return directory_; }
    // Copies `sourcePath` in (or moves it when `move` is set, e.g. a job's scratch output).
    Asset add(const QString& sourcePath, const AssetDescription& description, bool move = false);
    // Moves in a file whose sha256 the caller computed while writing it (a streamed upload),
    // sparing a second read of what may be gigabytes. The client named it: the same bytes under
    // the same name are the asset already stored, under another name a new asset whose file is
    // a hard link to the stored one.
    Asset adopt(const QString& path, const QString& sha256, const AssetDescription& description);
    std::optional<Asset> find(const QString& id) const;
    // The asset stored at `path` (a job's input is kept by path).
    std::optional<Asset> findByPath(const QString& path) const;
    QList<Asset> list(const QString& kind = {}) const;
    // Oldest first, at most `limit` assets (of `kind` when given) after `after`, with where to
    // read on when more follow.
    ListPage<Asset> page(const QString& kind, int limit,
                         const std::optional<ListPosition>& after = {}) const;
    // Deletes the row, and the file when no other row points at it.
    void remove(const QString& id);

    static QString sha256OfFile(const QString& path);

private:
    std::optional<Asset> findWhere(const QString& column, const QString& value) const;
    Asset addHashed(const QString& sourcePath, const QString& sha256,
                    const AssetDescription& description, bool move, bool perName);
    // The oldest asset of this content (and name, when given).
    static std::optional<Asset> findContent(QSqlDatabase& db, const QString& sha,
                                            const QString& kind,
                                            const std::optional<QString>& name = std::nullopt);

    Database& database_;
    QString directory_;
};

}  // namespace sonara::core::store
