#include "core/api/api_routes.h"
#include "core/api/event_stream.h"
#include "core/api/job_event_log.h"
#include "core/api/local_api_server.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/store/job_store.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSet>
#include <QUrlQuery>
#include <optional>

namespace sonara::core::api {
namespace {

// More ids than this in one `jobs=` would make a request head too long to be sure of anyway.
constexpr int kMaxFollowedJobs = 1000;

// What one stream follows: some jobs (ending once all have finished), or every job (of a label).
struct Follow {
    QStringList jobs;
    QString label;
    std::optional<qint64> lastEventId;

    bool followsAll() const { return jobs.isEmpty(); }
};

std::optional<qint64> lastEventId(const QHttpServerRequest& request) {
    QString given = QString::fromLatin1(request.value("Last-Event-ID")).trimmed();
    QString field = QStringLiteral("Last-Event-ID");
    if (given.isEmpty()) {
        given = request.query().queryItemValue(QStringLiteral("last_event_id"), QUrl::FullyDecoded);
        field = QStringLiteral("last_event_id");
    }
    if (given.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = given.toLongLong(&ok);
    if (!ok) {
        throw ValidationError(ValidationError::Kind::OutOfRange, field,
                              QStringLiteral("'%1' is not an event id; send back the number of "
                                             "the last \"id:\" line received")
                                  .arg(given.left(40)));
    }
    return id;
}

Follow followFromQuery(EngineHost& host, const QHttpServerRequest& request) {
    const QUrlQuery query = request.query();
    Follow follow;
    for (const QString& id : query.queryItemValue(QStringLiteral("jobs"), QUrl::FullyDecoded)
                                 .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = id.trimmed();
        if (!follow.jobs.contains(trimmed)) {
            follow.jobs.append(trimmed);
        }
    }
    if (follow.jobs.size() > kMaxFollowedJobs) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("jobs"),
                              QStringLiteral("%1 jobs asked for; follow at most %2 per stream, or "
                                             "give them a label and follow ?label=")
                                  .arg(follow.jobs.size())
                                  .arg(kMaxFollowedJobs));
    }
    for (const QString& id : std::as_const(follow.jobs)) {
        if (!host.jobs().job(id)) {
            throw ValidationError(
                ValidationError::Kind::Unknown, QStringLiteral("jobs"),
                QStringLiteral("there is no job %1 (GET /v1/jobs lists them)").arg(id));
        }
    }
    follow.label = query.queryItemValue(QStringLiteral("label"), QUrl::FullyDecoded);
    follow.lastEventId = lastEventId(request);
    return follow;
}

// The current state of what `follow` covers, as events tagged with the log's latest id.
QList<JobEvent> snapshot(EngineHost& host, const JobEventLog& log, const Follow& follow) {
    QList<JobEvent> events;
    if (!follow.followsAll()) {
        for (const QString& id : follow.jobs) {
            if (const std::optional<store::JobRecord> job = host.jobs().job(id)) {
                events += log.snapshot(*job);
            }
        }
        return events;
    }
    // Every unfinished job, oldest first; finished ones are GET /v1/jobs's business.
    for (const store::JobState state : {store::JobState::Running, store::JobState::Queued}) {
        store::JobFilter filter;
        filter.state = state;
        filter.label = follow.label;
        filter.limit = 100000;
        const QList<store::JobRecord> jobs = host.jobs().jobs(filter);
        for (auto it = jobs.crbegin(); it != jobs.crend(); ++it) {
            events += log.snapshot(*it);
        }
    }
    return events;
}

// Sends the events `follow` asks for on `responder` until its jobs have finished (or for ever,
// following all jobs), starting after Last-Event-ID when it is still kept, else from a snapshot.
void streamJobs(EngineHost& host, JobEventLog& log, Follow follow,
                QHttpServerResponder& responder) {
    auto* stream = new EventStream(std::move(responder), follow.jobs.join(QLatin1Char(',')));
    auto waiting = std::make_shared<QSet<QString>>();
    for (const QString& id : std::as_const(follow.jobs)) {
        waiting->insert(id);
    }
    const QSet<QString> followed(follow.jobs.cbegin(), follow.jobs.cend());
    const bool closeWhenDone = !follow.followsAll();
    // Jobs whose finished event this stream has sent: nothing more comes for them.
    auto reported = std::make_shared<QSet<QString>>();
    auto send = [&host, stream, waiting, reported, followed, label = follow.label,
                 closeWhenDone](const JobEvent& event) {
        if ((!followed.isEmpty() && !followed.contains(event.job)) ||
            reported->contains(event.job)) {
            return;
        }
        if (!label.isEmpty()) {
            const std::optional<store::JobRecord> job = host.jobs().job(event.job);
            if (!job || job->label != label) {
                return;
            }
        }
        stream->event(event.name.constData(), event.data, event.id);
        if (event.name == "finished") {
            reported->insert(event.job);
            waiting->remove(event.job);
            if (closeWhenDone && waiting->isEmpty()) {
                stream->close();
            }
        }
    };

    std::optional<QList<JobEvent>> missed;
    if (follow.lastEventId) {
        missed = log.since(*follow.lastEventId);
        if (!missed) {
            stream->event(
                "reset",
                QJsonObject{{QStringLiteral("last_event_id"), QString::number(*follow.lastEventId)},
                            {QStringLiteral("detail"),
                             QStringLiteral("events after this id are no longer kept (or are of "
                                            "an earlier run of the server); the events that "
                                            "follow give each job's current state")}},
                log.lastId());
        }
    }
    if (missed) {
        // A job that finished before the missed events began was reported then; one whose end
        // is stored but not reported yet (isRunning) is still waited for.
        for (const QString& id : std::as_const(follow.jobs)) {
            const std::optional<store::JobRecord> job = host.jobs().job(id);
            bool finishedLater = false;
            for (const JobEvent& event : std::as_const(*missed)) {
                finishedLater = finishedLater || (event.job == id && event.name == "finished");
            }
            if (!finishedLater &&
                (!job || (store::isFinished(job->state) && !host.jobs().isRunning(id)))) {
                waiting->remove(id);
            }
        }
        for (const JobEvent& event : std::as_const(*missed)) {
            send(event);
        }
    } else {
        for (const JobEvent& event : snapshot(host, log, follow)) {
            send(event);
        }
    }
    if (closeWhenDone && waiting->isEmpty()) {
        stream->close();
        return;
    }
    QObject::connect(&log, &JobEventLog::appended, stream, send);
}

}  // namespace

void addEventRoutes(LocalApiServer& server) {
    using Streamed0 = LocalApiServer::Streamed0;
    using Streamed1 = LocalApiServer::Streamed1;
    using P = QList<QPair<int, QString>>;
    const QString problemKind = QStringLiteral("problem");
    EngineHost& host = server.host();
    JobEventLog& log = server.jobEvents();
    const QString lastEventIdHeader = QStringLiteral(
        "the id of the last event received (its `id:` line): the stream resumes "
        "after it, or sends a `reset` event and each job's current state when it "
        "is no longer kept");

    server.endpoint(
        "GET", QStringLiteral("/v1/events"),
        {QStringLiteral("Progress of many jobs as one stream of server-sent events: the jobs "
                        "listed in `jobs` (the stream ends once all have finished), else every "
                        "job (of `label`), for as long as the client stays. Each event has an "
                        "`id:`; send the last one back as Last-Event-ID to resume"),
         {},
         P{{200, QStringLiteral("events:JobEvents")}, {422, problemKind}},
         {{QStringLiteral("jobs"), QStringLiteral("job ids, comma-separated (at most 1000)")},
          {QStringLiteral("label"), QStringLiteral("only jobs with this label")},
          {QStringLiteral("last_event_id"),
           QStringLiteral("resume after this event (like the Last-Event-ID header)")}},
         {{QStringLiteral("Last-Event-ID"), lastEventIdHeader}}},
        Streamed0(
            [&host, &log](const QHttpServerRequest& request, QHttpServerResponder& responder) {
                streamJobs(host, log, followFromQuery(host, request), responder);
            }));
    server.endpoint(
        "GET", QStringLiteral("/v1/jobs/{job}/events"),
        {QStringLiteral("Progress of one job as server-sent events until its final state (the "
                        "same events as /v1/events?jobs={job})"),
         {},
         P{{200, QStringLiteral("events:JobEvents")}, {404, problemKind}, {422, problemKind}},
         {},
         {{QStringLiteral("Last-Event-ID"), lastEventIdHeader}}},
        Streamed1([&host, &log](const QString& id, const QHttpServerRequest& request,
                                QHttpServerResponder& responder) {
            if (!host.jobs().job(id)) {
                throw NotFoundError(
                    QStringLiteral("there is no job %1 (GET /v1/jobs lists them)").arg(id));
            }
            Follow follow;
            follow.jobs = QStringList{id};
            follow.lastEventId = lastEventId(request);
            streamJobs(host, log, follow, responder);
        }));
}

}  // namespace sonara::core::api
