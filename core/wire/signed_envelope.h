#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sonara::wire {

// Names a key so that a verifier picks it when keys are rotated: the first 16 hex digits of the
// key's SHA-256. sonara-cloud names its Ed25519 keys and its token secrets this way.
QString keyIdOf(const QByteArray& key);

// The envelope sonara-cloud signs leases and licences with:
// {"alg": "Ed25519", "kid": ..., "payload": base64url(JSON), "signature": base64url(64 bytes)}.
// The signature covers the payload bytes exactly as sent.
struct SignedEnvelope {
    static constexpr char kEd25519[] = "Ed25519";

    QString algorithm = QString::fromLatin1(kEd25519);
    QString keyId;
    QByteArray payload;
    QByteArray signature;

    QJsonObject toJson() const;
    // Never fails: a payload or signature that is not base64url reads as empty, which no
    // signature verifies.
    static SignedEnvelope fromJson(const QJsonObject& json);
};

// A payload as it is signed: compact JSON.
QByteArray payloadBytes(const QJsonObject& payload);

// One public key of GET /v1/keys: the raw 32-byte key under the kid documents name it by.
struct SigningKey {
    QString keyId;
    QByteArray publicKey;
};

// GET /v1/keys: the current key, and every key whose documents still verify (the current one
// first, then those retired but still honoured).
struct SigningKeys {
    SigningKey current;
    QList<SigningKey> keys;

    QJsonObject toJson() const;
    // Keys whose public_key is not base64 read as empty; callers check each against its kid.
    static SigningKeys fromJson(const QJsonObject& json);
};

}  // namespace sonara::wire
