#pragma once

#include "core/account/signed_document.h"
#include "core/wire/account_shapes.h"
#include "core/wire/admin_shapes.h"
#include "core/wire/credit_shapes.h"

#include <QJsonObject>
#include <QString>

namespace sonara::core::account {

// The JSON shapes sonara-cloud and the studio exchange live in core/wire, which the service
// writes them with; the studio knows them under these names.
using wire::Lease;
using wire::LeaseSettlement;
using wire::LeaseUsage;
using wire::Licence;
using wire::Plan;
using wire::Profile;
using wire::TokenPair;

// How far the local clock may disagree with the service's before a signed document is refused.
constexpr qint64 kClockSkewSeconds = 300;

// Verifies a lease envelope offline; throws AccountError when it is tampered or expired.
Lease verifyLease(const QJsonObject& envelope, const TrustedKeys& keys, qint64 now);
// Verifies a licence offline for this device; throws AccountError otherwise.
Licence verifyLicence(const QJsonObject& envelope, const TrustedKeys& keys, const QString& deviceId,
                      qint64 now);

}  // namespace sonara::core::account
