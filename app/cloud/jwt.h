#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <stdexcept>

namespace sonara::cloud {

struct AccessClaims {
    QString subject;
    QString role;
    // The sign-in session (refresh-token family) the token belongs to: signing out ends it.
    QString sessionId;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
};

class JwtError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// HS256 access tokens (RFC 7519) checked as RFC 8725 asks: the algorithm is fixed, not read
// from the token, and exp/nbf/iat are always required. Tokens name their key with `kid`, so a
// rotated-out secret (in `previousSecrets`) keeps verifying the tokens it signed until they expire.
class JwtSigner {
public:
    JwtSigner(QByteArray secret, qint64 lifetimeSeconds = 15 * 60,
              const QList<QByteArray>& previousSecrets = {});

    QByteArray issue(const QString& subject, const QString& role, qint64 now,
                     const QString& sessionId = {}) const;
    AccessClaims verify(const QByteArray& token, qint64 now) const;

    qint64 lifetimeSeconds() const { return lifetime_; }
    const QString& keyId() const { return keyId_; }

private:
    QByteArray secret_;
    QString keyId_;
    qint64 lifetime_;
    QHash<QString, QByteArray> verifyKeys_;
};

}  // namespace sonara::cloud
