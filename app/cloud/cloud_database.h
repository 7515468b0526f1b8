#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <stdexcept>

namespace sonara::cloud {

class DatabaseError : public std::runtime_error {
public:
    explicit DatabaseError(const QString& message);
};

// The rows a SELECT returned, read by column name, so that a statement's columns can be
// reordered or added to without moving what is read. Name expressions with AS; reading a name
// the statement lacks throws DatabaseError.
class Rows {
public:
    // `columns` are the statement's column names, in order.
    Rows(QSqlQuery query, QStringList columns);

    bool next() { return query_.next(); }
    QVariant value(const char* column) const;
    QString text(const char* column) const { return value(column).toString(); }
    qint64 integer(const char* column) const { return value(column).toLongLong(); }
    bool isNull(const char* column) const { return value(column).isNull(); }
    // nullopt for NULL.
    std::optional<QString> optionalText(const char* column) const;
    std::optional<qint64> optionalInteger(const char* column) const;

private:
    QSqlQuery query_;
    QStringList columns_;
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
    Rows select(const QString& sql, const QVariantList& args = {}) const;
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
    Rows select(const QString& sql, const QVariantList& args = {});
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
