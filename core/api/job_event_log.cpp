#include "core/api/job_event_log.h"

#include "core/api/job_json.h"
#include "core/engine/engine_host.h"
#include "core/engine/job_manager.h"
#include "core/store/job_store.h"

#include <QDateTime>

namespace sonara::core::api {
namespace {

QJsonObject progressEvent(const QString& id, const QString& state, double fraction,
                          const QString& stage, double eta) {
    QJsonObject event{{QStringLiteral("id"), id},
                      {QStringLiteral("state"), state},
                      {QStringLiteral("progress"), fraction},
                      {QStringLiteral("stage"), stage}};
    event.insert(QStringLiteral("eta_seconds"), eta >= 0 ? QJsonValue(eta) : QJsonValue());
    return event;
}

bool sameStep(const QJsonObject& a, const QJsonObject& b) {
    return a.value(QStringLiteral("state")) == b.value(QStringLiteral("state")) &&
           a.value(QStringLiteral("stage")) == b.value(QStringLiteral("stage"));
}

}  // namespace

JobEventLog::JobEventLog(EngineHost& host, int capacity, QObject* parent)
    : QObject(parent),
      host_(host),
      capacity_(std::max(1, capacity)),
      base_(QDateTime::currentMSecsSinceEpoch() * 1000),
      next_(base_ + 1) {
    qRegisterMetaType<sonara::core::api::JobEvent>("sonara::core::api::JobEvent");
    JobManager& jobs = host.jobs();
    connect(&jobs, &JobManager::jobProgress, this, &JobEventLog::onProgress);
    connect(&jobs, &JobManager::jobStateChanged, this,
            [this](const QString& job, store::JobState state) {
                if (!store::isFinished(state)) {
                    onStateChanged(job);
                }
            });
    connect(&jobs, &JobManager::jobFinished, this, [this](const QString& job) { onFinished(job); });
    flush_.setInterval(kMinProgressIntervalMs);
    connect(&flush_, &QTimer::timeout, this, &JobEventLog::flushProgress);
}

std::optional<QList<JobEvent>> JobEventLog::since(qint64 id) const {
    const qint64 oldest = ring_.empty() ? next_ : ring_.front().id;
    // Ids of an earlier run, of events pushed out of the ring, or of none yet sent.
    if (id < base_ || id < oldest - 1 || id >= next_) {
        return std::nullopt;
    }
    QList<JobEvent> events;
    for (auto it = ring_.rbegin(); it != ring_.rend() && it->id > id; ++it) {
        events.prepend(*it);
    }
    return events;
}

QJsonObject JobEventLog::progressOf(const store::JobRecord& job) {
    const bool succeeded = job.state == store::JobState::Succeeded;
    return progressEvent(job.id, store::jobStateName(job.state), succeeded ? 1.0 : job.progress,
                         succeeded ? JobManager::doneStage() : job.stage,
                         succeeded ? 0.0 : job.etaSeconds.value_or(-1));
}

QList<JobEvent> JobEventLog::snapshot(const store::JobRecord& job) const {
    QList<JobEvent> events{JobEvent{lastId(), job.id, "progress", progressOf(job)}};
    if (store::isFinished(job.state)) {
        events.append(JobEvent{lastId(), job.id, "finished",
                               jobToJson(job, host_.registry(), host_.assets())});
    }
    return events;
}

void JobEventLog::onProgress(const QString& job, double fraction, const QString& stage,
                             double eta) {
    const bool succeeded = stage == JobManager::doneStage();
    const QJsonObject data =
        progressEvent(job, succeeded ? QStringLiteral("succeeded") : QStringLiteral("running"),
                      fraction, stage, eta);
    const auto sent = sent_.constFind(job);
    if (sent != sent_.constEnd() && sameStep(sent->data, data) &&
        sent->clock.elapsed() < kMinProgressIntervalMs) {
        held_.insert(job, data);
        if (!flush_.isActive()) {
            flush_.start();
        }
        return;
    }
    held_.remove(job);
    append(job, "progress", data);
}

void JobEventLog::onStateChanged(const QString& job) {
    if (const std::optional<store::JobRecord> record = host_.jobs().job(job)) {
        held_.remove(job);
        append(job, "progress", progressOf(*record));
    }
}

void JobEventLog::onFinished(const QString& job) {
    held_.remove(job);
    sent_.remove(job);
    if (const std::optional<store::JobRecord> record = host_.jobs().job(job)) {
        append(job, "finished", jobToJson(*record, host_.registry(), host_.assets()));
    }
}

void JobEventLog::flushProgress() {
    for (auto it = held_.begin(); it != held_.end();) {
        const auto sent = sent_.constFind(it.key());
        if (sent == sent_.constEnd() || sent->clock.elapsed() >= kMinProgressIntervalMs) {
            append(it.key(), "progress", it.value());
            it = held_.erase(it);
        } else {
            ++it;
        }
    }
    if (held_.isEmpty()) {
        flush_.stop();
    }
}

void JobEventLog::append(const QString& job, const QByteArray& name, const QJsonObject& data) {
    JobEvent event{next_++, job, name, data};
    if (name == "progress") {
        Sent& sent = sent_[job];
        sent.clock.start();
        sent.data = data;
    }
    ring_.push_back(event);
    while (static_cast<int>(ring_.size()) > capacity_) {
        ring_.pop_front();
    }
    Q_EMIT appended(event);
}

}  // namespace sonara::core::api
