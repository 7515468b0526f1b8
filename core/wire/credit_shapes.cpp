#include "core/wire/credit_shapes.h"

#include "core/wire/fields.h"

#include <QHash>
#include <QJsonArray>

namespace sonara::wire {
namespace {

constexpr qint64 kMaxUnixTime = 253402300799;  // 9999-12-31

QList<LeaseUsage> parseUsageList(const QJsonValue& value) {
    if (!value.isArray()) {
        throw FieldError(QStringLiteral("usage"),
                         QStringLiteral("'usage' must be an array of the exports paid from the "
                                        "lease"));
    }
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxLeaseUsageItems) {
        throw FieldError(QStringLiteral("usage"),
                         QStringLiteral("'usage' has %1 items; at most %2 are accepted")
                             .arg(array.size())
                             .arg(kMaxLeaseUsageItems));
    }
    QList<LeaseUsage> items;
    QHash<QString, int> firstIndex;
    for (int i = 0; i < array.size(); ++i) {
        items.append(LeaseUsage::parse(array.at(i), i));
        const auto seen = firstIndex.constFind(items.last().idempotencyKey);
        if (seen != firstIndex.cend()) {
            throw FieldError(QStringLiteral("usage[%1].idempotency_key").arg(i),
                             QStringLiteral("'usage[%1].idempotency_key' repeats usage[%2]'s: "
                                            "each export is listed once")
                                 .arg(i)
                                 .arg(*seen));
        }
        firstIndex.insert(items.last().idempotencyKey, i);
    }
    return items;
}

}  // namespace

QJsonObject UsageCharge::toJson() const {
    return {{QStringLiteral("idempotency_key"), idempotencyKey},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("capability"), capability}};
}

UsageCharge UsageCharge::parse(const QJsonObject& body) {
    UsageCharge charge;
    charge.idempotencyKey = requireString(body, QStringLiteral("idempotency_key"), 128);
    charge.seconds = requireInteger(body, QStringLiteral("seconds"), 1, kMaxSeconds);
    charge.capability = requireString(body, QStringLiteral("capability"), 64);
    return charge;
}

QJsonObject UsageReceipt::toJson() const {
    return {{QStringLiteral("entry_id"), entryId},
            {QStringLiteral("charged_seconds"), chargedSeconds},
            {QStringLiteral("replayed"), replayed},
            {QStringLiteral("balance_seconds"), balanceSeconds}};
}

UsageReceipt UsageReceipt::fromJson(const QJsonObject& json) {
    return {text(json, "entry_id"), integer(json, "charged_seconds"),
            json.value(QStringLiteral("replayed")).toBool(), integer(json, "balance_seconds")};
}

QJsonObject LeaseRequest::toJson() const {
    return {{QStringLiteral("seconds"), seconds}, {QStringLiteral("valid_seconds"), validSeconds}};
}

LeaseRequest LeaseRequest::parse(const QJsonObject& body) {
    LeaseRequest request;
    request.seconds = requireInteger(body, QStringLiteral("seconds"), 1, kMaxSeconds);
    request.validSeconds = requireInteger(body, QStringLiteral("valid_seconds"), 60,
                                          kMaxLeaseValidSeconds, kDefaultLeaseValidSeconds);
    return request;
}

QJsonObject Lease::toPayload() const {
    return {{QStringLiteral("type"), QString::fromLatin1(kType)},
            {QStringLiteral("lease_id"), id},
            {QStringLiteral("account_id"), accountId},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("issued_at"), issuedAt},
            {QStringLiteral("expires_at"), expiresAt}};
}

Lease Lease::fromPayload(const QJsonObject& payload, const QJsonObject& envelope) {
    return {text(payload, "lease_id"),      text(payload, "account_id"),
            integer(payload, "seconds"),    integer(payload, "issued_at"),
            integer(payload, "expires_at"), envelope};
}

QJsonObject LeaseGrant::toJson() const {
    return {{QStringLiteral("lease"), lease}, {QStringLiteral("balance_seconds"), balanceSeconds}};
}

LeaseGrant LeaseGrant::fromJson(const QJsonObject& json) {
    return {json.value(QStringLiteral("lease")).toObject(), integer(json, "balance_seconds")};
}

QJsonObject LeaseUsage::toJson() const {
    QJsonObject item{{QStringLiteral("idempotency_key"), idempotencyKey},
                     {QStringLiteral("seconds"), seconds},
                     {QStringLiteral("capability"), capability}};
    if (at) {
        item.insert(QStringLiteral("at"), *at);
    }
    return item;
}

LeaseUsage LeaseUsage::fromJson(const QJsonObject& json) {
    return {text(json, "idempotency_key"), integer(json, "seconds"), text(json, "capability"),
            integer(json, "at")};
}

LeaseUsage LeaseUsage::parse(const QJsonValue& value, int index) {
    const QString prefix = QStringLiteral("usage[%1].").arg(index);
    if (!value.isObject()) {
        throw FieldError(QStringLiteral("usage[%1]").arg(index),
                         QStringLiteral("'usage[%1]' must be an object with idempotency_key, "
                                        "seconds and capability")
                             .arg(index));
    }
    const QJsonObject item = value.toObject();
    LeaseUsage parsed;
    parsed.idempotencyKey = requireString(item, QStringLiteral("idempotency_key"), 128, prefix);
    parsed.seconds =
        requireInteger(item, QStringLiteral("seconds"), 1, kMaxSeconds, std::nullopt, prefix);
    parsed.capability = requireString(item, QStringLiteral("capability"), 64, prefix);
    const QJsonValue at = item.value(QStringLiteral("at"));
    if (!at.isUndefined() && !at.isNull()) {
        parsed.at =
            requireInteger(item, QStringLiteral("at"), 0, kMaxUnixTime, std::nullopt, prefix);
    }
    return parsed;
}

QJsonObject LeaseSettleRequest::toJson() const {
    QJsonObject body{{QStringLiteral("spent_seconds"), spentSeconds}};
    if (usage) {
        QJsonArray items;
        for (const LeaseUsage& item : *usage) {
            items.append(item.toJson());
        }
        body.insert(QStringLiteral("usage"), items);
    }
    return body;
}

LeaseSettleRequest LeaseSettleRequest::parse(const QJsonObject& body) {
    LeaseSettleRequest request;
    const QJsonValue usage = body.value(QStringLiteral("usage"));
    if (!usage.isUndefined() && !usage.isNull()) {
        request.usage = parseUsageList(usage);
    }
    if (!request.usage) {
        request.spentSeconds =
            requireInteger(body, QStringLiteral("spent_seconds"), 0, kMaxSeconds);
        return request;
    }
    // The items' total is what was spent; spent_seconds, when given too, must agree.
    for (const LeaseUsage& item : *request.usage) {
        request.spentSeconds += item.seconds;
    }
    const QJsonValue given = body.value(QStringLiteral("spent_seconds"));
    if (!given.isUndefined() && !given.isNull() &&
        requireInteger(body, QStringLiteral("spent_seconds"), 0, kMaxSeconds) !=
            request.spentSeconds) {
        throw FieldError(QStringLiteral("spent_seconds"),
                         QStringLiteral("'spent_seconds' is %1 but the usage items add up to %2: "
                                        "send the items' total, or leave spent_seconds out")
                             .arg(given.toDouble(), 0, 'f', 0)
                             .arg(request.spentSeconds));
    }
    return request;
}

QJsonObject LeaseSettlement::toJson() const {
    QJsonObject body{{QStringLiteral("returned_seconds"), returnedSeconds},
                     {QStringLiteral("charged_seconds"), chargedSeconds},
                     {QStringLiteral("shortfall_seconds"), shortfallSeconds},
                     {QStringLiteral("expired"), expired},
                     {QStringLiteral("replayed"), replayed},
                     {QStringLiteral("balance_seconds"), balanceSeconds}};
    if (itemised) {
        body.insert(QStringLiteral("already_charged_seconds"), alreadyChargedSeconds);
    }
    return body;
}

LeaseSettlement LeaseSettlement::fromJson(const QJsonObject& json) {
    LeaseSettlement settlement;
    settlement.returnedSeconds = integer(json, "returned_seconds");
    settlement.chargedSeconds = integer(json, "charged_seconds");
    settlement.alreadyChargedSeconds = integer(json, "already_charged_seconds");
    settlement.shortfallSeconds = integer(json, "shortfall_seconds");
    settlement.balanceSeconds = integer(json, "balance_seconds");
    settlement.expired = json.value(QStringLiteral("expired")).toBool();
    settlement.replayed = json.value(QStringLiteral("replayed")).toBool();
    settlement.itemised = json.contains(QStringLiteral("already_charged_seconds"));
    return settlement;
}

QJsonObject DeviceActivation::toJson() const {
    return {{QStringLiteral("device_id"), deviceId}};
}

DeviceActivation DeviceActivation::parse(const QJsonObject& body) {
    return {requireString(body, QStringLiteral("device_id"), 128)};
}

QJsonObject Licence::toPayload() const {
    return {{QStringLiteral("type"), QString::fromLatin1(kType)},
            {QStringLiteral("account_id"), accountId},
            {QStringLiteral("plan"), textOrNull(plan)},
            {QStringLiteral("features"), QJsonArray::fromStringList(features)},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("issued_at"), issuedAt},
            {QStringLiteral("expires_at"), expiresAt}};
}

Licence Licence::fromPayload(const QJsonObject& payload) {
    Licence licence;
    licence.accountId = text(payload, "account_id");
    licence.plan = text(payload, "plan");
    for (const QJsonValue& feature : payload.value(QStringLiteral("features")).toArray()) {
        licence.features.append(feature.toString());
    }
    licence.deviceId = text(payload, "device_id");
    licence.issuedAt = integer(payload, "issued_at");
    licence.expiresAt = integer(payload, "expires_at");
    return licence;
}

QString documentType(const QJsonObject& payload) {
    return text(payload, "type");
}

}  // namespace sonara::wire
