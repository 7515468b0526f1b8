#include "core/account/wire_types.h"

#include "core/account/account_error.h"
#include "core/account/signed_document.h"

namespace sonara::core::account {
namespace {

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

Lease verifyLease(const QJsonObject& envelope, const TrustedKeys& keys, qint64 now) {
    const QJsonObject payload = verifySignedDocument(envelope, keys);
    if (wire::documentType(payload) != QLatin1String(Lease::kType)) {
        throw AccountError(QStringLiteral("the signed document is not a lease"));
    }
    Lease lease = Lease::fromPayload(payload, envelope);
    checkTimes(lease.issuedAt, lease.expiresAt, now, QStringLiteral("lease"));
    return lease;
}

Licence verifyLicence(const QJsonObject& envelope, const TrustedKeys& keys, const QString& deviceId,
                      qint64 now) {
    const QJsonObject payload = verifySignedDocument(envelope, keys);
    if (wire::documentType(payload) != QLatin1String(Licence::kType)) {
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
