#include "app/cloud/jwt.h"

#include "app/cloud/cloud_crypto.h"
#include "core/wire/signed_envelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sonara::cloud {
namespace {

constexpr qint64 kClockSkewSeconds = 30;
const QString kIssuer = QStringLiteral("sonara-cloud");

QJsonObject decodePart(const QByteArray& part) {
    const auto raw = crypto::fromBase64Url(part);
    if (!raw) {
        throw JwtError("the token is not base64url");
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*raw, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        throw JwtError("the token is not JSON");
    }
    return document.object();
}

}  // namespace

JwtSigner::JwtSigner(QByteArray secret, qint64 lifetimeSeconds,
                     const QList<QByteArray>& previousSecrets)
    : secret_(std::move(secret)), keyId_(wire::keyIdOf(secret_)), lifetime_(lifetimeSeconds) {
    for (const QByteArray& previous : previousSecrets) {
        verifyKeys_.insert(wire::keyIdOf(previous), previous);
    }
    verifyKeys_.insert(keyId_, secret_);
    if (secret_.size() < 32) {
        throw std::runtime_error(
            "SONARA_CLOUD_JWT_SECRET is shorter than 32 bytes: use at least 32 random bytes, or "
            "unset it to use the generated key in the data directory");
    }
}

QByteArray JwtSigner::issue(const QString& subject, const QString& role, qint64 now,
                            const QString& sessionId) const {
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), keyId_}};
    QJsonObject claims{{QStringLiteral("iss"), kIssuer}, {QStringLiteral("sub"), subject},
                       {QStringLiteral("role"), role},   {QStringLiteral("iat"), now},
                       {QStringLiteral("nbf"), now},     {QStringLiteral("exp"), now + lifetime_}};
    if (!sessionId.isEmpty()) {
        claims.insert(QStringLiteral("sid"), sessionId);
    }
    const QByteArray signingInput =
        crypto::base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        crypto::base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return signingInput + '.' + crypto::base64Url(crypto::hmacSha256(secret_, signingInput));
}

AccessClaims JwtSigner::verify(const QByteArray& token, qint64 now) const {
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        throw JwtError("the token is not a JWS compact serialization");
    }
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    // The header only selects among our own keys; the algorithm is fixed whatever it says.
    const QJsonObject header = decodePart(parts[0]);
    const QString kid = header.value(QStringLiteral("kid")).toString();
    if (header.value(QStringLiteral("alg")).toString() != QStringLiteral("HS256") ||
        !verifyKeys_.contains(kid)) {
        throw JwtError("the token uses another algorithm or key");
    }
    const auto signature = crypto::fromBase64Url(parts[2]);
    if (!signature || !crypto::constantTimeEquals(
                          *signature, crypto::hmacSha256(verifyKeys_.value(kid), signingInput))) {
        throw JwtError("the token signature does not verify");
    }
    const QJsonObject claims = decodePart(parts[1]);
    for (const char* name : {"exp", "nbf", "iat"}) {
        const QJsonValue value = claims.value(QLatin1String(name));
        // Bounded before the integer conversion, which is undefined for huge doubles.
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1e12) {
            throw JwtError("the token lacks a valid time claim");
        }
    }
    AccessClaims result;
    result.subject = claims.value(QStringLiteral("sub")).toString();
    result.role = claims.value(QStringLiteral("role")).toString();
    result.sessionId = claims.value(QStringLiteral("sid")).toString();
    result.issuedAt = static_cast<qint64>(claims.value(QStringLiteral("iat")).toDouble());
    result.expiresAt = static_cast<qint64>(claims.value(QStringLiteral("exp")).toDouble());
    const auto notBefore = static_cast<qint64>(claims.value(QStringLiteral("nbf")).toDouble());
    if (claims.value(QStringLiteral("iss")).toString() != kIssuer || result.subject.isEmpty()) {
        throw JwtError("the token was not issued by this service");
    }
    if (now >= result.expiresAt + kClockSkewSeconds) {
        throw JwtError("the token has expired");
    }
    if (now + kClockSkewSeconds < notBefore || now + kClockSkewSeconds < result.issuedAt) {
        throw JwtError("the token is not valid yet");
    }
    return result;
}

}  // namespace sonara::cloud
