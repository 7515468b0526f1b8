#pragma once

#include "core/account/signed_document.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sonara::core::account {

// The JSON shapes sonara-cloud and the studio exchange, parsed in one place.

struct TokenPair {
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0;
    static TokenPair fromJson(const QJsonObject& json);
};

struct Plan {
    QString id;
    QString name;
    qint64 priceCents = 0;
    QString currency;
    qint64 seconds = 0;
    static Plan fromJson(const QJsonObject& json);
};

struct Profile {
    QString id;
    QString email;
    QString role;
    QString plan;
    qint64 balanceSeconds = 0;
    // The subscription's state: empty without one, else active, past_due or cancelled.
    QString subscriptionStatus;
    static Profile fromJson(const QJsonObject& json);
};

// A grant of seconds to spend offline until expiresAt, signed by the service.
struct Lease {
    QString id;
    QString accountId;
    qint64 seconds = 0;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    QJsonObject envelope;
    static Lease fromPayload(const QJsonObject& payload, const QJsonObject& envelope);
};

// One export paid from a lease while offline, reported to the service when the lease is settled.
// The key is the one an online charge of the same export would have used, so the service
// charges it once even when an online attempt had in fact gone through.
struct LeaseUsage {
    QString idempotencyKey;
    qint64 seconds = 0;
    QString capability;
    qint64 at = 0;
    QJsonObject toJson() const;
    static LeaseUsage fromJson(const QJsonObject& json);
};

// What the service answered to a settlement.
struct LeaseSettlement {
    qint64 returnedSeconds = 0;
    qint64 chargedSeconds = 0;
    qint64 alreadyChargedSeconds = 0;
    qint64 shortfallSeconds = 0;
    qint64 balanceSeconds = 0;
    static LeaseSettlement fromJson(const QJsonObject& json);
};

struct Licence {
    QString accountId;
    QString plan;
    QStringList features;
    QString deviceId;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    // As signed, so the licence can be kept and verified again offline.
    QJsonObject envelope;
    static Licence fromPayload(const QJsonObject& payload);
};

// How far the local clock may disagree with the service's before a signed document is refused.
constexpr qint64 kClockSkewSeconds = 300;

// Verifies a lease envelope offline; throws AccountError when it is tampered or expired.
Lease verifyLease(const QJsonObject& envelope, const TrustedKeys& keys, qint64 now);
// Verifies a licence offline for this device; throws AccountError otherwise.
Licence verifyLicence(const QJsonObject& envelope, const TrustedKeys& keys, const QString& deviceId,
                      qint64 now);

}  // namespace sonara::core::account
