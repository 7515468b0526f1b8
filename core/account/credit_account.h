#pragma once

#include "core/account/session_file.h"
#include "core/account/signed_document.h"
#include "core/account/wire_types.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <mutex>

namespace sonara::core::account {

class AccountClient;
class AccountError;

struct CreditAccountOptions {
    // Holds the sign-in, the service's keys, the leases and the last known balance.
    QString directory;
    // The offline reserve: while online, leases are kept topped up to this many seconds (or the
    // balance, if lower), so exports go on when the service cannot be reached.
    qint64 reserveSeconds = 30 * 60;
    qint64 leaseValidSeconds = 7LL * 24 * 3600;
    // Leases expiring sooner than this are settled and replaced while online.
    qint64 renewWithinSeconds = 24 * 3600;
    // An export waits at most this long for the service before the lease pays for it.
    int requestTimeoutMs = 10000;
};

// What the studio shows without asking the service.
struct AccountStatus {
    bool signedIn = false;
    QUrl serviceUrl;
    QString accountId;
    QString email;
    // The service's balance when it last answered; seconds held in leases are not in it.
    qint64 serviceBalanceSeconds = 0;
    // Spendable offline now.
    qint64 leaseSeconds = 0;
    // When the service last answered (unix seconds), 0 never.
    qint64 checkedAt = 0;
    // Why the last contact failed (or the device could not be activated); empty when it worked.
    QString lastError;
    // From this device's licence, verified offline; expiry 0 without a valid licence.
    QString plan;
    qint64 licenceExpiresAt = 0;
    qint64 totalSeconds() const { return serviceBalanceSeconds + leaseSeconds; }
};

// The signed-in account's credits, as the engine charges them: online an export is debited
// from the service's ledger (POST /v1/usage, once per idempotency key); when the service cannot
// be reached it is paid from the offline lease and reported when the lease is settled on the
// next contact. Every method may block on the network (never longer than a request timeout),
// so prefer calling them off the UI thread; the network runs on a thread of its own, so callers
// need no event loop. Safe to use from several threads and from several processes sharing the
// folder.
class CreditAccount {
public:
    explicit CreditAccount(CreditAccountOptions options);
    ~CreditAccount();

    const CreditAccountOptions& options() const { return options_; }
    SessionFile& sessionFile() { return session_; }
    bool isSignedIn() const;
    // From the files alone; no network.
    AccountStatus status() const;
    // This installation's id, sent as the device id and prefixed to usage keys so that two
    // installations never share one.
    QString deviceId() const;

    // Keeps a sign-in made elsewhere (the studio's dialog), then syncs; a failing sync is
    // recorded in the status, not thrown, because the sign-in itself worked.
    AccountStatus signIn(const QUrl& serviceUrl, const TokenPair& tokens, const Profile& profile);
    // Signs in with an email and password (`sonara account sign-in`), then as signIn().
    AccountStatus signInWithPassword(const QUrl& serviceUrl, const QString& email,
                                     const QString& password);
    // Settles every lease, deactivates this device and revokes the session when the service
    // can be reached; forgets the sign-in either way. Unsettled leases stay on disk and are settled
    // at the next sign-in to the same account.
    void signOut();
    // Settles the leases that paid for exports or are about to expire, tops the offline reserve
    // up, reads the balance and activates this device (renewing its licence when due). Throws
    // AccountError when the service cannot be reached.
    AccountStatus sync();
    // The service's plans (public, no sign-in needed beyond knowing the service).
    QList<Plan> plans();
    // The payment page for `planId`, to open in the browser; minutes arrive when the provider
    // confirms the payment, so sync() afterwards.
    QUrl checkoutUrl(const QString& planId);
    // Charges one export of `seconds`; returns the seconds charged now (0 when this key was
    // already paid). Throws AccountError: 402 when neither the balance nor the lease covers it,
    // 401 when the session has ended, 0 when the service is unreachable and the lease is short.
    qint64 charge(qint64 seconds, const QString& idempotencyKey, const QString& capability);
    // Offers a voice to other users through the signed-in account (AccountClient::shareVoice);
    // returns the share's id. Throws AccountError, 401 when not signed in.
    QString shareVoice(const QString& name, const QByteArray& sample);

private:
    struct Context;
    static void onNetworkThread(const std::function<void()>& work);
    void run(const std::function<void(Context&)>& work, bool requireSession = true);
    void syncWith(Context& context, qint64 now);
    void keepLicence(Context& context, qint64 now);
    void readLicence(AccountStatus& status, const TrustedKeys& keys,
                     const QString& accountId) const;
    // Leases enough to refill the offline reserve; returns the balance left.
    qint64 topUp(Context& context, qint64 balance, qint64 now);
    void payOffline(Context& context, const AccountError& why, qint64 seconds, const QString& key,
                    const QString& capability, qint64 now);
    void recordStatus(qint64 serviceBalance, qint64 checkedAt, const QString& lastError) const;
    QString path(const QString& name) const;
    QString walletPath(const QString& accountId) const;
    QString licencePath(const QString& accountId) const;

    CreditAccountOptions options_;
    SessionFile session_;
    std::mutex mutex_;
};

}  // namespace sonara::core::account
