#include "core/api/api_routes.h"
#include "core/api/event_stream.h"
#include "core/api/http_files.h"
#include "core/api/job_json.h"
#include "core/api/json_response.h"
#include "core/api/local_api_server.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/result_export.h"
#include "core/store/job_store.h"

#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace sonara::core::api {
namespace {

using Status = QHttpServerResponse::StatusCode;

QJsonObject progressEvent(const QString& id, double fraction, const QString& stage, double eta) {
    QJsonObject event{{QStringLiteral("id"), id},
                      {QStringLiteral("progress"), fraction},
                      {QStringLiteral("stage"), stage}};
    event.insert(QStringLiteral("eta_seconds"), eta >= 0 ? QJsonValue(eta) : QJsonValue());
    return event;
}

QJsonObject jobJson(EngineHost& host, const store::JobRecord& job) {
    QJsonObject json = jobToJson(job, host.registry(), host.assets());
    if (job.state == store::JobState::Running && host.jobs().isCancelling(job.id)) {
        // Asked to stop and not stopped yet: the engine ends within about a second. The state
        // stays "running" so that clients waiting for a final state keep waiting.
        json.insert(QStringLiteral("cancelling"), true);
    }
    return json;
}

QHttpServerResponse createJob(EngineHost& host, const QJsonObject& body) {
    const JobRequest job = jobRequestFromJson(body, host.registry(), host.assets());
    const QString id = host.jobs().submit(job);
    QHttpServerResponse response =
        jsonResponse(jobJson(host, *host.jobs().job(id)), Status::Created);
    response.setHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/v1/jobs/") + id.toUtf8());
    return response;
}

QHttpServerResponse listJobs(EngineHost& host, const QHttpServerRequest& request) {
    const QUrlQuery query = request.query();
    store::JobFilter filter;
    if (query.hasQueryItem(QStringLiteral("state"))) {
        filter.state = store::jobStateFromName(query.queryItemValue(QStringLiteral("state")));
        if (!filter.state) {
            throw ValidationError(
                ValidationError::Kind::OutOfRange, QStringLiteral("state"),
                QStringLiteral("unknown state '%1'; use queued, running, succeeded, failed, "
                               "cancelled or interrupted")
                    .arg(query.queryItemValue(QStringLiteral("state"))));
        }
    }
    filter.capability = query.queryItemValue(QStringLiteral("capability"));
    if (query.hasQueryItem(QStringLiteral("capability")) &&
        !host.registry().capability(filter.capability)) {
        throw ValidationError(
            ValidationError::Kind::OutOfRange, QStringLiteral("capability"),
            QStringLiteral("unknown capability '%1'; GET /v1/capabilities lists them")
                .arg(filter.capability));
    }
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 10000) {
            throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("limit"),
                                  QStringLiteral("limit must be a number from 1 to 10000"));
        }
    }
    QJsonArray jobs;
    for (const store::JobRecord& job : host.jobs().jobs(filter)) {
        jobs.append(jobJson(host, job));
    }
    return jsonResponse(jobs, QStringLiteral("jobs"));
}

void streamEvents(EngineHost& host, const QString& id, QHttpServerResponder& responder) {
    const std::optional<store::JobRecord> job = host.jobs().job(id);
    if (!job) {
        throw NotFoundError(QStringLiteral("there is no job %1 (GET /v1/jobs lists them)").arg(id));
    }
    auto* stream = new EventStream(std::move(responder), id);
    const bool succeeded = job->state == store::JobState::Succeeded;
    stream->event("progress", succeeded ? progressEvent(id, 1.0, QStringLiteral("done"), 0)
                                        : progressEvent(id, job->progress, job->stage,
                                                        job->etaSeconds.value_or(-1)));
    if (store::isFinished(job->state)) {
        stream->event("finished", jobJson(host, *job));
        stream->close();
        return;
    }
    JobManager& jobs = host.jobs();
    QObject::connect(
        &jobs, &JobManager::jobProgress, stream,
        [stream](const QString& jobId, double fraction, const QString& stage, double eta) {
            if (jobId == stream->subject()) {
                stream->event("progress", progressEvent(jobId, fraction, stage, eta));
            }
        });
    QObject::connect(
        &jobs, &JobManager::jobFinished, stream,
        [&host, stream](const QString& jobId, store::JobState state, const QString&) {
            if (jobId != stream->subject()) {
                return;
            }
            if (state == store::JobState::Succeeded) {
                stream->event("progress", progressEvent(jobId, 1.0, QStringLiteral("done"), 0));
            }
            if (const std::optional<store::JobRecord> finished = host.jobs().job(jobId)) {
                stream->event("finished", jobJson(host, *finished));
            }
            stream->close();
        });
}

void downloadOutput(EngineHost& host, const QString& jobId, const QString& outputId,
                    const QHttpServerRequest& request, QHttpServerResponder& responder) {
    const std::optional<store::JobRecord> job = host.jobs().job(jobId);
    if (!job) {
        throw NotFoundError(
            QStringLiteral("there is no job %1 (GET /v1/jobs lists them)").arg(jobId));
    }
    const CapabilityDescriptor* descriptor = host.registry().capability(job->capability);
    const OutputSpec* output = nullptr;
    if (descriptor) {
        for (const OutputSpec& spec : descriptor->outputs) {
            if (spec.id == outputId) {
                output = &spec;
            }
        }
    }
    if (!output) {
        throw NotFoundError(QStringLiteral("%1 jobs have no output '%2'; see the job's \"outputs\"")
                                .arg(job->capability, outputId));
    }
    if (job->state != store::JobState::Succeeded) {
        throw ValidationError(
            ValidationError::Kind::OutOfRange, QStringLiteral("state"),
            QStringLiteral("job %1 is %2; results can be downloaded once it has succeeded")
                .arg(jobId, store::jobStateName(job->state)));
    }
    const std::optional<store::Asset> asset = host.assets().find(job->outputs.value(outputId));
    if (!asset) {
        throw NotFoundError(
            QStringLiteral("job %1 produced no '%2' output; it made: %3")
                .arg(jobId, outputId, QStringList(job->outputs.keys()).join(QStringLiteral(", "))));
    }
    QString format = request.query().queryItemValue(QStringLiteral("format"));
    if (format.isEmpty()) {
        format = output->formats.value(0);
    }
    if (!output->formats.contains(format)) {
        throw ValidationError(
            ValidationError::Kind::OutOfRange, QStringLiteral("format"),
            QStringLiteral("'%1' is not a format of %2; use one of %3")
                .arg(format, output->title, output->formats.join(QStringLiteral(", "))));
    }
    const QDir exports(QDir(host.dataDirectory()).filePath(QStringLiteral("work/exports")));
    QDir().mkpath(exports.path());
    const QString path = exports.filePath(
        QStringLiteral("%1-%2-%3.%4")
            .arg(jobId, outputId, QUuid::createUuid().toString(QUuid::WithoutBraces), format));
    writeChargedExport(host.credits(), resultCharge(*asset), path,
                       [&] { exportOutput(*asset, *output, path); });
    const QString name = exportFileName(*job, *descriptor, outputId, format, host.assets());
    sendFile(std::move(responder), path, mimeTypeForFormat(format), request.value("Range"), name,
             true);
}

}  // namespace

void addJobRoutes(LocalApiServer& server) {
    using Plain0 = LocalApiServer::Plain0;
    using Plain1 = LocalApiServer::Plain1;
    using Streamed1 = LocalApiServer::Streamed1;
    using Streamed2 = LocalApiServer::Streamed2;
    using P = QList<QPair<int, QString>>;
    const QString problemKind = QStringLiteral("problem");
    EngineHost& host = server.host();

    server.endpoint("POST", QStringLiteral("/v1/jobs"),
                    {QStringLiteral("Create a job"),
                     QStringLiteral("json:JobRequest"),
                     P{{201, QStringLiteral("json:Job")},
                       {400, problemKind},
                       {413, problemKind},
                       {422, problemKind}},
                     {}},
                    Plain0([&server, &host](const QHttpServerRequest& request) {
                        return createJob(host, server.jsonBody(request));
                    }));
    server.endpoint(
        "GET", QStringLiteral("/v1/jobs"),
        {QStringLiteral("List jobs, newest first"),
         {},
         P{{200, QStringLiteral("json:JobList")}, {422, problemKind}},
         {{QStringLiteral("state"),
           QStringLiteral("queued, running, succeeded, failed, cancelled or interrupted")},
          {QStringLiteral("capability"), QStringLiteral("a capability id")},
          {QStringLiteral("limit"), QStringLiteral("at most this many (default 200)")}}},
        Plain0([&host](const QHttpServerRequest& request) { return listJobs(host, request); }));
    server.endpoint(
        "GET", QStringLiteral("/v1/jobs/{job}/events"),
        {QStringLiteral("Progress as server-sent events until the job's final state"),
         {},
         P{{200, QStringLiteral("events")}, {404, problemKind}},
         {}},
        Streamed1([&host](const QString& id, const QHttpServerRequest&,
                          QHttpServerResponder& responder) { streamEvents(host, id, responder); }));
    server.endpoint(
        "GET", QStringLiteral("/v1/jobs/{job}/outputs/{output}"),
        {QStringLiteral("Download a result; costs its duration in credits, once"),
         {},
         P{{200, QStringLiteral("binary")},
           {206, QStringLiteral("binary")},
           {402, problemKind},
           {404, problemKind},
           {422, problemKind}},
         {{QStringLiteral("format"),
           QStringLiteral("one of the output's formats (default: its first)")}}},
        Streamed2([&host](const QString& jobId, const QString& outputId,
                          const QHttpServerRequest& request, QHttpServerResponder& responder) {
            downloadOutput(host, jobId, outputId, request, responder);
        }));
    server.endpoint(
        "POST", QStringLiteral("/v1/jobs/{job}/cancel"),
        {QStringLiteral("Cancel a queued or running job"),
         {},
         P{{202, QStringLiteral("json:Job")}, {404, problemKind}, {422, problemKind}},
         {}},
        Plain1([&host](const QString& id, const QHttpServerRequest&) {
            const std::optional<store::JobRecord> job = host.jobs().job(id);
            if (!job) {
                throw NotFoundError(
                    QStringLiteral("there is no job %1 (GET /v1/jobs lists them)").arg(id));
            }
            if (!host.jobs().cancel(id)) {
                throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("state"),
                                      QStringLiteral("job %1 has already finished (%2)")
                                          .arg(id, store::jobStateName(job->state)));
            }
            return jsonResponse(jobJson(host, *host.jobs().job(id)), Status::Accepted);
        }));
    server.endpoint("POST", QStringLiteral("/v1/jobs/{job}/retry"),
                    {QStringLiteral("Queue a failed, cancelled or interrupted job again"),
                     {},
                     P{{202, QStringLiteral("json:Job")}, {404, problemKind}, {422, problemKind}},
                     {}},
                    Plain1([&host](const QString& id, const QHttpServerRequest&) {
                        host.jobs().retry(id);
                        return jsonResponse(jobJson(host, *host.jobs().job(id)), Status::Accepted);
                    }));
    server.endpoint(
        "GET", QStringLiteral("/v1/jobs/{job}"),
        {QStringLiteral("One job"),
         {},
         P{{200, QStringLiteral("json:Job")}, {404, problemKind}},
         {}},
        Plain1([&host](const QString& id, const QHttpServerRequest&) {
            const std::optional<store::JobRecord> job = host.jobs().job(id);
            if (!job) {
                throw NotFoundError(
                    QStringLiteral("there is no job %1 (GET /v1/jobs lists them)").arg(id));
            }
            return jsonResponse(jobJson(host, *job));
        }));
    server.endpoint(
        "DELETE", QStringLiteral("/v1/jobs/{job}"),
        {QStringLiteral("Forget a finished job (its result files stay); a job being cancelled is "
                        "forgotten as soon as it stops (202 with the job)"),
         {},
         P{{204, QString()},
           {202, QStringLiteral("json:Job")},
           {404, problemKind},
           {422, problemKind}},
         {}},
        Plain1([&host](const QString& id, const QHttpServerRequest&) {
            const std::optional<store::JobRecord> job = host.jobs().job(id);
            if (host.jobs().remove(id)) {
                return QHttpServerResponse(Status::NoContent);
            }
            return jsonResponse(jobJson(host, *job), Status::Accepted);
        }));
}

}  // namespace sonara::core::api
