#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sonara::cloud {

// A provider's event about a recurring subscription, in the service's terms, so that Stripe and
// Razorpay renewals, failures and cancellations go through one set of rules.
struct SubscriptionEvent {
    enum class Kind {
        // A renewal charge succeeded: one more period is paid.
        Paid,
        // A charge failed, or the provider reports the subscription past due or halted.
        PaymentFailed,
        // The provider reports the subscription active again (a retry or a new card paid).
        Reactivated,
        Cancelled,
    };

    QString provider;
    QString eventId;
    Kind kind = Kind::Paid;
    // When the provider created the event; orders state changes delivered out of order.
    qint64 createdAt = 0;
    // The provider's subscription id (Stripe sub_..., Razorpay sub_...).
    QString subscriptionRef;
    // What a Paid event pays, once however many events bring it: the Stripe invoice id or the
    // Razorpay payment id.
    QString chargeRef;
    // The charge a refund names: Stripe's payment intent, Razorpay's payment id.
    QString paymentRef;
    qint64 amount = -1;
    QString currency;
    // Stripe's first invoice, whose period checkout.session.completed already credits.
    bool firstPeriod = false;
    // Razorpay's subscription notes, which name the account and plan its first charge starts.
    QString accountId;
    QString planId;
    // A Stripe invoice for a mid-period plan change (proration), which pays no period.
    bool proration = false;

    // What a subscription bills now, from Stripe's customer.subscription.updated: the plan it
    // names in the price's metadata (sonara_plan_id), else the price to find its plan by.
    struct Price {
        QString planId;
        qint64 amount = -1;
        QString currency;
        // 0 for an interval that is not whole months.
        int months = 0;
    };
    std::optional<Price> price;
};

// A whole number from a provider's JSON (an amount, a time), or -1 when it is absent or not one.
qint64 providerInteger(const QJsonValue& value);

// Stripe's invoice.paid, invoice.payment_failed, customer.subscription.updated and
// customer.subscription.deleted; nullopt for other events, or an update that changes nothing
// the service tracks. Reads the invoice's subscription from either the pre-2025 `subscription`
// field or `parent.subscription_details.subscription`.
std::optional<SubscriptionEvent> stripeSubscriptionEvent(const QJsonObject& event,
                                                         qint64 receivedAt);

// Razorpay's subscription.charged, .pending, .halted, .activated, .resumed, .cancelled and
// .completed; nullopt for others. Razorpay puts its event id in a header, not the body.
std::optional<SubscriptionEvent> razorpaySubscriptionEvent(const QJsonObject& event,
                                                           const QString& eventId,
                                                           qint64 receivedAt);

}  // namespace sonara::cloud
