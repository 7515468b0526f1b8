#include "core/store/asset_store.h"

#include "core/store/database.h"

#include <unistd.h>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace sonara::core::store {
namespace {

QVariant nullable(const std::optional<double>& value) {
    return value ? QVariant(*value) : QVariant();
}

QVariant nullable(const std::optional<int>& value) {
    return value ? QVariant(*value) : QVariant();
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

Asset assetFromQuery(const QSqlQuery& query) {
    Asset asset;
    asset.id = query.value(QStringLiteral("id")).toString();
    asset.sha256 = query.value(QStringLiteral("sha256")).toString();
    asset.kind = query.value(QStringLiteral("kind")).toString();
    asset.path = query.value(QStringLiteral("path")).toString();
    asset.name = query.value(QStringLiteral("name")).toString();
    asset.format = query.value(QStringLiteral("format")).toString();
    asset.sizeBytes = query.value(QStringLiteral("size_bytes")).toLongLong();
    if (!query.value(QStringLiteral("duration")).isNull()) {
        asset.duration = query.value(QStringLiteral("duration")).toDouble();
    }
    if (!query.value(QStringLiteral("sample_rate")).isNull()) {
        asset.sampleRate = query.value(QStringLiteral("sample_rate")).toInt();
    }
    if (!query.value(QStringLiteral("channels")).isNull()) {
        asset.channels = query.value(QStringLiteral("channels")).toInt();
    }
    asset.originJob = query.value(QStringLiteral("origin_job")).toString();
    asset.exportKey = query.value(QStringLiteral("export_key")).toString();
    asset.exportCapability = query.value(QStringLiteral("export_capability")).toString();
    asset.createdAt = QDateTime::fromString(query.value(QStringLiteral("created_at")).toString(),
                                            Qt::ISODateWithMs);
    return asset;
}

void execOrThrow(QSqlQuery& query) {
    if (!query.exec()) {
        throw StoreError(QStringLiteral("asset store: %1").arg(query.lastError().text()));
    }
}

// Copies through a temporary name and renames, so a crash never leaves a half-written asset
// under its final, content-addressed name.
void placeFile(const QString& source, const QString& destination, bool move) {
    if (QFileInfo::exists(destination)) {
        if (move) {
            QFile::remove(source);
        }
        return;
    }
    if (move && QFile::rename(source, destination)) {
        return;
    }
    const QString partial = destination + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(source, partial)) {
        throw StoreError(QStringLiteral("cannot copy %1 into the asset store at %2: check free "
                                        "space and permissions")
                             .arg(source, destination));
    }
    QFile partialFile(partial);
    if (partialFile.open(QIODevice::ReadWrite)) {
        partialFile.flush();
        ::fsync(partialFile.handle());
        partialFile.close();
    }
    if (!QFile::rename(partial, destination)) {
        QFile::remove(partial);
        throw StoreError(QStringLiteral("cannot store %1 as %2").arg(source, destination));
    }
    if (move) {
        QFile::remove(source);
    }
}

}  // namespace

AssetStore::AssetStore(Database& database, QString assetsDirectory)
    : database_(database), directory_(std::move(assetsDirectory)) {
    QDir().mkpath(directory_);
}

QString AssetStore::sha256OfFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw StoreError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        throw StoreError(QStringLiteral("cannot read %1 to the end").arg(path));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Asset AssetStore::add(const QString& sourcePath, const AssetDescription& description, bool move) {
    const QFileInfo source(sourcePath);
    if (!source.isFile()) {
        throw StoreError(
            QStringLiteral("cannot add %1 to the asset store: no such file").arg(sourcePath));
    }
    return addHashed(sourcePath, sha256OfFile(sourcePath), description, move, false);
}

Asset AssetStore::adopt(const QString& path, const QString& sha256,
                        const AssetDescription& description) {
    if (!QFileInfo(path).isFile()) {
        throw StoreError(
            QStringLiteral("cannot add %1 to the asset store: no such file").arg(path));
    }
    return addHashed(path, sha256, description, true, true);
}

Asset AssetStore::addHashed(const QString& sourcePath, const QString& sha,
                            const AssetDescription& description, bool move, bool perName) {
    const QFileInfo source(sourcePath);
    const QString name = description.name.isEmpty() ? source.fileName() : description.name;
    QSqlDatabase db = database_.connection();
    const std::optional<Asset> stored = findContent(db, sha, description.kind);
    const std::optional<Asset> existing =
        perName && stored ? findContent(db, sha, description.kind, name) : stored;
    if (existing) {
        if (move) {
            QFile::remove(sourcePath);
        }
        return *existing;
    }

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString subdirectory = QDir(directory_).filePath(sha.left(2));
    QDir().mkpath(subdirectory);
    QString format = source.suffix().toLower();
    QString destination;
    if (stored) {
        // The same bytes under another name: an asset of its own (its name, its path, so that
        // jobs and downloads find it by path), sharing the stored bytes through a hard link.
        format = stored->format;
        destination = QDir(subdirectory)
                          .filePath(sha + QLatin1Char('-') + id.left(8) +
                                    (format.isEmpty() ? QString() : QLatin1Char('.') + format));
        if (::link(QFile::encodeName(stored->path).constData(),
                   QFile::encodeName(destination).constData()) == 0) {
            if (move) {
                QFile::remove(sourcePath);
            }
        } else {
            placeFile(sourcePath, destination, move);
        }
    } else {
        destination =
            QDir(subdirectory).filePath(format.isEmpty() ? sha : sha + QLatin1Char('.') + format);
        placeFile(sourcePath, destination, move);
    }

    Asset asset;
    asset.id = id;
    asset.sha256 = sha;
    asset.kind = description.kind;
    asset.path = destination;
    asset.name = name;
    asset.format = format;
    asset.sizeBytes = QFileInfo(destination).size();
    asset.duration = description.duration;
    asset.sampleRate = description.sampleRate;
    asset.channels = description.channels;
    asset.originJob = description.originJob;
    asset.exportKey = description.exportKey;
    asset.exportCapability = description.exportCapability;
    asset.createdAt = QDateTime::currentDateTimeUtc();

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral(
            "INSERT INTO assets (id, sha256, kind, path, name, format, size_bytes, duration, "
            "sample_rate, channels, origin_job, export_key, export_capability, created_at, "
            "shares_bytes_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT %1 "
            "DO NOTHING")
            .arg(stored ? QStringLiteral("(sha256, kind, name) WHERE shares_bytes_of "
                                         "IS NOT NULL")
                        : QStringLiteral("(sha256, kind) WHERE shares_bytes_of IS NULL")));
    insert.addBindValue(asset.id);
    insert.addBindValue(asset.sha256);
    insert.addBindValue(asset.kind);
    insert.addBindValue(asset.path);
    insert.addBindValue(text(asset.name));
    insert.addBindValue(text(asset.format));
    insert.addBindValue(asset.sizeBytes);
    insert.addBindValue(nullable(asset.duration));
    insert.addBindValue(nullable(asset.sampleRate));
    insert.addBindValue(nullable(asset.channels));
    insert.addBindValue(asset.originJob.isEmpty() ? QVariant() : QVariant(asset.originJob));
    insert.addBindValue(asset.exportKey.isEmpty() ? QVariant() : QVariant(asset.exportKey));
    insert.addBindValue(text(asset.exportCapability));
    insert.addBindValue(asset.createdAt.toString(Qt::ISODateWithMs));
    insert.addBindValue(stored ? QVariant(stored->id) : QVariant());
    execOrThrow(insert);
    if (insert.numRowsAffected() == 0) {
        // Another thread added the same content (under the same name) first.
        if (stored) {
            QFile::remove(destination);  // the link made for this row, which no row keeps
            return findContent(db, sha, description.kind, name).value_or(asset);
        }
        return findContent(db, sha, description.kind).value_or(asset);
    }
    return asset;
}

std::optional<Asset> AssetStore::findContent(QSqlDatabase& db, const QString& sha,
                                             const QString& kind,
                                             const std::optional<QString>& name) {
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT * FROM assets WHERE sha256 = ? AND kind = ?%1 "
                                    "ORDER BY created_at LIMIT 1")
                         .arg(name ? QStringLiteral(" AND name = ?") : QString()));
    existing.addBindValue(sha);
    existing.addBindValue(kind);
    if (name) {
        existing.addBindValue(text(*name));
    }
    execOrThrow(existing);
    if (!existing.next()) {
        return std::nullopt;
    }
    return assetFromQuery(existing);
}

std::optional<Asset> AssetStore::findWhere(const QString& column, const QString& value) const {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM assets WHERE %1 = ? ORDER BY created_at LIMIT 1")
                      .arg(column));
    query.addBindValue(value);
    execOrThrow(query);
    if (!query.next()) {
        return std::nullopt;
    }
    return assetFromQuery(query);
}

std::optional<Asset> AssetStore::find(const QString& id) const {
    return findWhere(QStringLiteral("id"), id);
}

std::optional<Asset> AssetStore::findByPath(const QString& path) const {
    return findWhere(QStringLiteral("path"), path);
}

QList<Asset> AssetStore::list(const QString& kind) const {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    if (kind.isEmpty()) {
        query.prepare(QStringLiteral("SELECT * FROM assets ORDER BY created_at"));
    } else {
        query.prepare(QStringLiteral("SELECT * FROM assets WHERE kind = ? ORDER BY created_at"));
        query.addBindValue(kind);
    }
    execOrThrow(query);
    QList<Asset> assets;
    while (query.next()) {
        assets.append(assetFromQuery(query));
    }
    return assets;
}

ListPage<Asset> AssetStore::page(const QString& kind, int limit,
                                 const std::optional<ListPosition>& after) const {
    QStringList conditions;
    QVariantList values;
    if (!kind.isEmpty()) {
        conditions.append(QStringLiteral("kind = ?"));
        values.append(kind);
    }
    if (after) {
        conditions.append(QStringLiteral("(created_at > ? OR (created_at = ? AND rowid > ?))"));
        values << after->createdAt << after->createdAt << after->rowId;
    }
    QString sql = QStringLiteral("SELECT *, rowid AS list_row FROM assets");
    if (!conditions.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    limit = std::max(1, limit);
    // One row more than asked tells whether another page follows.
    sql += QStringLiteral(" ORDER BY created_at, rowid LIMIT %1").arg(limit + 1);
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    execOrThrow(query);
    ListPage<Asset> page;
    ListPosition last;
    while (query.next()) {
        if (page.rows.size() == limit) {
            page.next = last;
            break;
        }
        page.rows.append(assetFromQuery(query));
        last = {query.value(QStringLiteral("created_at")).toString(),
                query.value(QStringLiteral("list_row")).toLongLong()};
    }
    return page;
}

void AssetStore::remove(const QString& id) {
    const std::optional<Asset> asset = find(id);
    if (!asset) {
        return;
    }
    QSqlDatabase db = database_.connection();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM assets WHERE id = ?"));
    del.addBindValue(id);
    execOrThrow(del);
    QSqlQuery others(db);
    others.prepare(QStringLiteral("SELECT COUNT(*) FROM assets WHERE path = ?"));
    others.addBindValue(asset->path);
    execOrThrow(others);
    if (others.next() && others.value(0).toInt() == 0) {
        QFile::remove(asset->path);
    }
}

}  // namespace sonara::core::store
