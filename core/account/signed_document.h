#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace sonara::core::account {

// The service's public keys the studio trusts, each under the kid sonara-cloud writes into
// every envelope (wire::keyIdOf). The studio ships the current
// key and, ahead of a rotation, the next one, so documents signed by either verify while the
// service moves over; a document naming any other kid is refused.
class TrustedKeys {
public:
    TrustedKeys() = default;
    // One key: implicit because a single shipped key is the common case. Throws AccountError
    // when it is not a 32-byte Ed25519 key.
    TrustedKeys(const QByteArray& publicKey);  // NOLINT(google-explicit-constructor)

    void add(const QByteArray& publicKey);
    // wire::keyIdOf, the kid the service names the key by.
    static QString keyIdOf(const QByteArray& publicKey);
    // The key trusted under `kid`, or an empty array.
    QByteArray find(const QString& kid) const { return keys_.value(kid); }
    QStringList keyIds() const { return keys_.keys(); }
    bool isEmpty() const { return keys_.isEmpty(); }

private:
    QHash<QString, QByteArray> keys_;
};

// The envelope sonara-cloud signs leases and licences with (wire::SignedEnvelope).
// Returns the payload once its signature verifies with the trusted key its kid names; throws
// AccountError otherwise (unknown kid included). The signature covers the payload bytes
// exactly as sent.
QJsonObject verifySignedDocument(const QJsonObject& envelope, const TrustedKeys& keys);

}  // namespace sonara::core::account
