#include "app/cloud/subscriptions.h"

#include "app/cloud/cloud_database.h"
#include "app/cloud/cloud_http.h"
#include "app/cloud/cloud_support.h"
#include "app/cloud/ledger.h"
#include "app/cloud/purchases.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace sonara::cloud {

// A subscription with its plan's terms, as events apply to it.
struct SubscriptionRow {
    QString id, accountId, planId, status;
    bool pastDue = false;
    qint64 statusAt = 0;
    // The plan's price and allowance.
    qint64 priceCents = 0;
    QString currency;
    qint64 seconds = 0;
    int months = 0;
    // The provider's time of the last plan change applied.
    qint64 planAt = 0;
};

namespace {

constexpr qint64 kDeferredEventSeconds = 30LL * 24 * 3600;

qint64 periodStart(qint64 anchor, int period, int months) {
    return QDateTime::fromSecsSinceEpoch(anchor, Qt::UTC)
        .addMonths(period * months)
        .toSecsSinceEpoch();
}

std::optional<SubscriptionRow> findSubscription(WriteTransaction& transaction,
                                                const QString& provider, const QString& ref) {
    Rows row = transaction.select(
        QStringLiteral("SELECT s.id, s.account_id, s.plan_id, s.status, s.past_due_since, "
                       "s.status_at, p.price_cents, p.currency, p.seconds, p.interval_months, "
                       "s.plan_at FROM subscriptions s JOIN plans p ON p.id = s.plan_id WHERE "
                       "s.provider = ? AND s.provider_ref = ?"),
        {provider, ref});
    if (ref.isEmpty() || !row.next()) {
        return std::nullopt;
    }
    return SubscriptionRow{row.text("id"),
                           row.text("account_id"),
                           row.text("plan_id"),
                           row.text("status"),
                           !row.isNull("past_due_since"),
                           row.integer("status_at"),
                           row.integer("price_cents"),
                           row.text("currency"),
                           row.integer("seconds"),
                           static_cast<int>(row.integer("interval_months")),
                           row.integer("plan_at")};
}

// The renewing plan a Stripe price bills: the one its metadata names, else the only active
// plan of that price and interval (the subscription's own when it is one of several).
std::optional<QString> planForPrice(WriteTransaction& transaction,
                                    const SubscriptionEvent::Price& price,
                                    const QString& currentPlanId) {
    if (!price.planId.isEmpty()) {
        Rows named = transaction.select(
            QStringLiteral("SELECT id FROM plans WHERE id = ? AND interval_months > 0"),
            {price.planId});
        return named.next() ? std::optional<QString>(named.text("id")) : std::nullopt;
    }
    Rows matching = transaction.select(
        QStringLiteral("SELECT id FROM plans WHERE price_cents = ? AND LOWER(currency) = ? AND "
                       "interval_months = ? AND active = 1"),
        {price.amount, price.currency.toLower(), price.months});
    QStringList ids;
    while (matching.next()) {
        ids.append(matching.text("id"));
    }
    if (ids.contains(currentPlanId)) {
        return currentPlanId;
    }
    return ids.size() == 1 ? std::optional<QString>(ids.first()) : std::nullopt;
}

// False when another instance took the waiting event first.
bool takeDeferredEvent(WriteTransaction& transaction, const SubscriptionEvent& event) {
    return transaction
               .exec(QStringLiteral(
                         "DELETE FROM deferred_events WHERE provider = ? AND event_id = ?"),
                     {event.provider, event.eventId})
               .numRowsAffected() == 1;
}

bool amountMatches(const SubscriptionEvent& event, qint64 price, const QString& currency) {
    return event.amount == price && event.currency.compare(currency, Qt::CaseInsensitive) == 0;
}

// A state change older than the last one applied is stale: providers do not order deliveries.
bool isStale(const SubscriptionEvent& event, const SubscriptionRow& subscription) {
    return event.createdAt < subscription.statusAt;
}

// Once per charge, whichever event (or a resent copy under a new event id) brings it.
bool recordCharge(WriteTransaction& transaction, const SubscriptionEvent& event,
                  const QString& accountId) {
    return Purchases::recordEvent(transaction, Purchases::chargeNamespace(event.provider),
                                  event.chargeRef, accountId);
}

void recordPurchase(WriteTransaction& transaction, const QString& accountId, const QString& planId,
                    qint64 seconds, const SubscriptionEvent& event) {
    Purchases::record(transaction, {accountId, event.provider,
                                    event.paymentRef.isEmpty() ? event.chargeRef : event.paymentRef,
                                    planId, event.amount, event.currency, seconds});
}

void warn(const QString& message) {
    logLine({{QStringLiteral("level"), QStringLiteral("warning")},
             {QStringLiteral("message"), message}});
}

}  // namespace

SubscriptionOutcome SubscriptionOutcome::unchanged(QString why) {
    SubscriptionOutcome outcome;
    outcome.reason = std::move(why);
    return outcome;
}

QJsonObject SubscriptionOutcome::toJson() const {
    QJsonObject body{{QStringLiteral("received"), true},
                     {QStringLiteral("credited"), credited},
                     {QStringLiteral("reason"), reason}};
    if (deferred) {
        body.insert(QStringLiteral("deferred"), true);
    }
    if (cancelled) {
        body.insert(QStringLiteral("cancelled"), true);
    }
    if (!plan.isEmpty()) {
        body.insert(QStringLiteral("plan"), plan);
    }
    return body;
}

Subscriptions::Subscriptions(const CloudDatabase& database) : database_(database) {}

void Subscriptions::start(WriteTransaction& transaction, const QString& provider,
                          const QString& subscriptionRef, const QString& accountId,
                          const QString& planId, qint64 allowance, int months) {
    // Its first period is paid and granted now, the rest by the scheduler as they are paid.
    const QString subscriptionId = newId();
    transaction.exec(
        QStringLiteral("INSERT INTO subscriptions (id, account_id, plan_id, provider, "
                       "provider_ref, status, anchor, paid_periods, created_at) VALUES "
                       "(?, ?, ?, ?, ?, 'active', ?, 1, ?)"),
        {subscriptionId, accountId, planId, provider, subscriptionRef, now(), now()});
    grantPeriod(transaction, subscriptionId, accountId, allowance, months, now(), 0);
}

void Subscriptions::grantPeriod(WriteTransaction& transaction, const QString& subscriptionId,
                                const QString& accountId, qint64 allowance, int months,
                                qint64 anchor, int period) {
    qint64 seconds = allowance;
    if (period > 0) {
        // The allowance is spent before bought minutes; what is left of the last period's
        // allowance lapses (never more than the balance), then the new one is granted.
        const qint64 from = periodStart(anchor, period - 1, months);
        const qint64 to = periodStart(anchor, period, months);
        Rows spent = transaction.select(
            QStringLiteral("SELECT CAST(COALESCE(-SUM(seconds), 0) AS BIGINT) AS used FROM "
                           "ledger_entries WHERE account_id = ? AND kind IN ('usage', 'lease', "
                           "'lease-settle') AND created_at >= ? AND created_at < ?"),
            {accountId, from, to});
        const qint64 used = spent.next() ? spent.integer("used") : 0;
        // The last period's own allowance: the plan may have changed since it was granted.
        Rows granted = transaction.select(
            QStringLiteral("SELECT granted_seconds FROM subscriptions WHERE id = ?"),
            {subscriptionId});
        const qint64 lastAllowance = granted.next() && !granted.isNull("granted_seconds")
                                         ? granted.integer("granted_seconds")
                                         : allowance;
        const qint64 unused = std::max<qint64>(0, lastAllowance - used);
        seconds = allowance - std::min(unused, Ledger::balance(transaction, accountId));
    }
    transaction.tryExec(
        QStringLiteral(
            "INSERT INTO ledger_entries (id, account_id, kind, seconds, idempotency_key, "
            "reference, created_at) VALUES (?, ?, 'reset', ?, ?, ?, ?)"),
        {newId(), accountId, seconds, QStringLiteral("reset:%1:%2").arg(subscriptionId).arg(period),
         subscriptionId, now()});
    transaction.exec(QStringLiteral("UPDATE subscriptions SET periods_granted = ?, granted_seconds "
                                    "= ? WHERE id = ? AND periods_granted = ?"),
                     {period + 1, allowance, subscriptionId, period});
}

int Subscriptions::runScheduledResets(qint64 at) {
    Rows due = database_.select(QStringLiteral(
        "SELECT s.id, s.account_id, s.anchor, p.interval_months, p.seconds FROM subscriptions s "
        "JOIN plans p ON p.id = s.plan_id WHERE s.status = 'active' AND s.past_due_since IS NULL "
        "AND p.interval_months > 0"));
    struct Due {
        QString id, accountId;
        qint64 anchor, seconds;
        int months;
    };
    QList<Due> subscriptions;
    while (due.next()) {
        subscriptions.append({due.text("id"), due.text("account_id"), due.integer("anchor"),
                              due.integer("seconds"),
                              static_cast<int>(due.integer("interval_months"))});
    }
    int applied = 0;
    for (const Due& subscription : subscriptions) {
        while (true) {
            WriteTransaction transaction(database_);
            transaction.lockAccount(subscription.accountId);
            // Re-read under the lock: another instance may have applied this period already.
            Rows granted = transaction.select(
                QStringLiteral(
                    "SELECT periods_granted, paid_periods FROM subscriptions WHERE id = ? AND "
                    "status = 'active' AND past_due_since IS NULL"),
                {subscription.id});
            if (!granted.next()) {
                break;
            }
            const int period = static_cast<int>(granted.integer("periods_granted"));
            // A period not yet paid waits for its invoice; the webhook runs this again.
            if (periodStart(subscription.anchor, period, subscription.months) > at ||
                period >= granted.integer("paid_periods")) {
                break;
            }
            grantPeriod(transaction, subscription.id, subscription.accountId, subscription.seconds,
                        subscription.months, subscription.anchor, period);
            transaction.commit();
            ++applied;
        }
    }
    return applied;
}

SubscriptionOutcome Subscriptions::handle(const SubscriptionEvent& event, const QByteArray& body,
                                          bool deferredBefore) {
    if (event.eventId.isEmpty()) {
        throw HttpError(Status::BadRequest, QStringLiteral("Malformed event"),
                        QStringLiteral("the event has no id"));
    }
    WriteTransaction transaction(database_);
    if (deferredBefore && !takeDeferredEvent(transaction, event)) {
        return SubscriptionOutcome::unchanged(
            QStringLiteral("already applied by another instance"));
    }
    if (Purchases::eventSeen(transaction, event.provider, event.eventId)) {
        return SubscriptionOutcome::unchanged(QStringLiteral("event already processed"));
    }
    SubscriptionOutcome outcome;
    const std::optional<SubscriptionRow> subscription =
        findSubscription(transaction, event.provider, event.subscriptionRef);
    if (subscription) {
        outcome = apply(transaction, *subscription, event);
    } else if (event.kind == SubscriptionEvent::Kind::Paid && !event.accountId.isEmpty()) {
        outcome = startFromCharge(transaction, event);
    } else if (!event.subscriptionRef.isEmpty() && !deferredBefore) {
        return defer(transaction, event, body);
    } else {
        outcome.reason = QStringLiteral("the event names no subscription of this service");
    }
    // Every verified event is recorded, applied or not, so that retries are answered alike.
    if (!Purchases::recordEvent(transaction, event.provider, event.eventId,
                                subscription ? QVariant(subscription->accountId) : QVariant())) {
        return SubscriptionOutcome::unchanged(QStringLiteral("event already processed"));
    }
    transaction.commit();
    if (outcome.renew) {
        // The period this pays is usually due already: grant it now, not at the next tick.
        runScheduledResets(now());
    }
    if (!subscription && outcome.credited) {
        // Its own events that arrived before its first charge can be applied now.
        applyDeferredEvents();
    }
    return outcome;
}

SubscriptionOutcome Subscriptions::defer(WriteTransaction& transaction,
                                         const SubscriptionEvent& event, const QByteArray& body) {
    const bool waiting = !transaction.tryExec(
        QStringLiteral("INSERT INTO deferred_events (provider, event_id, subscription_ref, body, "
                       "received_at) VALUES (?, ?, ?, ?, ?)"),
        {event.provider, event.eventId, event.subscriptionRef, QString::fromUtf8(body), now()});
    transaction.commit();
    // The subscription may have been recorded since this transaction looked for it.
    applyDeferredEvents();
    SubscriptionOutcome outcome = SubscriptionOutcome::unchanged(
        waiting ? QStringLiteral("already waiting for its subscription")
                : QStringLiteral("the subscription is not known yet: the event is kept and "
                                 "applied once its checkout completes"));
    outcome.deferred = true;
    return outcome;
}

int Subscriptions::applyDeferredEvents() {
    Rows ready = database_.select(QStringLiteral(
        "SELECT d.provider, d.event_id, d.body FROM deferred_events d JOIN subscriptions s ON "
        "s.provider = d.provider AND s.provider_ref = d.subscription_ref"));
    QList<QPair<SubscriptionEvent, QByteArray>> events;
    while (ready.next()) {
        const QString provider = ready.text("provider");
        const QByteArray body = ready.text("body").toUtf8();
        const QJsonObject event = QJsonDocument::fromJson(body).object();
        const auto parsed = provider == QStringLiteral("stripe")
                                ? stripeSubscriptionEvent(event, 0)
                                : razorpaySubscriptionEvent(event, ready.text("event_id"), 0);
        if (parsed) {
            events.append({*parsed, body});
        }
    }
    // In the providers' order, so a failure followed by its retry's success ends paid.
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) {
        return a.first.createdAt < b.first.createdAt;
    });
    int applied = 0;
    for (const auto& [event, body] : events) {
        handle(event, body, true);
        ++applied;
    }
    return applied;
}

int Subscriptions::dropStaleDeferredEvents(qint64 at) {
    return database_
        .exec(QStringLiteral("DELETE FROM deferred_events WHERE received_at < ?"),
              {at - kDeferredEventSeconds})
        .numRowsAffected();
}

SubscriptionOutcome Subscriptions::apply(WriteTransaction& transaction,
                                         const SubscriptionRow& subscription,
                                         const SubscriptionEvent& event) {
    using Kind = SubscriptionEvent::Kind;
    if (subscription.status == QStringLiteral("cancelled")) {
        if (event.kind == Kind::Paid) {
            return creditCancelledCharge(transaction, subscription, event);
        }
        return SubscriptionOutcome::unchanged(QStringLiteral("the subscription is cancelled"));
    }
    transaction.lockAccount(subscription.accountId);
    switch (event.kind) {
        case Kind::Paid:
            return applyPayment(transaction, subscription, event);
        case Kind::PaymentFailed:
        case Kind::Reactivated: {
            // An update carries the whole state: its plan and its status apply each on their
            // own, each unless a newer one was applied.
            const QString plan = changePlan(transaction, subscription, event);
            SubscriptionOutcome outcome =
                setPastDue(transaction, subscription, event, event.kind == Kind::PaymentFailed);
            if (!plan.isEmpty()) {
                outcome.plan = plan;
                outcome.reason = QStringLiteral("plan changed to %1 from the next period; %2")
                                     .arg(plan, outcome.reason);
            }
            return outcome;
        }
        case Kind::Cancelled:
            transaction.exec(QStringLiteral("UPDATE subscriptions SET status = 'cancelled', "
                                            "past_due_since = NULL, status_at = ? WHERE id = ?"),
                             {event.createdAt, subscription.id});
            SubscriptionOutcome outcome =
                SubscriptionOutcome::unchanged(QStringLiteral("subscription cancelled"));
            outcome.cancelled = true;
            return outcome;
    }
    return {};
}

SubscriptionOutcome Subscriptions::setPastDue(WriteTransaction& transaction,
                                              const SubscriptionRow& subscription,
                                              const SubscriptionEvent& event, bool pastDue) {
    if (isStale(event, subscription)) {
        return SubscriptionOutcome::unchanged(QStringLiteral("a newer state was already applied"));
    }
    transaction.exec(
        pastDue ? QStringLiteral("UPDATE subscriptions SET past_due_since = COALESCE("
                                 "past_due_since, ?), status_at = ? WHERE id = ?")
                : QStringLiteral("UPDATE subscriptions SET past_due_since = NULL, status_at = ? "
                                 "WHERE id = ?"),
        pastDue ? QVariantList{now(), event.createdAt, subscription.id}
                : QVariantList{event.createdAt, subscription.id});
    if (pastDue) {
        warn(QStringLiteral("subscription %1 is past due: its allowance is not renewed until a "
                            "payment arrives")
                 .arg(event.subscriptionRef.left(64)));
        return SubscriptionOutcome::unchanged(
            QStringLiteral("payment failed: the subscription is past due and its allowance "
                           "is not renewed until it is paid"));
    }
    SubscriptionOutcome outcome =
        SubscriptionOutcome::unchanged(QStringLiteral("subscription active"));
    outcome.renew = subscription.pastDue;
    return outcome;
}

QString Subscriptions::changePlan(WriteTransaction& transaction,
                                  const SubscriptionRow& subscription,
                                  const SubscriptionEvent& event) {
    if (!event.price || event.createdAt < subscription.planAt) {
        return {};
    }
    const std::optional<QString> planId =
        planForPrice(transaction, *event.price, subscription.planId);
    const QString ref = event.subscriptionRef.left(64);
    if (!planId) {
        warn(QStringLiteral("subscription %1 now bills a price that matches no plan, or "
                            "several: its plan is kept; set the price's metadata sonara_plan_id")
                 .arg(ref));
        return {};
    }
    const std::optional<PlanTerms> plan = Purchases::plan(transaction, *planId);
    if (!plan || plan->months != subscription.months) {
        // Periods are counted from the anchor in the plan's interval; another interval would
        // move every period boundary.
        warn(QStringLiteral("subscription %1 moved to plan %2 of another billing interval: its "
                            "plan is kept; cancel it and start a new one")
                 .arg(ref, *planId));
        return {};
    }
    // Recorded even when the plan is the same, so that an older update delivered late cannot
    // bring back a plan this one replaced. The current period keeps the allowance it was
    // granted; the next reset grants the new plan's, and the next invoice is checked against
    // its price.
    transaction.exec(
        QStringLiteral("UPDATE subscriptions SET plan_id = ?, plan_at = ? WHERE id = ?"),
        {*planId, event.createdAt, subscription.id});
    if (*planId == subscription.planId) {
        return {};
    }
    Purchases::setAccountPlan(transaction, subscription.accountId, *planId);
    logLine({{QStringLiteral("level"), QStringLiteral("info")},
             {QStringLiteral("message"),
              QStringLiteral("subscription %1 moves from plan %2 to %3 at its next period")
                  .arg(ref, subscription.planId, *planId)}});
    return *planId;
}

SubscriptionOutcome Subscriptions::creditCancelledCharge(WriteTransaction& transaction,
                                                         const SubscriptionRow& subscription,
                                                         const SubscriptionEvent& event) {
    if (event.firstPeriod || event.proration || event.chargeRef.isEmpty() ||
        !amountMatches(event, subscription.priceCents, subscription.currency)) {
        return SubscriptionOutcome::unchanged(QStringLiteral(
            "the subscription is cancelled and this charge pays no period of its plan"));
    }
    transaction.lockAccount(subscription.accountId);
    if (!recordCharge(transaction, event, subscription.accountId)) {
        return SubscriptionOutcome::unchanged(QStringLiteral("invoice already credited"));
    }
    // The customer paid after the cancellation was applied (a late renewal, or deliveries out
    // of order): the period's allowance is theirs. A refund of the charge takes it back.
    Purchases::creditSeconds(
        transaction, subscription.accountId, subscription.seconds,
        Purchases::chargeNamespace(event.provider) + QLatin1Char(':') + event.chargeRef,
        subscription.id);
    recordPurchase(transaction, subscription.accountId, subscription.planId, subscription.seconds,
                   event);
    warn(QStringLiteral("charge %1 paid cancelled subscription %2: its period's %3 seconds were "
                        "credited; refund the charge if it was not meant")
             .arg(event.chargeRef.left(64), event.subscriptionRef.left(64))
             .arg(subscription.seconds));
    SubscriptionOutcome outcome;
    outcome.credited = true;
    outcome.reason =
        QStringLiteral("the subscription is cancelled: the charge's period was credited once");
    return outcome;
}

SubscriptionOutcome Subscriptions::applyPayment(WriteTransaction& transaction,
                                                const SubscriptionRow& subscription,
                                                const SubscriptionEvent& event) {
    if (event.proration) {
        return SubscriptionOutcome::unchanged(
            QStringLiteral("a plan change's proration invoice pays no period"));
    }
    if (event.firstPeriod) {
        // A Stripe subscription's checkout session carries no payment intent; its first
        // invoice does. Recording it on the purchase lets a refund of that charge find it.
        if (!event.paymentRef.isEmpty()) {
            transaction.tryExec(
                QStringLiteral("UPDATE purchases SET payment_ref = ? WHERE provider = ? AND "
                               "payment_ref = ? AND account_id = ?"),
                {event.paymentRef, event.provider, event.subscriptionRef, subscription.accountId});
        }
        return SubscriptionOutcome::unchanged(
            QStringLiteral("the first period is credited by checkout.session.completed"));
    }
    if (event.chargeRef.isEmpty() ||
        !amountMatches(event, subscription.priceCents, subscription.currency)) {
        return SubscriptionOutcome::unchanged(
            QStringLiteral("amount or currency does not match the plan"));
    }
    if (!recordCharge(transaction, event, subscription.accountId)) {
        return SubscriptionOutcome::unchanged(QStringLiteral("invoice already credited"));
    }
    transaction.exec(
        QStringLiteral("UPDATE subscriptions SET paid_periods = paid_periods + 1 WHERE id = ?"),
        {subscription.id});
    if (!isStale(event, subscription)) {
        transaction.exec(QStringLiteral("UPDATE subscriptions SET past_due_since = NULL, "
                                        "status_at = ? WHERE id = ?"),
                         {event.createdAt, subscription.id});
    }
    recordPurchase(transaction, subscription.accountId, subscription.planId, subscription.seconds,
                   event);
    SubscriptionOutcome outcome;
    outcome.credited = true;
    outcome.renew = true;
    return outcome;
}

SubscriptionOutcome Subscriptions::startFromCharge(WriteTransaction& transaction,
                                                   const SubscriptionEvent& event) {
    const std::optional<PlanTerms> plan = Purchases::plan(transaction, event.planId);
    const bool accountKnown = Purchases::accountExists(transaction, event.accountId);
    if (!plan || !plan->renews() || !accountKnown) {
        return SubscriptionOutcome::unchanged(
            QStringLiteral("the subscription's notes name no account or subscription plan"));
    }
    if (event.chargeRef.isEmpty() || !plan->chargedBy(event.amount, event.currency)) {
        return SubscriptionOutcome::unchanged(
            QStringLiteral("amount or currency does not match the plan"));
    }
    transaction.lockAccount(event.accountId);
    if (!recordCharge(transaction, event, event.accountId)) {
        return SubscriptionOutcome::unchanged(QStringLiteral("invoice already credited"));
    }
    start(transaction, event.provider, event.subscriptionRef, event.accountId, event.planId,
          plan->seconds, plan->months);
    Purchases::setAccountPlan(transaction, event.accountId, event.planId);
    recordPurchase(transaction, event.accountId, event.planId, plan->seconds, event);
    SubscriptionOutcome outcome;
    outcome.credited = true;
    return outcome;
}

}  // namespace sonara::cloud
