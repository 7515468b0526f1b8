#include "app/cloud/cloud_test_support.h"

#include <QHttpServer>
#include <QtTest>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

// UPI payments through Razorpay: orders, the webhook's credits and subscriptions.
class TestRazorpay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void razorpayOrderIsCreatedWithNotes();
    void razorpayWebhookCreditsOncePerEvent();
    void razorpaySubscriptionIsChargedOncePerEvent();
};

void TestRazorpay::razorpayOrderIsCreatedWithNotes() {
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

void TestRazorpay::razorpayWebhookCreditsOncePerEvent() {
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

void TestRazorpay::razorpaySubscriptionIsChargedOncePerEvent() {
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

QTEST_GUILESS_MAIN(TestRazorpay)
#include "test_razorpay.moc"
