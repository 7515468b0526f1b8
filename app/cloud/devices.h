#pragma once

#include "app/cloud/cloud_config.h"
#include "core/wire/credit_shapes.h"
#include "core/wire/signed_envelope.h"

#include <QJsonArray>
#include <QString>

namespace sonara::cloud {

class Authenticator;
class CloudDatabase;
class Router;
namespace crypto {
class Ed25519Signer;
}

// The answer to an activation: the signed licence, and whether the device was new.
struct Activation {
    QJsonObject licence;
    bool newDevice = false;
};

// Devices and their licences: each account activates up to CloudConfig::devicesPerAccount
// devices, each with a signed licence the studio verifies offline, against the keys
// GET /v1/keys publishes.
class Devices {
public:
    Devices(const CloudDatabase& database, const CloudConfig& config,
            const crypto::Ed25519Signer& signer);

    void addRoutes(Router& router, Authenticator& authenticator);

    // Throws HttpError 409 when the account has no room for another device.
    Activation activate(const QString& accountId, const wire::DeviceActivation& request);
    QJsonArray list(const QString& accountId) const;
    void deactivate(const QString& accountId, const QString& deviceId);
    // The current signing key, and the retired ones whose documents still verify.
    wire::SigningKeys signingKeys() const;

private:
    const CloudDatabase& database_;
    const CloudConfig& config_;
    const crypto::Ed25519Signer& signer_;
};

}  // namespace sonara::cloud
