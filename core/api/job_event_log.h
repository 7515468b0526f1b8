#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <deque>
#include <optional>

namespace sonara::core {
class EngineHost;
namespace store {
struct JobRecord;
}  // namespace store
}  // namespace sonara::core

namespace sonara::core::api {

// One event about one job, as the event streams send it.
struct JobEvent {
    // Increasing over the server's life and across restarts (it starts at the server's start
    // time in microseconds), so an id from an earlier run is never mistaken for a recent one.
    qint64 id = 0;
    QString job;
    // "progress" or "finished".
    QByteArray name;
    QJsonObject data;
};

// Every job event of the local API, numbered, with the most recent kept in a bounded ring so
// that a client reconnecting with Last-Event-ID misses nothing. Progress is thinned to at most
// one event per job per kMinProgressIntervalMs (the latest value is sent when the interval has
// passed); a change of state or stage, and every finished event, is sent at once.
class JobEventLog : public QObject {
    Q_OBJECT

public:
    static constexpr int kMinProgressIntervalMs = 100;

    JobEventLog(EngineHost& host, int capacity, QObject* parent = nullptr);

    // The id of the latest event (the starting point of a new stream).
    qint64 lastId() const { return next_ - 1; }
    // The events after `id`, oldest first; nullopt when some of them are no longer kept or `id`
    // is not one of this log's.
    std::optional<QList<JobEvent>> since(qint64 id) const;

    // A progress event's payload for a job as it stands.
    static QJsonObject progressOf(const store::JobRecord& job);
    // What a stream sends for a job's current state: its progress (and, for a succeeded job,
    // the "done" stage), then "finished" with the job when it has finished.
    QList<JobEvent> snapshot(const store::JobRecord& job) const;

Q_SIGNALS:
    void appended(const sonara::core::api::JobEvent& event);

private:
    void onProgress(const QString& job, double fraction, const QString& stage, double eta);
    void onStateChanged(const QString& job);
    void onFinished(const QString& job);
    void flushProgress();
    void append(const QString& job, const QByteArray& name, const QJsonObject& data);

    EngineHost& host_;
    int capacity_;
    qint64 base_;
    qint64 next_;
    std::deque<JobEvent> ring_;
    // Per job: when its last progress went out, and what it sent.
    struct Sent {
        QElapsedTimer clock;
        QJsonObject data;
    };
    QHash<QString, Sent> sent_;
    // Progress held back by the interval, sent by the timer.
    QHash<QString, QJsonObject> held_;
    QTimer flush_;
};

}  // namespace sonara::core::api
