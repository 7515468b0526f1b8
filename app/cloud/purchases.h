#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace sonara::cloud {

class CloudDatabase;
class WriteTransaction;

// What a plan costs and what it grants.
struct PlanTerms {
    QString id;
    qint64 priceCents = 0;
    QString currency;
    qint64 seconds = 0;
    // 0 for a one-off purchase.
    int months = 0;

    bool renews() const { return months > 0; }
    // Whether a charge of `amount` in `currency` pays this plan.
    bool chargedBy(qint64 amount, const QString& currency) const;
};

// A paid charge, kept for revenue reports and so that a refund of it finds what to reverse.
struct Purchase {
    QString accountId;
    QString provider;
    // The provider's charge: what its refunds name.
    QString paymentRef;
    QString planId;
    qint64 amount = 0;
    QString currency;
    qint64 seconds = 0;
};

// A verified event saying a charge was paid, whichever provider sent it.
struct PaidCharge {
    QString provider;
    QString eventId;
    QString accountId;
    QString planId;
    qint64 amount = -1;
    QString currency;
    // The provider's payment (or subscription); empty when the event names none, and then
    // the event id stands in.
    QString paymentRef;
};

// What a payment event did; `duplicateOf` names the purchase an earlier event for the same
// payment already credited.
struct CreditOutcome {
    bool credited = false;
    QString reason;
    QString duplicateOf;

    // The webhook's answer.
    QJsonObject toJson() const;
};

// A provider's refund of a charge. `amount` is the charge's total refunded so far when
// `cumulative` (Stripe), else this refund's amount (Razorpay); -1 when the event lacks it.
// `refundId` is the provider's refund, from the signed body: a refund is applied once per
// refund id, whatever event carries it; empty falls back to the event id.
struct Refund {
    QString provider;
    QString eventId;
    QString paymentRef;
    qint64 amount = -1;
    bool cumulative = false;
    QString refundId;
};

// What a refund took back; `reason` says why it took less than it would have, or nothing.
struct Reversal {
    qint64 reversedSeconds = 0;
    QString reason;

    // The webhook's answer.
    QJsonObject toJson() const;
};

// The records money leaves, whichever provider it came through: purchases, and the provider
// events (and charges) already applied, so that each is applied once. Refunds reverse a
// purchase's seconds in proportion to the money.
class Purchases {
public:
    explicit Purchases(const CloudDatabase& database);

    // Gives the plan a verified paid charge buys through `credit`, once per payment: another
    // event for a payment already credited (a new event id, or a second event type for the
    // same payment) is recorded as a duplicate of its purchase and credits nothing. `credit`
    // answers an empty string when it credited, else why not.
    using PlanCredit =
        std::function<QString(WriteTransaction&, const PlanTerms&, const QString& paymentRef)>;
    CreditOutcome creditOnce(const PaidCharge& charge, const PlanCredit& credit);
    // The usual `credit`: the plan's seconds into the ledger, keyed by the event.
    static PlanCredit oneOffSeconds(const PaidCharge& charge);

    // Applied once per refund id (and per event); never takes the balance below zero,
    // recording the rest as the purchase's shortfall. `alsoRecord`, when given, writes in the
    // same transaction once the refund is known (applied now or before), as the audit log.
    using RefundRecord = std::function<void(WriteTransaction&, const Reversal&)>;
    Reversal reverse(const Refund& refund, const RefundRecord& alsoRecord = {});

    // Whether `provider`'s event (or, in a charge namespace, its charge) was recorded.
    static bool eventSeen(WriteTransaction& transaction, const QString& provider,
                          const QString& eventId);
    // Records a verified event, applied or not, so that retries are answered alike; false when
    // it was recorded first elsewhere (another instance).
    static bool recordEvent(WriteTransaction& transaction, const QString& provider,
                            const QString& eventId, const QVariant& accountId,
                            const QVariant& duplicateOf = {});
    // The payment_events namespace that keeps one charge from paying twice under two event ids.
    static QString chargeNamespace(const QString& provider);
    // The payment_events namespace of refund ids, so that one refund reverses once.
    static QString refundNamespace(const QString& provider);
    static bool accountExists(WriteTransaction& transaction, const QString& accountId);
    static std::optional<PlanTerms> plan(WriteTransaction& transaction, const QString& planId);
    // Adds a paid plan's seconds to the ledger under `key`, once.
    static void creditSeconds(WriteTransaction& transaction, const QString& accountId,
                              qint64 seconds, const QString& key, const QString& reference);
    static void record(WriteTransaction& transaction, const Purchase& purchase);
    // The plan the account shows: the last one bought or moved to.
    static void setAccountPlan(WriteTransaction& transaction, const QString& accountId,
                               const QString& planId);

private:
    const CloudDatabase& database_;
};

}  // namespace sonara::cloud
