#include "app/cloud/cloud_test_support.h"
#include "core/account/account_error.h"
#include "core/account/wire_types.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QThread>
#include <QUrlQuery>
#include <QtTest>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

namespace {

qint64 now() {
    return QDateTime::currentSecsSinceEpoch();
}

QByteArray usage(const QString& key, qint64 seconds) {
    return QJsonDocument(QJsonObject{{QStringLiteral("idempotency_key"), key},
                                     {QStringLiteral("seconds"), seconds},
                                     {QStringLiteral("capability"), QStringLiteral("tts")}})
        .toJson(QJsonDocument::Compact);
}

// Every account's balance equals the sum of its entries and none is negative.
void checkLedgerInvariant(TestServer& server) {
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

void addMonthlyPlan(TestServer& server) {
    server.service->database().exec(QStringLiteral(
        "INSERT INTO plans (id, name, price_cents, currency, seconds, interval_months, "
        "active, created_at) VALUES ('monthly-60', '60 minutes a month', 1500, 'usd', "
        "3600, 1, 1, 0)"));
}

QByteArray stripeEventBody(const QString& eventId, const QString& type, const QJsonObject& object,
                           qint64 created);

// A new account that bought the default plan once (event `eventId`), and its access token.
std::pair<QString, QByteArray> paidAccount(TestServer& server, const QString& email,
                                           const QString& eventId) {
    const QString id = server.registerUser(email);
    server.stripeEvent(checkoutCompleted(eventId, id), now());
    return {id, server.accessToken(email)};
}

// Sends a signed Stripe event; answers whether the service credited it.
bool stripeCredits(TestServer& server, const QString& eventId, const QString& type,
                   const QJsonObject& object, qint64 created) {
    return server.stripeEvent(stripeEventBody(eventId, type, object, created), now())
        .body.value(QStringLiteral("credited"))
        .toBool();
}

QByteArray stripeEventBody(const QString& eventId, const QString& type, const QJsonObject& object,
                           qint64 created) {
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), eventId},
                                     {QStringLiteral("type"), type},
                                     {QStringLiteral("created"), created},
                                     {QStringLiteral("data"),
                                      QJsonObject{{QStringLiteral("object"), object}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray subscriptionCheckout(const QString& eventId, const QString& accountId,
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
QJsonObject stripeInvoice(const QString& invoiceId, const QString& subscriptionRef,
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

QJsonObject stripeSubscription(const QString& subscriptionRef, const QString& status) {
    return {{QStringLiteral("id"), subscriptionRef}, {QStringLiteral("status"), status}};
}

QJsonObject usageItem(const QString& key, qint64 seconds, const QString& capability,
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
QPair<QString, qint64> takeLease(TestServer& server, const QByteArray& token, qint64 seconds,
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

QByteArray adminToken(TestServer& server) {
    server.service->createAccount(QStringLiteral("ledger-admin@example.com"),
                                  QStringLiteral("admin passphrase 7"), QStringLiteral("admin"));
    return server
        .login(QStringLiteral("ledger-admin@example.com"), QStringLiteral("admin passphrase 7"))
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

// Usage by capability from the admin report, summed over days: {count, seconds}.
QHash<QString, QPair<qint64, qint64>> usageByCapability(TestServer& server,
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
QJsonObject stripePrice(qint64 amount, const QString& interval = QStringLiteral("month"),
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

QJsonObject stripeSubscriptionBilling(const QString& subscriptionRef, const QString& status,
                                      const QJsonObject& price) {
    QJsonObject subscription = stripeSubscription(subscriptionRef, status);
    subscription.insert(QStringLiteral("items"),
                        QJsonObject{{QStringLiteral("data"),
                                     QJsonArray{QJsonObject{{QStringLiteral("price"), price}}}}});
    return subscription;
}

QJsonObject me(TestServer& server, const QByteArray& token) {
    return server.call("GET", QStringLiteral("/v1/me"), {}, token).body;
}

QString subscriptionStatus(TestServer& server, const QByteArray& token) {
    return server.call("GET", QStringLiteral("/v1/me"), {}, token)
        .body.value(QStringLiteral("subscription"))
        .toObject()
        .value(QStringLiteral("status"))
        .toString();
}

}  // namespace

class TestCloudLedger : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void usageChargesOnceAndRefusesOverdraft();
    void usageRefusesBadInputAndChangesNothing();
    void concurrentDebitsNeverOverdraw();
    void checkoutSessionIsCreatedThroughStripe();
    void razorpayOrderIsCreatedWithNotes();
    void stripeWebhookCreditsOncePerEvent();
    void stripeWebhookRefusesForgedStaleAndMismatched();
    void razorpayWebhookCreditsOncePerEvent();
    void refundsReverseOnceAndNeverGoBelowZero();
    void subscriptionAllowanceResetsOncePerPeriod();
    void pastDueSubscriptionIsNotRenewedUntilPaid();
    void invoicePaidBeforeCheckoutIsAppliedOnceKnown();
    void razorpaySubscriptionIsChargedOncePerEvent();
    void stripePlanChangeAppliesFromTheNextPeriod();
    void chargeForCancelledSubscriptionIsCreditedOnce();
    void leasesAreSignedAndSettleOnce();
    void expiredLeasesReturnWhatWasNotSpent();
    void schedulerExpiresLeases();
    void leaseSettlesItemisedUsage();
    void itemisedSettleRefusesBadItemsAndChangesNothing();
    void expiredLeaseChargesItemsWhileTheBalanceHolds();
    void devicesAreLimitedAndLicencesSigned();
    void rotatedSigningKeysStayTrusted();
};

void TestCloudLedger::usageChargesOnceAndRefusesOverdraft() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("use@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("use@example.com"));
    const Reply broke =
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("u0"), 10), token);
    QCOMPARE(broke.status, 402);
    QCOMPARE(broke.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(server.stripeEvent(checkoutCompleted(QStringLiteral("evt_1"), id), now()).status, 200);

    const Reply first =
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("u1"), 90), token);
    QCOMPARE(first.status, 201);
    QCOMPARE(first.body.value(QStringLiteral("balance_seconds")).toInt(), 3510);
    for (int i = 0; i < 5; ++i) {
        const Reply again = server.call("POST", QStringLiteral("/v1/usage"),
                                        usage(QStringLiteral("u1"), 90), token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(again.body.value(QStringLiteral("entry_id")),
                 first.body.value(QStringLiteral("entry_id")));
    }
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("u1"), 91), token)
            .status,
        409);
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("u2"), 3511), token)
            .status,
        402);
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("u3"), 3510), token)
            .status,
        201);
    const Reply me = server.call("GET", QStringLiteral("/v1/me"), {}, token);
    QCOMPARE(me.body.value(QStringLiteral("balance_seconds")).toInt(), 0);
    QCOMPARE(me.body.value(QStringLiteral("plan")).toString(), QStringLiteral("minutes-60"));
    const Reply billing = server.call("GET", QStringLiteral("/v1/billing"), {}, token);
    QCOMPARE(billing.body.value(QStringLiteral("purchases"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("amount"))
                 .toInt(),
             2000);
    const Reply history = server.call("GET", QStringLiteral("/v1/ledger"), {}, token);
    QCOMPARE(history.body.value(QStringLiteral("entries")).toArray().size(), 3);
    checkLedgerInvariant(server);
}

void TestCloudLedger::usageRefusesBadInputAndChangesNothing() {
    TestServer server;
    const auto [id, token] =
        paidAccount(server, QStringLiteral("bad@example.com"), QStringLiteral("evt_bad"));
    const QList<QPair<QByteArray, int>> cases{
        {"{", 400},
        {"null", 400},
        {R"({"seconds":10,"capability":"tts"})", 422},
        {R"({"idempotency_key":"k","capability":"tts"})", 422},
        {R"({"idempotency_key":"k","seconds":"10","capability":"tts"})", 422},
        {R"({"idempotency_key":"k","seconds":1.5,"capability":"tts"})", 422},
        {R"({"idempotency_key":"k","seconds":0,"capability":"tts"})", 422},
        {R"({"idempotency_key":"k","seconds":-60,"capability":"tts"})", 422},
        {R"({"idempotency_key":"k","seconds":1e300,"capability":"tts"})", 422},
        {R"({"idempotency_key":"k","seconds":10})", 422},
        {R"({"idempotency_key":"","seconds":10,"capability":"tts"})", 422},
        {R"({"idempotency_key":7,"seconds":10,"capability":"tts"})", 422},
        {"{\"idempotency_key\":\"" + QByteArray(100000, 'k') +
             "\",\"seconds\":1,\"capability\":\"tts\"}",
         413},
    };
    for (const auto& c : cases) {
        const Reply reply = server.call("POST", QStringLiteral("/v1/usage"), c.first, token);
        QVERIFY2(reply.status == c.second, c.first.left(80).constData());
        QCOMPARE(reply.contentType, QByteArrayLiteral("application/problem+json"));
    }
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("k"), 10)).status,
        401);
    QCOMPARE(
        server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'usage'")),
        0);
    // Unicode and SQL-looking keys are just keys.
    for (const QString& key :
         {QStringLiteral("ключ-🎧"), QStringLiteral("'; DELETE FROM ledger_entries; --")}) {
        QCOMPARE(server.call("POST", QStringLiteral("/v1/usage"), usage(key, 5), token).status,
                 201);
        QCOMPARE(server.call("POST", QStringLiteral("/v1/usage"), usage(key, 5), token).status,
                 200);
    }
    QCOMPARE(server.service->balance(id), 3590);
    checkLedgerInvariant(server);
}

void TestCloudLedger::concurrentDebitsNeverOverdraw() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("race@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("race@example.com"));
    QCOMPARE(server.stripeEvent(checkoutCompleted(QStringLiteral("evt_race"), id), now()).status,
             200);
    QCOMPARE(server.service->balance(id), 3600);

    // Three more instances over the same storage, each on its own thread, so that
    // transactions really overlap; requests are spread across all four.
    const QString databaseUrl = server.service->config().databaseUrl;
    std::vector<std::unique_ptr<ServiceThread>> threads;
    QList<quint16> ports{server.port};
    for (int i = 0; i < 3; ++i) {
        threads.push_back(std::make_unique<ServiceThread>(server.dir.path(), databaseUrl));
        threads.back()->start();
    }
    for (auto& thread : threads) {
        QTRY_VERIFY_WITH_TIMEOUT(thread->port() != 0, 10000);
        ports.append(thread->port());
    }
    constexpr int kRequests = 200;
    constexpr int kSeconds = 30;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < kRequests; ++i) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/usage").arg(ports.at(i % ports.size()))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token);
        // Every tenth request replays an earlier key: it must not be charged again.
        const QString key = QStringLiteral("race-%1").arg(i % 10 == 9 ? i - 1 : i);
        replies.append(server.network.post(request, usage(key, kSeconds)));
    }
    int finished = 0;
    for (QNetworkReply* reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, [&finished] { ++finished; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, kRequests, 50000);
    int created = 0;
    int replayed = 0;
    int refused = 0;
    for (QNetworkReply* reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        created += status == 201;
        replayed += status == 200;
        refused += status == 402;
        reply->deleteLater();
    }
    for (auto& thread : threads) {
        thread->quit();
        thread->wait();
    }
    QCOMPARE(created + replayed + refused, kRequests);
    QCOMPARE(created, 3600 / kSeconds);
    QCOMPARE(server.service->balance(id), 0);
    QCOMPARE(
        server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'usage'")),
        3600 / kSeconds);
    checkLedgerInvariant(server);
}

void TestCloudLedger::checkoutSessionIsCreatedThroughStripe() {
    // A stand-in for Stripe's REST API that records what it was sent.
    QHttpServer stripe;
    QHash<QString, QString> received;
    QByteArray authorization;
    bool fail = false;
    stripe.route(
        QStringLiteral("/v1/checkout/sessions"), QHttpServerRequest::Method::Post,
        [&](const QHttpServerRequest& request) {
            received.clear();
            for (const auto& item :
                 QUrlQuery(QString::fromUtf8(request.body())).queryItems(QUrl::FullyDecoded)) {
                received.insert(item.first, item.second);
            }
            authorization = request.value("Authorization");
            if (fail) {
                return QHttpServerResponse(
                    QJsonObject{
                        {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"),
                                                               QStringLiteral("No such price")}}}},
                    QHttpServerResponse::StatusCode::BadRequest);
            }
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("cs_test_42")},
                            {QStringLiteral("url"),
                             QStringLiteral("https://checkout.stripe.com/c/pay/cs_test_42")}});
        });
    const quint16 stripePort = stripe.listen(QHostAddress::LocalHost, 0);
    TestServer server([&](CloudConfig& config) {
        config.stripeSecretKey = QByteArrayLiteral("sk_test_123");
        config.stripeApiBase = QStringLiteral("http://127.0.0.1:%1").arg(stripePort);
    });
    const QString id = server.registerUser(QStringLiteral("buy@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("buy@example.com"));
    const Reply created =
        server.post(QStringLiteral("/v1/checkout"),
                    {{QStringLiteral("plan_id"), QStringLiteral("minutes-60")}}, token);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.body.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://checkout.stripe.com/c/pay/cs_test_42"));
    QCOMPARE(authorization, QByteArrayLiteral("Bearer sk_test_123"));
    QCOMPARE(received.value(QStringLiteral("metadata[sonara_account_id]")), id);
    QCOMPARE(received.value(QStringLiteral("metadata[sonara_plan_id]")),
             QStringLiteral("minutes-60"));
    QCOMPARE(received.value(QStringLiteral("line_items[0][price_data][unit_amount]")),
             QStringLiteral("2000"));
    QCOMPARE(received.value(QStringLiteral("line_items[0][price_data][currency]")),
             QStringLiteral("usd"));
    QCOMPARE(server
                 .post(QStringLiteral("/v1/checkout"),
                       {{QStringLiteral("plan_id"), QStringLiteral("nope")}}, token)
                 .status,
             422);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/checkout"),
                       {{QStringLiteral("plan_id"), QStringLiteral("minutes-60")}})
                 .status,
             401);
    fail = true;
    QCOMPARE(server
                 .post(QStringLiteral("/v1/checkout"),
                       {{QStringLiteral("plan_id"), QStringLiteral("minutes-60")}}, token)
                 .status,
             502);
    // Nothing is credited until the webhook arrives.
    QCOMPARE(server.service->balance(id), 0);
}

void TestCloudLedger::razorpayOrderIsCreatedWithNotes() {
    QHttpServer razorpay;
    QJsonObject received;
    QByteArray authorization;
    razorpay.route(QStringLiteral("/v1/orders"), QHttpServerRequest::Method::Post,
                   [&](const QHttpServerRequest& request) {
                       received = QJsonDocument::fromJson(request.body()).object();
                       authorization = request.value("Authorization");
                       return QHttpServerResponse(
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("order_9")}});
                   });
    razorpay.route(QStringLiteral("/v1/subscriptions"), QHttpServerRequest::Method::Post,
                   [&](const QHttpServerRequest& request) {
                       received = QJsonDocument::fromJson(request.body()).object();
                       return QHttpServerResponse(QJsonObject{
                           {QStringLiteral("id"), QStringLiteral("sub_9")},
                           {QStringLiteral("short_url"), QStringLiteral("https://rzp.io/i/9")}});
                   });
    const quint16 port = razorpay.listen(QHostAddress::LocalHost, 0);
    TestServer server([&](CloudConfig& config) {
        config.razorpayKeyId = QByteArrayLiteral("rzp_test_key");
        config.razorpayKeySecret = QByteArrayLiteral("rzp_secret");
        config.razorpayApiBase = QStringLiteral("http://127.0.0.1:%1").arg(port);
        config.razorpayPlans.insert(QStringLiteral("monthly-60"), QStringLiteral("plan_rzp_9"));
    });
    const QString id = server.registerUser(QStringLiteral("upi-order@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("upi-order@example.com"));
    const Reply created =
        server.post(QStringLiteral("/v1/razorpay/orders"),
                    {{QStringLiteral("plan_id"), QStringLiteral("minutes-60")}}, token);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.body.value(QStringLiteral("order_id")).toString(), QStringLiteral("order_9"));
    QCOMPARE(authorization, "Basic " + QByteArrayLiteral("rzp_test_key:rzp_secret").toBase64());
    QCOMPARE(received.value(QStringLiteral("amount")).toInt(), 2000);
    QCOMPARE(received.value(QStringLiteral("notes"))
                 .toObject()
                 .value(QStringLiteral("sonara_account_id"))
                 .toString(),
             id);
    QCOMPARE(
        server.post(QStringLiteral("/v1/razorpay/orders"), {{QStringLiteral("plan_id"), 7}}, token)
            .status,
        422);

    // A renewing plan is paid by a Razorpay subscription on the Razorpay plan configured for it.
    QCOMPARE(server
                 .post(QStringLiteral("/v1/razorpay/subscriptions"),
                       {{QStringLiteral("plan_id"), QStringLiteral("minutes-60")}}, token)
                 .status,
             422);
    addMonthlyPlan(server);
    const Reply subscribed =
        server.post(QStringLiteral("/v1/razorpay/subscriptions"),
                    {{QStringLiteral("plan_id"), QStringLiteral("monthly-60")}}, token);
    QCOMPARE(subscribed.status, 201);
    QCOMPARE(subscribed.body.value(QStringLiteral("subscription_id")).toString(),
             QStringLiteral("sub_9"));
    QCOMPARE(received.value(QStringLiteral("plan_id")).toString(), QStringLiteral("plan_rzp_9"));
    QCOMPARE(received.value(QStringLiteral("notes"))
                 .toObject()
                 .value(QStringLiteral("sonara_plan_id"))
                 .toString(),
             QStringLiteral("monthly-60"));
    QVERIFY(received.value(QStringLiteral("total_count")).toInt() > 0);
}

void TestCloudLedger::stripeWebhookCreditsOncePerEvent() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("pay@example.com"));
    const QByteArray event = checkoutCompleted(QStringLiteral("evt_once"), id);
    for (int i = 0; i < 10; ++i) {
        const Reply reply = server.stripeEvent(event, now());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.value(QStringLiteral("credited")).toBool(), i == 0);
    }
    QCOMPARE(server.service->balance(id), 3600);
    // Any of several v1 signatures may match (Stripe sends more than one while secrets roll).
    const QByteArray second = checkoutCompleted(QStringLiteral("evt_two"), id);
    const QByteArray t = QByteArray::number(now());
    const QByteArray good = crypto::hmacSha256(kStripeSecret, t + '.' + second).toHex();
    const Reply rolled = server.call(
        "POST", QStringLiteral("/v1/webhooks/stripe"), second, {},
        {{"Stripe-Signature", "t=" + t + ",v1=" + QByteArray(64, 'a') + ",v1=" + good + ",v0=zz"}});
    QCOMPARE(rolled.body.value(QStringLiteral("credited")).toBool(), true);
    QCOMPARE(server.service->balance(id), 7200);
    const QByteArray other =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("evt_x")},
                                  {QStringLiteral("type"), QStringLiteral("invoice.paid")}})
            .toJson(QJsonDocument::Compact);
    QCOMPARE(server.stripeEvent(other, now()).body.value(QStringLiteral("credited")).toBool(),
             false);
    checkLedgerInvariant(server);
}

void TestCloudLedger::stripeWebhookRefusesForgedStaleAndMismatched() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("forge@example.com"));
    const QByteArray event = checkoutCompleted(QStringLiteral("evt_forged"), id);
    QCOMPARE(server.stripeEvent(event, now(), QByteArrayLiteral("whsec_wrong")).status, 400);
    QCOMPARE(server.stripeEvent(event, now() - 301).status, 400);
    QCOMPARE(server.stripeEvent(event, now() + 301).status, 400);
    QCOMPARE(server.call("POST", QStringLiteral("/v1/webhooks/stripe"), event).status, 400);
    QCOMPARE(server
                 .call("POST", QStringLiteral("/v1/webhooks/stripe"), event, {},
                       {{"Stripe-Signature", "t=abc,v1=00"}})
                 .status,
             400);
    // A signature over a different body does not carry over.
    const QByteArray t = QByteArray::number(now());
    const QByteArray signature = crypto::hmacSha256(kStripeSecret, t + '.' + event).toHex();
    QByteArray altered = event;
    altered.replace("2000", "2001");
    QCOMPARE(server
                 .call("POST", QStringLiteral("/v1/webhooks/stripe"), altered, {},
                       {{"Stripe-Signature", "t=" + t + ",v1=" + signature}})
                 .status,
             400);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM payment_events")), 0);
    // Verified but not matching the plan: recorded, not credited.
    const Reply cheap =
        server.stripeEvent(checkoutCompleted(QStringLiteral("evt_cheap"), id, 100), now());
    QCOMPARE(cheap.status, 200);
    QCOMPARE(cheap.body.value(QStringLiteral("credited")).toBool(), false);
    QCOMPARE(server
                 .stripeEvent(
                     checkoutCompleted(QStringLiteral("evt_eur"), id, 2000, QStringLiteral("eur")),
                     now())
                 .body.value(QStringLiteral("credited"))
                 .toBool(),
             false);
    QCOMPARE(
        server
            .stripeEvent(checkoutCompleted(QStringLiteral("evt_nobody"), QStringLiteral("nobody")),
                         now())
            .body.value(QStringLiteral("credited"))
            .toBool(),
        false);
    QCOMPARE(server.service->balance(id), 0);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")), 0);
}

void TestCloudLedger::razorpayWebhookCreditsOncePerEvent() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("upi@example.com"));
    server.service->database().exec(QStringLiteral(
        "INSERT INTO plans (id, name, price_cents, currency, seconds, active, created_at) "
        "VALUES ('minutes-60-inr', '60 minutes', 166000, 'INR', 3600, 1, 0)"));
    const QJsonObject notes{{QStringLiteral("sonara_account_id"), id},
                            {QStringLiteral("sonara_plan_id"), QStringLiteral("minutes-60-inr")}};
    const QJsonObject payment{{QStringLiteral("id"), QStringLiteral("pay_1")},
                              {QStringLiteral("amount"), 166000},
                              {QStringLiteral("currency"), QStringLiteral("INR")},
                              {QStringLiteral("notes"), notes}};
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("entity"), QStringLiteral("event")},
                        {QStringLiteral("event"), QStringLiteral("payment.captured")},
                        {QStringLiteral("payload"),
                         QJsonObject{{QStringLiteral("payment"),
                                      QJsonObject{{QStringLiteral("entity"), payment}}}}}})
            .toJson(QJsonDocument::Compact);
    const QByteArray signature = crypto::hmacSha256(kRazorpaySecret, body).toHex();
    auto send = [&](const QByteArray& sig, const QByteArray& eventId) {
        return server.call("POST", QStringLiteral("/v1/webhooks/razorpay"), body, {},
                           {{"X-Razorpay-Signature", sig}, {"X-Razorpay-Event-Id", eventId}});
    };
    QCOMPARE(send(QByteArray(64, '0'), "ev_1").status, 400);
    QCOMPARE(send(signature, "").status, 400);
    QCOMPARE(server.service->balance(id), 0);
    for (int i = 0; i < 10; ++i) {
        const Reply reply = send(signature, "ev_1");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.value(QStringLiteral("credited")).toBool(), i == 0);
    }
    QCOMPARE(server.service->balance(id), 3600);
    checkLedgerInvariant(server);
}

void TestCloudLedger::refundsReverseOnceAndNeverGoBelowZero() {
    TestServer server;
    const auto [id, token] =
        paidAccount(server, QStringLiteral("refund@example.com"), QStringLiteral("evt_a"));
    server.stripeEvent(checkoutCompleted(QStringLiteral("evt_b"), id), now());
    QCOMPARE(server.service->balance(id), 7200);
    // Half of purchase b refunded, then the rest: the cumulative amount counts, once per event.
    for (int i = 0; i < 3; ++i) {
        const Reply half = server.stripeEvent(
            chargeRefunded(QStringLiteral("evt_r1"), QStringLiteral("pi_evt_b"), 1000), now());
        QCOMPARE(half.status, 200);
        QCOMPARE(half.body.value(QStringLiteral("reversed_seconds")).toInt(), i == 0 ? 1800 : 0);
    }
    QCOMPARE(server.service->balance(id), 5400);
    server.stripeEvent(chargeRefunded(QStringLiteral("evt_r2"), QStringLiteral("pi_evt_b"), 2000),
                       now());
    QCOMPARE(server.service->balance(id), 3600);
    // Spend most of purchase a, then refund it all: the balance stops at zero and the rest is
    // recorded as a shortfall.
    QCOMPARE(
        server
            .call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("spend"), 3000), token)
            .status,
        201);
    const Reply full = server.stripeEvent(
        chargeRefunded(QStringLiteral("evt_r3"), QStringLiteral("pi_evt_a"), 2000), now());
    QCOMPARE(full.body.value(QStringLiteral("reversed_seconds")).toInt(), 600);
    QCOMPARE(server.service->balance(id), 0);
    QCOMPARE(server.count(QStringLiteral(
                 "SELECT shortfall_seconds FROM purchases WHERE payment_ref = 'pi_evt_a'")),
             3000);
    QCOMPARE(
        server
            .stripeEvent(
                chargeRefunded(QStringLiteral("evt_r4"), QStringLiteral("pi_unknown"), 2000), now())
            .body.value(QStringLiteral("reversed_seconds"))
            .toInt(),
        0);
    QCOMPARE(
        server
            .stripeEvent(chargeRefunded(QStringLiteral("evt_r5"), QStringLiteral("pi_evt_a"), 2000),
                         now(), "whsec_bad")
            .status,
        400);
    checkLedgerInvariant(server);
}

void TestCloudLedger::subscriptionAllowanceResetsOncePerPeriod() {
    TestServer server;
    server.service->database().exec(QStringLiteral(
        "INSERT INTO plans (id, name, price_cents, currency, seconds, interval_months, "
        "active, created_at) VALUES ('monthly-60', '60 minutes a month', 1500, 'usd', "
        "3600, 1, 1, 0)"));
    const QString id = server.registerUser(QStringLiteral("sub@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("sub@example.com"));
    QJsonObject event =
        QJsonDocument::fromJson(checkoutCompleted(QStringLiteral("evt_sub"), id, 1500)).object();
    QJsonObject data = event.value(QStringLiteral("data")).toObject();
    QJsonObject session = data.value(QStringLiteral("object")).toObject();
    session.insert(QStringLiteral("mode"), QStringLiteral("subscription"));
    session.insert(QStringLiteral("subscription"), QStringLiteral("sub_123"));
    QJsonObject metadata = session.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("sonara_plan_id"), QStringLiteral("monthly-60"));
    session.insert(QStringLiteral("metadata"), metadata);
    data.insert(QStringLiteral("object"), session);
    event.insert(QStringLiteral("data"), data);
    QCOMPARE(server.stripeEvent(QJsonDocument(event).toJson(QJsonDocument::Compact), now())
                 .body.value(QStringLiteral("credited"))
                 .toBool(),
             true);
    QCOMPARE(server.service->balance(id), 3600);
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("m1"), 1000), token)
            .status,
        201);

    QCOMPARE(server.service->runScheduledResets(now()), 0);
    const qint64 nextMonth = now() + 32LL * 86400;
    // A period is renewed only once its invoice is paid.
    QCOMPARE(server.service->runScheduledResets(nextMonth), 0);
    auto invoice = [&](const QString& eventId, const QString& invoiceId, const QString& type,
                       qint64 amount = 1500) {
        const QJsonObject object{
            {QStringLiteral("id"), invoiceId},
            {QStringLiteral("subscription"), QStringLiteral("sub_123")},
            {QStringLiteral("billing_reason"), QStringLiteral("subscription_cycle")},
            {QStringLiteral("amount_paid"), amount},
            {QStringLiteral("currency"), QStringLiteral("usd")},
            {QStringLiteral("payment_intent"), QStringLiteral("pi_") + invoiceId}};
        const QJsonObject event{
            {QStringLiteral("id"), eventId},
            {QStringLiteral("type"), type},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}};
        return server.stripeEvent(QJsonDocument(event).toJson(QJsonDocument::Compact), now()).body;
    };
    QCOMPARE(invoice(QStringLiteral("evt_fail_1"), QStringLiteral("in_1"),
                     QStringLiteral("invoice.payment_failed"))
                 .value(QStringLiteral("credited"))
                 .toBool(),
             false);
    QCOMPARE(invoice(QStringLiteral("evt_short_1"), QStringLiteral("in_1"),
                     QStringLiteral("invoice.paid"), 100)
                 .value(QStringLiteral("credited"))
                 .toBool(),
             false);
    QCOMPARE(server.service->runScheduledResets(nextMonth), 0);
    QCOMPARE(invoice(QStringLiteral("evt_paid_1"), QStringLiteral("in_1"),
                     QStringLiteral("invoice.paid"))
                 .value(QStringLiteral("credited"))
                 .toBool(),
             true);
    // Replayed, or the same invoice under another event id: paid once.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(invoice(QStringLiteral("evt_paid_1"), QStringLiteral("in_1"),
                         QStringLiteral("invoice.paid"))
                     .value(QStringLiteral("credited"))
                     .toBool(),
                 false);
    }
    QCOMPARE(invoice(QStringLiteral("evt_paid_1b"), QStringLiteral("in_1"),
                     QStringLiteral("invoice.paid"))
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("invoice already credited"));
    // The unused 2600 seconds lapse and a fresh 3600 arrive, once however often it runs.
    QCOMPARE(server.service->runScheduledResets(nextMonth), 1);
    QCOMPARE(server.service->runScheduledResets(nextMonth), 0);
    QCOMPARE(server.service->balance(id), 3600);
    {
        // Another instance, as after a restart, finds nothing left to do.
        CloudService restarted(testConfig(server.dir.path(), server.service->config().databaseUrl));
        QCOMPARE(restarted.runScheduledResets(nextMonth), 0);
    }
    // Two periods later both are applied in order once both are paid, none twice.
    QCOMPARE(invoice(QStringLiteral("evt_paid_2"), QStringLiteral("in_2"),
                     QStringLiteral("invoice.paid"))
                 .value(QStringLiteral("credited"))
                 .toBool(),
             true);
    QCOMPARE(invoice(QStringLiteral("evt_paid_3"), QStringLiteral("in_3"),
                     QStringLiteral("invoice.paid"))
                 .value(QStringLiteral("credited"))
                 .toBool(),
             true);
    QCOMPARE(server.service->runScheduledResets(now() + 3 * 31LL * 86400), 2);
    QCOMPARE(server.service->runScheduledResets(now() + 5 * 31LL * 86400), 0);
    QCOMPARE(server.service->balance(id), 3600);
    QCOMPARE(
        server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'reset'")),
        4);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM purchases WHERE payment_ref LIKE "
                                         "'pi_in_%'")),
             3);
    // The first invoice names the charge behind the checkout, so refunding it reverses the
    // subscription's purchase.
    const QJsonObject firstInvoice{
        {QStringLiteral("id"), QStringLiteral("in_0")},
        {QStringLiteral("subscription"), QStringLiteral("sub_123")},
        {QStringLiteral("billing_reason"), QStringLiteral("subscription_create")},
        {QStringLiteral("amount_paid"), 1500},
        {QStringLiteral("currency"), QStringLiteral("usd")},
        {QStringLiteral("payment_intent"), QStringLiteral("pi_first")}};
    const QJsonObject first{
        {QStringLiteral("id"), QStringLiteral("evt_first_invoice")},
        {QStringLiteral("type"), QStringLiteral("invoice.paid")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), firstInvoice}}}};
    QCOMPARE(server.stripeEvent(QJsonDocument(first).toJson(QJsonDocument::Compact), now())
                 .body.value(QStringLiteral("credited"))
                 .toBool(),
             false);
    QCOMPARE(server.service->balance(id), 3600);
    QCOMPARE(server
                 .stripeEvent(chargeRefunded(QStringLiteral("evt_first_refund"),
                                             QStringLiteral("pi_first"), 1500),
                              now())
                 .body.value(QStringLiteral("reversed_seconds"))
                 .toInt(),
             3600);
    QCOMPARE(server.service->balance(id), 0);

    const QJsonObject deleted{
        {QStringLiteral("id"), QStringLiteral("evt_sub_end")},
        {QStringLiteral("type"), QStringLiteral("customer.subscription.deleted")},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("object"),
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("sub_123")}}}}}};
    QCOMPARE(server.stripeEvent(QJsonDocument(deleted).toJson(QJsonDocument::Compact), now())
                 .body.value(QStringLiteral("cancelled"))
                 .toBool(),
             true);
    QCOMPARE(server.service->runScheduledResets(now() + 12 * 31LL * 86400), 0);
    checkLedgerInvariant(server);
}

void TestCloudLedger::pastDueSubscriptionIsNotRenewedUntilPaid() {
    TestServer server;
    addMonthlyPlan(server);
    const QString id = server.registerUser(QStringLiteral("late@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("late@example.com"));
    QVERIFY(server.call("GET", QStringLiteral("/v1/me"), {}, token)
                .body.value(QStringLiteral("subscription"))
                .isNull());
    QCOMPARE(server
                 .stripeEvent(subscriptionCheckout(QStringLiteral("evt_pd_checkout"), id,
                                                   QStringLiteral("sub_pd")),
                              now())
                 .body.value(QStringLiteral("credited"))
                 .toBool(),
             true);
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("active"));
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("pd1"), 1000), token)
            .status,
        201);
    const qint64 t = now();
    const qint64 nextMonth = t + 32LL * 86400;
    auto send = [&](const QString& eventId, const QString& type, const QJsonObject& object,
                    qint64 created) {
        return server.stripeEvent(stripeEventBody(eventId, type, object, created), now());
    };
    send(QStringLiteral("evt_pd_fail"), QStringLiteral("invoice.payment_failed"),
         stripeInvoice(QStringLiteral("in_pd_1"), QStringLiteral("sub_pd")), t);
    send(QStringLiteral("evt_pd_updated"), QStringLiteral("customer.subscription.updated"),
         stripeSubscription(QStringLiteral("sub_pd"), QStringLiteral("past_due")), t + 1);
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("past_due"));
    // An "active" update from before the failure, delivered late, does not end the past due.
    send(QStringLiteral("evt_pd_old_active"), QStringLiteral("customer.subscription.updated"),
         stripeSubscription(QStringLiteral("sub_pd"), QStringLiteral("active")), t - 60);
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("past_due"));
    // While past due the allowance is neither renewed nor taken away.
    QCOMPARE(server.service->runScheduledResets(nextMonth), 0);
    QCOMPARE(server.service->balance(id), 2600);

    // Stripe's retry succeeds: the period is paid, once however often the event comes.
    for (int i = 0; i < 3; ++i) {
        const Reply paid =
            send(QStringLiteral("evt_pd_paid"), QStringLiteral("invoice.paid"),
                 stripeInvoice(QStringLiteral("in_pd_1"), QStringLiteral("sub_pd")), t + 100);
        QCOMPARE(paid.status, 200);
        QCOMPARE(paid.body.value(QStringLiteral("credited")).toBool(), i == 0);
    }
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("active"));
    // The failure's own update, delivered again after the payment, changes nothing.
    send(QStringLiteral("evt_pd_updated_again"), QStringLiteral("customer.subscription.updated"),
         stripeSubscription(QStringLiteral("sub_pd"), QStringLiteral("past_due")), t + 1);
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("active"));
    QCOMPARE(server.service->runScheduledResets(nextMonth), 1);
    QCOMPARE(server.service->runScheduledResets(nextMonth), 0);
    QCOMPARE(server.service->balance(id), 3600);

    send(QStringLiteral("evt_pd_deleted"), QStringLiteral("customer.subscription.deleted"),
         stripeSubscription(QStringLiteral("sub_pd"), QStringLiteral("canceled")), t + 200);
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("cancelled"));
    checkLedgerInvariant(server);
}

void TestCloudLedger::invoicePaidBeforeCheckoutIsAppliedOnceKnown() {
    TestServer server;
    addMonthlyPlan(server);
    const QString id = server.registerUser(QStringLiteral("early@example.com"));
    const qint64 t = now();
    const QByteArray firstInvoice =
        stripeEventBody(QStringLiteral("evt_early_first"), QStringLiteral("invoice.paid"),
                        stripeInvoice(QStringLiteral("in_early_0"), QStringLiteral("sub_early"),
                                      QStringLiteral("subscription_create")),
                        t);
    const QByteArray renewal = stripeEventBody(
        QStringLiteral("evt_early_renewal"), QStringLiteral("invoice.paid"),
        stripeInvoice(QStringLiteral("in_early_1"), QStringLiteral("sub_early")), t + 1);
    // Both arrive before the checkout: kept, not lost and not credited to nobody.
    for (int i = 0; i < 3; ++i) {
        const Reply early = server.stripeEvent(firstInvoice, now());
        QCOMPARE(early.status, 200);
        QCOMPARE(early.body.value(QStringLiteral("deferred")).toBool(), true);
        QCOMPARE(early.body.value(QStringLiteral("credited")).toBool(), false);
    }
    QCOMPARE(server.stripeEvent(renewal, now()).body.value(QStringLiteral("deferred")).toBool(),
             true);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM deferred_events")), 2);
    QCOMPARE(server.service->balance(id), 0);

    QCOMPARE(server
                 .stripeEvent(subscriptionCheckout(QStringLiteral("evt_early_checkout"), id,
                                                   QStringLiteral("sub_early")),
                              now())
                 .body.value(QStringLiteral("credited"))
                 .toBool(),
             true);
    // Applied as the checkout completed: the first invoice names the checkout's charge, the
    // renewal pays one more period.
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM deferred_events")), 0);
    QCOMPARE(server.count(QStringLiteral("SELECT paid_periods FROM subscriptions WHERE "
                                         "provider_ref = 'sub_early'")),
             2);
    QCOMPARE(server.count(QStringLiteral(
                 "SELECT COUNT(*) FROM purchases WHERE payment_ref = 'pi_in_early_0'")),
             1);
    QCOMPARE(server.service->balance(id), 3600);
    // Delivered again afterwards, each is already processed.
    for (const QByteArray& body : {firstInvoice, renewal}) {
        const Reply again = server.stripeEvent(body, now());
        QCOMPARE(again.body.value(QStringLiteral("credited")).toBool(), false);
        QCOMPARE(again.body.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("event already processed"));
    }
    QCOMPARE(server.service->applyDeferredEvents(), 0);
    QCOMPARE(server.service->runScheduledResets(now() + 32LL * 86400), 1);
    QCOMPARE(server.service->runScheduledResets(now() + 64LL * 86400), 0);
    QCOMPARE(
        server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'reset'")),
        2);
    // A refund of the first charge finds the subscription's purchase through the deferred
    // invoice's payment intent.
    QCOMPARE(server
                 .stripeEvent(chargeRefunded(QStringLiteral("evt_early_refund"),
                                             QStringLiteral("pi_in_early_0"), 1500),
                              now())
                 .body.value(QStringLiteral("reversed_seconds"))
                 .toInt(),
             3600);
    checkLedgerInvariant(server);
}

void TestCloudLedger::razorpaySubscriptionIsChargedOncePerEvent() {
    TestServer server;
    server.service->database().exec(QStringLiteral(
        "INSERT INTO plans (id, name, price_cents, currency, seconds, interval_months, active, "
        "created_at) VALUES ('monthly-60-inr', '60 minutes a month', 120000, 'INR', 3600, 1, 1, "
        "0)"));
    const QString id = server.registerUser(QStringLiteral("upi-sub@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("upi-sub@example.com"));
    auto event = [&](const QString& type, const QString& paymentId, qint64 created,
                     const QString& subscriptionId = QStringLiteral("sub_rzp_1")) {
        const QJsonObject subscription{
            {QStringLiteral("id"), subscriptionId},
            {QStringLiteral("entity"), QStringLiteral("subscription")},
            {QStringLiteral("plan_id"), QStringLiteral("plan_rzp_monthly")},
            {QStringLiteral("notes"),
             QJsonObject{{QStringLiteral("sonara_account_id"), id},
                         {QStringLiteral("sonara_plan_id"), QStringLiteral("monthly-60-inr")}}}};
        QJsonObject payload{{QStringLiteral("subscription"),
                             QJsonObject{{QStringLiteral("entity"), subscription}}}};
        if (!paymentId.isEmpty()) {
            payload.insert(
                QStringLiteral("payment"),
                QJsonObject{{QStringLiteral("entity"),
                             QJsonObject{{QStringLiteral("id"), paymentId},
                                         {QStringLiteral("amount"), 120000},
                                         {QStringLiteral("currency"), QStringLiteral("INR")}}}});
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("entity"), QStringLiteral("event")},
                                         {QStringLiteral("event"), type},
                                         {QStringLiteral("created_at"), created},
                                         {QStringLiteral("payload"), payload}})
            .toJson(QJsonDocument::Compact);
    };
    const qint64 t = now();
    const QByteArray charged = event(QStringLiteral("subscription.charged"), "pay_rzp_1", t);
    // A forged signature is refused and changes nothing.
    const Reply forged = server.razorpayEvent(charged, "evt_rzp_1", "not the webhook secret");
    QCOMPARE(forged.status, 400);
    QCOMPARE(server
                 .call("POST", QStringLiteral("/v1/webhooks/razorpay"), charged, {},
                       {{"X-Razorpay-Signature", QByteArray(64, 'a')},
                        {"X-Razorpay-Event-Id", "evt_rzp_1"}})
                 .status,
             400);
    QCOMPARE(server.service->balance(id), 0);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM subscriptions")), 0);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM payment_events")), 0);

    // The first charge starts the subscription; Razorpay's retries of the event credit nothing.
    for (int i = 0; i < 5; ++i) {
        const Reply reply = server.razorpayEvent(charged, "evt_rzp_1");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.value(QStringLiteral("credited")).toBool(), i == 0);
    }
    QCOMPARE(server.service->balance(id), 3600);
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("active"));
    // The same charge under another event id is still one payment.
    QCOMPARE(server.razorpayEvent(charged, "evt_rzp_1_resent")
                 .body.value(QStringLiteral("credited"))
                 .toBool(),
             false);
    // Its payment.captured twin credits nothing either.
    const QByteArray captured =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("event"), QStringLiteral("payment.captured")},
                {QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("payment"),
                              QJsonObject{{QStringLiteral("entity"),
                                           QJsonObject{{QStringLiteral("id"), "pay_rzp_1"},
                                                       {QStringLiteral("amount"), 120000},
                                                       {QStringLiteral("currency"), "INR"},
                                                       {QStringLiteral("notes"),
                                                        QJsonObject{{"sonara_account_id", id},
                                                                    {"sonara_plan_id",
                                                                     "monthly-60-inr"}}}}}}}}}})
            .toJson(QJsonDocument::Compact);
    QCOMPARE(server.razorpayEvent(captured, "evt_rzp_captured").body.value("credited").toBool(),
             false);
    QCOMPARE(server.service->balance(id), 3600);

    // The next month's charge pays the next period.
    QCOMPARE(server
                 .razorpayEvent(event(QStringLiteral("subscription.charged"), "pay_rzp_2", t + 10),
                                "evt_rzp_2")
                 .body.value(QStringLiteral("credited"))
                 .toBool(),
             true);
    QCOMPARE(server.service->runScheduledResets(now() + 32LL * 86400), 1);
    QCOMPARE(server.service->balance(id), 3600);
    // A halted subscription is past due; a cancelled one ends.
    server.razorpayEvent(event(QStringLiteral("subscription.halted"), {}, t + 20), "evt_rzp_halt");
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("past_due"));
    QCOMPARE(server.service->runScheduledResets(now() + 64LL * 86400), 0);
    server.razorpayEvent(event(QStringLiteral("subscription.cancelled"), {}, t + 30),
                         "evt_rzp_cancel");
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("cancelled"));
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM purchases WHERE provider = "
                                         "'razorpay'")),
             2);

    // A new subscription whose halt is delivered before its first charge: kept, then applied
    // as the charge starts the subscription.
    QCOMPARE(server
                 .razorpayEvent(event(QStringLiteral("subscription.halted"), {}, t + 50,
                                      QStringLiteral("sub_rzp_2")),
                                "evt_rzp2_halt")
                 .body.value(QStringLiteral("deferred"))
                 .toBool(),
             true);
    QCOMPARE(server
                 .razorpayEvent(event(QStringLiteral("subscription.charged"), "pay_rzp2_1", t + 40,
                                      QStringLiteral("sub_rzp_2")),
                                "evt_rzp2_charged")
                 .body.value(QStringLiteral("credited"))
                 .toBool(),
             true);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM deferred_events")), 0);
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("past_due"));
    QCOMPARE(server.service->balance(id), 7200);
    checkLedgerInvariant(server);
}

void TestCloudLedger::stripePlanChangeAppliesFromTheNextPeriod() {
    TestServer server;
    addMonthlyPlan(server);
    server.service->database().exec(QStringLiteral(
        "INSERT INTO plans (id, name, price_cents, currency, seconds, interval_months, active, "
        "created_at) VALUES ('monthly-120', '120 minutes a month', 2500, 'usd', 7200, 1, 1, 0), "
        "('yearly-600', '600 minutes a year', 15000, 'usd', 36000, 12, 1, 0)"));
    const QString id = server.registerUser(QStringLiteral("upgrade@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("upgrade@example.com"));
    // Bought minutes besides the subscription: a reset lapses only the allowance.
    server.stripeEvent(checkoutCompleted(QStringLiteral("evt_up_minutes"), id), now());
    QCOMPARE(server
                 .stripeEvent(subscriptionCheckout(QStringLiteral("evt_up_checkout"), id,
                                                   QStringLiteral("sub_up")),
                              now())
                 .body.value(QStringLiteral("credited"))
                 .toBool(),
             true);
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("up1"), 1000), token)
            .status,
        201);
    QCOMPARE(server.service->balance(id), 6200);
    const qint64 t = now();
    auto update = [&](const QString& eventId, const QJsonObject& price, qint64 created,
                      const QString& status = QStringLiteral("active")) {
        const Reply reply = server.stripeEvent(
            stripeEventBody(eventId, QStringLiteral("customer.subscription.updated"),
                            stripeSubscriptionBilling(QStringLiteral("sub_up"), status, price),
                            created),
            now());
        return reply;
    };
    auto plans = [&] {
        const QJsonObject profile = me(server, token);
        return qMakePair(profile.value(QStringLiteral("plan")).toString(),
                         profile.value(QStringLiteral("subscription"))
                             .toObject()
                             .value(QStringLiteral("plan"))
                             .toString());
    };
    const QPair<QString, QString> upgraded{QStringLiteral("monthly-120"),
                                           QStringLiteral("monthly-120")};

    const QByteArray upgradeBody =
        stripeEventBody(QStringLiteral("evt_up_1"), QStringLiteral("customer.subscription.updated"),
                        stripeSubscriptionBilling(QStringLiteral("sub_up"),
                                                  QStringLiteral("active"), stripePrice(2500)),
                        t + 10);
    const Reply upgrade = server.stripeEvent(upgradeBody, now());
    QCOMPARE(upgrade.status, 200);
    QCOMPARE(upgrade.body.value(QStringLiteral("plan")).toString(), QStringLiteral("monthly-120"));
    QCOMPARE(upgrade.body.value(QStringLiteral("credited")).toBool(), false);
    QCOMPARE(plans(), upgraded);
    // The period being used keeps its allowance.
    QCOMPARE(server.service->balance(id), 6200);
    const Reply again = server.stripeEvent(upgradeBody, now());
    QCOMPARE(again.body.value(QStringLiteral("reason")).toString(),
             QStringLiteral("event already processed"));
    QVERIFY(!again.body.contains(QStringLiteral("plan")));

    // An older update delivered late, a price no plan has, another interval, and an update
    // that changes nothing are all answered 200 and leave the plan alone.
    for (const auto& [eventId, price, created] :
         {std::tuple{QStringLiteral("evt_up_stale"), stripePrice(1500), t + 5},
          std::tuple{QStringLiteral("evt_up_unknown"), stripePrice(999), t + 20},
          std::tuple{QStringLiteral("evt_up_yearly"), stripePrice(15000, QStringLiteral("year")),
                     t + 30},
          std::tuple{QStringLiteral("evt_up_same"), stripePrice(2500), t + 40}}) {
        const Reply reply = update(eventId, price, created);
        QCOMPARE(reply.status, 200);
        QVERIFY2(!reply.body.contains(QStringLiteral("plan")), qPrintable(eventId));
        QCOMPARE(plans(), upgraded);
    }
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("active"));

    // A proration invoice pays no period; the renewal at the new price does.
    QJsonObject proration =
        stripeInvoice(QStringLiteral("in_up_proration"), QStringLiteral("sub_up"),
                      QStringLiteral("subscription_update"));
    proration.insert(QStringLiteral("amount_paid"), 2500);
    QCOMPARE(stripeCredits(server, QStringLiteral("evt_up_proration"),
                           QStringLiteral("invoice.paid"), proration, t + 41),
             false);
    QJsonObject renewal = stripeInvoice(QStringLiteral("in_up_1"), QStringLiteral("sub_up"));
    renewal.insert(QStringLiteral("amount_paid"), 2500);
    QCOMPARE(stripeCredits(server, QStringLiteral("evt_up_renewal"), QStringLiteral("invoice.paid"),
                           renewal, t + 50),
             true);
    // The old allowance's unused 2600 seconds lapse, the bought 3600 stay, and the new plan's
    // 7200 arrive.
    QCOMPARE(server.service->runScheduledResets(now() + 32LL * 86400), 1);
    QCOMPARE(server.service->balance(id), 10800);

    // A downgrade named by the price's metadata, carried by the update that reports a failed
    // charge: both apply.
    const Reply down =
        update(QStringLiteral("evt_up_down"),
               stripePrice(1500, QStringLiteral("month"), QStringLiteral("monthly-60")), t + 60,
               QStringLiteral("past_due"));
    QCOMPARE(down.status, 200);
    QCOMPARE(down.body.value(QStringLiteral("plan")).toString(), QStringLiteral("monthly-60"));
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("past_due"));
    QCOMPARE(plans(), qMakePair(QStringLiteral("monthly-60"), QStringLiteral("monthly-60")));
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM payment_events WHERE event_id "
                                         "LIKE 'evt_up_%'")),
             10);
    checkLedgerInvariant(server);
}

void TestCloudLedger::chargeForCancelledSubscriptionIsCreditedOnce() {
    TestServer server;
    addMonthlyPlan(server);
    const QString id = server.registerUser(QStringLiteral("gone@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("gone@example.com"));
    server.stripeEvent(
        subscriptionCheckout(QStringLiteral("evt_gone_checkout"), id, QStringLiteral("sub_gone")),
        now());
    const qint64 t = now();
    server.stripeEvent(
        stripeEventBody(
            QStringLiteral("evt_gone_deleted"), QStringLiteral("customer.subscription.deleted"),
            stripeSubscription(QStringLiteral("sub_gone"), QStringLiteral("canceled")), t + 10),
        now());
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("cancelled"));
    QCOMPARE(server.service->balance(id), 3600);

    // The renewal was paid before the cancellation but delivered after it: credited, once per
    // invoice however it arrives.
    const QByteArray paid = stripeEventBody(
        QStringLiteral("evt_gone_paid"), QStringLiteral("invoice.paid"),
        stripeInvoice(QStringLiteral("in_gone_1"), QStringLiteral("sub_gone")), t + 5);
    const Reply credited = server.stripeEvent(paid, now());
    QCOMPARE(credited.status, 200);
    QCOMPARE(credited.body.value(QStringLiteral("credited")).toBool(), true);
    QCOMPARE(server.service->balance(id), 7200);
    QCOMPARE(server.stripeEvent(paid, now()).body.value(QStringLiteral("credited")).toBool(),
             false);
    const Reply resent = server.stripeEvent(
        stripeEventBody(QStringLiteral("evt_gone_paid_resent"), QStringLiteral("invoice.paid"),
                        stripeInvoice(QStringLiteral("in_gone_1"), QStringLiteral("sub_gone")),
                        t + 5),
        now());
    QCOMPARE(resent.body.value(QStringLiteral("reason")).toString(),
             QStringLiteral("invoice already credited"));
    QJsonObject partial = stripeInvoice(QStringLiteral("in_gone_2"), QStringLiteral("sub_gone"));
    partial.insert(QStringLiteral("amount_paid"), 100);
    QCOMPARE(stripeCredits(server, QStringLiteral("evt_gone_partial"),
                           QStringLiteral("invoice.paid"), partial, t + 20),
             false);
    QCOMPARE(server.service->balance(id), 7200);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE "
                                         "idempotency_key = 'stripe-invoice:in_gone_1' AND kind "
                                         "= 'purchase'")),
             1);
    // Still cancelled and never renewed; a refund of the charge takes the credit back.
    QCOMPARE(subscriptionStatus(server, token), QStringLiteral("cancelled"));
    QCOMPARE(server.service->runScheduledResets(now() + 64LL * 86400), 0);
    QCOMPARE(server
                 .stripeEvent(chargeRefunded(QStringLiteral("evt_gone_refund"),
                                             QStringLiteral("pi_in_gone_1"), 1500),
                              now())
                 .body.value(QStringLiteral("reversed_seconds"))
                 .toInt(),
             3600);
    QCOMPARE(server.service->balance(id), 3600);

    // Razorpay's charge of a cancelled subscription likewise.
    server.service->database().exec(QStringLiteral(
        "INSERT INTO plans (id, name, price_cents, currency, seconds, interval_months, active, "
        "created_at) VALUES ('monthly-60-inr', '60 minutes a month', 120000, 'INR', 3600, 1, 1, "
        "0)"));
    auto razorpay = [&](const QString& type, const QString& paymentId, qint64 created) {
        QJsonObject payload{
            {QStringLiteral("subscription"),
             QJsonObject{{QStringLiteral("entity"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("sub_rzp_gone")},
                                      {QStringLiteral("notes"),
                                       QJsonObject{{QStringLiteral("sonara_account_id"), id},
                                                   {QStringLiteral("sonara_plan_id"),
                                                    QStringLiteral("monthly-60-inr")}}}}}}}};
        if (!paymentId.isEmpty()) {
            payload.insert(
                QStringLiteral("payment"),
                QJsonObject{{QStringLiteral("entity"),
                             QJsonObject{{QStringLiteral("id"), paymentId},
                                         {QStringLiteral("amount"), 120000},
                                         {QStringLiteral("currency"), QStringLiteral("INR")}}}});
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("event"), type},
                                         {QStringLiteral("created_at"), created},
                                         {QStringLiteral("payload"), payload}})
            .toJson(QJsonDocument::Compact);
    };
    server.razorpayEvent(razorpay(QStringLiteral("subscription.charged"), "pay_gone_1", t),
                         "evt_rzp_gone_1");
    server.razorpayEvent(razorpay(QStringLiteral("subscription.cancelled"), {}, t + 10),
                         "evt_rzp_gone_cancel");
    QCOMPARE(server.service->balance(id), 7200);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(server
                     .razorpayEvent(
                         razorpay(QStringLiteral("subscription.charged"), "pay_gone_2", t + 20),
                         "evt_rzp_gone_2")
                     .body.value(QStringLiteral("credited"))
                     .toBool(),
                 i == 0);
    }
    QCOMPARE(server.service->balance(id), 10800);
    checkLedgerInvariant(server);
}

void TestCloudLedger::leasesAreSignedAndSettleOnce() {
    using namespace sonara::core::account;
    TestServer server;
    const auto [id, token] =
        paidAccount(server, QStringLiteral("lease@example.com"), QStringLiteral("evt_lease"));
    const QByteArray publicKey =
        QByteArray::fromBase64(server.call("GET", QStringLiteral("/v1/keys"))
                                   .body.value(QStringLiteral("public_key"))
                                   .toString()
                                   .toLatin1());

    QCOMPARE(server.post(QStringLiteral("/v1/leases"), {{QStringLiteral("seconds"), 3601}}, token)
                 .status,
             402);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/leases"),
                       {{QStringLiteral("seconds"), QStringLiteral("600")}}, token)
                 .status,
             422);
    QCOMPARE(
        server
            .post(QStringLiteral("/v1/leases"),
                  {{QStringLiteral("seconds"), 600}, {QStringLiteral("valid_seconds"), 1}}, token)
            .status,
        422);
    const Reply taken =
        server.post(QStringLiteral("/v1/leases"), {{QStringLiteral("seconds"), 600}}, token);
    QCOMPARE(taken.status, 201);
    QCOMPARE(taken.body.value(QStringLiteral("balance_seconds")).toInt(), 3000);
    const Lease lease =
        verifyLease(taken.body.value(QStringLiteral("lease")).toObject(), publicKey, now());
    QCOMPARE(lease.seconds, 600);
    QCOMPARE(lease.accountId, id);

    const QString settle = QStringLiteral("/v1/leases/%1/settle").arg(lease.id);
    QCOMPARE(server.post(settle, {{QStringLiteral("spent_seconds"), 601}}, token).status, 422);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/leases/nope/settle"),
                       {{QStringLiteral("spent_seconds"), 1}}, token)
                 .status,
             404);
    server.registerUser(QStringLiteral("thief@example.com"));
    QCOMPARE(server
                 .post(settle, {{QStringLiteral("spent_seconds"), 0}},
                       server.accessToken(QStringLiteral("thief@example.com")))
                 .status,
             404);
    const Reply settled = server.post(settle, {{QStringLiteral("spent_seconds"), 200}}, token);
    QCOMPARE(settled.status, 200);
    QCOMPARE(settled.body.value(QStringLiteral("returned_seconds")).toInt(), 400);
    QCOMPARE(settled.body.value(QStringLiteral("balance_seconds")).toInt(), 3400);
    QCOMPARE(server.post(settle, {{QStringLiteral("spent_seconds"), 200}}, token)
                 .body.value(QStringLiteral("replayed"))
                 .toBool(),
             true);
    QCOMPARE(server.post(settle, {{QStringLiteral("spent_seconds"), 100}}, token).status, 409);
    QCOMPARE(server.service->balance(id), 3400);
    checkLedgerInvariant(server);
}

void TestCloudLedger::expiredLeasesReturnWhatWasNotSpent() {
    TestServer server([](CloudConfig& config) { config.leaseGraceSeconds = 120; });
    const auto [id, token] =
        paidAccount(server, QStringLiteral("expiry@example.com"), QStringLiteral("evt_expiry"));
    auto take = [&](qint64 seconds, qint64 valid) {
        const Reply reply = server.post(
            QStringLiteral("/v1/leases"),
            {{QStringLiteral("seconds"), seconds}, {QStringLiteral("valid_seconds"), valid}},
            token);
        return reply.body.value(QStringLiteral("lease"))
            .toObject()
            .value(QStringLiteral("payload"))
            .toString();
    };
    auto leaseId = [](const QString& payload) {
        return QJsonDocument::fromJson(
                   QByteArray::fromBase64(payload.toLatin1(), QByteArray::Base64UrlEncoding))
            .object()
            .value(QStringLiteral("lease_id"))
            .toString();
    };
    const QString first = leaseId(take(600, 60));
    const QString second = leaseId(take(1000, 60));
    const QString third = leaseId(take(300, 3600));
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());
    QCOMPARE(server.service->balance(id), 1700);

    // Expired but still inside the grace period: a studio that was offline can settle.
    QCOMPARE(server.service->runLeaseExpiry(now() + 61), 0);
    QCOMPARE(server.service->runLeaseExpiry(now() + 200), 2);
    QCOMPARE(server.service->runLeaseExpiry(now() + 200), 0);
    {
        // Another instance, as after a restart, finds nothing left to expire.
        CloudService restarted(server.service->config());
        QCOMPARE(restarted.runLeaseExpiry(now() + 200), 0);
    }
    QCOMPARE(server.service->balance(id), 3300);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = "
                                         "'lease-settle'")),
             2);

    // A late settle charges what was spent as usage, once.
    const QString settleFirst = QStringLiteral("/v1/leases/%1/settle").arg(first);
    const Reply late = server.post(settleFirst, {{QStringLiteral("spent_seconds"), 500}}, token);
    QCOMPARE(late.status, 200);
    QCOMPARE(late.body.value(QStringLiteral("expired")).toBool(), true);
    QCOMPARE(late.body.value(QStringLiteral("returned_seconds")).toInt(), 0);
    QCOMPARE(late.body.value(QStringLiteral("charged_seconds")).toInt(), 500);
    QCOMPARE(late.body.value(QStringLiteral("balance_seconds")).toInt(), 2800);
    const Reply replay = server.post(settleFirst, {{QStringLiteral("spent_seconds"), 500}}, token);
    QCOMPARE(replay.body.value(QStringLiteral("replayed")).toBool(), true);
    QCOMPARE(replay.body.value(QStringLiteral("charged_seconds")).toInt(), 500);
    QCOMPARE(server.post(settleFirst, {{QStringLiteral("spent_seconds"), 400}}, token).status, 409);
    QCOMPARE(server.service->balance(id), 2800);

    // With the balance spent meanwhile, the late charge stops at zero and records the rest.
    QCOMPARE(
        server
            .call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("drain"), 2800), token)
            .status,
        201);
    const Reply shortfall = server.post(QStringLiteral("/v1/leases/%1/settle").arg(second),
                                        {{QStringLiteral("spent_seconds"), 1000}}, token);
    QCOMPARE(shortfall.status, 200);
    QCOMPARE(shortfall.body.value(QStringLiteral("charged_seconds")).toInt(), 0);
    QCOMPARE(shortfall.body.value(QStringLiteral("shortfall_seconds")).toInt(), 1000);
    QCOMPARE(server.service->balance(id), 0);
    QCOMPARE(
        server.count(
            QStringLiteral("SELECT shortfall_seconds FROM leases WHERE id = '%1'").arg(second)),
        1000);

    // A settle arriving past the grace period before the scheduler ran expires the lease
    // itself, so the result does not depend on the scheduler's timing.
    server.service->database().exec(QStringLiteral("UPDATE leases SET expires_at = ? WHERE id = ?"),
                                    {now() - 1000, third});
    const Reply overdue = server.post(QStringLiteral("/v1/leases/%1/settle").arg(third),
                                      {{QStringLiteral("spent_seconds"), 100}}, token);
    QCOMPARE(overdue.body.value(QStringLiteral("expired")).toBool(), true);
    QCOMPARE(overdue.body.value(QStringLiteral("charged_seconds")).toInt(), 100);
    QCOMPARE(server.service->balance(id), 200);
    QCOMPARE(server.service->runLeaseExpiry(now() + 100000), 0);
    checkLedgerInvariant(server);
}

void TestCloudLedger::schedulerExpiresLeases() {
    TestServer server([](CloudConfig& config) {
        config.leaseGraceSeconds = 0;
        config.schedulerIntervalMs = 50;
    });
    const auto [id, token] =
        paidAccount(server, QStringLiteral("sweep@example.com"), QStringLiteral("evt_sweep"));
    QCOMPARE(
        server.post(QStringLiteral("/v1/leases"), {{QStringLiteral("seconds"), 900}}, token).status,
        201);
    QCOMPARE(server.service->balance(id), 2700);
    server.service->database().exec(QStringLiteral("UPDATE leases SET expires_at = ?"),
                                    {now() - 1});
    QTRY_COMPARE_WITH_TIMEOUT(server.service->balance(id), 3600, 10000);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM leases WHERE expired_at IS NOT "
                                         "NULL")),
             1);
    checkLedgerInvariant(server);
}

void TestCloudLedger::leaseSettlesItemisedUsage() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("items@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("items@example.com"));
    const QByteArray admin = adminToken(server);
    server.stripeEvent(checkoutCompleted(QStringLiteral("evt_items"), id), now());
    // Charged online, though the studio never heard back, so it also paid from the lease.
    QCOMPARE(server
                 .call("POST", QStringLiteral("/v1/usage"),
                       usage(QStringLiteral("exp-online"), 100), token)
                 .status,
             201);
    const auto [leaseId, issuedAt] = takeLease(server, token, 1000);
    QVERIFY(!leaseId.isEmpty());
    QCOMPARE(server.service->balance(id), 2500);

    const QString settle = QStringLiteral("/v1/leases/%1/settle").arg(leaseId);
    const QJsonObject body{
        {QStringLiteral("spent_seconds"), 600},
        {QStringLiteral("usage"),
         QJsonArray{usageItem(QStringLiteral("exp-1"), 200, QStringLiteral("tts"), 1000),
                    usageItem(QStringLiteral("exp-online"), 100, QStringLiteral("tts")),
                    usageItem(QStringLiteral("exp-2"), 300, QStringLiteral("stt"))}}};
    const Reply settled = server.post(settle, body, token);
    QCOMPARE(settled.status, 200);
    QCOMPARE(settled.body.value(QStringLiteral("charged_seconds")).toInt(), 500);
    QCOMPARE(settled.body.value(QStringLiteral("already_charged_seconds")).toInt(), 100);
    QCOMPARE(settled.body.value(QStringLiteral("returned_seconds")).toInt(), 500);
    QCOMPARE(settled.body.value(QStringLiteral("shortfall_seconds")).toInt(), 0);
    QCOMPARE(settled.body.value(QStringLiteral("replayed")).toBool(), false);
    QCOMPARE(settled.body.value(QStringLiteral("balance_seconds")).toInt(), 3000);
    QCOMPARE(server.service->balance(id), 3000);

    // The whole hold comes back and each export is its own usage entry, dated when it was made
    // but never before the lease.
    QCOMPARE(server.count(QStringLiteral("SELECT seconds FROM ledger_entries WHERE "
                                         "idempotency_key = 'lease-settle:%1'")
                              .arg(leaseId)),
             1000);
    QCOMPARE(server.count(QStringLiteral("SELECT seconds FROM ledger_entries WHERE "
                                         "idempotency_key = 'usage:exp-2' AND capability = 'stt' "
                                         "AND kind = 'usage'")),
             -300);
    QCOMPARE(server.count(QStringLiteral(
                 "SELECT created_at FROM ledger_entries WHERE idempotency_key = 'usage:exp-1'")),
             issuedAt);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE "
                                         "idempotency_key = 'usage:exp-online'")),
             1);
    const auto byCapability = usageByCapability(server, admin);
    QCOMPARE(byCapability.value(QStringLiteral("tts")), qMakePair(qint64(2), qint64(300)));
    QCOMPARE(byCapability.value(QStringLiteral("stt")), qMakePair(qint64(1), qint64(300)));

    // Replayed with the same list, or with its total alone: the same answer, nothing charged.
    for (const QJsonObject& again :
         {body, QJsonObject{{QStringLiteral("usage"), body.value(QStringLiteral("usage"))}},
          QJsonObject{{QStringLiteral("spent_seconds"), 600}}}) {
        const Reply replay = server.post(settle, again, token);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body.value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(replay.body.value(QStringLiteral("charged_seconds")).toInt(), 500);
        QCOMPARE(replay.body.value(QStringLiteral("already_charged_seconds")).toInt(), 100);
        QCOMPARE(replay.body.value(QStringLiteral("returned_seconds")).toInt(), 500);
        QCOMPARE(replay.body.value(QStringLiteral("balance_seconds")).toInt(), 3000);
    }
    // Another total, or other items of the same total, is a conflict.
    QCOMPARE(server.post(settle, {{QStringLiteral("spent_seconds"), 500}}, token).status, 409);
    QCOMPARE(server
                 .post(settle,
                       {{QStringLiteral("usage"), QJsonArray{usageItem(QStringLiteral("exp-3"), 600,
                                                                       QStringLiteral("tts"))}}},
                       token)
                 .status,
             409);
    // An export charged through the lease is charged once when it is also sent online.
    const Reply online = server.call("POST", QStringLiteral("/v1/usage"),
                                     usage(QStringLiteral("exp-1"), 200), token);
    QCOMPARE(online.status, 200);
    QCOMPARE(online.body.value(QStringLiteral("replayed")).toBool(), true);
    QCOMPARE(server.service->balance(id), 3000);

    // An unused lease settled with an empty list returns all it held.
    const QString unused = takeLease(server, token, 400).first;
    const Reply empty = server.post(QStringLiteral("/v1/leases/%1/settle").arg(unused),
                                    {{QStringLiteral("usage"), QJsonArray{}}}, token);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.body.value(QStringLiteral("returned_seconds")).toInt(), 400);
    QCOMPARE(server.service->balance(id), 3000);
    checkLedgerInvariant(server);
}

void TestCloudLedger::itemisedSettleRefusesBadItemsAndChangesNothing() {
    TestServer server;
    const auto [id, token] = paidAccount(server, QStringLiteral("bad-items@example.com"),
                                         QStringLiteral("evt_bad_items"));
    const QString leaseId = takeLease(server, token, 1000).first;
    const QString settle = QStringLiteral("/v1/leases/%1/settle").arg(leaseId);
    const QJsonObject good = usageItem(QStringLiteral("ok"), 10, QStringLiteral("tts"));
    auto withItem = [&](const QString& field, const QJsonValue& value) {
        QJsonObject item = good;
        item.insert(field, value);
        return QJsonArray{good, item};
    };
    QJsonArray tooMany;
    for (int i = 0; i < 10001; ++i) {
        tooMany.append(usageItem(QStringLiteral("k%1").arg(i), 1, QStringLiteral("tts")));
    }
    const QList<QPair<QJsonObject, QString>> refused{
        {{{QStringLiteral("usage"), QStringLiteral("ok")}}, QStringLiteral("usage")},
        {{{QStringLiteral("usage"), QJsonArray{good, 5}}}, QStringLiteral("usage[1]")},
        {{{QStringLiteral("usage"), withItem(QStringLiteral("idempotency_key"), QJsonValue())}},
         QStringLiteral("usage[1].idempotency_key")},
        {{{QStringLiteral("usage"),
           withItem(QStringLiteral("idempotency_key"), QString(129, QLatin1Char('k')))}},
         QStringLiteral("usage[1].idempotency_key")},
        {{{QStringLiteral("usage"), withItem(QStringLiteral("seconds"), QStringLiteral("10"))}},
         QStringLiteral("usage[1].seconds")},
        {{{QStringLiteral("usage"), withItem(QStringLiteral("seconds"), 0)}},
         QStringLiteral("usage[1].seconds")},
        {{{QStringLiteral("usage"), withItem(QStringLiteral("seconds"), 1.5)}},
         QStringLiteral("usage[1].seconds")},
        {{{QStringLiteral("usage"),
           withItem(QStringLiteral("capability"), QString(65, QLatin1Char('c')))}},
         QStringLiteral("usage[1].capability")},
        {{{QStringLiteral("usage"), withItem(QStringLiteral("at"), QStringLiteral("yesterday"))}},
         QStringLiteral("usage[1].at")},
        {{{QStringLiteral("usage"), withItem(QStringLiteral("seconds"), 10)}},
         QStringLiteral("usage[1].idempotency_key")},
        {{{QStringLiteral("usage"), QJsonArray{good}}, {QStringLiteral("spent_seconds"), 11}},
         QStringLiteral("spent_seconds")},
        {{{QStringLiteral("usage"),
           QJsonArray{usageItem(QStringLiteral("big"), 1001, QStringLiteral("tts"))}}},
         QStringLiteral("usage")},
        {{{QStringLiteral("usage"), tooMany}}, QStringLiteral("usage")},
    };
    for (const auto& [body, field] : refused) {
        const Reply reply = server.post(settle, body, token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.contentType, QByteArrayLiteral("application/problem+json"));
        QCOMPARE(reply.body.value(QStringLiteral("field")).toString(), field);
        QVERIFY2(reply.body.value(QStringLiteral("detail")).toString().contains(field),
                 qPrintable(reply.body.value(QStringLiteral("detail")).toString()));
    }
    QCOMPARE(server.service->balance(id), 2600);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM leases WHERE settled_at IS NOT "
                                         "NULL")),
             0);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")), 2);
    // After all that, the lease still settles.
    QCOMPARE(server.post(settle, {{QStringLiteral("usage"), QJsonArray{good}}}, token)
                 .body.value(QStringLiteral("balance_seconds"))
                 .toInt(),
             3590);

    // The longest list settles, each export charged once.
    server.stripeEvent(checkoutCompleted(QStringLiteral("evt_bad_items_2"), id), now());
    server.stripeEvent(checkoutCompleted(QStringLiteral("evt_bad_items_3"), id), now());
    const QString large = takeLease(server, token, 10000).first;
    QJsonArray longest;
    for (int i = 0; i < 10000; ++i) {
        longest.append(usageItem(QStringLiteral("export-%1").arg(i), 1, QStringLiteral("tts")));
    }
    const Reply settledLargest = server.post(QStringLiteral("/v1/leases/%1/settle").arg(large),
                                             {{QStringLiteral("usage"), longest}}, token);
    QCOMPARE(settledLargest.status, 200);
    QCOMPARE(settledLargest.body.value(QStringLiteral("charged_seconds")).toInt(), 10000);
    QCOMPARE(server.service->balance(id), 790);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE "
                                         "idempotency_key LIKE 'usage:export-%'")),
             10000);
    checkLedgerInvariant(server);
}

void TestCloudLedger::expiredLeaseChargesItemsWhileTheBalanceHolds() {
    TestServer server([](CloudConfig& config) { config.leaseGraceSeconds = 120; });
    const auto [id, token] = paidAccount(server, QStringLiteral("late-items@example.com"),
                                         QStringLiteral("evt_late_items"));
    const QString leaseId = takeLease(server, token, 1000, 60).first;
    QCOMPARE(server.service->runLeaseExpiry(now() + 200), 1);
    QCOMPARE(server.service->balance(id), 3600);
    QCOMPARE(
        server
            .call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("spend"), 3000), token)
            .status,
        201);
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("on-1"), 50), token)
            .status,
        201);
    QCOMPARE(server.service->balance(id), 550);

    const QString settle = QStringLiteral("/v1/leases/%1/settle").arg(leaseId);
    const QJsonObject body{
        {QStringLiteral("usage"),
         QJsonArray{usageItem(QStringLiteral("on-1"), 50, QStringLiteral("tts")),
                    usageItem(QStringLiteral("late-a"), 300, QStringLiteral("stt")),
                    usageItem(QStringLiteral("late-b"), 400, QStringLiteral("tts")),
                    usageItem(QStringLiteral("late-c"), 100, QStringLiteral("tts"))}}};
    for (bool replayed : {false, true}) {
        const Reply late = server.post(settle, body, token);
        QCOMPARE(late.status, 200);
        QCOMPARE(late.body.value(QStringLiteral("expired")).toBool(), true);
        QCOMPARE(late.body.value(QStringLiteral("replayed")).toBool(), replayed);
        QCOMPARE(late.body.value(QStringLiteral("returned_seconds")).toInt(), 0);
        QCOMPARE(late.body.value(QStringLiteral("already_charged_seconds")).toInt(), 50);
        QCOMPARE(late.body.value(QStringLiteral("charged_seconds")).toInt(), 300);
        QCOMPARE(late.body.value(QStringLiteral("shortfall_seconds")).toInt(), 500);
        QCOMPARE(late.body.value(QStringLiteral("balance_seconds")).toInt(), 250);
    }
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE "
                                         "idempotency_key IN ('usage:late-a', 'usage:late-b', "
                                         "'usage:late-c')")),
             1);
    QCOMPARE(
        server.count(
            QStringLiteral("SELECT shortfall_seconds FROM leases WHERE id = '%1'").arg(leaseId)),
        500);
    QCOMPARE(server.service->balance(id), 250);
    checkLedgerInvariant(server);
}

void TestCloudLedger::devicesAreLimitedAndLicencesSigned() {
    using namespace sonara::core::account;
    TestServer server;
    server.registerUser(QStringLiteral("dev@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("dev@example.com"));
    const QByteArray publicKey = server.service->signer().publicKey();
    for (int i = 0; i < 3; ++i) {
        const QString device = QStringLiteral("device-%1").arg(i);
        const Reply reply = server.post(QStringLiteral("/v1/devices/activate"),
                                        {{QStringLiteral("device_id"), device}}, token);
        QCOMPARE(reply.status, 201);
        const Licence licence = verifyLicence(
            reply.body.value(QStringLiteral("licence")).toObject(), publicKey, device, now());
        QCOMPARE(licence.deviceId, device);
    }
    QCOMPARE(server
                 .post(QStringLiteral("/v1/devices/activate"),
                       {{QStringLiteral("device_id"), QStringLiteral("device-0")}}, token)
                 .status,
             200);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/devices/activate"),
                       {{QStringLiteral("device_id"), QStringLiteral("device-3")}}, token)
                 .status,
             409);
    QCOMPARE(
        server
            .post(QStringLiteral("/v1/devices/activate"), {{QStringLiteral("device_id"), 3}}, token)
            .status,
        422);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM devices")), 3);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/devices"), {}, token)
                 .body.value(QStringLiteral("devices"))
                 .toArray()
                 .size(),
             3);
    QCOMPARE(server.call("DELETE", QStringLiteral("/v1/devices/device-1"), {}, token).status, 204);
    QCOMPARE(server.call("DELETE", QStringLiteral("/v1/devices/device-1"), {}, token).status, 404);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/devices/activate"),
                       {{QStringLiteral("device_id"), QStringLiteral("device-3")}}, token)
                 .status,
             201);
}

void TestCloudLedger::rotatedSigningKeysStayTrusted() {
    using namespace sonara::core::account;
    const crypto::Ed25519Signer retired(QByteArray(32, '\x09'));
    TestServer server(
        [&](CloudConfig& config) { config.signingPreviousPublicKeys = {retired.publicKey()}; });
    server.registerUser(QStringLiteral("rotate@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("rotate@example.com"));
    const QJsonArray published =
        server.call("GET", QStringLiteral("/v1/keys")).body.value(QStringLiteral("keys")).toArray();
    QCOMPARE(published.size(), 2);
    TrustedKeys keys;
    for (const QJsonValue& key : published) {
        const QByteArray raw = QByteArray::fromBase64(
            key.toObject().value(QStringLiteral("public_key")).toString().toLatin1());
        QCOMPARE(key.toObject().value(QStringLiteral("kid")).toString(), TrustedKeys::keyIdOf(raw));
        keys.add(raw);
    }
    // A licence the service signs now, and one the retired key signed before the rotation.
    const Reply activated =
        server.post(QStringLiteral("/v1/devices/activate"),
                    {{QStringLiteral("device_id"), QStringLiteral("d1")}}, token);
    QCOMPARE(activated.status, 201);
    const QJsonObject current = activated.body.value(QStringLiteral("licence")).toObject();
    QCOMPARE(verifyLicence(current, keys, QStringLiteral("d1"), now()).deviceId,
             QStringLiteral("d1"));
    const QByteArray payload =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(current.value(QStringLiteral("payload")).toString().toLatin1(),
                                   QByteArray::Base64UrlEncoding))
            .toJson(QJsonDocument::Compact);
    const QJsonObject old{
        {QStringLiteral("alg"), QStringLiteral("Ed25519")},
        {QStringLiteral("kid"), retired.keyId()},
        {QStringLiteral("payload"), QString::fromLatin1(crypto::base64Url(payload))},
        {QStringLiteral("signature"),
         QString::fromLatin1(crypto::base64Url(retired.sign(payload)))}};
    QCOMPARE(verifyLicence(old, keys, QStringLiteral("d1"), now()).deviceId, QStringLiteral("d1"));
    // A studio that trusts only the current key refuses the retired key's documents.
    QVERIFY_THROWS_EXCEPTION(AccountError, verifyLicence(old, server.service->signer().publicKey(),
                                                         QStringLiteral("d1"), now()));
}

QTEST_GUILESS_MAIN(TestCloudLedger)
#include "test_cloud_ledger.moc"
