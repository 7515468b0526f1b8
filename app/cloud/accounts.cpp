#include "app/cloud/accounts.h"

#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_database.h"
#include "app/cloud/cloud_http.h"
#include "app/cloud/cloud_support.h"
#include "app/cloud/jwt.h"
#include "app/cloud/mail_sender.h"
#include "core/wire/fields.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sonara::cloud {
namespace {

const QStringList kApiKeyScopes{QStringLiteral("read"), QStringLiteral("usage")};
// Reset mails past this many a window are not sent: the owner already has working links.
constexpr int kResetMailsPerWindow = 3;

const QStringList& commonPasswords() {
    static const QStringList list{QStringLiteral("password"),     QStringLiteral("password1"),
                                  QStringLiteral("password123"),  QStringLiteral("1234567890"),
                                  QStringLiteral("123456789"),    QStringLiteral("12345678"),
                                  QStringLiteral("qwertyuiop"),   QStringLiteral("1q2w3e4r5t"),
                                  QStringLiteral("iloveyou12"),   QStringLiteral("letmein123"),
                                  QStringLiteral("welcome123"),   QStringLiteral("passw0rd"),
                                  QStringLiteral("qwerty123"),    QStringLiteral("abc1234567"),
                                  QStringLiteral("0987654321"),   QStringLiteral("administrator"),
                                  QStringLiteral("password1234"), QStringLiteral("1111111111")};
    return list;
}

void checkPassword(const QString& password, const QString& email) {
    if (password.size() < 10) {
        throw invalid(QStringLiteral("password"),
                      QStringLiteral("the password is too short: use at least 10 characters"));
    }
    if (password.size() > 128) {
        throw invalid(QStringLiteral("password"),
                      QStringLiteral("the password is too long: use at most 128 characters"));
    }
    if (commonPasswords().contains(password.toLower()) || password.toLower() == email ||
        password.count(password.at(0)) == password.size()) {
        throw invalid(QStringLiteral("password"),
                      QStringLiteral("the password is too easy to guess: choose a longer phrase "
                                     "that is not your email or a common password"));
    }
}

HttpError tooManyRequests(const QString& title, qint64 wait) {
    HttpError refused(Status::TooManyRequests, title,
                      QStringLiteral("wait %1 seconds before trying again").arg(wait));
    refused.setRetryAfter(wait);
    return refused;
}

HttpError suspended() {
    return HttpError(Status::Forbidden, QStringLiteral("Account suspended"),
                     QStringLiteral("this account is suspended: contact support"));
}

QStringList parseScopes(const QJsonValue& value) {
    if (!value.isArray() || value.toArray().isEmpty()) {
        throw invalid(QStringLiteral("scopes"), QStringLiteral("'scopes' is a list drawn from: %1")
                                                    .arg(kApiKeyScopes.join(QStringLiteral(", "))));
    }
    QStringList scopes;
    for (const QJsonValue& scope : value.toArray()) {
        if (!kApiKeyScopes.contains(scope.toString())) {
            throw invalid(QStringLiteral("scopes"),
                          QStringLiteral("unknown scope; use %1")
                              .arg(kApiKeyScopes.join(QStringLiteral(", "))));
        }
        if (!scopes.contains(scope.toString())) {
            scopes.append(scope.toString());
        }
    }
    return scopes;
}

QJsonValue toJson(const std::optional<qint64>& time) {
    return time ? QJsonValue(*time) : QJsonValue();
}

}  // namespace

QJsonObject ApiKey::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("prefix"), prefix},
            {QStringLiteral("name"), name},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("last_used_at"), cloud::toJson(lastUsedAt)},
            {QStringLiteral("revoked_at"), cloud::toJson(revokedAt)}};
}

QJsonObject CreatedApiKey::toJson() const {
    return {{QStringLiteral("id"), key.id},
            {QStringLiteral("key"), QString::fromLatin1(secret)},
            {QStringLiteral("prefix"), key.prefix},
            {QStringLiteral("name"), key.name},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(key.scopes)}};
}

Accounts::Accounts(const CloudDatabase& database, const JwtSigner& jwt, const CloudConfig& config)
    : database_(database),
      jwt_(jwt),
      config_(config),
      loginsPerAccount_(database, QStringLiteral("login-account"), config.loginsPerAccount,
                        config.loginWindowSeconds, RateLimiter::Mode::GrowingDelays),
      loginsPerAccountAndAddress_(database, QStringLiteral("login-pair"), config.loginsPerAccount,
                                  config.loginWindowSeconds, RateLimiter::Mode::GrowingDelays),
      loginsPerAddress_(database, QStringLiteral("login-address"), config.loginsPerAddress,
                        config.loginWindowSeconds, RateLimiter::Mode::GrowingDelays),
      resetsPerAddress_(database, QStringLiteral("reset-address"), config.loginsPerAddress,
                        config.loginWindowSeconds),
      resetMailsPerAccount_(database, QStringLiteral("reset-mail"), kResetMailsPerWindow,
                            config.loginWindowSeconds) {}

void Accounts::addRoutes(Router& router, Authenticator& authenticator) {
    const qint64 limit = config_.maxBodyBytes;
    router.route(QStringLiteral("/v1/auth/register"), Method::Post,
                 [this, limit](const QHttpServerRequest& request) {
                     const auto credentials = wire::Credentials::parse(parseBody(request, limit));
                     const QString id =
                         create(credentials.email, credentials.password, QStringLiteral("user"));
                     return json({{QStringLiteral("id"), id},
                                  {QStringLiteral("email"), credentials.email.trimmed().toLower()}},
                                 Status::Created);
                 });
    router.route(
        QStringLiteral("/v1/auth/verify-email"), Method::Post,
        [this, limit](const QHttpServerRequest& request) {
            verifyEmail(wire::requireString(parseBody(request, limit), QStringLiteral("token"), 512)
                            .toUtf8());
            return json({{QStringLiteral("email_verified"), true}});
        });
    router.route(QStringLiteral("/v1/auth/forgot-password"), Method::Post,
                 [this, limit, &authenticator](const QHttpServerRequest& request) {
                     requestPasswordReset(wire::requireString(parseBody(request, limit),
                                                              QStringLiteral("email"), 254)
                                              .trimmed()
                                              .toLower(),
                                          authenticator.clientAddress(request));
                     // The same answer either way, so the route does not reveal which emails
                     // have accounts.
                     return json({{QStringLiteral("detail"),
                                   QStringLiteral("if an account uses this email, a reset link is "
                                                  "on its way")}},
                                 Status::Accepted);
                 });
    router.route(QStringLiteral("/v1/auth/reset-password"), Method::Post,
                 [this, limit, &authenticator](const QHttpServerRequest& request) {
                     const QJsonObject body = parseBody(request, limit);
                     const QByteArray token =
                         wire::requireString(body, QStringLiteral("token"), 512).toUtf8();
                     authenticator.forgetSessions(resetPassword(
                         token, wire::requireString(body, QStringLiteral("password"), 1024)));
                     return QHttpServerResponse(Status::NoContent);
                 });
    router.route(
        QStringLiteral("/v1/auth/login"), Method::Post,
        [this, limit, &authenticator](const QHttpServerRequest& request) {
            const auto credentials = wire::Credentials::parse(parseBody(request, limit));
            return json(signIn(credentials, authenticator.clientAddress(request)).toJson());
        });
    router.route(QStringLiteral("/v1/auth/refresh"), Method::Post,
                 [this, limit](const QHttpServerRequest& request) {
                     return json(refresh(wire::requireString(parseBody(request, limit),
                                                             QStringLiteral("refresh_token"), 512)
                                             .toUtf8())
                                     .toJson());
                 });
    router.route(
        QStringLiteral("/v1/auth/logout"), Method::Post,
        [this, limit, &authenticator](const QHttpServerRequest& request) {
            authenticator.forgetSessions(signOut(
                wire::requireString(parseBody(request, limit), QStringLiteral("refresh_token"), 512)
                    .toUtf8()));
            return QHttpServerResponse(Status::NoContent);
        });
    router.route(QStringLiteral("/v1/auth/logout-all"), Method::Post,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     const QString accountId = authenticator.authenticate(request).accountId;
                     signOutEverywhere(accountId);
                     authenticator.forgetSessions(accountId);
                     return QHttpServerResponse(Status::NoContent);
                 });
    router.route(QStringLiteral("/v1/me"), Method::Get,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     const Caller caller =
                         authenticator.authenticate(request, QStringLiteral("read"));
                     return json(profile(caller.accountId).toJson());
                 });
    router.route(QStringLiteral("/v1/api-keys"), Method::Post,
                 [this, limit, &authenticator](const QHttpServerRequest& request) {
                     const Caller caller = authenticator.authenticate(request);
                     const QJsonObject body = parseBody(request, limit);
                     const QString name = wire::requireString(body, QStringLiteral("name"), 100);
                     const QStringList scopes = parseScopes(body.value(QStringLiteral("scopes")));
                     return json(createApiKey(caller, name, scopes).toJson(), Status::Created);
                 });
    router.route(
        QStringLiteral("/v1/api-keys"), Method::Get,
        [this, &authenticator](const QHttpServerRequest& request) {
            QJsonArray keys;
            for (const ApiKey& key : apiKeys(authenticator.authenticate(request).accountId)) {
                keys.append(key.toJson());
            }
            return json({{QStringLiteral("api_keys"), keys}});
        });
    router.routeWithId(
        QStringLiteral("/v1/api-keys/<arg>"), Method::Delete,
        [this, &authenticator](const QString& keyId, const QHttpServerRequest& request) {
            revokeApiKey(authenticator.authenticate(request).accountId, keyId);
            return QHttpServerResponse(Status::NoContent);
        });
}

QString Accounts::create(const QString& rawEmail, const QString& password, const QString& role) {
    const QString email = rawEmail.trimmed().toLower();
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 254 || !emailPattern.match(email).hasMatch()) {
        throw invalid(QStringLiteral("email"),
                      QStringLiteral("'%1' is not an email address like name@example.com")
                          .arg(email.left(64)));
    }
    checkPassword(password, email);
    // Hash before taking the write lock: Argon2 is slow on purpose.
    const QString hash = crypto::hashPassword(password);
    const QString id = newId();
    WriteTransaction transaction(database_);
    Rows existing =
        transaction.select(QStringLiteral("SELECT id FROM accounts WHERE email = ?"), {email});
    if (existing.next() ||
        !transaction.tryExec(QStringLiteral("INSERT INTO accounts (id, email, password_hash, role, "
                                            "status, created_at) VALUES (?, ?, ?, ?, 'active', ?)"),
                             {id, email, hash, role, now()})) {
        throw HttpError(Status::Conflict, QStringLiteral("Email taken"),
                        QStringLiteral("an account with this email already exists: sign in, or "
                                       "reset the password"),
                        QStringLiteral("email"));
    }
    sendAccountToken(transaction, id, email, QStringLiteral("verify-email"));
    transaction.commit();
    return id;
}

void Accounts::sendAccountToken(WriteTransaction& transaction, const QString& accountId,
                                const QString& email, const QString& purpose) {
    const QByteArray token = crypto::randomToken();
    const bool verify = purpose == QStringLiteral("verify-email");
    const qint64 issued = now();
    transaction.exec(
        QStringLiteral("INSERT INTO account_tokens (id, account_id, purpose, token_hash, "
                       "expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {newId(), accountId, purpose, hashToken(token), issued + (verify ? 24 * 3600 : 3600),
         issued});
    const QString link =
        QStringLiteral("%1/account/%2?token=%3")
            .arg(config_.publicUrl, verify ? QStringLiteral("verify") : QStringLiteral("reset"),
                 QString::fromLatin1(token));
    const QString subject = verify ? QStringLiteral("Confirm your Sonara Studio email")
                                   : QStringLiteral("Reset your Sonara Studio password");
    const QString body =
        verify ? QStringLiteral("Open this link within 24 hours to confirm your email:\n%1\n")
                     .arg(link)
               : QStringLiteral(
                     "Open this link within an hour to choose a new password:\n%1\n"
                     "If you did not ask for this, ignore this message.\n")
                     .arg(link);
    transaction.exec(QStringLiteral("INSERT INTO outbox (id, recipient, subject, body, created_at) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {newId(), email, subject, body, issued});
}

void Accounts::verifyEmail(const QByteArray& token) {
    WriteTransaction transaction(database_);
    Rows row = transaction.select(
        QStringLiteral(
            "SELECT id, account_id FROM account_tokens WHERE token_hash = ? AND purpose = "
            "'verify-email' AND used_at IS NULL AND expires_at > ?"),
        {hashToken(token), now()});
    if (!row.next()) {
        throw HttpError(Status::BadRequest, QStringLiteral("Invalid token"),
                        QStringLiteral("the link is unknown, used or expired: ask for a new one "
                                       "from the Account page"),
                        QStringLiteral("token"));
    }
    transaction.exec(QStringLiteral("UPDATE account_tokens SET used_at = ? WHERE id = ?"),
                     {now(), row.text("id")});
    transaction.exec(QStringLiteral("UPDATE accounts SET email_verified_at = ? WHERE id = ? AND "
                                    "email_verified_at IS NULL"),
                     {now(), row.text("account_id")});
    transaction.commit();
}

void Accounts::requestPasswordReset(const QString& email, const QString& clientAddress) {
    // Counted per address, not per account, so that nobody can use up an owner's resets; an
    // account gets a few mails a window, and any of them works for its owner.
    if (const qint64 wait = resetsPerAddress_.hit(clientAddress, now()); wait > 0) {
        throw tooManyRequests(QStringLiteral("Too many requests"), wait);
    }
    if (resetMailsPerAccount_.hit(email, now()) > 0) {
        return;
    }
    WriteTransaction transaction(database_);
    Rows account = transaction.select(
        QStringLiteral("SELECT id FROM accounts WHERE email = ? AND status = 'active'"), {email});
    if (account.next()) {
        sendAccountToken(transaction, account.text("id"), email, QStringLiteral("reset-password"));
    }
    transaction.commit();
}

QString Accounts::resetPassword(const QByteArray& token, const QString& password) {
    Rows row = database_.select(
        QStringLiteral(
            "SELECT t.id, t.account_id, a.email FROM account_tokens t JOIN accounts a ON "
            "a.id = t.account_id WHERE t.token_hash = ? AND t.purpose = 'reset-password' "
            "AND t.used_at IS NULL AND t.expires_at > ?"),
        {hashToken(token), now()});
    if (!row.next()) {
        throw HttpError(
            Status::BadRequest, QStringLiteral("Invalid token"),
            QStringLiteral("the reset link is unknown, used or expired: ask for a new one"),
            QStringLiteral("token"));
    }
    const QString tokenId = row.text("id");
    const QString accountId = row.text("account_id");
    checkPassword(password, row.text("email"));
    const QString hash = crypto::hashPassword(password);
    WriteTransaction transaction(database_);
    // Spending the token inside the write lock makes a second use lose the race.
    QSqlQuery spent = transaction.exec(
        QStringLiteral("UPDATE account_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL"),
        {now(), tokenId});
    if (spent.numRowsAffected() != 1) {
        throw HttpError(Status::BadRequest, QStringLiteral("Invalid token"),
                        QStringLiteral("the reset link was already used: ask for a new one"),
                        QStringLiteral("token"));
    }
    transaction.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"),
                     {hash, accountId});
    // A new password ends every session, including one an attacker may hold.
    revokeSessions(transaction, accountId);
    transaction.commit();
    // The owner proved who they are by mail: guesses by others no longer hold the account.
    loginsPerAccount_.clear(row.text("email"));
    return accountId;
}

void Accounts::revokeSessions(WriteTransaction& transaction, const QString& accountId) {
    transaction.exec(QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE account_id = ? "
                                    "AND revoked_at IS NULL"),
                     {now(), accountId});
}

void Accounts::signOutEverywhere(const QString& accountId) {
    WriteTransaction transaction(database_);
    revokeSessions(transaction, accountId);
    transaction.commit();
}

wire::TokenPair Accounts::issueTokens(WriteTransaction& transaction, const QString& accountId,
                                      const QString& role, const QString& familyId) {
    const QByteArray refreshToken = crypto::randomToken();
    const qint64 issued = now();
    transaction.exec(
        QStringLiteral("INSERT INTO refresh_tokens (id, account_id, family_id, "
                       "token_hash, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {newId(), accountId, familyId, hashToken(refreshToken),
         issued + config_.refreshTokenSeconds, issued});
    return {QString::fromLatin1(jwt_.issue(accountId, role, issued, familyId)),
            QString::fromLatin1(refreshToken), jwt_.lifetimeSeconds()};
}

wire::TokenPair Accounts::signIn(const wire::Credentials& credentials,
                                 const QString& clientAddress) {
    const QString email = credentials.email.trimmed().toLower();
    // Read out and let go of before the limits are counted: an open SQLite read would turn
    // their upserts into stale-snapshot writes that fail at once under concurrency.
    QString accountId, passwordHash, role, status;
    {
        Rows account = database_.select(
            QStringLiteral("SELECT id, password_hash, role, status FROM accounts WHERE email = ?"),
            {email});
        if (account.next()) {
            accountId = account.text("id");
            passwordHash = account.text("password_hash");
            role = account.text("role");
            status = account.text("status");
        }
    }
    const bool found = !accountId.isEmpty();
    const QString addressHash = QString::fromLatin1(crypto::sha256(clientAddress.toUtf8()).toHex());
    // Guesses are slowed per address, and per account: from an address the account signed in
    // from before, by a budget of that account and address alone, so that strangers elsewhere
    // cannot hold the owner; from any other address, by the account's shared budget. One
    // account budget per attempt, so that concurrent attempts cannot pass one and fail another.
    const QString pair = email + QLatin1Char('\n') + clientAddress;
    const bool known = found && knownAddress(accountId, addressHash);
    const RateLimiter& accountBudget = known ? loginsPerAccountAndAddress_ : loginsPerAccount_;
    const QString accountKey = known ? pair : email;
    const qint64 wait =
        std::max(accountBudget.hit(accountKey, now()), loginsPerAddress_.hit(clientAddress, now()));
    if (wait > 0) {
        throw tooManyRequests(QStringLiteral("Too many sign-in attempts"), wait);
    }
    // An unknown email costs the same hash as a known one, so timing does not reveal accounts.
    static const QString decoy = crypto::hashPassword(QStringLiteral("decoy password for timing"));
    const bool verified =
        crypto::verifyPassword(credentials.password, found ? passwordHash : decoy);
    if (!found || !verified) {
        throw HttpError(Status::Unauthorized, QStringLiteral("Sign-in failed"),
                        QStringLiteral("the email or password is wrong"));
    }
    if (status != QStringLiteral("active")) {
        throw suspended();
    }
    WriteTransaction transaction(database_);
    const wire::TokenPair tokens = issueTokens(transaction, accountId, role, newId());
    transaction.exec(
        QStringLiteral("INSERT INTO sign_in_addresses (account_id, address_hash, last_seen) VALUES "
                       "(?, ?, ?) ON CONFLICT (account_id, address_hash) DO UPDATE SET last_seen "
                       "= excluded.last_seen"),
        {accountId, addressHash, now()});
    transaction.commit();
    // Only failures count: the success is taken off both budgets it was counted against.
    loginsPerAccountAndAddress_.clear(pair);
    accountBudget.forgiveOne(accountKey);
    loginsPerAddress_.forgiveOne(clientAddress);
    return tokens;
}

bool Accounts::knownAddress(const QString& accountId, const QString& addressHash) const {
    Rows known = database_.select(QStringLiteral("SELECT 1 AS known FROM sign_in_addresses WHERE "
                                                 "account_id = ? AND address_hash = ?"),
                                  {accountId, addressHash});
    return known.next();
}

wire::TokenPair Accounts::refresh(const QByteArray& refreshToken) {
    WriteTransaction transaction(database_);
    Rows row = transaction.select(
        QStringLiteral("SELECT r.id, r.account_id, r.family_id, r.expires_at, r.used_at, "
                       "r.revoked_at, a.role, a.status FROM refresh_tokens r JOIN accounts a ON "
                       "a.id = r.account_id WHERE r.token_hash = ?"),
        {hashToken(refreshToken)});
    auto refuse = [](const QString& detail) {
        return HttpError(Status::Unauthorized, QStringLiteral("Unauthorized"), detail);
    };
    if (!row.next()) {
        throw refuse(QStringLiteral("the refresh token is unknown: sign in again"));
    }
    const QString familyId = row.text("family_id");
    if (!row.isNull("used_at") || !row.isNull("revoked_at")) {
        // A used token presented again means it was copied: end every session of its family.
        transaction.exec(
            QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? "
                           "AND revoked_at IS NULL"),
            {now(), familyId});
        transaction.commit();
        throw refuse(
            QStringLiteral("the refresh token was already used, so this session has been "
                           "ended everywhere: sign in again"));
    }
    if (row.integer("expires_at") <= now()) {
        throw refuse(QStringLiteral("the refresh token has expired: sign in again"));
    }
    if (row.text("status") != QStringLiteral("active")) {
        throw suspended();
    }
    transaction.exec(QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE id = ?"),
                     {now(), row.text("id")});
    const wire::TokenPair tokens =
        issueTokens(transaction, row.text("account_id"), row.text("role"), familyId);
    transaction.commit();
    return tokens;
}

QString Accounts::signOut(const QByteArray& refreshToken) {
    WriteTransaction transaction(database_);
    QString accountId;
    Rows row = transaction.select(
        QStringLiteral("SELECT family_id, account_id FROM refresh_tokens WHERE token_hash = ?"),
        {hashToken(refreshToken)});
    if (row.next()) {
        accountId = row.text("account_id");
        transaction.exec(
            QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? "
                           "AND revoked_at IS NULL"),
            {now(), row.text("family_id")});
    }
    transaction.commit();
    return accountId;
}

wire::Profile Accounts::profile(const QString& accountId) const {
    // One statement, because on PostgreSQL each is a round trip. The subscription shown is the
    // live one if there is one, else the one that ended last.
    Rows account = database_.select(
        QStringLiteral(
            "SELECT a.id, a.email, a.role, a.plan_id, a.status, a.created_at, "
            "a.email_verified_at, (SELECT CAST(COALESCE(SUM(seconds), 0) AS BIGINT) FROM "
            "ledger_entries WHERE account_id = a.id) AS balance, s.plan_id AS subscription_plan, "
            "s.provider AS subscription_provider, s.status AS subscription_status, "
            "s.past_due_since FROM accounts a LEFT JOIN subscriptions s ON s.id = (SELECT id "
            "FROM subscriptions WHERE account_id = a.id ORDER BY CASE WHEN status = 'active' "
            "THEN 0 ELSE 1 END, created_at DESC LIMIT 1) WHERE a.id = ?"),
        {accountId});
    account.next();
    wire::Profile profile;
    profile.id = account.text("id");
    profile.email = account.text("email");
    profile.role = account.text("role");
    profile.plan = account.text("plan_id");
    profile.status = account.text("status");
    profile.createdAt = account.integer("created_at");
    profile.emailVerified = !account.isNull("email_verified_at");
    profile.balanceSeconds = account.integer("balance");
    if (!account.isNull("subscription_plan")) {
        const bool pastDue = !account.isNull("past_due_since");
        profile.subscription = wire::SubscriptionState{
            account.text("subscription_plan"), account.text("subscription_provider"),
            pastDue ? QStringLiteral("past_due") : account.text("subscription_status"),
            account.integer("past_due_since")};
    }
    return profile;
}

CreatedApiKey Accounts::createApiKey(const Caller& caller, const QString& name,
                                     const QStringList& scopes) {
    Rows paying = database_.select(
        QStringLiteral("SELECT 1 AS paid FROM purchases WHERE account_id = ?"), {caller.accountId});
    if (!paying.next() && caller.role != QStringLiteral("admin")) {
        throw HttpError(Status::Forbidden, QStringLiteral("Paid feature"),
                        QStringLiteral("API keys come with a purchased plan: buy minutes first"));
    }
    const QByteArray visible = kApiKeyPrefix + crypto::randomBytes(6).toHex();
    CreatedApiKey created;
    created.secret = visible + '_' + crypto::randomToken(32);
    created.key.id = newId();
    created.key.prefix = QString::fromLatin1(visible);
    created.key.name = name;
    created.key.scopes = scopes;
    created.key.createdAt = now();
    WriteTransaction transaction(database_);
    transaction.exec(
        QStringLiteral("INSERT INTO api_keys (id, account_id, prefix, key_hash, name, "
                       "scopes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {created.key.id, caller.accountId, created.key.prefix, hashToken(created.secret), name,
         scopes.join(QLatin1Char(' ')), created.key.createdAt});
    transaction.commit();
    return created;
}

QList<ApiKey> Accounts::apiKeys(const QString& accountId) const {
    Rows row = database_.select(
        QStringLiteral("SELECT id, prefix, name, scopes, created_at, last_used_at, revoked_at FROM "
                       "api_keys WHERE account_id = ? ORDER BY created_at, id"),
        {accountId});
    QList<ApiKey> keys;
    while (row.next()) {
        keys.append({row.text("id"), row.text("prefix"), row.text("name"),
                     row.text("scopes").split(QLatin1Char(' ')), row.integer("created_at"),
                     row.optionalInteger("last_used_at"), row.optionalInteger("revoked_at")});
    }
    return keys;
}

void Accounts::revokeApiKey(const QString& accountId, const QString& keyId) {
    WriteTransaction transaction(database_);
    QSqlQuery revoked = transaction.exec(
        QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND account_id = ? AND "
                       "revoked_at IS NULL"),
        {now(), keyId, accountId});
    if (revoked.numRowsAffected() != 1) {
        throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                        QStringLiteral("no active API key %1 on this account").arg(keyId.left(64)));
    }
    transaction.commit();
}

int Accounts::deliverOutbox() {
    const MailSender sender(config_.smtpUrl, config_.mailFrom);
    if (!sender.configured()) {
        return 0;
    }
    Rows waiting = database_.select(QStringLiteral(
        "SELECT id, recipient, subject, body FROM outbox WHERE sent_at IS NULL ORDER BY "
        "created_at, id LIMIT 50"));
    struct Mail {
        QString id, recipient, subject, body;
    };
    QList<Mail> mails;
    while (waiting.next()) {
        mails.append({waiting.text("id"), waiting.text("recipient"), waiting.text("subject"),
                      waiting.text("body")});
    }
    int sent = 0;
    for (const Mail& mail : mails) {
        const QString failure = sender.send(mail.recipient, mail.subject, mail.body);
        if (!failure.isEmpty()) {
            logLine({{QStringLiteral("level"), QStringLiteral("warning")},
                     {QStringLiteral("message"),
                      QStringLiteral("mail not sent, will retry: %1").arg(failure)}});
            break;
        }
        // Once delivered, the body (which holds a live token) is not kept.
        database_.exec(QStringLiteral("UPDATE outbox SET sent_at = ?, body = '' WHERE id = ?"),
                       {now(), mail.id});
        ++sent;
    }
    return sent;
}

}  // namespace sonara::cloud
