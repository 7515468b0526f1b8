#include "app/cloud/subscription_event.h"

#include <QJsonArray>

#include <cmath>

namespace sonara::cloud {
namespace {

using Kind = SubscriptionEvent::Kind;

QJsonObject object(const QJsonObject& parent, const char* name) {
    return parent.value(QLatin1String(name)).toObject();
}

QString text(const QJsonObject& parent, const char* name) {
    return parent.value(QLatin1String(name)).toString();
}

qint64 createdAt(const QJsonObject& event, const char* field, qint64 receivedAt) {
    const qint64 created = providerInteger(event.value(QLatin1String(field)));
    return created > 0 ? created : receivedAt;
}

std::optional<Kind> stripeKind(const QString& type, const QJsonObject& object) {
    if (type == QStringLiteral("invoice.paid")) {
        return Kind::Paid;
    }
    if (type == QStringLiteral("invoice.payment_failed")) {
        return Kind::PaymentFailed;
    }
    if (type == QStringLiteral("customer.subscription.deleted")) {
        return Kind::Cancelled;
    }
    if (type != QStringLiteral("customer.subscription.updated")) {
        return std::nullopt;
    }
    const QString status = text(object, "status");
    if (status == QStringLiteral("active") || status == QStringLiteral("trialing")) {
        return Kind::Reactivated;
    }
    if (status == QStringLiteral("past_due") || status == QStringLiteral("unpaid")) {
        return Kind::PaymentFailed;
    }
    if (status == QStringLiteral("canceled") || status == QStringLiteral("incomplete_expired")) {
        return Kind::Cancelled;
    }
    return std::nullopt;
}

QString stripeInvoiceSubscription(const QJsonObject& invoice) {
    const QString legacy = text(invoice, "subscription");
    if (!legacy.isEmpty()) {
        return legacy;
    }
    return text(object(object(invoice, "parent"), "subscription_details"), "subscription");
}

int stripeMonths(const QJsonObject& recurring) {
    const qint64 count = providerInteger(recurring.value(QStringLiteral("interval_count")));
    const QString interval = text(recurring, "interval");
    if (count <= 0 || count > 120) {
        return 0;
    }
    if (interval == QStringLiteral("month")) {
        return static_cast<int>(count);
    }
    return interval == QStringLiteral("year") ? static_cast<int>(count * 12) : 0;
}

// The subscription's first item's price, or the pre-2022 `plan` when it has no items.
std::optional<SubscriptionEvent::Price> stripePrice(const QJsonObject& subscription) {
    const QJsonArray items = object(subscription, "items").value(QStringLiteral("data")).toArray();
    const QJsonObject price =
        items.isEmpty() ? object(subscription, "plan") : object(items.first().toObject(), "price");
    if (price.isEmpty()) {
        return std::nullopt;
    }
    SubscriptionEvent::Price result;
    result.planId = text(object(price, "metadata"), "sonara_plan_id");
    result.amount = providerInteger(price.contains(QStringLiteral("unit_amount"))
                                        ? price.value(QStringLiteral("unit_amount"))
                                        : price.value(QStringLiteral("amount")));
    result.currency = text(price, "currency");
    result.months = price.contains(QStringLiteral("recurring"))
                        ? stripeMonths(object(price, "recurring"))
                        : stripeMonths(price);
    return result;
}

std::optional<Kind> razorpayKind(const QString& type) {
    if (type == QStringLiteral("subscription.charged")) {
        return Kind::Paid;
    }
    // pending: a charge failed and Razorpay retries; halted: the retries ran out.
    if (type == QStringLiteral("subscription.pending") ||
        type == QStringLiteral("subscription.halted")) {
        return Kind::PaymentFailed;
    }
    if (type == QStringLiteral("subscription.activated") ||
        type == QStringLiteral("subscription.resumed")) {
        return Kind::Reactivated;
    }
    if (type == QStringLiteral("subscription.cancelled") ||
        type == QStringLiteral("subscription.completed")) {
        return Kind::Cancelled;
    }
    return std::nullopt;
}

}  // namespace

qint64 providerInteger(const QJsonValue& value) {
    const double number = value.toDouble(-1);
    if (!value.isDouble() || std::trunc(number) != number || number < 0 || number > 1e15) {
        return -1;
    }
    return static_cast<qint64>(number);
}

std::optional<SubscriptionEvent> stripeSubscriptionEvent(const QJsonObject& event,
                                                         qint64 receivedAt) {
    const QString type = text(event, "type");
    const QJsonObject subject = object(object(event, "data"), "object");
    const std::optional<Kind> kind = stripeKind(type, subject);
    if (!kind) {
        return std::nullopt;
    }
    SubscriptionEvent result;
    result.provider = QStringLiteral("stripe");
    result.eventId = text(event, "id");
    result.kind = *kind;
    result.createdAt = createdAt(event, "created", receivedAt);
    if (!type.startsWith(QStringLiteral("invoice."))) {
        result.subscriptionRef = text(subject, "id");
        if (type == QStringLiteral("customer.subscription.updated")) {
            result.price = stripePrice(subject);
        }
        return result;
    }
    result.subscriptionRef = stripeInvoiceSubscription(subject);
    result.chargeRef = text(subject, "id");
    result.paymentRef = text(subject, "payment_intent");
    result.amount = providerInteger(subject.value(QStringLiteral("amount_paid")));
    result.currency = text(subject, "currency");
    result.firstPeriod = text(subject, "billing_reason") == QStringLiteral("subscription_create");
    result.proration = text(subject, "billing_reason") == QStringLiteral("subscription_update");
    return result;
}

std::optional<SubscriptionEvent> razorpaySubscriptionEvent(const QJsonObject& event,
                                                           const QString& eventId,
                                                           qint64 receivedAt) {
    const std::optional<Kind> kind = razorpayKind(text(event, "event"));
    if (!kind) {
        return std::nullopt;
    }
    const QJsonObject payload = object(event, "payload");
    const QJsonObject subscription = object(object(payload, "subscription"), "entity");
    const QJsonObject payment = object(object(payload, "payment"), "entity");
    const QJsonObject notes = object(subscription, "notes");
    SubscriptionEvent result;
    result.provider = QStringLiteral("razorpay");
    result.eventId = eventId;
    result.kind = *kind;
    result.createdAt = createdAt(event, "created_at", receivedAt);
    result.subscriptionRef = text(subscription, "id");
    result.chargeRef = text(payment, "id");
    result.paymentRef = result.chargeRef;
    result.amount = providerInteger(payment.value(QStringLiteral("amount")));
    result.currency = text(payment, "currency");
    result.accountId = text(notes, "sonara_account_id");
    result.planId = text(notes, "sonara_plan_id");
    return result;
}

}  // namespace sonara::cloud
