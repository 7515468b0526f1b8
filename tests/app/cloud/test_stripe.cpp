#include "app/cloud/cloud_test_support.h"

#include <QHttpServer>
#include <QUrlQuery>
#include <QtTest>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

// Card payments through Stripe: checkout, the webhook's credits and refunds.
class TestStripe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkoutSessionIsCreatedThroughStripe();
    void stripeWebhookCreditsOncePerEvent();
    void stripeWebhookRefusesForgedStaleAndMismatched();
    void refundsReverseOnceAndNeverGoBelowZero();
};

void TestStripe::checkoutSessionIsCreatedThroughStripe() {
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

void TestStripe::stripeWebhookCreditsOncePerEvent() {
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

void TestStripe::stripeWebhookRefusesForgedStaleAndMismatched() {
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

void TestStripe::refundsReverseOnceAndNeverGoBelowZero() {
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

QTEST_GUILESS_MAIN(TestStripe)
#include "test_stripe.moc"
