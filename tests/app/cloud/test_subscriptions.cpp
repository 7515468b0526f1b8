#include "app/cloud/cloud_test_support.h"

#include <QtTest>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

// Renewing plans: periods, renewals, failures, plan changes and cancellations.
class TestSubscriptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void subscriptionAllowanceResetsOncePerPeriod();
    void pastDueSubscriptionIsNotRenewedUntilPaid();
    void invoicePaidBeforeCheckoutIsAppliedOnceKnown();
    void stripePlanChangeAppliesFromTheNextPeriod();
    void chargeForCancelledSubscriptionIsCreditedOnce();
};

void TestSubscriptions::subscriptionAllowanceResetsOncePerPeriod() {
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

void TestSubscriptions::pastDueSubscriptionIsNotRenewedUntilPaid() {
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

void TestSubscriptions::invoicePaidBeforeCheckoutIsAppliedOnceKnown() {
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

void TestSubscriptions::stripePlanChangeAppliesFromTheNextPeriod() {
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

void TestSubscriptions::chargeForCancelledSubscriptionIsCreditedOnce() {
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

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "test_subscriptions.moc"
