#pragma once

#include "app/cli/commands.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

namespace sonara::core {
class EngineHost;
namespace api {
class LocalApiServer;
}
}  // namespace sonara::core

namespace sonara::cli {

struct ApiReply {
    int status = 0;  // 0: no answer (connection refused, timeout)
    QByteArray body;
    QString networkError;
    // A failure on this side (a file that cannot be written): the whole message, said as is.
    QString localError;

    QJsonObject json() const;
    bool ok() const { return status >= 200 && status < 300; }
    // The problem's detail (RFC 9457), or what went wrong on the wire.
    QString message() const;
};

// Where a command's requests go: the running `sonara serve` (or studio) found through the config
// directory, the one --url names, or a headless server this process starts for the duration of
// the command.
class ApiClient {
public:
    // Throws core::Error naming what to do when no server can be reached or started.
    explicit ApiClient(const GlobalOptions& global);
    ~ApiClient();

    const QUrl& baseUrl() const { return base_; }
    bool autostarted() const { return host_ != nullptr; }

    ApiReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const QByteArray& contentType = "application/json");
    ApiReply get(const QString& path) { return send("GET", path); }
    ApiReply post(const QString& path, const QJsonObject& body);
    // Uploads a local file as an asset (or to another upload route, with extra query items);
    // returns the reply whose json() holds its id.
    ApiReply upload(const QString& filePath, const QString& route = QStringLiteral("/v1/assets"),
                    const QList<QPair<QString, QString>>& query = {});
    // Streams a GET to `destination`, written beside it first and renamed once complete.
    ApiReply download(const QString& path, const QString& destination);
    // Reads the server-sent events at `path` until the server ends the stream, handing each event
    // to `onEvent` as it arrives.
    ApiReply events(
        const QString& path,
        const std::function<void(const QByteArray& name, const QJsonObject& data)>& onEvent);
    // Ends the event stream being read, and any later one: events() and follow() return at once
    // (follow() with the job as it stands). For a command that stops watching on Ctrl-C.
    void stopStreams();
    // Follows a job's events until its final state (or stopStreams()); returns the job JSON as
    // it ended (empty on error).
    QJsonObject follow(const QString& jobId,
                       const std::function<void(double, const QString&, double)>& progress);

    // Writes the running server's address for clients: <config dir>/api-url.
    static QString endpointFilePath();

private:
    bool healthy(int timeoutMs);
    void autostart(const GlobalOptions& global);

    QNetworkAccessManager network_;
    QUrl base_;
    QByteArray token_;
    std::unique_ptr<core::EngineHost> host_;
    std::unique_ptr<core::api::LocalApiServer> server_;
    QPointer<QNetworkReply> stream_;
    bool streamsStopped_ = false;
};

// Maps an API error to the CLI's exit codes: bad request → kUsage, 402 → kNoCredits, else
// kJobFailed.
int exitCodeFor(const ApiReply& reply);

}  // namespace sonara::cli
