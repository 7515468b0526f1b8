#include "core/store/database.h"

#include "core/store/migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace sonara::core::store {
namespace {

// Connections outlive nothing: each is removed when its thread's storage is destroyed.
struct ThreadConnections {
    QStringList names;
    ~ThreadConnections() {
        for (const QString& name : names) {
            QSqlDatabase::removeDatabase(name);
        }
    }
};

thread_local ThreadConnections threadConnections;

QSqlQuery run(QSqlDatabase& db, const QString& statement) {
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        throw StoreError(
            QStringLiteral("database %1: %2 (while running: %3)")
                .arg(db.databaseName(), query.lastError().text(), statement.simplified().left(80)));
    }
    return query;
}

}  // namespace

StoreError::StoreError(const QString& message) : std::runtime_error(message.toStdString()) {}

void exec(QSqlDatabase& db, const QString& statement) {
    run(db, statement);
}

Database::Database(QString path) : Database(std::move(path), latestVersion()) {}

Database::Database(QString path, int version)
    : path_(std::move(path)),
      connectionPrefix_(
          QStringLiteral("sonara-%1").arg(QUuid::createUuid().toString(QUuid::Id128))) {
    const QFileInfo file(path_);
    if (!QDir().mkpath(file.absolutePath())) {
        throw StoreError(
            QStringLiteral("cannot create the data directory %1: check its permissions")
                .arg(file.absolutePath()));
    }
    migrate(version);
}

Database::~Database() {
    const QString prefix = connectionPrefix_;
    threadConnections.names.removeIf([&](const QString& name) {
        if (!name.startsWith(prefix)) {
            return false;
        }
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        return true;
    });
}

int Database::latestVersion() {
    return static_cast<int>(migrations().size());
}

QString Database::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("sonara.db"));
}

QSqlDatabase Database::connection() const {
    const QString name = QStringLiteral("%1-%2")
                             .arg(connectionPrefix_)
                             .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path_);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(QStringLiteral("cannot open the database %1: %2").arg(path_, reason));
    }
    threadConnections.names.append(name);
    run(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    // A finished job's row must survive a power cut as surely as its output file.
    run(db, QStringLiteral("PRAGMA synchronous=FULL"));
    run(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    return db;
}

int Database::schemaVersion() const {
    QSqlDatabase db = connection();
    QSqlQuery query = run(db, QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

void Database::migrate(int targetVersion) {
    QSqlDatabase db = connection();
    // IMMEDIATE takes the write lock before reading the version, so two processes starting
    // at once cannot both apply the same migration.
    run(db, QStringLiteral("BEGIN IMMEDIATE"));
    try {
        const int current = schemaVersion();
        if (current > latestVersion()) {
            throw StoreError(
                QStringLiteral("the database %1 was written by a newer version of Sonara Studio "
                               "(schema %2; this version knows up to %3): update Sonara Studio, or "
                               "point it at another data directory")
                    .arg(path_)
                    .arg(current)
                    .arg(latestVersion()));
        }
        for (int version = current + 1; version <= targetVersion; ++version) {
            for (const QString& statement : migrations().at(version - 1)) {
                run(db, statement);
            }
        }
        if (targetVersion > current) {
            run(db, QStringLiteral("PRAGMA user_version=%1").arg(targetVersion));
        }
        run(db, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

}  // namespace sonara::core::store
