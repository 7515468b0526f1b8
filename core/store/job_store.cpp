#include "core/store/job_store.h"

#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <cerrno>
#include <csignal>

namespace sonara::core::store {
namespace {

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant& value) {
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

void execOrThrow(QSqlQuery& query) {
    if (!query.exec()) {
        throw StoreError(QStringLiteral("job store: %1").arg(query.lastError().text()));
    }
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

bool processAlive(qint64 pid) {
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

JobRecord jobFromQuery(const QSqlQuery& query) {
    JobRecord job;
    job.id = query.value(QStringLiteral("id")).toString();
    job.capability = query.value(QStringLiteral("capability")).toString();
    job.engine = query.value(QStringLiteral("engine")).toString();
    job.model = query.value(QStringLiteral("model")).toString();
    job.parameters =
        QJsonDocument::fromJson(query.value(QStringLiteral("parameters")).toByteArray())
            .object()
            .toVariantMap();
    job.inputs =
        QJsonDocument::fromJson(query.value(QStringLiteral("inputs")).toByteArray()).object();
    job.state = jobStateFromName(query.value(QStringLiteral("state")).toString())
                    .value_or(JobState::Failed);
    job.progress = query.value(QStringLiteral("progress")).toDouble();
    job.stage = query.value(QStringLiteral("stage")).toString();
    if (!query.value(QStringLiteral("eta_seconds")).isNull()) {
        job.etaSeconds = query.value(QStringLiteral("eta_seconds")).toDouble();
    }
    job.error = query.value(QStringLiteral("error")).toString();
    job.attempts = query.value(QStringLiteral("attempts")).toInt();
    job.runnerPid = query.value(QStringLiteral("runner_pid")).toLongLong();
    job.createdAt = parseTime(query.value(QStringLiteral("created_at")));
    job.startedAt = parseTime(query.value(QStringLiteral("started_at")));
    job.finishedAt = parseTime(query.value(QStringLiteral("finished_at")));
    job.label = query.value(QStringLiteral("label")).toString();
    job.metadata =
        QJsonDocument::fromJson(query.value(QStringLiteral("metadata")).toByteArray()).object();
    job.idempotencyKey = query.value(QStringLiteral("idempotency_key")).toString();
    job.requestFingerprint = query.value(QStringLiteral("request_fingerprint")).toString();
    job.priority = query.value(QStringLiteral("priority")).toInt();
    job.queueOrder = query.value(QStringLiteral("queue_order")).toLongLong();
    for (const QJsonValue& notice :
         QJsonDocument::fromJson(query.value(QStringLiteral("notices")).toByteArray()).array()) {
        job.notices.append(notice.toString());
    }
    job.device = query.value(QStringLiteral("device")).toString();
    return job;
}

void loadOutputs(QSqlDatabase& db, JobRecord& job) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT output_id, asset_id FROM job_outputs WHERE job_id = ?"));
    query.addBindValue(job.id);
    execOrThrow(query);
    while (query.next()) {
        job.outputs.insert(query.value(0).toString(), query.value(1).toString());
    }
}

class Transaction {
public:
    explicit Transaction(QSqlDatabase& db) : db_(db) {
        exec(db_, QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~Transaction() {
        if (!committed_) {
            QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"));
        }
    }
    void commit() {
        exec(db_, QStringLiteral("COMMIT"));
        committed_ = true;
    }

private:
    QSqlDatabase& db_;
    bool committed_ = false;
};

}  // namespace

QString jobStateName(JobState state) {
    switch (state) {
        case JobState::Queued:
            return QStringLiteral("queued");
        case JobState::Running:
            return QStringLiteral("running");
        case JobState::Succeeded:
            return QStringLiteral("succeeded");
        case JobState::Failed:
            return QStringLiteral("failed");
        case JobState::Cancelled:
            return QStringLiteral("cancelled");
        case JobState::Interrupted:
            return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<JobState> jobStateFromName(const QString& name) {
    for (JobState state : {JobState::Queued, JobState::Running, JobState::Succeeded,
                           JobState::Failed, JobState::Cancelled, JobState::Interrupted}) {
        if (jobStateName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

bool isFinished(JobState state) {
    return state != JobState::Queued && state != JobState::Running;
}

QJsonObject JobRecord::toJson() const {
    QJsonObject outputsJson;
    for (auto it = outputs.constBegin(); it != outputs.constEnd(); ++it) {
        outputsJson.insert(it.key(), it.value());
    }
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("capability"), capability},
                     {QStringLiteral("engine"), engine},
                     {QStringLiteral("model"), model},
                     {QStringLiteral("parameters"), QJsonObject::fromVariantMap(parameters)},
                     {QStringLiteral("inputs"), inputs},
                     {QStringLiteral("state"), jobStateName(state)},
                     {QStringLiteral("progress"), progress},
                     {QStringLiteral("stage"), stage},
                     {QStringLiteral("error"), error},
                     {QStringLiteral("attempts"), attempts},
                     {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("outputs"), outputsJson},
                     {QStringLiteral("label"), label},
                     {QStringLiteral("metadata"), metadata},
                     {QStringLiteral("priority"), priority},
                     {QStringLiteral("notices"), QJsonArray::fromStringList(notices)}};
    json.insert(QStringLiteral("eta_seconds"), etaSeconds ? QJsonValue(*etaSeconds) : QJsonValue());
    json.insert(QStringLiteral("device"), device.isEmpty() ? QJsonValue() : QJsonValue(device));
    if (startedAt.isValid()) {
        json.insert(QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs));
    }
    if (finishedAt.isValid()) {
        json.insert(QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODateWithMs));
    }
    return json;
}

JobStore::JobStore(Database& database) : database_(database) {}

void JobStore::insert(const JobRecord& job) {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO jobs (id, capability, engine, model, parameters, inputs, state, created_at, "
        "label, metadata, idempotency_key, request_fingerprint, priority, queue_order) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(job.id);
    query.addBindValue(text(job.capability));
    query.addBindValue(text(job.engine));
    query.addBindValue(text(job.model));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(job.parameters)).toJson(QJsonDocument::Compact)));
    query.addBindValue(QString::fromUtf8(QJsonDocument(job.inputs).toJson(QJsonDocument::Compact)));
    query.addBindValue(jobStateName(job.state));
    query.addBindValue((job.createdAt.isValid() ? job.createdAt : QDateTime::currentDateTimeUtc())
                           .toString(Qt::ISODateWithMs));
    query.addBindValue(text(job.label));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(job.metadata).toJson(QJsonDocument::Compact)));
    query.addBindValue(job.idempotencyKey.isEmpty() ? QVariant() : QVariant(job.idempotencyKey));
    query.addBindValue(text(job.requestFingerprint));
    query.addBindValue(job.priority);
    query.addBindValue(job.queueOrder);
    execOrThrow(query);
}

std::optional<JobRecord> JobStore::find(const QString& id) const {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM jobs WHERE id = ?"));
    query.addBindValue(id);
    execOrThrow(query);
    if (!query.next()) {
        return std::nullopt;
    }
    JobRecord job = jobFromQuery(query);
    loadOutputs(db, job);
    return job;
}

QList<JobRecord> JobStore::list(const JobFilter& filter) const {
    return page(filter).rows;
}

ListPage<JobRecord> JobStore::page(const JobFilter& filter) const {
    QSqlDatabase db = database_.connection();
    QStringList conditions;
    QVariantList values;
    if (filter.state) {
        conditions.append(QStringLiteral("state = ?"));
        values.append(jobStateName(*filter.state));
    }
    if (!filter.capability.isEmpty()) {
        conditions.append(QStringLiteral("capability = ?"));
        values.append(filter.capability);
    }
    if (!filter.label.isEmpty()) {
        conditions.append(QStringLiteral("label = ?"));
        values.append(filter.label);
    }
    if (filter.after) {
        conditions.append(QStringLiteral("(created_at < ? OR (created_at = ? AND rowid < ?))"));
        values << filter.after->createdAt << filter.after->createdAt << filter.after->rowId;
    }
    QString sql = QStringLiteral("SELECT *, rowid AS list_row FROM jobs");
    if (!conditions.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    const int limit = std::max(1, filter.limit);
    // One row more than asked tells whether another page follows.
    sql += QStringLiteral(" ORDER BY created_at DESC, rowid DESC LIMIT %1").arg(limit + 1);
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    execOrThrow(query);
    ListPage<JobRecord> page;
    ListPosition last;
    while (query.next()) {
        if (page.rows.size() == limit) {
            page.next = last;
            break;
        }
        page.rows.append(jobFromQuery(query));
        last = {query.value(QStringLiteral("created_at")).toString(),
                query.value(QStringLiteral("list_row")).toLongLong()};
    }
    for (JobRecord& job : page.rows) {
        loadOutputs(db, job);
    }
    return page;
}

std::optional<JobRecord> JobStore::findByIdempotencyKey(const QString& key) const {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM jobs WHERE idempotency_key = ?"));
    query.addBindValue(key);
    execOrThrow(query);
    if (!query.next()) {
        return std::nullopt;
    }
    JobRecord job = jobFromQuery(query);
    loadOutputs(db, job);
    return job;
}

void JobStore::markRunning(const QString& id, qint64 runnerPid) {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE jobs SET state = 'running', runner_pid = ?, started_at = ?, progress = 0, "
        "stage = '', error = '', attempts = attempts + 1 WHERE id = ?"));
    query.addBindValue(runnerPid);
    query.addBindValue(now());
    query.addBindValue(id);
    execOrThrow(query);
}

void JobStore::updateProgress(const QString& id, double progress, const QString& stage,
                              std::optional<double> etaSeconds) {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE jobs SET progress = ?, stage = ?, eta_seconds = ? WHERE id = ? AND "
                       "state = 'running'"));
    query.addBindValue(progress);
    query.addBindValue(text(stage));
    query.addBindValue(etaSeconds ? QVariant(*etaSeconds) : QVariant());
    query.addBindValue(id);
    execOrThrow(query);
}

void JobStore::finish(const QString& id, JobState state, const QString& error,
                      const QMap<QString, QString>& outputs, const QStringList& notices) {
    QSqlDatabase db = database_.connection();
    Transaction transaction(db);
    for (auto it = outputs.constBegin(); it != outputs.constEnd(); ++it) {
        QSqlQuery output(db);
        output.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO job_outputs (job_id, output_id, asset_id) VALUES (?, ?, ?)"));
        output.addBindValue(id);
        output.addBindValue(it.key());
        output.addBindValue(it.value());
        execOrThrow(output);
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE jobs SET state = ?, error = ?, notices = ?, finished_at = ?, eta_seconds = NULL, "
        "progress = CASE WHEN ? = 'succeeded' THEN 1 ELSE progress END, "
        "stage = CASE WHEN ? = 'succeeded' THEN 'done' ELSE stage END WHERE id = ?"));
    query.addBindValue(jobStateName(state));
    query.addBindValue(text(error));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(notices)).toJson(QJsonDocument::Compact)));
    query.addBindValue(now());
    query.addBindValue(jobStateName(state));
    query.addBindValue(jobStateName(state));
    query.addBindValue(id);
    execOrThrow(query);
    transaction.commit();
}

void JobStore::setDevice(const QString& id, const QString& device) {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE jobs SET device = ? WHERE id = ?"));
    query.addBindValue(device);
    query.addBindValue(id);
    execOrThrow(query);
}

void JobStore::setQueuePosition(const QString& id, int priority, qint64 queueOrder) {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE jobs SET priority = ?, queue_order = ? WHERE id = ?"));
    query.addBindValue(priority);
    query.addBindValue(queueOrder);
    query.addBindValue(id);
    execOrThrow(query);
}

void JobStore::requeue(const QString& id) {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    // A retried job joins the back of its priority's queue.
    query.prepare(
        QStringLiteral("UPDATE jobs SET state = 'queued', progress = 0, stage = '', error = '', "
                       "notices = '[]', device = '', "
                       "eta_seconds = NULL, queue_order = ?, "
                       "started_at = NULL, finished_at = NULL, runner_pid = NULL "
                       "WHERE id = ? AND state IN ('failed', 'cancelled', 'interrupted')"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    execOrThrow(query);
}

void JobStore::remove(const QString& id) {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    query.addBindValue(id);
    execOrThrow(query);
}

QStringList JobStore::recoverInterrupted(qint64 currentPid) {
    QSqlDatabase db = database_.connection();
    Transaction transaction(db);
    QSqlQuery running(db);
    running.prepare(QStringLiteral("SELECT id, runner_pid FROM jobs WHERE state = 'running'"));
    execOrThrow(running);
    QStringList orphaned;
    while (running.next()) {
        const qint64 pid = running.value(1).toLongLong();
        // Our own pid here means a previous process with a recycled pid, since this process
        // has not started any job yet.
        if (pid == currentPid || !processAlive(pid)) {
            orphaned.append(running.value(0).toString());
        }
    }
    for (const QString& id : orphaned) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral(
            "UPDATE jobs SET state = 'interrupted', finished_at = ?, eta_seconds = NULL, "
            "error = 'the program stopped while this job was running; retry it' WHERE id = ?"));
        update.addBindValue(now());
        update.addBindValue(id);
        execOrThrow(update);
    }
    transaction.commit();
    return orphaned;
}

}  // namespace sonara::core::store
