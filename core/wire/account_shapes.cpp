#include "core/wire/account_shapes.h"

#include "core/wire/fields.h"

namespace sonara::wire {

QJsonObject Credentials::toJson() const {
    return {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
}

Credentials Credentials::parse(const QJsonObject& body) {
    Credentials credentials;
    credentials.email = requireString(body, QStringLiteral("email"), 254);
    credentials.password = requireString(body, QStringLiteral("password"), 1024);
    return credentials;
}

QJsonObject TokenPair::toJson() const {
    return {{QStringLiteral("access_token"), accessToken},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), expiresIn}};
}

TokenPair TokenPair::fromJson(const QJsonObject& json) {
    return {text(json, "access_token"), text(json, "refresh_token"), integer(json, "expires_in")};
}

QJsonObject Plan::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("price_cents"), priceCents},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("interval_months"),
             intervalMonths > 0 ? QJsonValue(intervalMonths) : QJsonValue()}};
}

Plan Plan::fromJson(const QJsonObject& json) {
    return {text(json, "id"),
            text(json, "name"),
            integer(json, "price_cents"),
            text(json, "currency"),
            integer(json, "seconds"),
            static_cast<int>(integer(json, "interval_months"))};
}

QJsonObject SubscriptionState::toJson() const {
    const bool pastDue = status == QStringLiteral("past_due");
    QJsonObject state{{QStringLiteral("plan"), plan},
                      {QStringLiteral("provider"), provider},
                      {QStringLiteral("status"), status}};
    if (pastDue) {
        state.insert(QStringLiteral("past_due_since"), pastDueSince);
    }
    return state;
}

SubscriptionState SubscriptionState::fromJson(const QJsonObject& json) {
    return {text(json, "plan"), text(json, "provider"), text(json, "status"),
            integer(json, "past_due_since")};
}

QJsonObject Profile::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("email"), email},
            {QStringLiteral("role"), role},
            {QStringLiteral("plan"), textOrNull(plan)},
            {QStringLiteral("status"), status},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("email_verified"), emailVerified},
            {QStringLiteral("subscription"),
             subscription ? QJsonValue(subscription->toJson()) : QJsonValue()},
            {QStringLiteral("balance_seconds"), balanceSeconds}};
}

Profile Profile::fromJson(const QJsonObject& json) {
    Profile profile;
    profile.id = text(json, "id");
    profile.email = text(json, "email");
    profile.role = text(json, "role");
    profile.plan = text(json, "plan");
    profile.balanceSeconds = integer(json, "balance_seconds");
    profile.status = text(json, "status");
    profile.createdAt = integer(json, "created_at");
    profile.emailVerified = json.value(QStringLiteral("email_verified")).toBool();
    const QJsonValue subscription = json.value(QStringLiteral("subscription"));
    if (subscription.isObject()) {
        profile.subscription = SubscriptionState::fromJson(subscription.toObject());
    }
    return profile;
}

}  // namespace sonara::wire
