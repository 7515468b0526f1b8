#pragma once

// A blocking HTTP client for the local API tests: real requests over loopback.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace sonara::test {

struct Reply {
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers;  // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A blocking HTTP client usable from any thread that has no event loop of its own running.
class Client {
public:
    Client(quint16 port, QByteArray token) : port_(port), token_(std::move(token)) {}

    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QByteArray& contentType = "application/json",
               const QList<QPair<QByteArray, QByteArray>>& extra = {}, int timeoutMs = 180000) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port_).arg(path)));
        request.setRawHeader("Authorization", "Bearer " + token_);
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        }
        for (const auto& [name, value] : extra) {
            request.setRawHeader(name, value);
        }
        // A custom "HEAD" would wait for the body its Content-Length announces.
        QNetworkReply* reply =
            method == "HEAD" ? nam_.head(request) : nam_.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs()) {
            result.headers.insert(name.toLower(), value);
        }
        reply->deleteLater();
        return result;
    }

    Reply get(const QString& path) { return send("GET", path); }
    Reply post(const QString& path, const QJsonObject& body) {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // Waits for a job's final state by polling.
    QJsonObject waitFor(const QString& id, int timeoutMs = 120000) {
        QElapsedTimer clock;
        clock.start();
        QJsonObject job;
        while (clock.elapsed() < timeoutMs) {
            job = get(QStringLiteral("/v1/jobs/") + id).json();
            const QString state = job.value(QStringLiteral("state")).toString();
            if (state != QLatin1String("queued") && state != QLatin1String("running")) {
                return job;
            }
            QThread::msleep(50);
        }
        return job;
    }

private:
    QNetworkAccessManager nam_;
    quint16 port_;
    QByteArray token_;
};

}  // namespace sonara::test
