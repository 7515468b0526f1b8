#include "app/cloud/cloud_test_support.h"

#include <QtTest>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

// Payment events are applied once per thing paid or refunded, whatever event id carries them:
// a provider (or anyone holding one signed body) sending the same payment or refund again
// under a new event id gets a 2xx answer and changes nothing.
class TestPaymentReplays : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stripePaymentUnderNewEventIdIsADuplicate();
    void concurrentDeliveriesOfOnePaymentCreditOnce();
    void stripeRefundIsAppliedOncePerRefundId();
    void razorpayOrderPaidAfterCapturedCreditsOnce();
    void razorpayRefundReplayedUnderNewEventIdsAppliesOnce();
    void grantAndUsageRefuseAReusedKeyAlike();
};

namespace {

const QString kInrPlan = QStringLiteral("minutes-60-inr");

void addInrPlan(TestServer& server) {
    server.service->database().exec(QStringLiteral(
        "INSERT INTO plans (id, name, price_cents, currency, seconds, active, created_at) "
        "VALUES ('minutes-60-inr', '60 minutes', 166000, 'INR', 3600, 1, 0)"));
}

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A Stripe checkout for payment intent `paymentIntent` under event `eventId`.
QByteArray checkoutFor(const QString& eventId, const QString& accountId,
                       const QString& paymentIntent) {
    QJsonObject event = QJsonDocument::fromJson(checkoutCompleted(eventId, accountId)).object();
    QJsonObject data = event.value(QStringLiteral("data")).toObject();
    QJsonObject session = data.value(QStringLiteral("object")).toObject();
    session.insert(QStringLiteral("payment_intent"), paymentIntent);
    data.insert(QStringLiteral("object"), session);
    event.insert(QStringLiteral("data"), data);
    return compact(event);
}

// charge.refunded as Stripe sends it with the charge's refunds listed, newest first.
QByteArray chargeRefundedWithRefund(const QString& eventId, const QString& paymentIntent,
                                    qint64 amountRefunded, const QString& refundId) {
    QJsonObject event =
        QJsonDocument::fromJson(chargeRefunded(eventId, paymentIntent, amountRefunded)).object();
    QJsonObject data = event.value(QStringLiteral("data")).toObject();
    QJsonObject charge = data.value(QStringLiteral("object")).toObject();
    charge.insert(
        QStringLiteral("refunds"),
        QJsonObject{{QStringLiteral("data"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), refundId},
                                            {QStringLiteral("amount"), amountRefunded}}}}});
    data.insert(QStringLiteral("object"), charge);
    event.insert(QStringLiteral("data"), data);
    return compact(event);
}

QByteArray razorpayPaymentEvent(const QString& type, const QString& accountId,
                                const QString& paymentId) {
    const QJsonObject payment{
        {QStringLiteral("id"), paymentId},
        {QStringLiteral("amount"), 166000},
        {QStringLiteral("currency"), QStringLiteral("INR")},
        {QStringLiteral("notes"), QJsonObject{{QStringLiteral("sonara_account_id"), accountId},
                                              {QStringLiteral("sonara_plan_id"), kInrPlan}}}};
    QJsonObject payload{
        {QStringLiteral("payment"), QJsonObject{{QStringLiteral("entity"), payment}}}};
    if (type == QStringLiteral("order.paid")) {
        payload.insert(
            QStringLiteral("order"),
            QJsonObject{{QStringLiteral("entity"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("order_1")},
                                     {QStringLiteral("status"), QStringLiteral("paid")}}}});
    }
    return compact({{QStringLiteral("entity"), QStringLiteral("event")},
                    {QStringLiteral("event"), type},
                    {QStringLiteral("payload"), payload}});
}

QByteArray razorpayRefundEvent(const QString& refundId, const QString& paymentId, qint64 amount) {
    const QJsonObject refund{{QStringLiteral("id"), refundId},
                             {QStringLiteral("payment_id"), paymentId},
                             {QStringLiteral("amount"), amount},
                             {QStringLiteral("currency"), QStringLiteral("INR")}};
    return compact({{QStringLiteral("entity"), QStringLiteral("event")},
                    {QStringLiteral("event"), QStringLiteral("refund.processed")},
                    {QStringLiteral("payload"),
                     QJsonObject{{QStringLiteral("refund"),
                                  QJsonObject{{QStringLiteral("entity"), refund}}}}}});
}

}  // namespace

void TestPaymentReplays::stripePaymentUnderNewEventIdIsADuplicate() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("stripe-dup@example.com"));
    const Reply first =
        server.stripeEvent(checkoutFor(QStringLiteral("evt_1"), id, QStringLiteral("pi_9")), now());
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.value(QStringLiteral("credited")).toBool());
    // The same payment under new event ids, then a retry of one of them.
    for (const char* eventId : {"evt_2", "evt_3", "evt_2"}) {
        const Reply again = server.stripeEvent(
            checkoutFor(QString::fromLatin1(eventId), id, QStringLiteral("pi_9")), now());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value(QStringLiteral("credited")).toBool(), false);
    }
    const Reply duplicate =
        server.stripeEvent(checkoutFor(QStringLiteral("evt_4"), id, QStringLiteral("pi_9")), now());
    QCOMPARE(duplicate.status, 200);
    QSqlQuery purchase = server.service->database().exec(
        QStringLiteral("SELECT id FROM purchases WHERE payment_ref = 'pi_9'"));
    QVERIFY(purchase.next());
    QCOMPARE(duplicate.body.value(QStringLiteral("duplicate_of")).toString(),
             purchase.value(0).toString());
    QCOMPARE(server.service->balance(id), 3600);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM purchases")), 1);
    // Recorded as duplicates of the one purchase.
    QCOMPARE(server.count(QStringLiteral(
                 "SELECT COUNT(*) FROM payment_events p JOIN purchases u ON u.id = "
                 "p.duplicate_of WHERE p.provider = 'stripe' AND u.payment_ref = 'pi_9'")),
             3);
    checkLedgerInvariant(server);
}

void TestPaymentReplays::concurrentDeliveriesOfOnePaymentCreditOnce() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("stripe-race@example.com"));
    // Two more instances over the same storage, on their own threads, so that the deliveries'
    // transactions really overlap.
    std::vector<std::unique_ptr<ServiceThread>> threads;
    QList<quint16> ports{server.port};
    for (int i = 0; i < 2; ++i) {
        threads.push_back(std::make_unique<ServiceThread>(server.dir.path(),
                                                          server.service->config().databaseUrl));
        threads.back()->start();
    }
    for (auto& thread : threads) {
        QTRY_VERIFY_WITH_TIMEOUT(thread->port() != 0, 10000);
        ports.append(thread->port());
    }
    constexpr int kDeliveries = 12;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < kDeliveries; ++i) {
        const QByteArray body =
            checkoutFor(QStringLiteral("evt_race_%1").arg(i), id, QStringLiteral("pi_race"));
        const QByteArray t = QByteArray::number(now());
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/webhooks/stripe")
                                         .arg(ports.at(i % ports.size()))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader(
            "Stripe-Signature",
            "t=" + t + ",v1=" + crypto::hmacSha256(kStripeSecret, t + '.' + body).toHex());
        replies.append(server.network.post(request, body));
    }
    int finished = 0;
    for (QNetworkReply* reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, [&finished] { ++finished; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, kDeliveries, 30000);
    int credited = 0;
    for (QNetworkReply* reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        credited += QJsonDocument::fromJson(reply->readAll())
                        .object()
                        .value(QStringLiteral("credited"))
                        .toBool();
        reply->deleteLater();
    }
    for (auto& thread : threads) {
        thread->quit();
        thread->wait();
    }
    QCOMPARE(credited, 1);
    QCOMPARE(server.service->balance(id), 3600);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM purchases")), 1);
    checkLedgerInvariant(server);
}

void TestPaymentReplays::stripeRefundIsAppliedOncePerRefundId() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("stripe-refund@example.com"));
    server.stripeEvent(checkoutFor(QStringLiteral("evt_p"), id, QStringLiteral("pi_r")), now());
    QCOMPARE(server.service->balance(id), 3600);
    // One partial refund (re_1, 500 of 2000), reported by three events.
    for (const char* eventId : {"evt_r1", "evt_r2", "evt_r3"}) {
        const Reply refund = server.stripeEvent(
            chargeRefundedWithRefund(QString::fromLatin1(eventId), QStringLiteral("pi_r"), 500,
                                     QStringLiteral("re_1")),
            now());
        QCOMPARE(refund.status, 200);
        QCOMPARE(refund.body.value(QStringLiteral("reversed_seconds")).toInt(),
                 qstrcmp(eventId, "evt_r1") == 0 ? 900 : 0);
    }
    QCOMPARE(server.service->balance(id), 2700);
    // A second refund (re_2) brings the charge's total to 1000.
    const Reply second = server.stripeEvent(
        chargeRefundedWithRefund(QStringLiteral("evt_r4"), QStringLiteral("pi_r"), 1000,
                                 QStringLiteral("re_2")),
        now());
    QCOMPARE(second.body.value(QStringLiteral("reversed_seconds")).toInt(), 900);
    QCOMPARE(server.service->balance(id), 1800);
    checkLedgerInvariant(server);
}

void TestPaymentReplays::razorpayOrderPaidAfterCapturedCreditsOnce() {
    TestServer server;
    addInrPlan(server);
    const QString id = server.registerUser(QStringLiteral("upi-dup@example.com"));
    const Reply captured = server.razorpayEvent(
        razorpayPaymentEvent(QStringLiteral("payment.captured"), id, QStringLiteral("pay_7")),
        "ev_captured");
    QCOMPARE(captured.status, 200);
    QVERIFY(captured.body.value(QStringLiteral("credited")).toBool());
    const Reply paid = server.razorpayEvent(
        razorpayPaymentEvent(QStringLiteral("order.paid"), id, QStringLiteral("pay_7")),
        "ev_order_paid");
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.body.value(QStringLiteral("credited")).toBool(), false);
    QVERIFY(!paid.body.value(QStringLiteral("duplicate_of")).toString().isEmpty());
    // The captured body again under a header id of someone's choosing: still once.
    for (int i = 0; i < 3; ++i) {
        const Reply replay = server.razorpayEvent(
            razorpayPaymentEvent(QStringLiteral("payment.captured"), id, QStringLiteral("pay_7")),
            "ev_forged_" + QByteArray::number(i));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body.value(QStringLiteral("credited")).toBool(), false);
    }
    QCOMPARE(server.service->balance(id), 3600);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM purchases")), 1);
    checkLedgerInvariant(server);
}

void TestPaymentReplays::razorpayRefundReplayedUnderNewEventIdsAppliesOnce() {
    TestServer server;
    addInrPlan(server);
    const QString id = server.registerUser(QStringLiteral("upi-refund@example.com"));
    server.razorpayEvent(
        razorpayPaymentEvent(QStringLiteral("payment.captured"), id, QStringLiteral("pay_8")),
        "ev_pay");
    QCOMPARE(server.service->balance(id), 3600);
    // A quarter refunded; the same signed body then arrives under ten new event ids.
    const QByteArray refund =
        razorpayRefundEvent(QStringLiteral("rfnd_1"), QStringLiteral("pay_8"), 41500);
    for (int i = 0; i < 10; ++i) {
        const Reply reply = server.razorpayEvent(refund, "ev_refund_" + QByteArray::number(i));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.value(QStringLiteral("reversed_seconds")).toInt(), i == 0 ? 900 : 0);
    }
    QCOMPARE(server.service->balance(id), 2700);
    // Another refund of the same payment is its own refund.
    const Reply other = server.razorpayEvent(
        razorpayRefundEvent(QStringLiteral("rfnd_2"), QStringLiteral("pay_8"), 41500), "ev_r2");
    QCOMPARE(other.body.value(QStringLiteral("reversed_seconds")).toInt(), 900);
    QCOMPARE(server.service->balance(id), 1800);
    checkLedgerInvariant(server);
}

void TestPaymentReplays::grantAndUsageRefuseAReusedKeyAlike() {
    TestServer server;
    const auto [id, token] =
        paidAccount(server, QStringLiteral("keys@example.com"), QStringLiteral("evt_k"));
    const QByteArray admin = adminToken(server);
    const QString grantPath = QStringLiteral("/v1/admin/users/%1/grant").arg(id);
    QCOMPARE(
        server
            .call("POST", grantPath, R"({"seconds":60,"reason":"x","idempotency_key":"g1"})", admin)
            .status,
        200);
    // The same key and amount is a replay; the same key with another amount is a mistake.
    const Reply replay = server.call(
        "POST", grantPath, R"({"seconds":60,"reason":"x","idempotency_key":"g1"})", admin);
    QCOMPARE(replay.status, 200);
    QVERIFY(replay.body.value(QStringLiteral("replayed")).toBool());
    const Reply grant = server.call(
        "POST", grantPath, R"({"seconds":600,"reason":"x","idempotency_key":"g1"})", admin);
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("u1"), 10), token)
            .status,
        201);
    const Reply spend =
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("u1"), 20), token);
    for (const Reply& refused : {grant, spend}) {
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.contentType, QByteArrayLiteral("application/problem+json"));
        QCOMPARE(refused.body.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Idempotency key reused"));
    }
    QVERIFY(grant.body.value(QStringLiteral("detail")).toString().contains(QStringLiteral("'g1'")));
    QVERIFY(spend.body.value(QStringLiteral("detail")).toString().contains(QStringLiteral("'u1'")));
    QCOMPARE(server.service->balance(id), 3600 + 60 - 10);
    checkLedgerInvariant(server);
}

QTEST_GUILESS_MAIN(TestPaymentReplays)
#include "test_payment_replays.moc"
