#pragma once

#include "core/engine/voice_library.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;

namespace sonara::core {
class EngineHost;
class ModelDownloader;
}  // namespace sonara::core

namespace sonara::core::api {

struct LocalApiOptions {
    // Requests with a JSON body larger than this are refused with 413.
    qint64 maxJsonBytes = 1LL << 20;
    // Asset uploads larger than this are refused with 413.
    qint64 maxUploadBytes = 2LL << 30;
    // A connection that sends and receives nothing for this long is closed; event streams send a
    // comment every 15 s, so they stay open.
    int idleTimeoutMs = 60000;
};

// The local automation API: loopback only, bearer token, DNS-rebinding and browser checks,
// RFC 9457 problem responses. `sonara serve` and the studio both run one. Every endpoint is
// registered once through endpoint(), which also writes its entry in /v1/openapi.json.
class LocalApiServer : public QObject {
    Q_OBJECT

public:
    LocalApiServer(EngineHost& host, QByteArray token, LocalApiOptions options = {},
                   QObject* parent = nullptr);
    ~LocalApiServer() override;

    // Binds 127.0.0.1, and ::1 on the same port where the system has IPv6 (port 0 picks a free
    // one); returns the port, or throws naming the reason.
    quint16 listen(quint16 port);
    quint16 port() const { return port_; }
    // The OpenAPI 3.1 document: the endpoints plus one schema per capability's parameters.
    QJsonObject openApi() const;

private:
    using Plain0 = std::function<QHttpServerResponse(const QHttpServerRequest&)>;
    using Plain1 = std::function<QHttpServerResponse(const QString&, const QHttpServerRequest&)>;
    using Streamed1 =
        std::function<void(const QString&, const QHttpServerRequest&, QHttpServerResponder&)>;
    using Streamed2 = std::function<void(const QString&, const QString&, const QHttpServerRequest&,
                                         QHttpServerResponder&)>;
    struct Doc {
        QString summary;
        // "json:<schema>", "upload", or empty for no body.
        QString body;
        // Status code -> "json:<schema>", "problem", "audio", "events", or "binary".
        QList<QPair<int, QString>> responses;
        QList<QPair<QString, QString>> query;  // name -> description
    };

    void addRoutes();
    void endpoint(const char* method, const QString& path, const Doc& doc, Plain0 handler);
    void endpoint(const char* method, const QString& path, const Doc& doc, Plain1 handler);
    void endpoint(const char* method, const QString& path, const Doc& doc, Streamed1 handler);
    void endpoint(const char* method, const QString& path, const Doc& doc, Streamed2 handler);
    void document(const char* method, const QString& path, const Doc& doc);

    // Null when the request may proceed; otherwise the refusal to send.
    std::unique_ptr<QHttpServerResponse> refusal(const QHttpServerRequest& request) const;
    QJsonObject jsonBody(const QHttpServerRequest& request) const;

    QHttpServerResponse createJob(const QHttpServerRequest& request);
    QHttpServerResponse listJobs(const QHttpServerRequest& request);
    QHttpServerResponse uploadAsset(const QHttpServerRequest& request);
    QHttpServerResponse listModels();
    // One model's catalog entry, installed state and install operation; null when none exists.
    QJsonObject modelToJson(const QString& id) const;
    QHttpServerResponse installModel(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse createVoice(const QHttpServerRequest& request);
    void streamEvents(const QString& id, QHttpServerResponder& responder);
    void downloadOutput(const QString& jobId, const QString& outputId,
                        const QHttpServerRequest& request, QHttpServerResponder& responder);

    EngineHost& host_;
    QByteArray token_;
    LocalApiOptions options_;
    std::unique_ptr<QHttpServer> server_;
    QJsonObject paths_;
    VoiceLibrary voices_;
    // A download-and-install operation per model id, kept after it ends so clients polling
    // GET /v1/models/{id} see how it finished.
    struct InstallOperation {
        ModelDownloader* downloader = nullptr;  // owned by this server
        QString state;                          // downloading, installed or failed
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
        QString error;
    };
    QHash<QString, InstallOperation> installs_;
    quint16 port_ = 0;
};

}  // namespace sonara::core::api
