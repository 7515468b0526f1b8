#pragma once

#include "core/api/guarded_tcp_server.h"
#include "core/api/request_gate.h"
#include "core/api/route_table.h"
#include "core/api/webhooks.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;

namespace sonara::core {
class EngineHost;
}  // namespace sonara::core

namespace sonara::core::api {

struct LocalApiOptions {
    // Requests with a JSON body larger than this are refused with 413.
    qint64 maxJsonBytes = 1LL << 20;
    // Asset uploads larger than this are refused with 413. Uploads stream to disk, so the limit
    // guards the disk, not memory.
    qint64 maxUploadBytes = 2LL << 30;
    // How many recent job events are kept for clients resuming a stream with Last-Event-ID.
    int eventHistory = 10000;
    // Timeouts and the connection cap; its maxBodyBytes is maxJsonBytes.
    ConnectionLimits connection;
    // Browser origins allowed to call the API (with the token), besides those of the
    // api_allowed_origins setting and SONARA_ORIGINS (core/api/cors.h). Empty: none.
    QStringList allowedOrigins;
    // Retries and limits of webhook deliveries.
    WebhookOptions webhooks;
};

// The local automation API: loopback only, bearer token, DNS-rebinding and browser checks,
// RFC 9457 problem responses. `sonara serve` and the studio both run one. It owns what every
// request goes through (the listeners, the request gate, the JSON body, the answers to requests
// no route takes); the resources (api_routes.h) register their routes through endpoint(), the
// one way a route is added, which also writes its entry in /v1/openapi.json.
class LocalApiServer : public QObject {
    Q_OBJECT

public:
    using Plain0 = std::function<QHttpServerResponse(const QHttpServerRequest&)>;
    using Plain1 = std::function<QHttpServerResponse(const QString&, const QHttpServerRequest&)>;
    using Plain2 = std::function<QHttpServerResponse(const QString&, const QString&,
                                                     const QHttpServerRequest&)>;
    using Streamed0 = std::function<void(const QHttpServerRequest&, QHttpServerResponder&)>;
    using Streamed1 =
        std::function<void(const QString&, const QHttpServerRequest&, QHttpServerResponder&)>;
    using Streamed2 = std::function<void(const QString&, const QString&, const QHttpServerRequest&,
                                         QHttpServerResponder&)>;
    // An upload, streamed past Qt HTTP Server by the listening sockets: the receiver of its body.
    using Upload = std::function<std::unique_ptr<StreamedBody>(const RequestHead&)>;
    struct Doc {
        QString summary;
        // "json:<schema>", "upload", or empty for no body.
        QString body;
        // Status code -> "json:<schema>", "problem", "events:<schema of its events by name>",
        // or "binary:<media type>|<media type>…" (the types it may be sent as).
        QList<QPair<int, QString>> responses;
        QList<QPair<QString, QString>> query;    // name -> description
        QList<QPair<QString, QString>> headers;  // request header name -> description
    };

    // Throws ValidationError naming the setting or variable that lists a malformed origin.
    LocalApiServer(EngineHost& host, QByteArray token, LocalApiOptions options = {},
                   QObject* parent = nullptr);
    ~LocalApiServer() override;

    // Binds 127.0.0.1, and ::1 on the same port where the system has IPv6 (port 0 picks a free
    // one); returns the port, or throws naming the reason.
    quint16 listen(quint16 port);
    quint16 port() const { return port_; }
    // The OpenAPI 3.1 document: the endpoints plus one schema per capability's parameters.
    QJsonObject openApi() const;
    EngineHost& host() const { return host_; }
    // The numbered job events the event streams send.
    JobEventLog& jobEvents() const { return *jobEvents_; }
    // The registered webhooks, which are sent the same events.
    WebhookDispatcher& webhooks() const { return *webhooks_; }

    // Registers a route with its OpenAPI entry. The handler runs once the request gate has let
    // the request through; what it throws is answered through problemFromException.
    void endpoint(const char* method, const QString& path, const Doc& doc, Plain0 handler);
    void endpoint(const char* method, const QString& path, const Doc& doc, Plain1 handler);
    void endpoint(const char* method, const QString& path, const Doc& doc, Streamed0 handler);
    void endpoint(const char* method, const QString& path, const Doc& doc, Plain2 handler);
    void endpoint(const char* method, const QString& path, const Doc& doc, Streamed1 handler);
    void endpoint(const char* method, const QString& path, const Doc& doc, Streamed2 handler);
    // An upload route: its body streams to disk, up to LocalApiOptions::maxUploadBytes.
    void endpoint(const char* method, const QString& path, const Doc& doc, Upload handler);

    // The request's body as a JSON object; throws ValidationError naming "body" otherwise.
    QJsonObject jsonBody(const QHttpServerRequest& request) const;

private:
    struct UploadRoute {
        QByteArray method;
        QString path;
        Upload handler;
    };

    void document(const char* method, const QString& path, const Doc& doc);
    // Requests no route takes: problem+json 405 (with Allow) for a known path, else 404.
    void answerUnrouted(const QHttpServerRequest& request, QHttpServerResponder& responder);
    // Null when the request may proceed; otherwise the refusal to send.
    std::unique_ptr<QHttpServerResponse> refusal(const QHttpServerRequest& request) const;
    // The gate, the handler and its errors, and the CORS headers for an allowed origin.
    QHttpServerResponse answer(const QHttpServerRequest& request,
                               const std::function<QHttpServerResponse()>& handle) const;
    void answerStreamed(const QHttpServerRequest& request, QHttpServerResponder& responder,
                        const std::function<void()>& handle) const;
    // A browser's preflight from an allowed origin, answered 204; false for any other request.
    bool answeredPreflight(const QHttpServerRequest& request, QHttpServerResponder& responder);
    StreamedStart startUpload(const Upload& handler, const RequestHead& head) const;

    EngineHost& host_;
    LocalApiOptions options_;
    std::unique_ptr<QHttpServer> server_;
    std::unique_ptr<JobEventLog> jobEvents_;
    std::unique_ptr<WebhookDispatcher> webhooks_;
    QJsonObject paths_;
    RouteTable routes_;
    QList<UploadRoute> uploads_;
    RequestGate gate_;
    // Shared by the IPv4 and IPv6 listeners, so that the connection cap holds across both.
    std::shared_ptr<int> openConnections_ = std::make_shared<int>(0);
    quint16 port_ = 0;
};

}  // namespace sonara::core::api
