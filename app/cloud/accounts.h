#pragma once

#include "app/cloud/cloud_config.h"
#include "app/cloud/rate_limiter.h"
#include "core/wire/account_shapes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sonara::cloud {

class Authenticator;
class CloudDatabase;
class JwtSigner;
class Router;
class WriteTransaction;
struct Caller;

// An API key as its owner lists it; the key itself is shown once, when it is created.
struct ApiKey {
    QString id;
    QString prefix;
    QString name;
    QStringList scopes;
    qint64 createdAt = 0;
    std::optional<qint64> lastUsedAt;
    std::optional<qint64> revokedAt;

    QJsonObject toJson() const;
};

struct CreatedApiKey {
    ApiKey key;
    QByteArray secret;

    // The answer to POST /v1/api-keys, the only one that shows the key.
    QJsonObject toJson() const;
};

// Accounts and their sessions: registration, email verification, password reset, sign-in,
// token refresh and sign-out, the profile, account mail, and API keys.
class Accounts {
public:
    Accounts(const CloudDatabase& database, const JwtSigner& jwt, const CloudConfig& config);

    void addRoutes(Router& router, Authenticator& authenticator);

    // Creates an account; throws HttpError (422 weak password or bad email, 409 taken).
    QString create(const QString& email, const QString& password, const QString& role);
    // Throws HttpError: 429 past the per-account or per-address limit, 401 on a wrong email or
    // password, 403 for a suspended account.
    wire::TokenPair signIn(const wire::Credentials& credentials, const QString& clientAddress);
    // Rotates the refresh token; a used one presented again ends its whole family.
    wire::TokenPair refresh(const QByteArray& refreshToken);
    // Ends the refresh token's session; returns its account (empty when unknown).
    QString signOut(const QByteArray& refreshToken);
    // Ends every session of the account, and so their access tokens at once.
    void signOutEverywhere(const QString& accountId);
    void verifyEmail(const QByteArray& token);
    // Mails a reset link when an active account uses `email`; says nothing either way.
    // Throws 429 past the per-address limit.
    void requestPasswordReset(const QString& email, const QString& clientAddress);
    // Sets the new password and ends every session; returns the account.
    QString resetPassword(const QByteArray& token, const QString& password);
    wire::Profile profile(const QString& accountId) const;

    // API keys come with a purchased plan (or the admin role).
    CreatedApiKey createApiKey(const Caller& caller, const QString& name,
                               const QStringList& scopes);
    QList<ApiKey> apiKeys(const QString& accountId) const;
    void revokeApiKey(const QString& accountId, const QString& keyId);

    // Sends waiting account mail through the SMTP server; blocking. Returns how many were sent.
    int deliverOutbox();

private:
    wire::TokenPair issueTokens(WriteTransaction& transaction, const QString& accountId,
                                const QString& role, const QString& familyId);
    void sendAccountToken(WriteTransaction& transaction, const QString& accountId,
                          const QString& email, const QString& purpose);
    static void revokeSessions(WriteTransaction& transaction, const QString& accountId);
    // Whether the account signed in from this address before.
    bool knownAddress(const QString& accountId, const QString& addressHash) const;

    const CloudDatabase& database_;
    const JwtSigner& jwt_;
    const CloudConfig& config_;
    RateLimiter loginsPerAccount_;
    RateLimiter loginsPerAccountAndAddress_;
    RateLimiter loginsPerAddress_;
    RateLimiter resetsPerAddress_;
    RateLimiter resetMailsPerAccount_;
};

}  // namespace sonara::cloud
