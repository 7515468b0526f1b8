#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sonara::cloud::crypto {

QByteArray randomBytes(int count);
// A random token that is safe in URLs and headers.
QByteArray randomToken(int bytes = 32);
QByteArray sha256(const QByteArray& data);
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
// Comparison whose time does not depend on where the inputs differ.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

QByteArray base64Url(const QByteArray& data);
std::optional<QByteArray> fromBase64Url(const QByteArray& text);

// Argon2id with the OWASP parameters (m = 19 MiB, t = 2, p = 1), PHC string format.
QString hashPassword(const QString& password);
bool verifyPassword(const QString& password, const QString& encoded);

// Ed25519 signing with a raw 32-byte private key (RFC 8032 seed).
class Ed25519Signer {
public:
    explicit Ed25519Signer(const QByteArray& seed);
    static QByteArray generateSeed();

    QByteArray sign(const QByteArray& message) const;
    const QByteArray& publicKey() const { return publicKey_; }
    // Names the key so that verifiers can pick it when keys are rotated (wire::keyIdOf).
    QString keyId() const;
    // `payload` signed in the envelope studios verify leases and licences with
    // (wire::SignedEnvelope).
    QJsonObject signDocument(const QJsonObject& payload) const;

private:
    QByteArray seed_;
    QByteArray publicKey_;
};

}  // namespace sonara::cloud::crypto
