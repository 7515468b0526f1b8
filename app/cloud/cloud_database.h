#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <stdexcept>

namespace sonara::cloud {

class DatabaseError : public std::runtime_error {
public:
    explicit DatabaseError(const QString& message);
};

// The service's storage: SQLite under the data directory, or PostgreSQL through QPSQL. Both run
// the same SQL; only transaction start and row locking differ.
class CloudDatabase {
public:
    enum class Dialect { Sqlite, Postgres };

    // `url` is empty (SQLite at dataDir/cloud.db) or postgres://user:password@host:port/name;
    // a `host` query item names a socket directory.
    CloudDatabase(const QString& dataDir, const QString& url);
    ~CloudDatabase();
    CloudDatabase(const CloudDatabase&) = delete;
    CloudDatabase& operator=(const CloudDatabase&) = delete;

    Dialect dialect() const { return dialect_; }
    QSqlDatabase connection() const;
    QSqlQuery exec(const QString& sql, const QVariantList& args = {}) const;
    int schemaVersion() const;
    static int latestVersion();
    bool ping() const;

private:
    void migrate();

    Dialect dialect_;
    QString connectionPrefix_;
    QString sqlitePath_;
    QString pgHost_, pgUser_, pgPassword_, pgName_;
    int pgPort_ = 5432;
};

// A transaction that will write. On SQLite it starts with BEGIN IMMEDIATE, because a deferred
// one that later needs the write lock fails at once instead of waiting for busy_timeout; on
// PostgreSQL lockAccount() takes the account's row lock so concurrent debits serialize.
class WriteTransaction {
public:
    explicit WriteTransaction(const CloudDatabase& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void lockAccount(const QString& accountId);
    QSqlQuery exec(const QString& sql, const QVariantList& args = {});
    // Inserts rows, each with a value for every column, several rows a statement.
    void insertRows(const QString& table, const QStringList& columns,
                    const QList<QVariantList>& rows);
    // Like exec but reports a failure (a unique key taken by a concurrent writer) as false.
    bool tryExec(const QString& sql, const QVariantList& args = {});
    void commit();

private:
    const CloudDatabase& db_;
    QSqlDatabase connection_;
    bool open_ = false;
};

}  // namespace sonara::cloud
