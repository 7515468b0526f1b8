#pragma once

#include "app/cloud/subscription_event.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sonara::cloud {

class CloudDatabase;
class WriteTransaction;
struct SubscriptionRow;

// What a provider's subscription event did, as the webhook answers it.
struct SubscriptionOutcome {
    bool credited = false;
    bool deferred = false;
    bool cancelled = false;
    QString reason;
    // A period may have become payable: run the resets after committing.
    bool renew = false;
    // The plan the subscription moved to, from its next period.
    QString plan;

    // An event that changes nothing, and why.
    static SubscriptionOutcome unchanged(QString why);
    QJsonObject toJson() const;
};

// Renewing plans: each subscription's periods, granted once each when paid; the provider
// events (renewals, failures, plan changes, cancellations) that move it, applied once each
// and in the providers' order; and the events that arrive before their subscription is known.
class Subscriptions {
public:
    explicit Subscriptions(const CloudDatabase& database);

    // Starts a subscription whose first period is paid, and grants that period.
    void start(WriteTransaction& transaction, const QString& provider,
               const QString& subscriptionRef, const QString& accountId, const QString& planId,
               qint64 allowance, int months);
    // Resets the allowance of every subscription whose period began by `now`; each period is
    // applied once, whichever instance or restart gets there first. Returns how many were.
    int runScheduledResets(qint64 now);
    // A verified renewal, failure, reactivation or cancellation, applied once per event id. An
    // event about a subscription not known yet (delivered before its checkout) is kept in
    // deferred_events; `deferredBefore` marks one taken from there.
    SubscriptionOutcome handle(const SubscriptionEvent& event, const QByteArray& body,
                               bool deferredBefore = false);
    // Applies waiting provider events whose subscription is now known, in the providers'
    // order; each once, whichever instance gets there first. Returns how many were tried.
    int applyDeferredEvents();
    // Drops waiting events older than any provider's retries (about subscriptions of another
    // product on the same provider account). Returns how many.
    int dropStaleDeferredEvents(qint64 now);

private:
    SubscriptionOutcome defer(WriteTransaction& transaction, const SubscriptionEvent& event,
                              const QByteArray& body);
    SubscriptionOutcome apply(WriteTransaction& transaction, const SubscriptionRow& subscription,
                              const SubscriptionEvent& event);
    // A paid period: counted once per charge, and it ends a past-due state.
    SubscriptionOutcome applyPayment(WriteTransaction& transaction,
                                     const SubscriptionRow& subscription,
                                     const SubscriptionEvent& event);
    // Stripe's update names the price billed now: a change to another plan of the same
    // interval applies from the next period, unless a newer change was applied. Returns the
    // new plan, or empty when nothing changed.
    QString changePlan(WriteTransaction& transaction, const SubscriptionRow& subscription,
                       const SubscriptionEvent& event);
    // A charge that pays a cancelled subscription: its period's allowance, once per charge.
    SubscriptionOutcome creditCancelledCharge(WriteTransaction& transaction,
                                              const SubscriptionRow& subscription,
                                              const SubscriptionEvent& event);
    SubscriptionOutcome setPastDue(WriteTransaction& transaction,
                                   const SubscriptionRow& subscription,
                                   const SubscriptionEvent& event, bool pastDue);
    // Razorpay has no checkout event: a subscription's first charge starts it, by its notes.
    SubscriptionOutcome startFromCharge(WriteTransaction& transaction,
                                        const SubscriptionEvent& event);
    void grantPeriod(WriteTransaction& transaction, const QString& subscriptionId,
                     const QString& accountId, qint64 allowance, int months, qint64 anchor,
                     int period);

    const CloudDatabase& database_;
};

}  // namespace sonara::cloud
