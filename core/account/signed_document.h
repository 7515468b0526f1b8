#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace sonara::core::account {

// The envelope sonara-cloud signs leases and licences with:
// {"alg": "Ed25519", "kid": ..., "payload": base64url(JSON), "signature": base64url(64 bytes)}.
// Returns the payload once its signature verifies with `publicKey` (32 raw bytes); throws
// AccountError otherwise. The signature covers the payload bytes exactly as sent.
QJsonObject verifySignedDocument(const QJsonObject& envelope, const QByteArray& publicKey);

}  // namespace sonara::core::account
