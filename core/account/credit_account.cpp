#include "core/account/credit_account.h"

#include "core/account/account_client.h"
#include "core/account/account_error.h"
#include "core/account/lease_wallet.h"
#include "core/account/service_keys.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>
#include <QUuid>

#include <exception>
#include <memory>
#include <optional>

namespace sonara::core::account {
namespace {

qint64 now() {
    return QDateTime::currentSecsSinceEpoch();
}

QString safeFileName(const QString& text) {
    QString name = text;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return name.left(80);
}

QJsonObject readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

}  // namespace

struct CreditAccount::Context {
    StoredSession session;
    std::unique_ptr<AccountClient> client;
    std::unique_ptr<ServiceKeys> keys;
    std::optional<LeaseWallet> wallet;
    bool forget = false;
};

CreditAccount::CreditAccount(CreditAccountOptions options)
    : options_(std::move(options)),
      session_(QDir(options_.directory).filePath(QStringLiteral("session.json"))) {}

CreditAccount::~CreditAccount() = default;

QString CreditAccount::path(const QString& name) const {
    return QDir(options_.directory).filePath(name);
}

QString CreditAccount::walletPath(const QString& accountId) const {
    return path(QStringLiteral("leases-%1.json").arg(safeFileName(accountId)));
}

QString CreditAccount::licencePath(const QString& accountId) const {
    return path(QStringLiteral("licence-%1.json").arg(safeFileName(accountId)));
}

bool CreditAccount::isSignedIn() const {
    return session_.read().has_value();
}

QString CreditAccount::deviceId() const {
    const QString file = path(QStringLiteral("device-id"));
    QFile existing(file);
    if (existing.open(QIODevice::ReadOnly)) {
        const QString id = QString::fromLatin1(existing.readAll()).trimmed();
        if (!id.isEmpty()) {
            return id;
        }
    }
    QDir().mkpath(options_.directory);
    QFile created(file);
    // NewOnly: when two processes start at once, one id wins and both read it.
    if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        created.write(QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
        created.close();
    }
    QFile reread(file);
    if (!reread.open(QIODevice::ReadOnly)) {
        throw AccountError(
            QStringLiteral("cannot create %1: check the permissions of the data folder").arg(file));
    }
    return QString::fromLatin1(reread.readAll()).trimmed();
}

AccountStatus CreditAccount::status() const {
    AccountStatus status;
    const std::optional<StoredSession> stored = session_.read();
    if (!stored) {
        return status;
    }
    status.signedIn = true;
    status.serviceUrl = stored->serviceUrl;
    status.accountId = stored->accountId;
    status.email = stored->email;
    const QJsonObject saved = readJson(path(QStringLiteral("status.json")));
    if (saved.value(QStringLiteral("account_id")).toString() == stored->accountId) {
        status.serviceBalanceSeconds =
            static_cast<qint64>(saved.value(QStringLiteral("service_balance_seconds")).toDouble());
        status.checkedAt =
            static_cast<qint64>(saved.value(QStringLiteral("checked_at")).toDouble());
        status.lastError = saved.value(QStringLiteral("last_error")).toString();
    }
    try {
        const ServiceKeys keys(path(QStringLiteral("keys.json")), stored->serviceUrl);
        readLicence(status, keys.trusted(), stored->accountId);
        if (!keys.trusted().isEmpty()) {
            const LeaseWallet wallet(walletPath(stored->accountId), keys.trusted());
            status.leaseSeconds = wallet.available(now());
        }
    } catch (const AccountError& error) {
        // An unreadable file: shown, never thrown at a caller that only wants to display.
        status.lastError = QString::fromUtf8(error.what());
    }
    return status;
}

void CreditAccount::readLicence(AccountStatus& status, const TrustedKeys& keys,
                                const QString& accountId) const {
    try {
        const Licence licence =
            verifyLicence(readJson(licencePath(accountId)), keys, deviceId(), now());
        status.plan = licence.plan;
        status.licenceExpiresAt = licence.expiresAt;
    } catch (const AccountError&) {
        // No licence yet, or an expired or altered one: the next sync activates the device.
    }
}

void CreditAccount::recordStatus(qint64 serviceBalance, qint64 checkedAt,
                                 const QString& lastError) const {
    const std::optional<StoredSession> stored = session_.read();
    QSaveFile file(path(QStringLiteral("status.json")));
    const QJsonObject json{{QStringLiteral("account_id"), stored ? stored->accountId : QString()},
                           {QStringLiteral("service_balance_seconds"), serviceBalance},
                           {QStringLiteral("checked_at"), checkedAt},
                           {QStringLiteral("last_error"), lastError}};
    // Only a cache of what the service said: losing it costs a refresh, never credits.
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(json).toJson());
        file.commit();
    }
}

void CreditAccount::onNetworkThread(const std::function<void()>& work) {
    std::exception_ptr failure;
    // The client's network and event loop live on a thread of their own, so a caller on the UI
    // thread or inside an HTTP handler never runs a nested event loop.
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            work();
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    thread->start();
    thread->wait();
    if (failure) {
        std::rethrow_exception(failure);
    }
}

void CreditAccount::run(const std::function<void(Context&)>& work, bool requireSession) {
    std::lock_guard<std::mutex> guard(mutex_);
    onNetworkThread([&] {
        const SessionFile::Lock lock(session_);
        Context context;
        const std::optional<StoredSession> stored = session_.read();
        if (!stored) {
            if (requireSession) {
                throw AccountError(
                    QStringLiteral("not signed in to a Sonara account: sign in first"), 401);
            }
            return;
        }
        context.session = *stored;
        context.client = std::make_unique<AccountClient>(stored->serviceUrl);
        context.client->setTokens(stored->tokens);
        context.client->setTimeout(options_.requestTimeoutMs);
        context.keys =
            std::make_unique<ServiceKeys>(path(QStringLiteral("keys.json")), stored->serviceUrl);
        context.wallet.emplace(walletPath(stored->accountId), context.keys->trusted());
        auto keepTokens = [&] {
            const TokenPair tokens = context.client->tokens();
            if (context.forget || tokens.refreshToken.isEmpty()) {
                // Signed out, or the service ended the session: a new sign-in is needed.
                session_.remove();
            } else if (tokens.refreshToken != stored->tokens.refreshToken ||
                       tokens.accessToken != stored->tokens.accessToken) {
                context.session.tokens = tokens;
                session_.write(context.session);
            }
        };
        try {
            work(context);
        } catch (...) {
            keepTokens();
            throw;
        }
        keepTokens();
    });
}

qint64 CreditAccount::topUp(Context& context, qint64 balance, qint64 at) {
    const qint64 held = context.wallet->available(at);
    if (held * 2 >= options_.reserveSeconds) {
        return balance;
    }
    const qint64 wanted = std::min(options_.reserveSeconds - held, balance);
    if (wanted <= 0) {
        return balance;
    }
    const Lease lease =
        context.client->takeLease(wanted, options_.leaseValidSeconds, *context.keys);
    // The lease may be signed with a key fetched just now: reopen the wallet trusting it.
    context.wallet.emplace(walletPath(context.session.accountId), context.keys->trusted());
    context.wallet->add(lease);
    return balance - wanted;
}

void CreditAccount::keepLicence(Context& context, qint64 at) {
    const QString file = licencePath(context.session.accountId);
    try {
        const Licence held = verifyLicence(readJson(file), context.keys->trusted(), deviceId(), at);
        if (held.expiresAt > at + options_.renewWithinSeconds) {
            return;
        }
    } catch (const AccountError&) {
        // None, expired or altered: activate (again), which also renews it.
    }
    const Licence licence = context.client->activateDevice(deviceId(), *context.keys);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(licence.envelope).toJson()) < 0 || !out.commit()) {
        throw AccountError(
            QStringLiteral("cannot write the licence to %1: check free space and permissions")
                .arg(file));
    }
}

void CreditAccount::syncWith(Context& context, qint64 at) {
    context.wallet->settleDue(*context.client, at, options_.renewWithinSeconds);
    const Profile profile = context.client->profile();
    QString problem;
    try {
        keepLicence(context, at);
    } catch (const AccountError& error) {
        if (isUnreachable(error)) {
            throw;
        }
        // Device limit reached: exports still work (credits pay for them); the user is told.
        problem = QString::fromUtf8(error.what());
    }
    recordStatus(topUp(context, profile.balanceSeconds, at), at, problem);
}

AccountStatus CreditAccount::sync() {
    try {
        run([this](Context& context) { syncWith(context, now()); });
    } catch (const AccountError& error) {
        if (isUnreachable(error)) {
            const AccountStatus last = status();
            recordStatus(last.serviceBalanceSeconds, last.checkedAt,
                         QString::fromUtf8(error.what()));
        }
        throw;
    }
    return status();
}

AccountStatus CreditAccount::signIn(const QUrl& serviceUrl, const TokenPair& tokens,
                                    const Profile& profile) {
    {
        std::lock_guard<std::mutex> guard(mutex_);
        const SessionFile::Lock lock(session_);
        session_.write(StoredSession{serviceUrl, profile.id, profile.email, tokens});
        recordStatus(profile.balanceSeconds, now(), {});
    }
    try {
        return sync();
    } catch (const AccountError& error) {
        AccountStatus signedIn = status();
        signedIn.lastError = QString::fromUtf8(error.what());
        return signedIn;
    }
}

AccountStatus CreditAccount::signInWithPassword(const QUrl& serviceUrl, const QString& email,
                                                const QString& password) {
    TokenPair tokens;
    Profile profile;
    onNetworkThread([&] {
        AccountClient client(serviceUrl);
        client.setTimeout(options_.requestTimeoutMs);
        tokens = client.signIn(email, password);
        profile = client.profile();
    });
    return signIn(serviceUrl, tokens, profile);
}

void CreditAccount::signOut() {
    run(
        [this](Context& context) {
            context.forget = true;
            try {
                context.wallet->settleAll(*context.client);
                const QString licence = licencePath(context.session.accountId);
                if (QFile::exists(licence)) {
                    try {
                        context.client->deactivateDevice(deviceId());
                    } catch (const AccountError& error) {
                        if (isUnreachable(error)) {
                            throw;
                        }
                        // Deactivated already (from another device's list): nothing to free.
                    }
                    QFile::remove(licence);
                }
                context.client->signOut();
            } catch (const AccountError&) {
                // Offline: the leases stay on disk for the next sign-in to this account, the
                // device stays activated, and the refresh token simply expires.
            }
        },
        false);
    QFile::remove(path(QStringLiteral("status.json")));
}

QList<Plan> CreditAccount::plans() {
    QList<Plan> result;
    run([&result](Context& context) { result = context.client->plans(); });
    return result;
}

QString CreditAccount::shareVoice(const QString& name, const QByteArray& sample) {
    QString id;
    run([&](Context& context) { id = context.client->shareVoice(name, sample); });
    return id;
}

QUrl CreditAccount::checkoutUrl(const QString& planId) {
    QUrl url;
    run([&](Context& context) { url = context.client->checkoutUrl(planId); });
    if (!url.isValid() || url.scheme() != QStringLiteral("https")) {
        throw AccountError(QStringLiteral("the account service gave no usable payment page (%1): "
                                          "try again later")
                               .arg(url.toString()));
    }
    return url;
}

qint64 CreditAccount::charge(qint64 seconds, const QString& idempotencyKey,
                             const QString& capability) {
    if (seconds <= 0) {
        return 0;
    }
    const QString key = deviceId() + QLatin1Char(':') + idempotencyKey;
    qint64 charged = 0;
    run([&](Context& context) {
        if (context.wallet->hasSpent(key)) {
            return;
        }
        const qint64 at = now();
        try {
            // Back online: what was paid offline is reported before anything new is charged.
            context.wallet->settleDue(*context.client, at, options_.renewWithinSeconds);
            qint64 balance = 0;
            try {
                balance = context.client->recordUsage(key, seconds, capability);
            } catch (const AccountError& error) {
                if (error.httpStatus() != 402 || context.wallet->leaseCount() == 0) {
                    throw;
                }
                // The reserve is the user's money too: return it and charge again.
                context.wallet->settleAll(*context.client);
                balance = context.client->recordUsage(key, seconds, capability);
            }
            charged = seconds;
            try {
                balance = topUp(context, balance, at);
            } catch (const AccountError&) {
                // The export is paid; a reserve not topped up now is tried again next time.
            }
            recordStatus(balance, at, {});
        } catch (const AccountError& error) {
            if (!isUnreachable(error)) {
                throw;
            }
            payOffline(context, error, seconds, key, capability, at);
            charged = seconds;
        }
    });
    return charged;
}

void CreditAccount::payOffline(Context& context, const AccountError& why, qint64 seconds,
                               const QString& key, const QString& capability, qint64 at) {
    const qint64 held = context.wallet->available(at);
    if (held < seconds) {
        throw AccountError(
            QStringLiteral("%1; the offline lease holds %2 seconds and this export needs %3: "
                           "export again once the service can be reached")
                .arg(QString::fromUtf8(why.what()))
                .arg(held)
                .arg(seconds),
            why.httpStatus());
    }
    context.wallet->spend(seconds, at, key, capability);
    const AccountStatus last = status();
    recordStatus(last.serviceBalanceSeconds, last.checkedAt, QString::fromUtf8(why.what()));
}

}  // namespace sonara::core::account
