#include "core/api/api_routes.h"
#include "core/api/http_files.h"
#include "core/api/job_json.h"
#include "core/api/job_result.h"
#include "core/api/json_response.h"
#include "core/api/list_paging.h"
#include "core/api/local_api_server.h"
#include "core/api/problem.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/result_export.h"
#include "core/store/job_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace sonara::core::api {
namespace {

using Status = QHttpServerResponse::StatusCode;

constexpr int kMaxIdempotencyKeyLength = 255;

QJsonObject jobJson(EngineHost& host, const store::JobRecord& job) {
    QJsonObject json = jobToJson(job, host.registry(), host.assets());
    if (job.state == store::JobState::Running && host.jobs().isCancelling(job.id)) {
        // Asked to stop and not stopped yet: the engine ends within about a second. The state
        // stays "running" so that clients waiting for a final state keep waiting.
        json.insert(QStringLiteral("cancelling"), true);
    }
    return json;
}

// The Idempotency-Key a job request was sent with: empty when none; at most 255 visible ASCII
// characters (a UUID is a good one).
QString idempotencyKey(const QHttpServerRequest& request) {
    const QByteArray key = request.value("Idempotency-Key").trimmed();
    const bool visible =
        std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    if (key.size() > kMaxIdempotencyKeyLength || !visible) {
        throw ValidationError(
            ValidationError::Kind::OutOfRange, QStringLiteral("Idempotency-Key"),
            QStringLiteral("the Idempotency-Key header must be at most %1 visible ASCII "
                           "characters without spaces; a random UUID per job is a good key")
                .arg(kMaxIdempotencyKeyLength));
    }
    return QString::fromLatin1(key);
}

// The same request sent again gives the same fingerprint: QJsonObject sorts the keys, and
// compact JSON drops the spacing.
QString requestFingerprint(const QJsonObject& body) {
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QHttpServerResponse jobCreatedAnswer(EngineHost& host, const store::JobRecord& job, Status status) {
    QHttpServerResponse response = jsonResponse(jobJson(host, job), status);
    response.setHeader(QByteArrayLiteral("Location"),
                       QByteArrayLiteral("/v1/jobs/") + job.id.toUtf8());
    if (status == Status::Ok) {
        response.setHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
    }
    return response;
}

// The answer to a request whose Idempotency-Key made a job before: that job again (200), or a
// 409 when this request is not the one the key was first sent with.
std::optional<QHttpServerResponse> replayed(EngineHost& host, const QString& key,
                                            const QString& fingerprint) {
    const std::optional<store::JobRecord> job =
        store::JobStore(host.database()).findByIdempotencyKey(key);
    if (!job) {
        return std::nullopt;
    }
    if (job->requestFingerprint != fingerprint) {
        return problem(Status::Conflict, QStringLiteral("Idempotency-Key reused"),
                       QStringLiteral("the Idempotency-Key '%1' already created job %2 from a "
                                      "different request; send that request unchanged to get "
                                      "the job, or use a new key for a new job")
                           .arg(key, job->id),
                       QStringLiteral("Idempotency-Key"), {{QStringLiteral("job"), job->id}});
    }
    return jobCreatedAnswer(host, *job, Status::Ok);
}

QHttpServerResponse createJob(EngineHost& host, const QHttpServerRequest& request,
                              const QJsonObject& body) {
    const QString key = idempotencyKey(request);
    const QString fingerprint = key.isEmpty() ? QString() : requestFingerprint(body);
    if (!key.isEmpty()) {
        if (std::optional<QHttpServerResponse> answer = replayed(host, key, fingerprint)) {
            return std::move(*answer);
        }
    }
    JobRequest job = jobRequestFromJson(body, host.registry(), host.assets());
    job.idempotencyKey = key;
    job.requestFingerprint = fingerprint;
    QString id;
    try {
        id = host.jobs().submit(job);
    } catch (const store::StoreError&) {
        // Another server on the same data folder stored this key in between.
        if (!key.isEmpty()) {
            if (std::optional<QHttpServerResponse> answer = replayed(host, key, fingerprint)) {
                return std::move(*answer);
            }
        }
        throw;
    }
    return jobCreatedAnswer(host, *host.jobs().job(id), Status::Created);
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
    filter.label = query.queryItemValue(QStringLiteral("label"), QUrl::FullyDecoded);
    if (filter.label.size() > kMaxLabelLength) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("label"),
                              QStringLiteral("a label has at most %1 characters; this one has %2")
                                  .arg(kMaxLabelLength)
                                  .arg(filter.label.size()));
    }
    const PageRequest page = pageRequest(query, QStringLiteral("jobs"));
    filter.limit = page.limit;
    filter.after = page.after;
    const store::ListPage<store::JobRecord> found = store::JobStore(host.database()).page(filter);
    QJsonArray jobs;
    for (const store::JobRecord& job : found.rows) {
        jobs.append(jobJson(host, job));
    }
    return jsonResponse(QJsonObject{
        {QStringLiteral("jobs"), jobs},
        {QStringLiteral("next_cursor"), nextCursor(found.next, QStringLiteral("jobs"))}});
}

void downloadOutput(EngineHost& host, const QString& jobId, const QString& outputId,
                    const QHttpServerRequest& request, QHttpServerResponder& responder) {
    const JobResult result = findJobResult(host, jobId, outputId);
    const store::JobRecord* job = &result.job;
    const CapabilityDescriptor* descriptor = result.descriptor;
    const OutputSpec* output = result.output;
    const store::Asset* asset = &result.asset;
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
    // A HEAD is checked before the export is made, and the export it makes (for its length) is
    // not charged.
    const std::optional<ExportCharge> charge = resultCharge(*asset);
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    if (head) {
        payForDownload(host.credits(), charge, request);
    }
    writeChargedExport(host.credits(), head ? std::nullopt : charge, path,
                       [&] { exportOutput(*asset, *output, path); });
    const QString name = exportFileName(*job, *descriptor, outputId, format, host.assets());
    sendFile(std::move(responder), request, path, mimeTypeForFormat(format), name, true);
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
    QStringList outputFormats;
    for (const CapabilityDescriptor& descriptor : host.registry().capabilities()) {
        for (const OutputSpec& output : descriptor.outputs) {
            outputFormats += output.formats;
        }
    }
    const QString outputKind = binaryKind(outputFormats);

    server.endpoint(
        "POST", QStringLiteral("/v1/jobs"),
        {QStringLiteral("Create a job; with an Idempotency-Key, sending the same request "
                        "again answers the job it created (200)"),
         QStringLiteral("json:JobRequest"),
         P{{201, QStringLiteral("json:Job")},
           {200, QStringLiteral("json:Job")},
           {400, problemKind},
           {409, problemKind},
           {413, problemKind},
           {422, problemKind}},
         {},
         {{QStringLiteral("Idempotency-Key"),
           QStringLiteral("a key of the client's choosing (at most 255 visible ASCII "
                          "characters, e.g. a UUID), kept with the job: the same key "
                          "with the same body answers that job (200), with another "
                          "body 409")}}},
        Plain0([&server, &host](const QHttpServerRequest& request) {
            return createJob(host, request, server.jsonBody(request));
        }));
    server.endpoint(
        "GET", QStringLiteral("/v1/jobs"),
        {QStringLiteral("List jobs, newest first"),
         {},
         P{{200, QStringLiteral("json:JobList")}, {422, problemKind}},
         {{QStringLiteral("state"),
           QStringLiteral("queued, running, succeeded, failed, cancelled or interrupted")},
          {QStringLiteral("capability"), QStringLiteral("a capability id")},
          {QStringLiteral("label"), QStringLiteral("only the jobs created with this label")},
          {QStringLiteral("limit"), QStringLiteral("at most this many, 1 to 10000 (default 200)")},
          {QStringLiteral("cursor"),
           QStringLiteral("the next_cursor of the previous page; absent for the first")}}},
        Plain0([&host](const QHttpServerRequest& request) { return listJobs(host, request); }));
    server.endpoint(
        "GET", QStringLiteral("/v1/jobs/{job}/outputs/{output}"),
        {QStringLiteral("Download a result; costs its duration in credits, once"),
         {},
         P{{200, outputKind},
           {206, outputKind},
           {402, problemKind},
           {404, problemKind},
           {416, problemKind},
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
    server.endpoint(
        "POST", QStringLiteral("/v1/jobs/{job}/front"),
        {QStringLiteral("Make a queued job the next to start: it takes the highest priority of "
                        "the queued jobs and goes ahead of them"),
         {},
         P{{200, QStringLiteral("json:Job")}, {404, problemKind}, {422, problemKind}},
         {}},
        Plain1([&host](const QString& id, const QHttpServerRequest&) {
            host.jobs().moveToFront(id);
            return jsonResponse(jobJson(host, *host.jobs().job(id)));
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
