#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sonara::wire {

// The most seconds one charge, lease or grant may move.
inline constexpr qint64 kMaxSeconds = 1000LL * 3600;
inline constexpr qint64 kMaxLeaseValidSeconds = 30LL * 24 * 3600;
inline constexpr qint64 kDefaultLeaseValidSeconds = 7LL * 24 * 3600;
inline constexpr int kMaxLeaseUsageItems = 10000;

// POST /v1/usage: one online charge, applied once per idempotency key.
struct UsageCharge {
    QString idempotencyKey;
    qint64 seconds = 0;
    QString capability;

    QJsonObject toJson() const;
    // Throws FieldError.
    static UsageCharge parse(const QJsonObject& body);
};

// The answer to a usage charge; `replayed` when the key had already been charged.
struct UsageReceipt {
    QString entryId;
    qint64 chargedSeconds = 0;
    bool replayed = false;
    qint64 balanceSeconds = 0;

    QJsonObject toJson() const;
    static UsageReceipt fromJson(const QJsonObject& json);
};

// POST /v1/leases.
struct LeaseRequest {
    qint64 seconds = 0;
    qint64 validSeconds = kDefaultLeaseValidSeconds;

    QJsonObject toJson() const;
    // Throws FieldError.
    static LeaseRequest parse(const QJsonObject& body);
};

// A grant of seconds to spend offline until expiresAt, signed by the service. The payload is
// what the service signs; `envelope` is the signed document as it came.
struct Lease {
    static constexpr char kType[] = "lease";

    QString id;
    QString accountId;
    qint64 seconds = 0;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    QJsonObject envelope;

    QJsonObject toPayload() const;
    static Lease fromPayload(const QJsonObject& payload, const QJsonObject& envelope);
};

// The answer to POST /v1/leases: the signed lease and the balance left.
struct LeaseGrant {
    QJsonObject lease;
    qint64 balanceSeconds = 0;

    QJsonObject toJson() const;
    static LeaseGrant fromJson(const QJsonObject& json);
};

// One export paid from a lease while offline, reported to the service when the lease is settled.
// The key is the one an online charge of the same export would have used, so the service
// charges it once even when an online attempt had in fact gone through.
struct LeaseUsage {
    QString idempotencyKey;
    qint64 seconds = 0;
    QString capability;
    // When the export was made; the service clamps it into the lease's lifetime.
    std::optional<qint64> at;

    QJsonObject toJson() const;
    static LeaseUsage fromJson(const QJsonObject& json);
    // Item `index` of a settle's usage list; throws FieldError naming "usage[index].member".
    static LeaseUsage parse(const QJsonValue& value, int index);
};

// POST /v1/leases/{id}/settle: what the studio spent, with the exports it paid for when it
// lists them (then spent_seconds, if given, must be their total).
struct LeaseSettleRequest {
    qint64 spentSeconds = 0;
    std::optional<QList<LeaseUsage>> usage;

    QJsonObject toJson() const;
    // Throws FieldError.
    static LeaseSettleRequest parse(const QJsonObject& body);
};

// What the service answered to a settlement.
struct LeaseSettlement {
    qint64 returnedSeconds = 0;
    qint64 chargedSeconds = 0;
    qint64 alreadyChargedSeconds = 0;
    qint64 shortfallSeconds = 0;
    qint64 balanceSeconds = 0;
    // Settled after its expiry: the held seconds had already gone back.
    bool expired = false;
    // Settled before: the answer repeats the first one's.
    bool replayed = false;
    // Settled with the list of exports it paid for (already_charged_seconds is reported).
    bool itemised = false;

    QJsonObject toJson() const;
    static LeaseSettlement fromJson(const QJsonObject& json);
};

// POST /v1/devices/activate.
struct DeviceActivation {
    QString deviceId;

    QJsonObject toJson() const;
    // Throws FieldError.
    static DeviceActivation parse(const QJsonObject& body);
};

// A device's licence, signed by the service; `envelope` is the signed document as it came.
struct Licence {
    static constexpr char kType[] = "licence";

    QString accountId;
    // Empty without a plan.
    QString plan;
    QStringList features;
    QString deviceId;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    QJsonObject envelope;

    QJsonObject toPayload() const;
    static Licence fromPayload(const QJsonObject& payload);
};

// A signed document's payload type ("lease", "licence"), empty when it names none.
QString documentType(const QJsonObject& payload);

}  // namespace sonara::wire
