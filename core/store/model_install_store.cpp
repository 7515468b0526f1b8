#include "core/store/model_install_store.h"

#include "core/store/database.h"

#include <signal.h>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cerrno>

namespace sonara::core::store {
namespace {

void execOrThrow(QSqlQuery& query) {
    if (!query.exec()) {
        throw StoreError(QStringLiteral("model install store: %1").arg(query.lastError().text()));
    }
}

QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

bool processAlive(qint64 pid) {
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

ModelInstallRecord recordFromQuery(const QSqlQuery& query) {
    ModelInstallRecord record;
    record.modelId = query.value(QStringLiteral("model_id")).toString();
    record.url = query.value(QStringLiteral("url")).toString();
    record.architecture = query.value(QStringLiteral("architecture")).toString();
    record.state = query.value(QStringLiteral("state")).toString();
    record.bytesDone = query.value(QStringLiteral("bytes_done")).toLongLong();
    record.bytesTotal = query.value(QStringLiteral("bytes_total")).toLongLong();
    record.error = query.value(QStringLiteral("error")).toString();
    record.runnerPid = query.value(QStringLiteral("runner_pid")).toLongLong();
    return record;
}

}  // namespace

ModelInstallStore::ModelInstallStore(Database& database) : database_(database) {}

void ModelInstallStore::save(const ModelInstallRecord& record) {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO model_installs (model_id, url, architecture, state, bytes_done, "
        "bytes_total, error, runner_pid, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.modelId);
    query.addBindValue(text(record.url));
    query.addBindValue(text(record.architecture));
    query.addBindValue(record.state);
    query.addBindValue(record.bytesDone);
    query.addBindValue(record.bytesTotal);
    query.addBindValue(text(record.error));
    query.addBindValue(record.runnerPid > 0 ? QVariant(record.runnerPid) : QVariant());
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    execOrThrow(query);
}

std::optional<ModelInstallRecord> ModelInstallStore::find(const QString& modelId) const {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM model_installs WHERE model_id = ?"));
    query.addBindValue(modelId);
    execOrThrow(query);
    if (!query.next()) {
        return std::nullopt;
    }
    return recordFromQuery(query);
}

QList<ModelInstallRecord> ModelInstallStore::list() const {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM model_installs ORDER BY model_id"));
    execOrThrow(query);
    QList<ModelInstallRecord> records;
    while (query.next()) {
        records.append(recordFromQuery(query));
    }
    return records;
}

void ModelInstallStore::remove(const QString& modelId) {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM model_installs WHERE model_id = ?"));
    query.addBindValue(modelId);
    execOrThrow(query);
}

void ModelInstallStore::recoverInterrupted(qint64 currentPid) {
    for (ModelInstallRecord record : list()) {
        // Our own pid here means an earlier run with a recycled pid (or an earlier store in this
        // process), since the caller has started no download yet.
        if (record.state == QLatin1String("downloading") &&
            (record.runnerPid == currentPid || !processAlive(record.runnerPid))) {
            record.state = QStringLiteral("interrupted");
            record.error = QStringLiteral(
                "the program stopped during the download; install again to resume it");
            record.runnerPid = 0;
            save(record);
        }
    }
}

}  // namespace sonara::core::store
