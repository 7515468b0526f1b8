#include "app/cli/api_client.h"

#include "app/cli/cli.h"
#include "core/api/api_token.h"
#include "core/api/local_api_server.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>

namespace sonara::cli {
namespace {

constexpr int kRequestTimeoutMs = 600000;

QByteArray readTrimmed(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

// Waits for `reply`, feeding `onData` as bytes arrive; aborts after `timeoutMs` of silence.
ApiReply wait(QNetworkReply* reply, int timeoutMs,
              const std::function<void(QNetworkReply*)>& onData = {}) {
    QEventLoop loop;
    QTimer silence;
    silence.setSingleShot(true);
    QObject::connect(&silence, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        silence.start(timeoutMs);
        if (onData && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() < 300) {
            onData(reply);
        }
    });
    silence.start(timeoutMs);
    if (!reply->isFinished()) {
        loop.exec();
    }
    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.status == 0) {
        result.networkError = reply->errorString();
    }
    if (result.status >= 300 || !onData) {
        result.body = reply->readAll();
    } else {
        onData(reply);
    }
    reply->deleteLater();
    return result;
}

}  // namespace

QJsonObject ApiReply::json() const {
    return QJsonDocument::fromJson(body).object();
}

QString ApiReply::message() const {
    if (!localError.isEmpty()) {
        return localError;
    }
    if (status == 0) {
        return QStringLiteral("the local API did not answer (%1)").arg(networkError);
    }
    const QJsonObject problem = json();
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    return detail.isEmpty() ? QStringLiteral("the local API answered %1").arg(status) : detail;
}

int exitCodeFor(const ApiReply& reply) {
    if (reply.status == 400 || reply.status == 404 || reply.status == 413 || reply.status == 422) {
        return kUsage;
    }
    if (reply.status == 402) {
        return kNoCredits;
    }
    return kJobFailed;
}

QString ApiClient::endpointFilePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("api-url"));
}

ApiClient::ApiClient(const GlobalOptions& global) {
    if (!global.url.isEmpty()) {
        base_ = QUrl(global.url);
        token_ =
            global.token.isEmpty() ? core::api::ApiToken::loadOrCreate() : global.token.toUtf8();
        if (!healthy(5000)) {
            throw core::Error(
                QStringLiteral(
                    "no Sonara API answers at %1 with this token; check --url and --token")
                    .arg(global.url));
        }
        return;
    }
    // A server for another data directory is no use to a command that names its own.
    if (global.dataDirectory.isEmpty()) {
        const QByteArray announced = readTrimmed(endpointFilePath());
        if (!announced.isEmpty()) {
            base_ = QUrl(QString::fromUtf8(announced));
            token_ = global.token.isEmpty() ? readTrimmed(core::api::ApiToken::defaultPath())
                                            : global.token.toUtf8();
            if (healthy(3000)) {
                return;
            }
        }
    }
    if (global.noAutostart) {
        throw core::Error(QStringLiteral(
            "no Sonara server is running; start one with `sonara serve` or leave out "
            "--no-autostart"));
    }
    autostart(global);
}

ApiClient::~ApiClient() {
    server_.reset();
    host_.reset();
}

void ApiClient::autostart(const GlobalOptions& global) {
    core::EngineHostOptions options;
    options.dataDirectory = global.dataDirectory;
    options.resumeQueuedJobs = false;
    host_ = std::make_unique<core::EngineHost>(options);
    host_->jobs().start();
    // This server lives only as long as the command, so its token never needs to leave memory.
    token_ = core::api::ApiToken::generate();
    server_ = std::make_unique<core::api::LocalApiServer>(*host_, token_);
    base_ = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server_->listen(0)));
}

bool ApiClient::healthy(int timeoutMs) {
    QNetworkRequest request(base_.resolved(QUrl(QStringLiteral("/v1/health"))));
    request.setRawHeader("Authorization", "Bearer " + token_);
    return wait(network_.get(request), timeoutMs).status == 200;
}

ApiReply ApiClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                         const QByteArray& contentType) {
    QNetworkRequest request(base_.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + token_);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    return wait(network_.sendCustomRequest(request, method, body), kRequestTimeoutMs);
}

ApiReply ApiClient::post(const QString& path, const QJsonObject& body) {
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply ApiClient::upload(const QString& filePath, const QString& route,
                           const QList<QPair<QString, QString>>& extraQuery) {
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        throw core::ValidationError(
            core::ValidationError::Kind::Missing, filePath,
            QStringLiteral("cannot read %1: %2").arg(filePath, file.errorString()));
    }
    QUrl url(route);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filename"), QFileInfo(filePath).fileName());
    for (const auto& [key, value] : extraQuery) {
        query.addQueryItem(key, value);
    }
    url.setQuery(query);
    QNetworkRequest request(base_.resolved(url));
    request.setRawHeader("Authorization", "Bearer " + token_);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/octet-stream"));
    return wait(network_.post(request, &file), kRequestTimeoutMs);
}

ApiReply ApiClient::download(const QString& path, const QString& destination) {
    const QFileInfo target(destination);
    QFile partial(target.dir().filePath(QStringLiteral(".%1.partial").arg(target.fileName())));
    if (!target.absoluteDir().exists()) {
        ApiReply failed;
        failed.localError = QStringLiteral("the folder %1 does not exist; create it first")
                                .arg(target.dir().path());
        return failed;
    }
    if (!partial.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        // The hidden partial file is ours; the user knows the destination and its folder.
        ApiReply failed;
        failed.localError = QStringLiteral("the folder %1 cannot be written to (%2)")
                                .arg(target.dir().path(), partial.errorString());
        return failed;
    }
    QNetworkRequest request(base_.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + token_);
    ApiReply reply = wait(network_.get(request), kRequestTimeoutMs,
                          [&](QNetworkReply* source) { partial.write(source->readAll()); });
    partial.close();
    if (!reply.ok()) {
        partial.remove();
        return reply;
    }
    QFile::remove(destination);
    if (!partial.rename(destination)) {
        partial.remove();
        reply.status = 0;
        reply.localError =
            QStringLiteral("cannot write %1; check that its folder is writable").arg(destination);
    }
    return reply;
}

ApiReply ApiClient::events(
    const QString& path,
    const std::function<void(const QByteArray& name, const QJsonObject& data)>& onEvent) {
    QNetworkRequest request(base_.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + token_);
    QByteArray pending;
    QByteArray name;
    if (streamsStopped_) {
        ApiReply stopped;
        stopped.localError = QStringLiteral("stopped");
        return stopped;
    }
    stream_ = network_.get(request);
    return wait(stream_, kRequestTimeoutMs, [&](QNetworkReply* source) {
        pending += source->readAll();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line.startsWith("event: ")) {
                name = line.mid(7);
            } else if (line.startsWith("data: ")) {
                onEvent(name, QJsonDocument::fromJson(line.mid(6)).object());
            }
        }
    });
}

void ApiClient::stopStreams() {
    streamsStopped_ = true;
    if (stream_) {
        stream_->abort();
    }
}

QJsonObject ApiClient::follow(const QString& jobId,
                              const std::function<void(double, const QString&, double)>& progress) {
    // A stream can break off (a server restarting, a proxy timing out); the job's own record says
    // whether it is over, and a new stream picks up where the last one stopped.
    for (int attempt = 0; attempt < 100; ++attempt) {
        QJsonObject finished;
        events(QStringLiteral("/v1/jobs/%1/events").arg(jobId),
               [&](const QByteArray& event, const QJsonObject& data) {
                   if (event == "progress" && progress) {
                       const QJsonValue eta = data.value(QStringLiteral("eta_seconds"));
                       progress(data.value(QStringLiteral("progress")).toDouble(),
                                data.value(QStringLiteral("stage")).toString(),
                                eta.isNull() ? -1 : eta.toDouble());
                   } else if (event == "finished") {
                       finished = data;
                   }
               });
        if (!finished.isEmpty()) {
            return finished;
        }
        const ApiReply job = get(QStringLiteral("/v1/jobs/") + jobId);
        if (!job.ok()) {
            return {};
        }
        if (streamsStopped_) {
            return job.json();
        }
        const QString state = job.json().value(QStringLiteral("state")).toString();
        if (state != QLatin1String("queued") && state != QLatin1String("running")) {
            return job.json();
        }
    }
    return {};
}

}  // namespace sonara::cli
