#include "core/api/local_api_server.h"

#include "core/account/account_error.h"
#include "core/account/service_keys.h"

#include "core/api/guarded_tcp_server.h"
#include "core/api/http_files.h"
#include "core/api/job_json.h"
#include "core/api/openapi.h"
#include "core/api/problem.h"
#include "core/api/streamed_upload.h"
#include "core/audio/audio_reader.h"
#include "core/engine/descriptor_json.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/result_export.h"
#include "core/store/asset_store.h"
#include "core/store/job_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace sonara::core::api {
namespace {

using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

constexpr int kApiVersion = 1;
constexpr int kKeepAliveMs = 15000;

Method methodFromName(const char* name) {
    const QByteArray method(name);
    if (method == "POST") {
        return Method::Post;
    }
    if (method == "DELETE") {
        return Method::Delete;
    }
    return Method::Get;
}

// "/v1/jobs/{id}/events" -> "/v1/jobs/<arg>/events", Qt's spelling of the same route.
QString qtPath(const QString& openApiPath) {
    QString path = openApiPath;
    path.replace(QRegularExpression(QStringLiteral("\\{[a-z_]+\\}")), QStringLiteral("<arg>"));
    return path;
}

void send(QHttpServerResponder& responder, const QHttpServerResponse& response) {
    responder.write(response.data(), response.mimeType(), response.statusCode());
}

QHttpServerResponse json(const QJsonObject& object, Status status = Status::Ok) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse json(const QJsonArray& array, const QString& key) {
    return json(QJsonObject{{key, array}});
}

QJsonObject assetToJson(const store::Asset& asset) {
    QJsonObject object{{QStringLiteral("id"), asset.id},
                       {QStringLiteral("sha256"), asset.sha256},
                       {QStringLiteral("kind"), asset.kind},
                       {QStringLiteral("name"), asset.name},
                       {QStringLiteral("format"), asset.format},
                       {QStringLiteral("size_bytes"), asset.sizeBytes},
                       {QStringLiteral("created_at"), asset.createdAt.toString(Qt::ISODateWithMs)}};
    object.insert(QStringLiteral("duration_seconds"),
                  asset.duration ? QJsonValue(*asset.duration) : QJsonValue());
    object.insert(QStringLiteral("sample_rate"),
                  asset.sampleRate ? QJsonValue(*asset.sampleRate) : QJsonValue());
    object.insert(QStringLiteral("channels"),
                  asset.channels ? QJsonValue(*asset.channels) : QJsonValue());
    if (!asset.originJob.isEmpty()) {
        object.insert(QStringLiteral("origin_job"), asset.originJob);
    }
    return object;
}

QJsonObject progressEvent(const QString& id, double fraction, const QString& stage, double eta) {
    QJsonObject event{{QStringLiteral("id"), id},
                      {QStringLiteral("progress"), fraction},
                      {QStringLiteral("stage"), stage}};
    event.insert(QStringLiteral("eta_seconds"), eta >= 0 ? QJsonValue(eta) : QJsonValue());
    return event;
}

// One server-sent-events connection: progress events until the final state of what it follows
// (a job, a model download), then close.
class EventStream : public QObject {
public:
    EventStream(QHttpServerResponder&& responder, QString subject)
        : QObject(responder.socket()),
          responder_(std::make_unique<QHttpServerResponder>(std::move(responder))),
          subject_(std::move(subject)) {
        responder_->writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        responder_->writeHeader(QByteArrayLiteral("Content-Type"),
                                QByteArrayLiteral("text/event-stream"));
        responder_->writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        // The stream has no length; closing the connection is how it ends.
        responder_->writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        auto* keepAlive = new QTimer(this);
        connect(keepAlive, &QTimer::timeout, this,
                [this] { write(QByteArrayLiteral(": keep-alive\n\n")); });
        keepAlive->start(kKeepAliveMs);
    }

    const QString& subject() const { return subject_; }

    void event(const char* name, const QJsonObject& data) {
        write(QByteArrayLiteral("event: ") + name + QByteArrayLiteral("\ndata: ") +
              QJsonDocument(data).toJson(QJsonDocument::Compact) + QByteArrayLiteral("\n\n"));
    }

    void close() {
        if (QTcpSocket* socket = responder_->socket()) {
            socket->flush();
            socket->disconnectFromHost();
        }
        deleteLater();
    }

private:
    void write(const QByteArray& bytes) { responder_->writeBody(bytes); }

    std::unique_ptr<QHttpServerResponder> responder_;
    QString subject_;
};

// An audio upload streamed into the asset store: only audio FFmpeg can read becomes an input
// asset; anything else is refused here rather than failing later inside a job.
class AssetUploadBody : public StreamedBody {
public:
    AssetUploadBody(store::AssetStore& assets, const RequestHead& head)
        : assets_(assets),
          upload_(
              QDir(assets.directory()).filePath(QStringLiteral(".incoming")),
              head.header("Content-Type"),
              QUrlQuery(head.url).queryItemValue(QStringLiteral("filename"), QUrl::FullyDecoded)) {}

    void append(const QByteArray& chunk) override { upload_.append(chunk); }

    QHttpServerResponse finish() override {
        upload_.finish();
        const audio::AudioInfo info = audio::probeFile(upload_.path());
        store::AssetDescription description;
        description.kind = QStringLiteral("audio");
        description.name = upload_.name();
        description.duration = info.durationSeconds;
        description.sampleRate = info.sampleRate;
        description.channels = info.channels;
        const store::Asset asset = assets_.adopt(upload_.path(), upload_.sha256(), description);
        upload_.release();
        QHttpServerResponse response = json(assetToJson(asset), Status::Created);
        response.setHeader(QByteArrayLiteral("Location"),
                           QByteArrayLiteral("/v1/assets/") + asset.id.toUtf8());
        return response;
    }

private:
    store::AssetStore& assets_;
    StreamedUpload upload_;
};

QJsonObject installToJson(const store::ModelInstallRecord& record) {
    QJsonObject install{{QStringLiteral("state"), record.state},
                        {QStringLiteral("bytes_done"), record.bytesDone},
                        {QStringLiteral("bytes_total"), record.bytesTotal}};
    install.insert(QStringLiteral("progress"),
                   record.state == QLatin1String("installed") ? QJsonValue(1.0)
                   : record.bytesTotal > 0
                       ? QJsonValue(double(record.bytesDone) / record.bytesTotal)
                       : QJsonValue());
    if (!record.url.isEmpty()) {
        install.insert(QStringLiteral("url"), record.url);
    }
    if (!record.error.isEmpty()) {
        install.insert(QStringLiteral("error"), record.error);
    }
    return install;
}

// A model download's progress event: its install state and which model it is.
QJsonObject installEvent(const QString& id, const store::ModelInstallRecord& record) {
    QJsonObject event = installToJson(record);
    event.insert(QStringLiteral("model"), id);
    return event;
}

}  // namespace

LocalApiServer::LocalApiServer(EngineHost& host, QByteArray token, LocalApiOptions options,
                               QObject* parent)
    : QObject(parent),
      host_(host),
      options_(options),
      server_(std::make_unique<QHttpServer>()),
      gate_(std::move(token)) {
    addRoutes();
}

LocalApiServer::~LocalApiServer() = default;

quint16 LocalApiServer::listen(quint16 port) {
    auto bindTo = [this](const QHostAddress& address, quint16 wanted) -> quint16 {
        ConnectionLimits limits = options_.connection;
        limits.maxBodyBytes = options_.maxJsonBytes;
        auto* tcp = new GuardedTcpServer(limits, openConnections_, server_.get());
        tcp->addStreamedRoute("POST", QStringLiteral("/v1/assets"),
                              [this](const RequestHead& head) { return startUpload(head); });
        if (!tcp->listen(address, wanted)) {
            delete tcp;
            return 0;
        }
        server_->bind(tcp);
        return tcp->serverPort();
    };
    port_ = bindTo(QHostAddress::LocalHost, port);
    if (port_ == 0) {
        throw std::runtime_error(
            QStringLiteral(
                "cannot listen on 127.0.0.1:%1: the port is in use or not allowed; choose "
                "another with --port")
                .arg(port)
                .toStdString());
    }
    gate_.setPort(port_);
    // ::1 is a convenience: a system without IPv6 still serves on 127.0.0.1.
    bindTo(QHostAddress::LocalHostIPv6, port_);
    return port_;
}

std::unique_ptr<QHttpServerResponse> LocalApiServer::refusal(
    const QHttpServerRequest& request) const {
    if (auto refused = gate_.refusal(request.value("Host"), request.value("Origin"),
                                     request.value("Authorization"))) {
        return refused;
    }
    // Uploads never get here (the listening sockets stream them), so every body is JSON.
    if (request.body().size() > options_.maxJsonBytes) {
        return std::make_unique<QHttpServerResponse>(problemFromException(RequestError(
            RequestError::Kind::TooLarge,
            QStringLiteral("the body has %1 bytes and this endpoint accepts at most %2; send a "
                           "smaller request or split the work")
                .arg(request.body().size())
                .arg(options_.maxJsonBytes))));
    }
    return nullptr;
}

QJsonObject LocalApiServer::jsonBody(const QHttpServerRequest& request) const {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError) {
        throw ValidationError(
            ValidationError::Kind::Malformed, QStringLiteral("body"),
            QStringLiteral("the body is not valid JSON: %1 at byte %2; send a JSON object")
                .arg(error.errorString())
                .arg(error.offset));
    }
    if (!document.isObject()) {
        throw ValidationError(ValidationError::Kind::Malformed, QStringLiteral("body"),
                              QStringLiteral("the body must be a JSON object"));
    }
    return document.object();
}

void LocalApiServer::document(const char* method, const QString& path, const Doc& doc) {
    routes_.add(method, path);
    QJsonObject operation{{QStringLiteral("summary"), doc.summary}};
    QJsonArray parameters;
    static const QRegularExpression pathParameter(QStringLiteral("\\{([a-z_]+)\\}"));
    for (auto match = pathParameter.globalMatch(path); match.hasNext();) {
        parameters.append(
            QJsonObject{{QStringLiteral("name"), match.next().captured(1)},
                        {QStringLiteral("in"), QStringLiteral("path")},
                        {QStringLiteral("required"), true},
                        {QStringLiteral("schema"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
    }
    for (const auto& [name, description] : doc.query) {
        parameters.append(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("in"), QStringLiteral("query")},
                        {QStringLiteral("description"), description},
                        {QStringLiteral("schema"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
    }
    if (!parameters.isEmpty()) {
        operation.insert(QStringLiteral("parameters"), parameters);
    }
    auto ref = [](const QString& schema) {
        return QJsonObject{
            {QStringLiteral("$ref"), QStringLiteral("#/components/schemas/") + schema}};
    };
    if (doc.body.startsWith(QLatin1String("json:"))) {
        operation.insert(
            QStringLiteral("requestBody"),
            QJsonObject{
                {QStringLiteral("required"), true},
                {QStringLiteral("content"),
                 QJsonObject{{QStringLiteral("application/json"),
                              QJsonObject{{QStringLiteral("schema"), ref(doc.body.mid(5))}}}}}});
    } else if (doc.body == QLatin1String("upload")) {
        const QJsonObject binary{
            {QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("contentMediaType"), QStringLiteral("application/octet-stream")}};
        const QJsonObject multipart{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("file"), binary}}}};
        operation.insert(
            QStringLiteral("requestBody"),
            QJsonObject{{QStringLiteral("required"), true},
                        {QStringLiteral("content"),
                         QJsonObject{{QStringLiteral("application/octet-stream"),
                                      QJsonObject{{QStringLiteral("schema"), binary}}},
                                     {QStringLiteral("multipart/form-data"),
                                      QJsonObject{{QStringLiteral("schema"), multipart}}}}}});
    }
    QJsonObject responses;
    QList<QPair<int, QString>> all = doc.responses;
    // What any request can be answered, whatever it asks.
    for (const int status : {401, 403, 408, 503}) {
        if (!all.contains({status, QStringLiteral("problem")})) {
            all.append({status, QStringLiteral("problem")});
        }
    }
    for (const auto& [status, kind] : all) {
        QJsonObject response{
            {QStringLiteral("description"),
             QString::fromLatin1(
                 QMetaEnum::fromType<QHttpServerResponder::StatusCode>().valueToKey(status))}};
        QJsonObject content;
        if (kind.startsWith(QLatin1String("json:"))) {
            content.insert(QStringLiteral("application/json"),
                           QJsonObject{{QStringLiteral("schema"), ref(kind.mid(5))}});
        } else if (kind == QLatin1String("problem")) {
            content.insert(QStringLiteral("application/problem+json"),
                           QJsonObject{{QStringLiteral("schema"), ref(QStringLiteral("Problem"))}});
        } else if (kind == QLatin1String("events")) {
            content.insert(
                QStringLiteral("text/event-stream"),
                QJsonObject{{QStringLiteral("schema"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        } else if (kind == QLatin1String("binary")) {
            content.insert(
                QStringLiteral("application/octet-stream"),
                QJsonObject{{QStringLiteral("schema"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                         {QStringLiteral("contentMediaType"),
                                          QStringLiteral("application/octet-stream")}}}});
        }
        if (!content.isEmpty()) {
            response.insert(QStringLiteral("content"), content);
        }
        responses.insert(QString::number(status), response);
    }
    operation.insert(QStringLiteral("responses"), responses);
    QJsonObject item = paths_.value(path).toObject();
    item.insert(QString::fromLatin1(method).toLower(), operation);
    paths_.insert(path, item);
}

void LocalApiServer::endpoint(const char* method, const QString& path, const Doc& doc,
                              Plain0 handler) {
    document(method, path, doc);
    server_->route(qtPath(path), methodFromName(method),
                   [this, handler](const QHttpServerRequest& request) -> QHttpServerResponse {
                       if (auto refused = refusal(request)) {
                           return std::move(*refused);
                       }
                       try {
                           return handler(request);
                       } catch (const std::exception& error) {
                           return problemFromException(error);
                       }
                   });
}

void LocalApiServer::endpoint(const char* method, const QString& path, const Doc& doc,
                              Plain1 handler) {
    document(method, path, doc);
    server_->route(qtPath(path), methodFromName(method),
                   [this, handler](QString argument,
                                   const QHttpServerRequest& request) -> QHttpServerResponse {
                       if (auto refused = refusal(request)) {
                           return std::move(*refused);
                       }
                       try {
                           return handler(argument, request);
                       } catch (const std::exception& error) {
                           return problemFromException(error);
                       }
                   });
}

void LocalApiServer::endpoint(const char* method, const QString& path, const Doc& doc,
                              Streamed1 handler) {
    document(method, path, doc);
    server_->route(qtPath(path), methodFromName(method),
                   [this, handler](QString argument, const QHttpServerRequest& request,
                                   QHttpServerResponder&& responder) {
                       if (auto refused = refusal(request)) {
                           return send(responder, *refused);
                       }
                       try {
                           handler(argument, request, responder);
                       } catch (const std::exception& error) {
                           send(responder, problemFromException(error));
                       }
                   });
}

void LocalApiServer::endpoint(const char* method, const QString& path, const Doc& doc,
                              Streamed2 handler) {
    document(method, path, doc);
    server_->route(qtPath(path), methodFromName(method),
                   [this, handler](QString first, QString second, const QHttpServerRequest& request,
                                   QHttpServerResponder&& responder) {
                       if (auto refused = refusal(request)) {
                           return send(responder, *refused);
                       }
                       try {
                           handler(first, second, request, responder);
                       } catch (const std::exception& error) {
                           send(responder, problemFromException(error));
                       }
                   });
}

void LocalApiServer::answerUnrouted(const QHttpServerRequest& request,
                                    QHttpServerResponder& responder) {
    if (auto refused = refusal(request)) {
        return send(responder, *refused);
    }
    const QString path = request.url().path();
    const QStringList allowed = routes_.methodsFor(path);
    if (allowed.isEmpty()) {
        return send(responder,
                    problem(Status::NotFound, QStringLiteral("Not found"),
                            QStringLiteral("there is no %1; GET /v1/openapi.json lists every route")
                                .arg(path)));
    }
    const QHttpServerResponse refused =
        problem(Status::MethodNotAllowed, QStringLiteral("Method not allowed"),
                QStringLiteral("%1 answers %2").arg(path, allowed.join(QStringLiteral(", "))));
    responder.writeStatusLine(refused.statusCode());
    responder.writeHeader("Content-Type", refused.mimeType());
    responder.writeHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("Content-Length", QByteArray::number(refused.data().size()));
    responder.writeBody(refused.data());
}

QJsonObject LocalApiServer::jobJson(const store::JobRecord& job) const {
    return jobToJson(job, host_.registry(), host_.assets());
}

QHttpServerResponse LocalApiServer::createJob(const QHttpServerRequest& request) {
    const JobRequest job = jobRequestFromJson(jsonBody(request), host_.registry(), host_.assets());
    const QString id = host_.jobs().submit(job);
    QHttpServerResponse response = json(jobJson(*host_.jobs().job(id)), Status::Created);
    response.setHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/v1/jobs/") + id.toUtf8());
    return response;
}

QHttpServerResponse LocalApiServer::listJobs(const QHttpServerRequest& request) {
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
        !host_.registry().capability(filter.capability)) {
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
    for (const store::JobRecord& job : host_.jobs().jobs(filter)) {
        jobs.append(jobJson(job));
    }
    return json(jobs, QStringLiteral("jobs"));
}

StreamedStart LocalApiServer::startUpload(const RequestHead& head) {
    StreamedStart start;
    start.refusal =
        gate_.refusal(head.header("Host"), head.header("Origin"), head.header("Authorization"));
    if (start.refusal) {
        return start;
    }
    if (head.contentLength > options_.maxUploadBytes) {
        throw RequestError(
            RequestError::Kind::TooLarge,
            QStringLiteral("the upload has %1 bytes and the local API accepts at most %2; send a "
                           "smaller file or split it")
                .arg(head.contentLength)
                .arg(options_.maxUploadBytes));
    }
    start.body = std::make_unique<AssetUploadBody>(host_.assets(), head);
    return start;
}

QHttpServerResponse LocalApiServer::listModels() {
    const ModelRepository& models = host_.models();
    QStringList ids;
    for (const CatalogModel& model : models.catalog().models()) {
        ids.append(model.id);
    }
    for (const InstalledModel& model : models.installedModels()) {
        ids.append(model.id);
    }
    // A download cut short of a model in no catalog is listed too, so that it can be resumed.
    for (const store::ModelInstallRecord& install : host_.installer().list()) {
        ids.append(install.modelId);
    }
    ids.removeDuplicates();
    QJsonArray list;
    for (const QString& id : ids) {
        list.append(modelToJson(id));
    }
    return json(list, QStringLiteral("models"));
}

QJsonObject LocalApiServer::modelToJson(const QString& id) const {
    const ModelRepository& models = host_.models();
    const CatalogModel* known = models.catalog().find(id);
    const std::optional<InstalledModel> installed = models.find(id);
    const std::optional<store::ModelInstallRecord> install = host_.installer().find(id);
    if (!known && !installed && !install) {
        return {};
    }
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("in_catalog"), known != nullptr},
                       {QStringLiteral("installed"), installed.has_value()}};
    if (known) {
        object.insert(QStringLiteral("title"), known->title);
        object.insert(QStringLiteral("architecture"), known->architecture);
        object.insert(QStringLiteral("capability"), known->capability);
        object.insert(QStringLiteral("licence"), known->licence);
        object.insert(QStringLiteral("size_bytes"), known->sizeBytes);
        object.insert(QStringLiteral("vram_bytes"), known->vramBytes);
    }
    if (installed) {
        object.insert(QStringLiteral("architecture"), installed->architecture);
        object.insert(QStringLiteral("size_bytes"), installed->sizeBytes);
    }
    if (install) {
        object.insert(QStringLiteral("install"), installToJson(*install));
    }
    return object;
}

QHttpServerResponse LocalApiServer::installModel(const QString& id,
                                                 const QHttpServerRequest& request) {
    const QJsonObject body = jsonBody(request);
    static const QStringList known = {QStringLiteral("path"), QStringLiteral("url"),
                                      QStringLiteral("architecture")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key())) {
            throw ValidationError(ValidationError::Kind::Unknown, it.key(),
                                  QStringLiteral("unknown field '%1'; an install takes %2")
                                      .arg(it.key(), known.join(QStringLiteral(", "))));
        }
        if (!it.value().isString()) {
            throw ValidationError(ValidationError::Kind::Malformed, it.key(),
                                  QStringLiteral("'%1' must be a string").arg(it.key()));
        }
    }
    const QString path = body.value(QStringLiteral("path")).toString();
    const QString url = body.value(QStringLiteral("url")).toString();
    const QString architecture = body.value(QStringLiteral("architecture")).toString();
    if (!path.isEmpty() && !url.isEmpty()) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("url"),
                              QStringLiteral("give either \"path\" (a local folder) or \"url\" "
                                             "(a download), not both"));
    }
    if (!path.isEmpty()) {
        const InstalledModel model = host_.models().installFromFolder(id, path, architecture);
        return json(QJsonObject{{QStringLiteral("id"), model.id},
                                {QStringLiteral("architecture"), model.architecture},
                                {QStringLiteral("size_bytes"), model.sizeBytes},
                                {QStringLiteral("installed"), true}},
                    Status::Created);
    }
    host_.installer().start(id, url, architecture);
    QHttpServerResponse response = json(modelToJson(id), Status::Accepted);
    response.setHeader(QByteArrayLiteral("Location"),
                       QByteArrayLiteral("/v1/models/") + id.toUtf8());
    return response;
}

QHttpServerResponse LocalApiServer::cancelInstall(const QString& id) {
    if (!host_.installer().cancel(id)) {
        const std::optional<store::ModelInstallRecord> install = host_.installer().find(id);
        if (!install) {
            throw NotFoundError(
                QStringLiteral("model %1 has never been downloaded here (GET /v1/models lists the "
                               "downloads)")
                    .arg(id));
        }
        throw ValidationError(
            ValidationError::Kind::OutOfRange, QStringLiteral("state"),
            QStringLiteral("the download of %1 is not running (it is %2)").arg(id, install->state));
    }
    return json(modelToJson(id), Status::Accepted);
}

void LocalApiServer::streamInstallEvents(const QString& id, QHttpServerResponder& responder) {
    const std::optional<store::ModelInstallRecord> install = host_.installer().find(id);
    if (!install) {
        throw NotFoundError(
            QStringLiteral("model %1 has never been downloaded here; start with POST "
                           "/v1/models/%1/install")
                .arg(id));
    }
    auto* stream = new EventStream(std::move(responder), id);
    stream->event("progress", installEvent(id, *install));
    if (!host_.installer().isRunning(id)) {
        stream->event("finished", modelToJson(id));
        stream->close();
        return;
    }
    connect(&host_.installer(), &ModelInstaller::progress, stream,
            [this, stream](const QString& model, qint64, qint64) {
                if (model == stream->subject()) {
                    stream->event("progress", installEvent(model, *host_.installer().find(model)));
                }
            });
    connect(&host_.installer(), &ModelInstaller::finished, stream,
            [this, stream](const QString& model, const QString&, const QString&) {
                if (model == stream->subject()) {
                    stream->event("finished", modelToJson(model));
                    stream->close();
                }
            });
}

QHttpServerResponse LocalApiServer::createVoice(const QHttpServerRequest& request) {
    const QJsonObject body = jsonBody(request);
    static const QStringList known = {QStringLiteral("name"), QStringLiteral("language"),
                                      QStringLiteral("notes"), QStringLiteral("samples")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key())) {
            throw ValidationError(ValidationError::Kind::Unknown, it.key(),
                                  QStringLiteral("unknown field '%1'; a voice takes %2")
                                      .arg(it.key(), known.join(QStringLiteral(", "))));
        }
    }
    VoiceRequest voice;
    for (const QString& key :
         {QStringLiteral("name"), QStringLiteral("language"), QStringLiteral("notes")}) {
        const QJsonValue value = body.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isString()) {
            throw ValidationError(ValidationError::Kind::Malformed, key,
                                  QStringLiteral("'%1' must be a string").arg(key));
        }
    }
    voice.name = body.value(QStringLiteral("name")).toString();
    voice.language = body.value(QStringLiteral("language")).toString();
    voice.notes = body.value(QStringLiteral("notes")).toString();
    const QJsonValue samples = body.value(QStringLiteral("samples"));
    if (!samples.isUndefined() && !samples.isArray()) {
        throw ValidationError(ValidationError::Kind::Malformed, QStringLiteral("samples"),
                              QStringLiteral("'samples' must be an array of asset ids (upload the "
                                             "recordings to /v1/assets first)"));
    }
    const QJsonArray sampleArray = samples.toArray();
    for (int i = 0; i < sampleArray.size(); ++i) {
        if (!sampleArray.at(i).isString()) {
            throw ValidationError(ValidationError::Kind::Malformed,
                                  QStringLiteral("samples[%1]").arg(i),
                                  QStringLiteral("samples[%1] must be an asset id string").arg(i));
        }
        voice.samples.append(sampleArray.at(i).toString());
    }
    const Voice created = host_.voices().create(voice);
    QHttpServerResponse response = json(created.toJson(), Status::Created);
    response.setHeader(QByteArrayLiteral("Location"),
                       QByteArrayLiteral("/v1/voices/") + created.id.toUtf8());
    return response;
}

void LocalApiServer::streamEvents(const QString& id, QHttpServerResponder& responder) {
    const std::optional<store::JobRecord> job = host_.jobs().job(id);
    if (!job) {
        throw NotFoundError(QStringLiteral("there is no job %1 (GET /v1/jobs lists them)").arg(id));
    }
    auto* stream = new EventStream(std::move(responder), id);
    const bool succeeded = job->state == store::JobState::Succeeded;
    stream->event("progress", succeeded ? progressEvent(id, 1.0, QStringLiteral("done"), 0)
                                        : progressEvent(id, job->progress, job->stage,
                                                        job->etaSeconds.value_or(-1)));
    if (store::isFinished(job->state)) {
        stream->event("finished", jobJson(*job));
        stream->close();
        return;
    }
    JobManager& jobs = host_.jobs();
    connect(&jobs, &JobManager::jobProgress, stream,
            [stream](const QString& jobId, double fraction, const QString& stage, double eta) {
                if (jobId == stream->subject()) {
                    stream->event("progress", progressEvent(jobId, fraction, stage, eta));
                }
            });
    connect(&jobs, &JobManager::jobFinished, stream,
            [this, stream](const QString& jobId, store::JobState state, const QString&) {
                if (jobId != stream->subject()) {
                    return;
                }
                if (state == store::JobState::Succeeded) {
                    stream->event("progress", progressEvent(jobId, 1.0, QStringLiteral("done"), 0));
                }
                if (const std::optional<store::JobRecord> finished = host_.jobs().job(jobId)) {
                    stream->event("finished", jobJson(*finished));
                }
                stream->close();
            });
}

void LocalApiServer::downloadOutput(const QString& jobId, const QString& outputId,
                                    const QHttpServerRequest& request,
                                    QHttpServerResponder& responder) {
    const std::optional<store::JobRecord> job = host_.jobs().job(jobId);
    if (!job) {
        throw NotFoundError(
            QStringLiteral("there is no job %1 (GET /v1/jobs lists them)").arg(jobId));
    }
    const CapabilityDescriptor* descriptor = host_.registry().capability(job->capability);
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
    const std::optional<store::Asset> asset = host_.assets().find(job->outputs.value(outputId));
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
    const QDir exports(QDir(host_.dataDirectory()).filePath(QStringLiteral("work/exports")));
    QDir().mkpath(exports.path());
    const QString path = exports.filePath(
        QStringLiteral("%1-%2-%3.%4")
            .arg(jobId, outputId, QUuid::createUuid().toString(QUuid::WithoutBraces), format));
    writeChargedExport(host_.credits(), resultCharge(*asset), path,
                       [&] { exportOutput(*asset, *output, path); });
    const QString name = exportFileName(*job, *descriptor, outputId, format, host_.assets());
    sendFile(std::move(responder), path, mimeTypeForFormat(format), request.value("Range"), name,
             true);
}

void LocalApiServer::accountCall(const std::function<void()>& call) {
    try {
        call();
    } catch (const account::AccountError& error) {
        throw accountServiceError(error);
    }
}

QHttpServerResponse LocalApiServer::signInAccount(const QHttpServerRequest& request) {
    const QJsonObject body = jsonBody(request);
    static const QStringList fields = {QStringLiteral("service_url"), QStringLiteral("email"),
                                       QStringLiteral("password")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!fields.contains(it.key())) {
            throw ValidationError(ValidationError::Kind::Unknown, it.key(),
                                  QStringLiteral("unknown field '%1'; a sign-in takes %2")
                                      .arg(it.key(), fields.join(QStringLiteral(", "))));
        }
    }
    for (const QString& field : fields) {
        if (!body.value(field).isString() || body.value(field).toString().isEmpty()) {
            throw ValidationError(ValidationError::Kind::Missing, field,
                                  QStringLiteral("'%1' is required, as a string").arg(field));
        }
    }
    const QUrl serviceUrl(body.value(QStringLiteral("service_url")).toString(), QUrl::StrictMode);
    if (!serviceUrl.isValid() || serviceUrl.host().isEmpty() ||
        !account::isSecureServiceUrl(serviceUrl)) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("service_url"),
                              QStringLiteral("the service URL must be https:// (or http:// to "
                                             "this computer), e.g. https://sonara.studio"));
    }
    accountCall([&] {
        host_.account().signInWithPassword(serviceUrl,
                                           body.value(QStringLiteral("email")).toString(),
                                           body.value(QStringLiteral("password")).toString());
    });
    return json(creditsJson());
}

QJsonObject LocalApiServer::creditsJson() {
    QJsonObject credits{{QStringLiteral("balance_seconds"), host_.credits().balanceSeconds()}};
    const account::AccountStatus status = host_.account().status();
    credits.insert(QStringLiteral("source"),
                   status.signedIn ? QStringLiteral("account") : QStringLiteral("local"));
    if (status.signedIn) {
        credits.insert(
            QStringLiteral("account"),
            QJsonObject{{QStringLiteral("email"), status.email},
                        {QStringLiteral("service_url"), status.serviceUrl.toString()},
                        {QStringLiteral("service_balance_seconds"), status.serviceBalanceSeconds},
                        {QStringLiteral("lease_seconds"), status.leaseSeconds},
                        {QStringLiteral("checked_at"), status.checkedAt},
                        {QStringLiteral("last_error"), status.lastError},
                        {QStringLiteral("plan"), status.plan},
                        {QStringLiteral("licence_expires_at"), status.licenceExpiresAt}});
    }
    return credits;
}

QJsonObject LocalApiServer::openApi() const {
    return buildOpenApi(host_.registry(), paths_, port_);
}

void LocalApiServer::addRoutes() {
    using P = QList<QPair<int, QString>>;
    const QString problemKind = QStringLiteral("problem");
    endpoint(
        "GET", QStringLiteral("/v1/health"),
        {QStringLiteral("Liveness and version"), {}, P{{200, QStringLiteral("json:Health")}}, {}},
        Plain0([](const QHttpServerRequest&) {
            return json(
                QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                            {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                            {QStringLiteral("api_version"), kApiVersion}});
        }));
    endpoint("GET", QStringLiteral("/v1/openapi.json"),
             {QStringLiteral("This document"), {}, P{{200, QStringLiteral("json:Object")}}, {}},
             Plain0([this](const QHttpServerRequest&) { return json(openApi()); }));
    endpoint(
        "GET", QStringLiteral("/v1/capabilities"),
        {QStringLiteral("Capabilities with their engines, inputs, outputs and parameter schemas"),
         {},
         P{{200, QStringLiteral("json:CapabilityList")}},
         {}},
        Plain0([this](const QHttpServerRequest&) {
            QJsonArray capabilities;
            const CapabilityRegistry& registry = host_.registry();
            for (const CapabilityDescriptor& descriptor : registry.capabilities()) {
                capabilities.append(capabilityToJson(registry, descriptor));
            }
            return json(capabilities, QStringLiteral("capabilities"));
        }));
    endpoint(
        "GET", QStringLiteral("/v1/capabilities/{capability}"),
        {QStringLiteral("One capability"),
         {},
         P{{200, QStringLiteral("json:Capability")}, {404, problemKind}},
         {}},
        Plain1([this](const QString& id, const QHttpServerRequest&) {
            const CapabilityDescriptor* descriptor = host_.registry().capability(id);
            if (!descriptor) {
                throw NotFoundError(
                    QStringLiteral("there is no capability '%1' (GET /v1/capabilities lists them)")
                        .arg(id));
            }
            return json(capabilityToJson(host_.registry(), *descriptor));
        }));
    endpoint("GET", QStringLiteral("/v1/credits"),
             {QStringLiteral("The balance exports are charged to, in seconds of exported audio: "
                             "the signed-in Sonara account's (with its offline lease) or the "
                             "local one"),
              {},
              P{{200, QStringLiteral("json:Credits")}},
              {}},
             Plain0([this](const QHttpServerRequest&) { return json(creditsJson()); }));

    endpoint("POST", QStringLiteral("/v1/account/sign-in"),
             {QStringLiteral("Sign this data folder in to a Sonara account; exports are then "
                             "charged to it (offline, to its lease)"),
              QStringLiteral("json:AccountSignIn"),
              P{{200, QStringLiteral("json:Credits")},
                {400, problemKind},
                {403, problemKind},
                {422, problemKind},
                {503, problemKind}},
              {}},
             Plain0([this](const QHttpServerRequest& request) { return signInAccount(request); }));
    endpoint("POST", QStringLiteral("/v1/account/sync"),
             {QStringLiteral("Settle what was exported offline, top the offline lease up and "
                             "read the account's balance"),
              {},
              P{{200, QStringLiteral("json:Credits")}, {403, problemKind}, {503, problemKind}},
              {}},
             Plain0([this](const QHttpServerRequest&) {
                 accountCall([this] { host_.account().sync(); });
                 return json(creditsJson());
             }));
    endpoint("POST", QStringLiteral("/v1/account/sign-out"),
             {QStringLiteral("Return the offline lease and sign out; exports are charged to the "
                             "local credits again"),
              {},
              P{{200, QStringLiteral("json:Credits")}},
              {}},
             Plain0([this](const QHttpServerRequest&) {
                 accountCall([this] { host_.account().signOut(); });
                 return json(creditsJson());
             }));

    endpoint("GET", QStringLiteral("/v1/models"),
             {QStringLiteral("Catalog and installed models"),
              {},
              P{{200, QStringLiteral("json:ModelList")}},
              {}},
             Plain0([this](const QHttpServerRequest&) { return listModels(); }));
    endpoint("POST", QStringLiteral("/v1/models/{model}/install"),
             {QStringLiteral("Install a model: from a local folder (\"path\", answered 201 when "
                             "done) or by download (the catalog's files or \"url\", answered 202; "
                             "follow it with GET /v1/models/{model}/install/events). Starting "
                             "an unfinished download again resumes it"),
              QStringLiteral("json:ModelInstall"),
              P{{201, QStringLiteral("json:Model")},
                {202, QStringLiteral("json:Model")},
                {400, problemKind},
                {404, problemKind},
                {413, problemKind},
                {422, problemKind}},
              {}},
             Plain1([this](const QString& id, const QHttpServerRequest& request) {
                 return installModel(id, request);
             }));
    endpoint(
        "GET", QStringLiteral("/v1/models/{model}/install/events"),
        {QStringLiteral("A model download's progress as server-sent events: progress events, "
                        "then one finished event with the model"),
         {},
         P{{200, QStringLiteral("events")}, {404, problemKind}},
         {}},
        Streamed1([this](const QString& id, const QHttpServerRequest&,
                         QHttpServerResponder& responder) { streamInstallEvents(id, responder); }));
    endpoint(
        "POST", QStringLiteral("/v1/models/{model}/install/cancel"),
        {QStringLiteral("Stop a running model download; its partial files are kept, and "
                        "installing the model again resumes from them"),
         {},
         P{{202, QStringLiteral("json:Model")}, {404, problemKind}, {422, problemKind}},
         {}},
        Plain1([this](const QString& id, const QHttpServerRequest&) { return cancelInstall(id); }));
    endpoint("GET", QStringLiteral("/v1/models/{model}"),
             {QStringLiteral("One model: catalog entry, installed state and install progress"),
              {},
              P{{200, QStringLiteral("json:Model")}, {404, problemKind}},
              {}},
             Plain1([this](const QString& id, const QHttpServerRequest&) {
                 const QJsonObject model = modelToJson(id);
                 if (model.isEmpty()) {
                     throw NotFoundError(QStringLiteral("there is no model %1 in the catalog or "
                                                        "installed (GET /v1/models lists them)")
                                             .arg(id));
                 }
                 return json(model);
             }));
    endpoint("DELETE", QStringLiteral("/v1/models/{model}"),
             {QStringLiteral("Remove an installed model"),
              {},
              P{{204, QString()}, {404, problemKind}},
              {}},
             Plain1([this](const QString& id, const QHttpServerRequest&) {
                 if (!host_.models().find(id)) {
                     throw NotFoundError(
                         QStringLiteral("model %1 is not installed (GET /v1/models lists them)")
                             .arg(id));
                 }
                 host_.models().remove(id);
                 host_.installer().forget(id);
                 return QHttpServerResponse(Status::NoContent);
             }));

    endpoint(
        "GET", QStringLiteral("/v1/voices"),
        {QStringLiteral("The voice library"), {}, P{{200, QStringLiteral("json:VoiceList")}}, {}},
        Plain0([this](const QHttpServerRequest&) {
            QJsonArray voices;
            for (const Voice& voice : host_.voices().list()) {
                voices.append(voice.toJson());
            }
            return json(voices, QStringLiteral("voices"));
        }));
    endpoint("POST", QStringLiteral("/v1/voices"),
             {QStringLiteral("Create a voice from uploaded recordings (each 1 s to 5 min)"),
              QStringLiteral("json:VoiceRequest"),
              P{{201, QStringLiteral("json:Voice")},
                {400, problemKind},
                {413, problemKind},
                {422, problemKind}},
              {}},
             Plain0([this](const QHttpServerRequest& request) { return createVoice(request); }));
    endpoint(
        "GET", QStringLiteral("/v1/voices/{voice}"),
        {QStringLiteral("One voice"),
         {},
         P{{200, QStringLiteral("json:Voice")}, {404, problemKind}},
         {}},
        Plain1([this](const QString& id, const QHttpServerRequest&) {
            const std::optional<Voice> voice = host_.voices().find(id);
            if (!voice) {
                throw NotFoundError(
                    QStringLiteral("there is no voice %1 (GET /v1/voices lists them)").arg(id));
            }
            return json(voice->toJson());
        }));
    endpoint("DELETE", QStringLiteral("/v1/voices/{voice}"),
             {QStringLiteral("Delete a voice and the recordings nothing else uses"),
              {},
              P{{204, QString()}, {404, problemKind}},
              {}},
             Plain1([this](const QString& id, const QHttpServerRequest&) {
                 host_.voices().remove(id);
                 return QHttpServerResponse(Status::NoContent);
             }));

    // Served by the listening sockets, which stream the body to disk (see startUpload); only its
    // documentation is registered here.
    document("POST", QStringLiteral("/v1/assets"),
             {QStringLiteral("Upload an audio file, streamed to disk: the raw body with "
                             "?filename=, or multipart/form-data; needs a Content-Length"),
              QStringLiteral("upload"),
              P{{201, QStringLiteral("json:Asset")},
                {400, problemKind},
                {408, problemKind},
                {411, problemKind},
                {413, problemKind},
                {422, problemKind}},
              {{QStringLiteral("filename"), QStringLiteral("the file's name, for a raw body")}}});
    endpoint("GET", QStringLiteral("/v1/assets"),
             {QStringLiteral("List assets"),
              {},
              P{{200, QStringLiteral("json:AssetList")}},
              {{QStringLiteral("kind"), QStringLiteral("audio, transcript or other")}}},
             Plain0([this](const QHttpServerRequest& request) {
                 QJsonArray assets;
                 for (const store::Asset& asset :
                      host_.assets().list(request.query().queryItemValue(QStringLiteral("kind")))) {
                     assets.append(assetToJson(asset));
                 }
                 return json(assets, QStringLiteral("assets"));
             }));
    endpoint(
        "GET", QStringLiteral("/v1/assets/{asset}/content"),
        {QStringLiteral("Download an asset's file (Range supported); a job's result costs its "
                        "duration in credits, once, as through its job"),
         {},
         P{{200, QStringLiteral("binary")},
           {206, QStringLiteral("binary")},
           {402, problemKind},
           {404, problemKind},
           {416, problemKind}},
         {}},
        Streamed1([this](const QString& id, const QHttpServerRequest& request,
                         QHttpServerResponder& responder) {
            const std::optional<store::Asset> asset = host_.assets().find(id);
            if (!asset) {
                throw NotFoundError(
                    QStringLiteral("there is no asset %1 (GET /v1/assets lists them)").arg(id));
            }
            // A job's result costs its duration however it is fetched, once: here, through its
            // job, or after the job is gone.
            sendFile(std::move(responder), asset->path, mimeTypeForFormat(asset->format),
                     request.value("Range"), asset->name, false,
                     [&] { chargeExport(host_.credits(), resultCharge(*asset)); });
        }));
    endpoint(
        "GET", QStringLiteral("/v1/assets/{asset}"),
        {QStringLiteral("An asset's metadata"),
         {},
         P{{200, QStringLiteral("json:Asset")}, {404, problemKind}},
         {}},
        Plain1([this](const QString& id, const QHttpServerRequest&) {
            const std::optional<store::Asset> asset = host_.assets().find(id);
            if (!asset) {
                throw NotFoundError(
                    QStringLiteral("there is no asset %1 (GET /v1/assets lists them)").arg(id));
            }
            return json(assetToJson(*asset));
        }));

    endpoint("POST", QStringLiteral("/v1/jobs"),
             {QStringLiteral("Create a job"),
              QStringLiteral("json:JobRequest"),
              P{{201, QStringLiteral("json:Job")},
                {400, problemKind},
                {413, problemKind},
                {422, problemKind}},
              {}},
             Plain0([this](const QHttpServerRequest& request) { return createJob(request); }));
    endpoint("GET", QStringLiteral("/v1/jobs"),
             {QStringLiteral("List jobs, newest first"),
              {},
              P{{200, QStringLiteral("json:JobList")}, {422, problemKind}},
              {{QStringLiteral("state"),
                QStringLiteral("queued, running, succeeded, failed, cancelled or interrupted")},
               {QStringLiteral("capability"), QStringLiteral("a capability id")},
               {QStringLiteral("limit"), QStringLiteral("at most this many (default 200)")}}},
             Plain0([this](const QHttpServerRequest& request) { return listJobs(request); }));
    endpoint("GET", QStringLiteral("/v1/jobs/{job}/events"),
             {QStringLiteral("Progress as server-sent events until the job's final state"),
              {},
              P{{200, QStringLiteral("events")}, {404, problemKind}},
              {}},
             Streamed1([this](const QString& id, const QHttpServerRequest&,
                              QHttpServerResponder& responder) { streamEvents(id, responder); }));
    endpoint("GET", QStringLiteral("/v1/jobs/{job}/outputs/{output}"),
             {QStringLiteral("Download a result; costs its duration in credits, once"),
              {},
              P{{200, QStringLiteral("binary")},
                {206, QStringLiteral("binary")},
                {402, problemKind},
                {404, problemKind},
                {422, problemKind}},
              {{QStringLiteral("format"),
                QStringLiteral("one of the output's formats (default: its first)")}}},
             Streamed2([this](const QString& jobId, const QString& outputId,
                              const QHttpServerRequest& request, QHttpServerResponder& responder) {
                 downloadOutput(jobId, outputId, request, responder);
             }));
    endpoint("POST", QStringLiteral("/v1/jobs/{job}/cancel"),
             {QStringLiteral("Cancel a queued or running job"),
              {},
              P{{202, QStringLiteral("json:Job")}, {404, problemKind}, {422, problemKind}},
              {}},
             Plain1([this](const QString& id, const QHttpServerRequest&) {
                 const std::optional<store::JobRecord> job = host_.jobs().job(id);
                 if (!job) {
                     throw NotFoundError(
                         QStringLiteral("there is no job %1 (GET /v1/jobs lists them)").arg(id));
                 }
                 if (!host_.jobs().cancel(id)) {
                     throw ValidationError(ValidationError::Kind::OutOfRange,
                                           QStringLiteral("state"),
                                           QStringLiteral("job %1 has already finished (%2)")
                                               .arg(id, store::jobStateName(job->state)));
                 }
                 return json(jobJson(*host_.jobs().job(id)), Status::Accepted);
             }));
    endpoint("POST", QStringLiteral("/v1/jobs/{job}/retry"),
             {QStringLiteral("Queue a failed, cancelled or interrupted job again"),
              {},
              P{{202, QStringLiteral("json:Job")}, {404, problemKind}, {422, problemKind}},
              {}},
             Plain1([this](const QString& id, const QHttpServerRequest&) {
                 host_.jobs().retry(id);
                 return json(jobJson(*host_.jobs().job(id)), Status::Accepted);
             }));
    endpoint("GET", QStringLiteral("/v1/jobs/{job}"),
             {QStringLiteral("One job"),
              {},
              P{{200, QStringLiteral("json:Job")}, {404, problemKind}},
              {}},
             Plain1([this](const QString& id, const QHttpServerRequest&) {
                 const std::optional<store::JobRecord> job = host_.jobs().job(id);
                 if (!job) {
                     throw NotFoundError(
                         QStringLiteral("there is no job %1 (GET /v1/jobs lists them)").arg(id));
                 }
                 return json(jobJson(*job));
             }));
    endpoint("DELETE", QStringLiteral("/v1/jobs/{job}"),
             {QStringLiteral("Forget a finished job (its result files stay)"),
              {},
              P{{204, QString()}, {404, problemKind}, {422, problemKind}},
              {}},
             Plain1([this](const QString& id, const QHttpServerRequest&) {
                 host_.jobs().remove(id);
                 return QHttpServerResponse(Status::NoContent);
             }));

    server_->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            answerUnrouted(request, responder);
        });
    server_->afterRequest([](QHttpServerResponse&& response) {
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return std::move(response);
    });
}

}  // namespace sonara::core::api
