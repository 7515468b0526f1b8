#pragma once

#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_service.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>
#include <QtTest>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace sonara::cloud::testing {

inline const QByteArray kJwtSecret =
    QByteArrayLiteral("test-jwt-secret-0123456789abcdef0123456789");
inline const QByteArray kStripeSecret = QByteArrayLiteral("whsec_test_secret");
inline const QByteArray kRazorpaySecret = QByteArrayLiteral("razorpay_test_secret");

// The database the service tests run against: SQLite in the temporary folder, or, when
// SONARA_TEST_POSTGRES_ADMIN_URL names a server, a fresh PostgreSQL database made for the test.
inline QString testDatabaseUrl() {
    const QString admin = qEnvironmentVariable("SONARA_TEST_POSTGRES_ADMIN_URL");
    if (admin.isEmpty()) {
        return {};
    }
    const QString name =
        QStringLiteral("sonara_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    {
        QUrl url(admin);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrlQuery query(url);
        db.setHostName(query.hasQueryItem(QStringLiteral("host"))
                           ? query.queryItemValue(QStringLiteral("host"))
                           : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

inline CloudConfig testConfig(const QString& dataDir, const QString& databaseUrl) {
    CloudConfig config;
    config.dataDir = dataDir;
    config.databaseUrl = databaseUrl;
    config.jwtSecret = kJwtSecret;
    config.signingSeed = QByteArray(32, '\x07');
    config.stripeWebhookSecret = kStripeSecret;
    config.razorpayWebhookSecret = kRazorpaySecret;
    return config;
}

struct Reply {
    int status = 0;
    QByteArray raw;
    QJsonObject body;
    QByteArray contentType;
    QByteArray retryAfter;
};

// A service on a free loopback port and a client that waits for each answer.
class TestServer {
public:
    explicit TestServer(const std::function<void(CloudConfig&)>& adjust = {}) {
        CloudConfig config = testConfig(dir.path(), testDatabaseUrl());
        if (adjust) {
            adjust(config);
        }
        start(config);
    }

    // Another instance over the same database, as a second one behind a load balancer.
    struct SameDatabaseAs {
        const TestServer& server;
    };
    explicit TestServer(SameDatabaseAs other) { start(other.server.service->config()); }

    QUrl url(const QString& path) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    }

    Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QByteArray& token = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + token);
        }
        for (const auto& header : headers) {
            request.setRawHeader(header.first, header.second);
        }
        QNetworkReply* reply = network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.raw = reply->readAll();
        result.body = QJsonDocument::fromJson(result.raw).object();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return result;
    }

    Reply post(const QString& path, const QJsonObject& body, const QByteArray& token = {}) {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

    QString registerUser(const QString& email,
                         const QString& password = QStringLiteral("a long enough passphrase")) {
        return post(QStringLiteral("/v1/auth/register"),
                    {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
            .body.value(QStringLiteral("id"))
            .toString();
    }

    QJsonObject login(const QString& email,
                      const QString& password = QStringLiteral("a long enough passphrase")) {
        return post(QStringLiteral("/v1/auth/login"),
                    {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
            .body;
    }

    QByteArray accessToken(const QString& email) {
        return login(email).value(QStringLiteral("access_token")).toString().toLatin1();
    }

    // Adds seconds the way money arrives in production: a signed Stripe webhook.
    Reply stripeEvent(const QByteArray& body, qint64 timestamp,
                      const QByteArray& secret = kStripeSecret) {
        const QByteArray t = QByteArray::number(timestamp);
        const QByteArray signature = crypto::hmacSha256(secret, t + '.' + body).toHex();
        return call("POST", QStringLiteral("/v1/webhooks/stripe"), body, {},
                    {{"Stripe-Signature", "t=" + t + ",v1=" + signature}});
    }

    qint64 count(const QString& sql) {
        QSqlQuery query = service->database().exec(sql);
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    // Razorpay's webhook: the raw body signed with the webhook secret, its event id in a header.
    Reply razorpayEvent(const QByteArray& body, const QByteArray& eventId,
                        const QByteArray& secret = kRazorpaySecret) {
        return call("POST", QStringLiteral("/v1/webhooks/razorpay"), body, {},
                    {{"X-Razorpay-Signature", crypto::hmacSha256(secret, body).toHex()},
                     {"X-Razorpay-Event-Id", eventId}});
    }

    QTemporaryDir dir;
    std::unique_ptr<CloudService> service;
    quint16 port = 0;
    QNetworkAccessManager network;

private:
    void start(const CloudConfig& config) {
        try {
            service = std::make_unique<CloudService>(config);
            port = service->listen(QHostAddress::LocalHost, 0);
        } catch (const std::exception& error) {
            qCritical("cannot start the service under test: %s", error.what());
            throw;
        }
    }
};

// Another service over the same storage on its own thread, as another instance would be, so
// that its transactions really overlap with the test server's.
class ServiceThread : public QThread {
public:
    ServiceThread(const QString& dataDir, const QString& databaseUrl)
        : dataDir_(dataDir), databaseUrl_(databaseUrl) {}
    quint16 port() const { return port_; }

protected:
    void run() override {
        CloudService service(testConfig(dataDir_, databaseUrl_));
        port_ = service.listen(QHostAddress::LocalHost, 0);
        exec();
    }

private:
    QString dataDir_;
    QString databaseUrl_;
    std::atomic<quint16> port_{0};
};

inline QByteArray chargeRefunded(const QString& eventId, const QString& paymentIntent,
                                 qint64 amountRefunded) {
    const QJsonObject charge{{QStringLiteral("id"), QStringLiteral("ch_1")},
                             {QStringLiteral("payment_intent"), paymentIntent},
                             {QStringLiteral("amount"), 2000},
                             {QStringLiteral("amount_refunded"), amountRefunded}};
    const QJsonObject event{
        {QStringLiteral("id"), eventId},
        {QStringLiteral("type"), QStringLiteral("charge.refunded")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), charge}}}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

inline QByteArray checkoutCompleted(const QString& eventId, const QString& accountId,
                                    qint64 amount = 2000,
                                    const QString& currency = QStringLiteral("usd")) {
    const QJsonObject metadata{{QStringLiteral("sonara_account_id"), accountId},
                               {QStringLiteral("sonara_plan_id"), QStringLiteral("minutes-60")}};
    const QJsonObject session{{QStringLiteral("id"), QStringLiteral("cs_test_1")},
                              {QStringLiteral("amount_total"), amount},
                              {QStringLiteral("currency"), currency},
                              {QStringLiteral("payment_status"), QStringLiteral("paid")},
                              {QStringLiteral("payment_intent"), QStringLiteral("pi_") + eventId},
                              {QStringLiteral("metadata"), metadata}};
    const QJsonObject event{
        {QStringLiteral("id"), eventId},
        {QStringLiteral("type"), QStringLiteral("checkout.session.completed")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), session}}}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

// What the domain tests share: money in (Stripe events, subscriptions), money spent (usage,
// leases), and the checks that hold after every test.

inline qint64 now() {
    return QDateTime::currentSecsSinceEpoch();
}

inline QByteArray usage(const QString& key, qint64 seconds) {
    return QJsonDocument(QJsonObject{{QStringLiteral("idempotency_key"), key},
                                     {QStringLiteral("seconds"), seconds},
                                     {QStringLiteral("capability"), QStringLiteral("tts")}})
        .toJson(QJsonDocument::Compact);
}

// Every account's balance equals the sum of its entries and none is negative.
inline void checkLedgerInvariant(TestServer& server) {
    QSqlQuery accounts = server.service->database().exec(QStringLiteral("SELECT id FROM accounts"));
    while (accounts.next()) {
        const QString id = accounts.value(0).toString();
        const qint64 sum = server.count(
            QStringLiteral("SELECT CAST(COALESCE(SUM(seconds), 0) AS BIGINT) FROM ledger_entries "
                           "WHERE account_id = '%1'")
                .arg(id));
        QCOMPARE(server.service->balance(id), sum);
        QVERIFY(sum >= 0);
    }
}

inline void addMonthlyPlan(TestServer& server) {
    server.service->database().exec(QStringLiteral(
        "INSERT INTO plans (id, name, price_cents, currency, seconds, interval_months, "
        "active, created_at) VALUES ('monthly-60', '60 minutes a month', 1500, 'usd', "
        "3600, 1, 1, 0)"));
}

inline QByteArray stripeEventBody(const QString& eventId, const QString& type,
                                  const QJsonObject& object, qint64 created) {
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), eventId},
                                     {QStringLiteral("type"), type},
                                     {QStringLiteral("created"), created},
                                     {QStringLiteral("data"),
                                      QJsonObject{{QStringLiteral("object"), object}}}})
        .toJson(QJsonDocument::Compact);
}

// A new account that bought the default plan once (event `eventId`), and its access token.
inline std::pair<QString, QByteArray> paidAccount(TestServer& server, const QString& email,
                                                  const QString& eventId) {
    const QString id = server.registerUser(email);
    server.stripeEvent(checkoutCompleted(eventId, id), now());
    return {id, server.accessToken(email)};
}

// Sends a signed Stripe event; answers whether the service credited it.
inline bool stripeCredits(TestServer& server, const QString& eventId, const QString& type,
                          const QJsonObject& object, qint64 created) {
    return server.stripeEvent(stripeEventBody(eventId, type, object, created), now())
        .body.value(QStringLiteral("credited"))
        .toBool();
}

inline QByteArray subscriptionCheckout(const QString& eventId, const QString& accountId,
                                       const QString& subscriptionRef) {
    const QJsonObject session{
        {QStringLiteral("id"), QStringLiteral("cs_") + eventId},
        {QStringLiteral("mode"), QStringLiteral("subscription")},
        {QStringLiteral("subscription"), subscriptionRef},
        {QStringLiteral("amount_total"), 1500},
        {QStringLiteral("currency"), QStringLiteral("usd")},
        {QStringLiteral("payment_status"), QStringLiteral("paid")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("sonara_account_id"), accountId},
                     {QStringLiteral("sonara_plan_id"), QStringLiteral("monthly-60")}}}};
    return stripeEventBody(eventId, QStringLiteral("checkout.session.completed"), session, now());
}

// An invoice in the shape of Stripe API versions since 2025-03-31, which name the subscription
// under parent.subscription_details.
inline QJsonObject stripeInvoice(
    const QString& invoiceId, const QString& subscriptionRef,
    const QString& billingReason = QStringLiteral("subscription_cycle")) {
    return {{QStringLiteral("id"), invoiceId},
            {QStringLiteral("parent"),
             QJsonObject{{QStringLiteral("subscription_details"),
                          QJsonObject{{QStringLiteral("subscription"), subscriptionRef}}}}},
            {QStringLiteral("billing_reason"), billingReason},
            {QStringLiteral("amount_paid"), 1500},
            {QStringLiteral("currency"), QStringLiteral("usd")},
            {QStringLiteral("payment_intent"), QStringLiteral("pi_") + invoiceId}};
}

inline QJsonObject stripeSubscription(const QString& subscriptionRef, const QString& status) {
    return {{QStringLiteral("id"), subscriptionRef}, {QStringLiteral("status"), status}};
}

inline QJsonObject usageItem(const QString& key, qint64 seconds, const QString& capability,
                             std::optional<qint64> at = std::nullopt) {
    QJsonObject item{{QStringLiteral("idempotency_key"), key},
                     {QStringLiteral("seconds"), seconds},
                     {QStringLiteral("capability"), capability}};
    if (at) {
        item.insert(QStringLiteral("at"), *at);
    }
    return item;
}

// The id and issue time of a new lease.
inline QPair<QString, qint64> takeLease(TestServer& server, const QByteArray& token, qint64 seconds,
                                        qint64 valid = 3600) {
    const Reply reply = server.post(
        QStringLiteral("/v1/leases"),
        {{QStringLiteral("seconds"), seconds}, {QStringLiteral("valid_seconds"), valid}}, token);
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(reply.body.value(QStringLiteral("lease"))
                                                           .toObject()
                                                           .value(QStringLiteral("payload"))
                                                           .toString()
                                                           .toLatin1(),
                                                       QByteArray::Base64UrlEncoding))
            .object();
    return {payload.value(QStringLiteral("lease_id")).toString(),
            static_cast<qint64>(payload.value(QStringLiteral("issued_at")).toDouble())};
}

inline QByteArray adminToken(TestServer& server) {
    server.service->createAccount(QStringLiteral("ledger-admin@example.com"),
                                  QStringLiteral("admin passphrase 7"), QStringLiteral("admin"));
    return server
        .login(QStringLiteral("ledger-admin@example.com"), QStringLiteral("admin passphrase 7"))
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

// Usage by capability from the admin report, summed over days: {count, seconds}.
inline QHash<QString, QPair<qint64, qint64>> usageByCapability(TestServer& server,
                                                               const QByteArray& admin) {
    QHash<QString, QPair<qint64, qint64>> totals;
    const QJsonArray rows = server.call("GET", QStringLiteral("/v1/admin/reports/usage"), {}, admin)
                                .body.value(QStringLiteral("rows"))
                                .toArray();
    for (const QJsonValue& row : rows) {
        auto& total = totals[row.toObject().value(QStringLiteral("capability")).toString()];
        total.first += row.toObject().value(QStringLiteral("count")).toInteger();
        total.second += row.toObject().value(QStringLiteral("seconds")).toInteger();
    }
    return totals;
}

// A Stripe price as customer.subscription.updated carries it in items.data[].price.
inline QJsonObject stripePrice(qint64 amount, const QString& interval = QStringLiteral("month"),
                               const QString& planId = {}) {
    QJsonObject price{
        {QStringLiteral("id"), QStringLiteral("price_%1").arg(amount)},
        {QStringLiteral("unit_amount"), amount},
        {QStringLiteral("currency"), QStringLiteral("usd")},
        {QStringLiteral("recurring"), QJsonObject{{QStringLiteral("interval"), interval},
                                                  {QStringLiteral("interval_count"), 1}}}};
    if (!planId.isEmpty()) {
        price.insert(QStringLiteral("metadata"),
                     QJsonObject{{QStringLiteral("sonara_plan_id"), planId}});
    }
    return price;
}

inline QJsonObject stripeSubscriptionBilling(const QString& subscriptionRef, const QString& status,
                                             const QJsonObject& price) {
    QJsonObject subscription = stripeSubscription(subscriptionRef, status);
    subscription.insert(QStringLiteral("items"),
                        QJsonObject{{QStringLiteral("data"),
                                     QJsonArray{QJsonObject{{QStringLiteral("price"), price}}}}});
    return subscription;
}

inline QJsonObject me(TestServer& server, const QByteArray& token) {
    return server.call("GET", QStringLiteral("/v1/me"), {}, token).body;
}

inline QString subscriptionStatus(TestServer& server, const QByteArray& token) {
    return server.call("GET", QStringLiteral("/v1/me"), {}, token)
        .body.value(QStringLiteral("subscription"))
        .toObject()
        .value(QStringLiteral("status"))
        .toString();
}

}  // namespace sonara::cloud::testing
