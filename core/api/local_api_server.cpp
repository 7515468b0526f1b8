#include "core/api/local_api_server.h"

#include "core/api/api_routes.h"
#include "core/api/cors.h"
#include "core/api/guarded_tcp_server.h"
#include "core/api/job_event_log.h"
#include "core/api/openapi.h"
#include "core/api/problem.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/store/settings_store.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRegularExpression>

namespace sonara::core::api {
namespace {

using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

Method methodFromName(const char* name) {
    const QByteArray method(name);
    if (method == "POST") {
        return Method::Post;
    }
    if (method == "DELETE") {
        return Method::Delete;
    }
    if (method == "PATCH") {
        return Method::Patch;
    }
    return Method::Get;
}

// Every GET route answers HEAD too: the same answer without its body.
QHttpServerRequest::Methods methodsFromName(const char* name) {
    const Method method = methodFromName(name);
    return method == Method::Get ? (Method::Get | Method::Head)
                                 : QHttpServerRequest::Methods(method);
}

bool isGet(const char* method) {
    return methodFromName(method) == Method::Get;
}

// A HEAD's answer: the GET's response, headers and Content-Length included, without the body.
void sendWithoutBody(QHttpServerResponder& responder, QHttpServerResponse&& response) {
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    omitNextBody(responder.socket());
    response.write(std::move(responder));
}

// "/v1/jobs/{id}/events" -> "/v1/jobs/<arg>/events", Qt's spelling of the same route.
QString qtPath(const QString& openApiPath) {
    QString path = openApiPath;
    path.replace(QRegularExpression(QStringLiteral("\\{[a-z_]+\\}")), QStringLiteral("<arg>"));
    return path;
}

void send(QHttpServerResponder& responder, const QHttpServerResponse& response) {
    responder.writeStatusLine(response.statusCode());
    responder.writeHeader("Content-Type", response.mimeType());
    responder.writeHeader("Cache-Control", "no-store");
    writeCorsHeaders(responder);
    responder.writeHeader("Content-Length", QByteArray::number(response.data().size()));
    responder.writeBody(response.data());
}

// Wraps an upload's receiver so that its answer, or its failure, carries the CORS headers of the
// allowed origin that sent it.
class CorsUploadBody : public StreamedBody {
public:
    CorsUploadBody(std::unique_ptr<StreamedBody> body, QByteArray origin)
        : body_(std::move(body)), origin_(std::move(origin)) {}

    void append(const QByteArray& chunk) override { body_->append(chunk); }

    QHttpServerResponse finish() override {
        QHttpServerResponse response = [this] {
            try {
                return body_->finish();
            } catch (const std::exception& error) {
                return problemFromException(error);
            }
        }();
        addCorsHeaders(response, origin_);
        return response;
    }

private:
    std::unique_ptr<StreamedBody> body_;
    QByteArray origin_;
};

}  // namespace

LocalApiServer::LocalApiServer(EngineHost& host, QByteArray token, LocalApiOptions options,
                               QObject* parent)
    : QObject(parent),
      host_(host),
      options_(options),
      server_(std::make_unique<QHttpServer>()),
      jobEvents_(std::make_unique<JobEventLog>(host, options.eventHistory)),
      webhooks_(std::make_unique<WebhookDispatcher>(host, *jobEvents_, options.webhooks)),
      gate_(std::move(token)) {
    gate_.setAllowedOrigins(allowedOrigins(options_.allowedOrigins,
                                           store::SettingsStore(host_.database())
                                               .value(QString::fromLatin1(kAllowedOriginsSetting))
                                               .toString(),
                                           qEnvironmentVariable(kAllowedOriginsVariable)));
    addCapabilityRoutes(*this);
    addAccountRoutes(*this);
    addModelRoutes(*this);
    addVoiceRoutes(*this);
    addAssetRoutes(*this);
    addJobRoutes(*this);
    addPriceRoutes(*this);
    addEventRoutes(*this);
    addWebhookRoutes(*this);
    server_->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            answerUnrouted(request, responder);
        });
    server_->afterRequest([](QHttpServerResponse&& response) {
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return std::move(response);
    });
}

LocalApiServer::~LocalApiServer() = default;

quint16 LocalApiServer::listen(quint16 port) {
    auto bindTo = [this](const QHostAddress& address, quint16 wanted) -> quint16 {
        ConnectionLimits limits = options_.connection;
        limits.maxBodyBytes = options_.maxJsonBytes;
        auto* tcp = new GuardedTcpServer(limits, openConnections_, server_.get());
        for (const UploadRoute& upload : uploads_) {
            tcp->addStreamedRoute(upload.method, upload.path,
                                  [this, handler = upload.handler](const RequestHead& head) {
                                      return startUpload(handler, head);
                                  });
        }
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
            ValidationError::Kind::BadBody, QStringLiteral("body"),
            QStringLiteral("the body is not valid JSON: %1 at byte %2; send a JSON object")
                .arg(error.errorString())
                .arg(error.offset));
    }
    if (!document.isObject()) {
        throw ValidationError(ValidationError::Kind::BadBody, QStringLiteral("body"),
                              QStringLiteral("the body must be a JSON object"));
    }
    return document.object();
}

void LocalApiServer::document(const char* method, const QString& path, const Doc& doc) {
    routes_.add(method, path);
    if (isGet(method)) {
        routes_.add("HEAD", path);
    }
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
    for (const auto& [name, description] : doc.headers) {
        parameters.append(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("in"), QStringLiteral("header")},
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
    QList<int> always{401, 403, 408, 503};
    if (!doc.body.isEmpty()) {
        // A body that is not JSON, has no Content-Length (chunked) or is over the limit.
        always += {400, 411, 413};
    }
    for (const int status : always) {
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
        } else if (kind.startsWith(QLatin1String("events:"))) {
            // x-events: the schema of each event's data by event name.
            content.insert(
                QStringLiteral("text/event-stream"),
                QJsonObject{{QStringLiteral("schema"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                            {QStringLiteral("x-events"), ref(kind.mid(7))}});
        } else if (kind.startsWith(QLatin1String("binary"))) {
            const QStringList types = kind.startsWith(QLatin1String("binary:"))
                                          ? kind.mid(7).split(QLatin1Char('|'))
                                          : QStringList{QStringLiteral("application/octet-stream")};
            for (const QString& type : types) {
                // A JSON download is any JSON (a transcript, a cut list); the rest are bytes.
                const QJsonObject schema =
                    type.endsWith(QLatin1String("json"))
                        ? QJsonObject{}
                        : QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                      {QStringLiteral("contentMediaType"), type}};
                content.insert(type, QJsonObject{{QStringLiteral("schema"), schema}});
            }
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
                       return answer(request, [&] { return handler(request); });
                   });
    if (isGet(method)) {
        server_->route(
            qtPath(path), Method::Head,
            [this, handler](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                sendWithoutBody(responder, answer(request, [&] { return handler(request); }));
            });
    }
}

void LocalApiServer::endpoint(const char* method, const QString& path, const Doc& doc,
                              Plain1 handler) {
    document(method, path, doc);
    server_->route(qtPath(path), methodFromName(method),
                   [this, handler](QString argument,
                                   const QHttpServerRequest& request) -> QHttpServerResponse {
                       return answer(request, [&] { return handler(argument, request); });
                   });
    if (isGet(method)) {
        server_->route(qtPath(path), Method::Head,
                       [this, handler](QString argument, const QHttpServerRequest& request,
                                       QHttpServerResponder&& responder) {
                           sendWithoutBody(responder, answer(request, [&] {
                                               return handler(argument, request);
                                           }));
                       });
    }
}

void LocalApiServer::endpoint(const char* method, const QString& path, const Doc& doc,
                              Plain2 handler) {
    document(method, path, doc);
    server_->route(qtPath(path), methodFromName(method),
                   [this, handler](QString first, QString second,
                                   const QHttpServerRequest& request) -> QHttpServerResponse {
                       return answer(request, [&] { return handler(first, second, request); });
                   });
    if (isGet(method)) {
        server_->route(
            qtPath(path), Method::Head,
            [this, handler](QString first, QString second, const QHttpServerRequest& request,
                            QHttpServerResponder&& responder) {
                sendWithoutBody(responder,
                                answer(request, [&] { return handler(first, second, request); }));
            });
    }
}

void LocalApiServer::endpoint(const char* method, const QString& path, const Doc& doc,
                              Streamed0 handler) {
    document(method, path, doc);
    server_->route(
        qtPath(path), methodsFromName(method),
        [this, handler](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            answerStreamed(request, responder, [&] { handler(request, responder); });
        });
}

void LocalApiServer::endpoint(const char* method, const QString& path, const Doc& doc,
                              Streamed1 handler) {
    document(method, path, doc);
    server_->route(qtPath(path), methodsFromName(method),
                   [this, handler](QString argument, const QHttpServerRequest& request,
                                   QHttpServerResponder&& responder) {
                       answerStreamed(request, responder,
                                      [&] { handler(argument, request, responder); });
                   });
}

void LocalApiServer::endpoint(const char* method, const QString& path, const Doc& doc,
                              Streamed2 handler) {
    document(method, path, doc);
    server_->route(qtPath(path), methodsFromName(method),
                   [this, handler](QString first, QString second, const QHttpServerRequest& request,
                                   QHttpServerResponder&& responder) {
                       answerStreamed(request, responder,
                                      [&] { handler(first, second, request, responder); });
                   });
}

QHttpServerResponse LocalApiServer::answer(
    const QHttpServerRequest& request, const std::function<QHttpServerResponse()>& handle) const {
    QHttpServerResponse response = [&] {
        if (auto refused = refusal(request)) {
            return std::move(*refused);
        }
        try {
            return handle();
        } catch (const std::exception& error) {
            return problemFromException(error);
        }
    }();
    if (gate_.allowsOrigin(request.value("Origin"))) {
        addCorsHeaders(response, request.value("Origin"));
    }
    return response;
}

void LocalApiServer::answerStreamed(const QHttpServerRequest& request,
                                    QHttpServerResponder& responder,
                                    const std::function<void()>& handle) const {
    const QByteArray origin = request.value("Origin");
    const CorsScope cors(gate_.allowsOrigin(origin) ? origin : QByteArray());
    if (request.method() == Method::Head) {
        omitNextBody(responder.socket());
    }
    if (auto refused = refusal(request)) {
        return send(responder, *refused);
    }
    try {
        handle();
    } catch (const std::exception& error) {
        send(responder, problemFromException(error));
    }
}

bool LocalApiServer::answeredPreflight(const QHttpServerRequest& request,
                                       QHttpServerResponder& responder) {
    const QByteArray origin = request.value("Origin");
    if (request.method() != QHttpServerRequest::Method::Options || !gate_.allowsOrigin(origin) ||
        !gate_.isLoopbackHost(request.value("Host"))) {
        return false;
    }
    // A preflight carries no token (browsers never send one), and says nothing but what the
    // page may send; the request that follows is checked like any other.
    responder.writeStatusLine(QHttpServerResponder::StatusCode::NoContent);
    for (const auto& [name, value] : preflightHeaders(origin)) {
        responder.writeHeader(name, value);
    }
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("Content-Length", "0");
    responder.writeBody(QByteArray());
    return true;
}

void LocalApiServer::answerUnrouted(const QHttpServerRequest& request,
                                    QHttpServerResponder& responder) {
    if (answeredPreflight(request, responder)) {
        return;
    }
    const QByteArray origin = request.value("Origin");
    const CorsScope cors(gate_.allowsOrigin(origin) ? origin : QByteArray());
    if (auto refused = refusal(request)) {
        return send(responder, *refused);
    }
    const QString path = request.url().path();
    const QStringList allowed = routes_.methodsFor(path);
    const QHttpServerResponse refused =
        allowed.isEmpty()
            ? problem(Status::NotFound, QStringLiteral("Not found"),
                      QStringLiteral("there is no %1; GET /v1/openapi.json lists every route")
                          .arg(path))
            : problem(
                  Status::MethodNotAllowed, QStringLiteral("Method not allowed"),
                  QStringLiteral("%1 answers %2").arg(path, allowed.join(QStringLiteral(", "))));
    responder.writeStatusLine(refused.statusCode());
    responder.writeHeader("Content-Type", refused.mimeType());
    if (!allowed.isEmpty()) {
        responder.writeHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
    }
    responder.writeHeader("Cache-Control", "no-store");
    writeCorsHeaders(responder);
    responder.writeHeader("Content-Length", QByteArray::number(refused.data().size()));
    // A HEAD is answered with the headers alone (RFC 9110 section 9.3.2), so that a client
    // keeping the connection open does not read the body as its next answer.
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    responder.writeBody(head ? QByteArray() : refused.data());
}

void LocalApiServer::endpoint(const char* method, const QString& path, const Doc& doc,
                              Upload handler) {
    document(method, path, doc);
    uploads_.append({QByteArray(method), path, std::move(handler)});
}

StreamedStart LocalApiServer::startUpload(const Upload& handler, const RequestHead& head) const {
    StreamedStart start;
    const QByteArray origin = head.header("Origin");
    start.refusal = gate_.refusal(head.header("Host"), origin, head.header("Authorization"));
    const bool cors = gate_.allowsOrigin(origin);
    if (start.refusal) {
        if (cors) {
            addCorsHeaders(*start.refusal, origin);
        }
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
    start.body = handler(head);
    if (cors) {
        start.body = std::make_unique<CorsUploadBody>(std::move(start.body), origin);
    }
    return start;
}

QJsonObject LocalApiServer::openApi() const {
    return buildOpenApi(host_.registry(), paths_, port_);
}

}  // namespace sonara::core::api
