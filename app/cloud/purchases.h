#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

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

// A provider's refund of a charge. `amount` is the charge's total refunded so far when
// `cumulative` (Stripe), else this refund's amount (Razorpay); -1 when the event lacks it.
struct Refund {
    QString provider;
    QString eventId;
    QString paymentRef;
    qint64 amount = -1;
    bool cumulative = false;
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

    // Applied once per event; never takes the balance below zero, recording the rest as the
    // purchase's shortfall.
    Reversal reverse(const Refund& refund);

    // Whether `provider`'s event (or, in a charge namespace, its charge) was recorded.
    static bool eventSeen(WriteTransaction& transaction, const QString& provider,
                          const QString& eventId);
    // Records a verified event, applied or not, so that retries are answered alike; false when
    // it was recorded first elsewhere (another instance).
    static bool recordEvent(WriteTransaction& transaction, const QString& provider,
                            const QString& eventId, const QVariant& accountId);
    // The payment_events namespace that keeps one charge from paying twice under two event ids.
    static QString chargeNamespace(const QString& provider);
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
