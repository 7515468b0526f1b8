#pragma once

// A real sonara-cloud for the account client tests, started as its own process on loopback, so
// that it can be killed (the studio goes offline) and restarted on the same port and data.

#include "core/account/account_client.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QUrl>

namespace sonara::core::account::testing {

const QByteArray kStripeSecret = QByteArrayLiteral("whsec_client_test");

inline qint64 now() {
    return QDateTime::currentSecsSinceEpoch();
}

// A real sonara-cloud, started as its own process on a free loopback port.
class CloudProcess {
public:
    // `port` 0 picks a free one; `environment` adds to the service's environment.
    explicit CloudProcess(const QString& dataDir, quint16 port = 0,
                          const QList<QPair<QString, QString>>& extraEnvironment = {}) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SONARA_CLOUD_STRIPE_WEBHOOK_SECRET"),
                           QString::fromLatin1(kStripeSecret));
        for (const auto& [name, value] : extraEnvironment) {
            environment.insert(name, value);
        }
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(
            QStringLiteral(SONARA_CLOUD_BINARY),
            {QStringLiteral("serve"), QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--data"), dataDir});
        QByteArray line;
        while (!line.contains('\n') && process.waitForReadyRead(10000)) {
            line += process.readAllStandardOutput();
        }
        const QByteArray prefix = QByteArrayLiteral("listening on ");
        if (line.startsWith(prefix)) {
            url = QUrl(QString::fromLatin1(line.mid(prefix.size()).trimmed()));
        }
    }
    ~CloudProcess() { kill(); }

    void kill() {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    QProcess process;
    QUrl url;
};

// Buys the default plan (60 minutes) for the account with a signed webhook.
inline int payWithStripe(const QUrl& base, const QString& accountId) {
    const QJsonObject session{
        {QStringLiteral("amount_total"), 2000},
        {QStringLiteral("currency"), QStringLiteral("usd")},
        {QStringLiteral("payment_status"), QStringLiteral("paid")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("sonara_account_id"), accountId},
                     {QStringLiteral("sonara_plan_id"), QStringLiteral("minutes-60")}}}};
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("evt_client_") + accountId},
                        {QStringLiteral("type"), QStringLiteral("checkout.session.completed")},
                        {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), session}}}})
            .toJson(QJsonDocument::Compact);
    const QByteArray t = QByteArray::number(now());
    const QByteArray signature =
        QMessageAuthenticationCode::hash(t + '.' + body, kStripeSecret, QCryptographicHash::Sha256)
            .toHex();
    QUrl url = base;
    url.setPath(QStringLiteral("/v1/webhooks/stripe"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Stripe-Signature", "t=" + t + ",v1=" + signature);
    QNetworkAccessManager network;
    QNetworkReply* reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// GET `path` with `client`'s access token; the JSON body.
inline QJsonObject getJson(const AccountClient& client, const QString& path) {
    QUrl url = client.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + client.tokens().accessToken.toLatin1());
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// The seconds of the account's usage entries filed under `capability`, from its ledger.
inline qint64 usageSecondsOf(const AccountClient& client, const QString& capability) {
    qint64 total = 0;
    for (const QJsonValue& value :
         getJson(client, QStringLiteral("/v1/ledger")).value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("kind")).toString() == QStringLiteral("usage") &&
            entry.value(QStringLiteral("capability")).toString() == capability) {
            total -= entry.value(QStringLiteral("seconds")).toInteger();
        }
    }
    return total;
}

}  // namespace sonara::core::account::testing
