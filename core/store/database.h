#pragma once

#include <QSqlDatabase>
#include <QString>
#include <stdexcept>

namespace sonara::core::store {

class StoreError : public std::runtime_error {
public:
    explicit StoreError(const QString& message);
};

// The studio's SQLite database. Opening it applies pending migrations in one transaction; a
// database written by a newer version is refused. Each thread gets its own connection.
class Database {
public:
    // Opens (creating if needed) the database file, migrating it to latestVersion().
    explicit Database(QString path);
    // Opens it migrated only up to `version`: lets tests build every older schema.
    Database(QString path, int version);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return path_; }
    int schemaVersion() const;
    static int latestVersion();

    // This thread's connection, configured (WAL, foreign keys, busy timeout, full sync).
    QSqlDatabase connection() const;

    // <data dir>/sonara.db, where the data dir comes from QStandardPaths (honours XDG_DATA_HOME).
    static QString defaultPath();

private:
    void migrate(int targetVersion);

    QString path_;
    QString connectionPrefix_;
};

// Runs `statement` on `db`, throwing StoreError with the SQL error if it fails.
void exec(QSqlDatabase& db, const QString& statement);

}  // namespace sonara::core::store
