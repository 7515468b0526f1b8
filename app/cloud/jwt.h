#pragma once

#include <QByteArray>
#include <QString>

#include <stdexcept>

namespace sonara::cloud {

struct AccessClaims {
    QString subject;
    QString role;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
};

class JwtError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// HS256 access tokens (RFC 7519) checked as RFC 8725 asks: the algorithm is fixed, not read
// from the token, and exp/nbf/iat are always required.
class JwtSigner {
public:
    JwtSigner(QByteArray secret, qint64 lifetimeSeconds = 15 * 60);

    QByteArray issue(const QString& subject, const QString& role, qint64 now) const;
    AccessClaims verify(const QByteArray& token, qint64 now) const;

    qint64 lifetimeSeconds() const { return lifetime_; }
    const QString& keyId() const { return keyId_; }

private:
    QByteArray secret_;
    QString keyId_;
    qint64 lifetime_;
};

}  // namespace sonara::cloud
