#pragma once

#include "core/store/list_position.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace sonara::core::store {

class Database;

enum class JobState { Queued, Running, Succeeded, Failed, Cancelled, Interrupted };

QString jobStateName(JobState state);
std::optional<JobState> jobStateFromName(const QString& name);
bool isFinished(JobState state);

struct JobRecord {
    QString id;
    QString capability;
    QString engine;
    QString model;
    QVariantMap parameters;
    // Input name -> value as validated: file inputs hold absolute paths (see JobInputs).
    QJsonObject inputs;
    JobState state = JobState::Queued;
    double progress = 0;
    QString stage;
    std::optional<double> etaSeconds;
    QString error;
    int attempts = 0;
    qint64 runnerPid = 0;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QMap<QString, QString> outputs;  // output id -> asset id
    // What the client filed the job under; the engine never sees these.
    QString label;
    QJsonObject metadata;
    // The client's Idempotency-Key (empty: none) and a fingerprint of the request it came with.
    QString idempotencyKey;
    QString requestFingerprint;
    // Queued jobs start highest priority first, then by queueOrder (ms since the epoch when it
    // was queued; "front" puts it before the others).
    int priority = 0;
    qint64 queueOrder = 0;
    // What the job tells its user besides its outputs, one sentence each (see
    // JobContext::addNotice); kept whatever the job's end.
    QStringList notices;
    // The device its models ran on ("cpu", "cuda:0"): where it ended up, so after a fallback to
    // the CPU, "cpu". Empty until the job has started.
    QString device;

    QJsonObject toJson() const;
};

struct JobFilter {
    std::optional<JobState> state;
    QString capability;
    int limit = 200;
    QString label;
    // Read on from where an earlier page stopped.
    std::optional<ListPosition> after;
};

class JobStore {
public:
    explicit JobStore(Database& database);

    void insert(const JobRecord& job);
    std::optional<JobRecord> find(const QString& id) const;
    QList<JobRecord> list(const JobFilter& filter = {}) const;
    // Newest first, at most `filter.limit` jobs, with where to read on when more follow.
    ListPage<JobRecord> page(const JobFilter& filter) const;
    // The job created with this Idempotency-Key, if any.
    std::optional<JobRecord> findByIdempotencyKey(const QString& key) const;

    void markRunning(const QString& id, qint64 runnerPid);
    void updateProgress(const QString& id, double progress, const QString& stage,
                        std::optional<double> etaSeconds);
    // Records the outputs, the notices and the final state in one transaction, so a finished job
    // is never seen without its outputs.
    void finish(const QString& id, JobState state, const QString& error,
                const QMap<QString, QString>& outputs = {}, const QStringList& notices = {});
    // Records the device a running job's models run on (see JobRecord::device).
    void setDevice(const QString& id, const QString& device);
    // Where a queued job stands in the queue (see JobRecord::priority).
    void setQueuePosition(const QString& id, int priority, qint64 queueOrder);
    // Puts a failed, cancelled or interrupted job back in the queue.
    void requeue(const QString& id);
    void remove(const QString& id);

    // Jobs left `running` by a process that is gone become `interrupted`; returns their ids.
    QStringList recoverInterrupted(qint64 currentPid);

private:
    Database& database_;
};

}  // namespace sonara::core::store
