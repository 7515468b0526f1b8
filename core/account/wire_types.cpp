#include "core/account/wire_types.h"

#include "core/account/account_error.h"
#include "core/account/signed_document.h"

#include <QJsonArray>

namespace sonara::core::account {
namespace {

qint64 integer(const QJsonObject& json, const char* name) {
    return static_cast<qint64>(json.value(QLatin1String(name)).toDouble());
}

QString text(const QJsonObject& json, const char* name) {
    return json.value(QLatin1String(name)).toString();
}

void checkTimes(qint64 issuedAt, qint64 expiresAt, qint64 now, const QString& what) {
    if (now + kClockSkewSeconds < issuedAt) {
        throw AccountError(QStringLiteral("the %1 was issued in the future by this computer's "
                                          "clock: set the clock right and try again")
                               .arg(what));
    }
    if (now >= expiresAt + kClockSkewSeconds) {
        throw AccountError(QStringLiteral("the %1 has expired: go online to renew it").arg(what));
    }
}

}  // namespace

TokenPair TokenPair::fromJson(const QJsonObject& json) {
    return {text(json, "access_token"), text(json, "refresh_token"), integer(json, "expires_in")};
}

Plan Plan::fromJson(const QJsonObject& json) {
    return {text(json, "id"), text(json, "name"), integer(json, "price_cents"),
            text(json, "currency"), integer(json, "seconds")};
}

Profile Profile::fromJson(const QJsonObject& json) {
    return {text(json, "id"),
            text(json, "email"),
            text(json, "role"),
            text(json, "plan"),
            integer(json, "balance_seconds"),
            text(json.value(QStringLiteral("subscription")).toObject(), "status")};
}

QJsonObject LeaseUsage::toJson() const {
    return {{QStringLiteral("idempotency_key"), idempotencyKey},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("capability"), capability},
            {QStringLiteral("at"), at}};
}

LeaseUsage LeaseUsage::fromJson(const QJsonObject& json) {
    return {text(json, "idempotency_key"), integer(json, "seconds"), text(json, "capability"),
            integer(json, "at")};
}

LeaseSettlement LeaseSettlement::fromJson(const QJsonObject& json) {
    return {integer(json, "returned_seconds"), integer(json, "charged_seconds"),
            integer(json, "already_charged_seconds"), integer(json, "shortfall_seconds"),
            integer(json, "balance_seconds")};
}

Lease Lease::fromPayload(const QJsonObject& payload, const QJsonObject& envelope) {
    return {text(payload, "lease_id"),      text(payload, "account_id"),
            integer(payload, "seconds"),    integer(payload, "issued_at"),
            integer(payload, "expires_at"), envelope};
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

Lease verifyLease(const QJsonObject& envelope, const TrustedKeys& keys, qint64 now) {
    const QJsonObject payload = verifySignedDocument(envelope, keys);
    if (text(payload, "type") != QStringLiteral("lease")) {
        throw AccountError(QStringLiteral("the signed document is not a lease"));
    }
    Lease lease = Lease::fromPayload(payload, envelope);
    checkTimes(lease.issuedAt, lease.expiresAt, now, QStringLiteral("lease"));
    return lease;
}

Licence verifyLicence(const QJsonObject& envelope, const TrustedKeys& keys, const QString& deviceId,
                      qint64 now) {
    const QJsonObject payload = verifySignedDocument(envelope, keys);
    if (text(payload, "type") != QStringLiteral("licence")) {
        throw AccountError(QStringLiteral("the signed document is not a licence"));
    }
    Licence licence = Licence::fromPayload(payload);
    licence.envelope = envelope;
    if (licence.deviceId != deviceId) {
        throw AccountError(
            QStringLiteral("the licence belongs to another device: activate this "
                           "device from the Account page"));
    }
    checkTimes(licence.issuedAt, licence.expiresAt, now, QStringLiteral("licence"));
    return licence;
}

}  // namespace sonara::core::account
