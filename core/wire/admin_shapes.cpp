#include "core/wire/admin_shapes.h"

#include "core/wire/credit_shapes.h"
#include "core/wire/fields.h"

#include <QRegularExpression>

namespace sonara::wire {

QJsonObject AdminUser::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("email"), email},
            {QStringLiteral("role"), role},
            {QStringLiteral("status"), status},
            {QStringLiteral("plan"), textOrNull(plan)},
            {QStringLiteral("balance_seconds"), balanceSeconds}};
}

AdminUser AdminUser::fromJson(const QJsonObject& json) {
    return {text(json, "id"),     text(json, "email"), text(json, "role"),
            text(json, "status"), text(json, "plan"),  integer(json, "balance_seconds")};
}

AdminPlan AdminPlan::fromJson(const QJsonObject& json) {
    return {text(json, "id"),
            text(json, "name"),
            integer(json, "price_cents"),
            text(json, "currency"),
            integer(json, "seconds"),
            static_cast<int>(integer(json, "interval_months"))};
}

QJsonObject AdminPlan::toJson() const {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("price_cents"), priceCents},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("interval_months"), intervalMonths}};
}

AdminPlan AdminPlan::parse(const QString& id, const QJsonObject& body) {
    AdminPlan plan;
    plan.id = id;
    plan.name = requireString(body, QStringLiteral("name"), 100);
    plan.priceCents = requireInteger(body, QStringLiteral("price_cents"), 0, 100000000);
    plan.currency = requireString(body, QStringLiteral("currency"), 3).toLower();
    plan.seconds = requireInteger(body, QStringLiteral("seconds"), 1, kMaxSeconds);
    plan.intervalMonths =
        static_cast<int>(requireInteger(body, QStringLiteral("interval_months"), 0, 12, 0));
    static const QRegularExpression currencyPattern(QStringLiteral("^[a-z]{3}$"));
    if (!currencyPattern.match(plan.currency).hasMatch()) {
        throw FieldError(QStringLiteral("currency"),
                         QStringLiteral("'currency' is a three-letter ISO 4217 code such as usd"));
    }
    return plan;
}

QJsonObject CreditGrant::toJson() const {
    return {{QStringLiteral("seconds"), seconds},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("idempotency_key"), idempotencyKey}};
}

CreditGrant CreditGrant::parse(const QJsonObject& body) {
    CreditGrant grant;
    grant.seconds = requireInteger(body, QStringLiteral("seconds"), -kMaxSeconds, kMaxSeconds);
    grant.reason = requireString(body, QStringLiteral("reason"), 500);
    grant.idempotencyKey = requireString(body, QStringLiteral("idempotency_key"), 128);
    if (grant.seconds == 0) {
        throw FieldError(QStringLiteral("seconds"), QStringLiteral("'seconds' must not be 0"));
    }
    return grant;
}

QJsonObject CreditAdjustment::toJson() const {
    QJsonObject body{{QStringLiteral("replayed"), replayed},
                     {QStringLiteral("balance_seconds"), balanceSeconds}};
    // A replay changed nothing, so it reports no applied amount.
    if (!replayed) {
        body.insert(QStringLiteral("applied_seconds"), appliedSeconds);
    }
    return body;
}

CreditAdjustment CreditAdjustment::fromJson(const QJsonObject& json) {
    return {json.value(QStringLiteral("replayed")).toBool(), integer(json, "applied_seconds"),
            integer(json, "balance_seconds")};
}

}  // namespace sonara::wire
