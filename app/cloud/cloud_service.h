#pragma once

#include "app/cloud/cloud_config.h"
#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_database.h"
#include "app/cloud/jwt.h"
#include "app/cloud/rate_limiter.h"
#include "app/cloud/subscription_event.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <memory>

class QHttpServer;
class QNetworkAccessManager;
class QHttpServerRequest;
class QHttpServerResponse;

namespace sonara::cloud {

struct SubscriptionRow;
struct LeaseUsageItem;

struct Caller {
    QString accountId;
    QString role;
    // Set when the request came with an API key rather than a signed-in session.
    bool apiKey = false;
};

// The hosted account service: accounts, the credits ledger, payment webhooks, signed leases
// and licences, and the admin API, over Qt HTTP Server.
class CloudService : public QObject {
    Q_OBJECT

public:
    explicit CloudService(CloudConfig config, QObject* parent = nullptr);
    ~CloudService() override;

    // Port 0 picks a free port; returns the port listened on.
    quint16 listen(const QHostAddress& address, quint16 port);
    // Serves HTTPS with this PEM certificate chain and key, for deployments without a proxy.
    void useTls(const QString& certificatePath, const QString& keyPath);

    CloudDatabase& database() { return *database_; }
    const JwtSigner& jwt() const { return jwt_; }
    const crypto::Ed25519Signer& signer() const { return signer_; }
    const CloudConfig& config() const { return config_; }

    // Creates an account; throws HttpError (422 weak password or bad email, 409 taken).
    QString createAccount(const QString& email, const QString& password, const QString& role);
    qint64 balance(const QString& accountId) const;
    // Resets the allowance of every subscription whose period began by `now`; each period is
    // applied once, whichever instance or restart gets there first. Returns how many were.
    int runScheduledResets(qint64 now);
    // Returns to the balance the seconds of every unsettled lease whose expiry plus the grace
    // period (CloudConfig::leaseGraceSeconds) is past by `now`; each lease once, whichever
    // instance or restart gets there first. Returns how many were expired.
    int runLeaseExpiry(qint64 now);
    // Drops ended rate-limit windows and stale deferred events, and applies deferred events
    // whose subscription has become known. Returns how many rows were dropped.
    int runHousekeeping(qint64 now);
    // Applies waiting provider events whose subscription is now known, in the providers'
    // order; each once, whichever instance gets there first. Returns how many were tried.
    int applyDeferredEvents();
    // Sends waiting account mail through the SMTP server; blocking, so the scheduler runs it on
    // a thread of its own. Returns how many were sent.
    int deliverOutbox();

private:
    struct SubscriptionOutcome {
        bool credited = false;
        bool deferred = false;
        bool cancelled = false;
        QString reason;
        // A period may have become payable: run the resets after committing.
        bool renew = false;
        // The plan the subscription moved to, from its next period.
        QString plan;

        // An event that changes nothing, and why.
        static SubscriptionOutcome unchanged(QString why) {
            SubscriptionOutcome outcome;
            outcome.reason = std::move(why);
            return outcome;
        }
    };

    // How a lease settled, as its answer reports it.
    struct Settlement {
        qint64 returned = 0;
        qint64 charged = 0;
        qint64 alreadyCharged = 0;
        qint64 shortfall = 0;
        bool expired = false;
        // Settled with the list of exports it paid for.
        bool itemised = false;
        QJsonObject toJson(bool replayed, qint64 balance) const;
    };

    void addRoutes();
    void grantPeriod(WriteTransaction& transaction, const QString& subscriptionId,
                     const QString& accountId, qint64 allowance, int months, qint64 anchor,
                     int period);
    // Under the account's lock: marks an open lease expired and returns its seconds.
    void expireLease(WriteTransaction& transaction, const QString& leaseId,
                     const QString& accountId, qint64 held, qint64 at);
    QJsonObject signedDocument(const QJsonObject& payload) const;
    QJsonObject issueTokens(WriteTransaction& transaction, const QString& accountId,
                            const QString& role, const QString& familyId);
    // `scope` is what an API key must hold to make this call; empty refuses API keys.
    Caller authenticate(const QHttpServerRequest& request, const QString& scope = {});
    Caller authenticateApiKey(const QByteArray& key, const QString& scope);
    Caller requireAdmin(const QHttpServerRequest& request);
    // The client's address for per-address limits: the peer, or, when the peer is a trusted
    // proxy, the address it reports in X-Forwarded-For.
    QString clientAddress(const QHttpServerRequest& request) const;
    void audit(WriteTransaction& transaction, const Caller& actor, const QString& action,
               const QString& target, const QString& detail);
    bool creditPurchase(const QString& provider, const QString& eventId, const QString& accountId,
                        const QString& planId, qint64 amount, const QString& currency,
                        const QString& paymentRef, QString* reason);
    // `refundedAmount` is the payment's total refunded so far when `cumulative`, else this
    // refund's amount. Returns the seconds taken back.
    qint64 reverseCredit(const QString& provider, const QString& eventId, const QString& paymentRef,
                         qint64 refundedAmount, bool cumulative, QString* reason);

    void sendAccountToken(WriteTransaction& transaction, const QString& accountId,
                          const QString& email, const QString& purpose);
    QHttpServerResponse registerAccount(const QHttpServerRequest& request);
    QHttpServerResponse verifyEmail(const QHttpServerRequest& request);
    QHttpServerResponse forgotPassword(const QHttpServerRequest& request);
    QHttpServerResponse resetPassword(const QHttpServerRequest& request);
    QHttpServerResponse login(const QHttpServerRequest& request);
    QHttpServerResponse refresh(const QHttpServerRequest& request);
    QHttpServerResponse logout(const QHttpServerRequest& request);
    QHttpServerResponse me(const QHttpServerRequest& request);
    QHttpServerResponse plans();
    QHttpServerResponse ledger(const QHttpServerRequest& request);
    QHttpServerResponse usage(const QHttpServerRequest& request);
    QHttpServerResponse takeLease(const QHttpServerRequest& request);
    QHttpServerResponse settleLease(const QString& leaseId, const QHttpServerRequest& request);
    // A settle that gives only spent_seconds: a live lease returns what was not spent, an
    // expired one charges the spend as one usage entry.
    Settlement settleSpent(WriteTransaction& transaction, const QString& leaseId,
                           const QString& accountId, qint64 held, qint64 spent, bool expired,
                           qint64 at);
    // A settle that lists the exports: each not already charged online becomes a usage entry.
    Settlement settleItems(WriteTransaction& transaction, const QString& leaseId,
                           const QString& accountId, qint64 held, qint64 issuedAt, bool expired,
                           const QList<LeaseUsageItem>& items, qint64 at);
    QHttpServerResponse activateDevice(const QHttpServerRequest& request);
    QHttpServerResponse createApiKey(const QHttpServerRequest& request);
    QHttpServerResponse listApiKeys(const QHttpServerRequest& request);
    QHttpServerResponse revokeApiKey(const QString& keyId, const QHttpServerRequest& request);
    QHttpServerResponse createCheckout(const QHttpServerRequest& request);
    void requireRazorpayKeys() const;
    // POSTs `body` to Razorpay's API at `path` and returns the object it created; throws 502
    // when Razorpay refuses or cannot be reached.
    QJsonObject createAtRazorpay(const QString& path, const QJsonObject& body);
    QHttpServerResponse createRazorpayOrder(const QHttpServerRequest& request);
    // Starts a Razorpay subscription for a renewing plan; its first charge credits the account.
    QHttpServerResponse createRazorpaySubscription(const QHttpServerRequest& request);
    QHttpServerResponse stripeWebhook(const QHttpServerRequest& request);
    void startSubscription(WriteTransaction& transaction, const QString& provider,
                           const QString& subscriptionRef, const QString& accountId,
                           const QString& planId, qint64 allowance, int months);
    // A verified renewal, failure, reactivation or cancellation, applied once per event id. An
    // event about a subscription not known yet (delivered before its checkout) is kept in
    // deferred_events; `deferredBefore` marks one taken from there.
    SubscriptionOutcome handleSubscriptionEvent(const SubscriptionEvent& event,
                                                const QByteArray& body,
                                                bool deferredBefore = false);
    SubscriptionOutcome deferEvent(WriteTransaction& transaction, const SubscriptionEvent& event,
                                   const QByteArray& body);
    SubscriptionOutcome applyToSubscription(WriteTransaction& transaction,
                                            const SubscriptionRow& subscription,
                                            const SubscriptionEvent& event);
    // A paid period: counted once per charge, and it ends a past-due state.
    SubscriptionOutcome applyPayment(WriteTransaction& transaction,
                                     const SubscriptionRow& subscription,
                                     const SubscriptionEvent& event);
    // Stripe's update names the price billed now: a change to another plan of the same
    // interval applies from the next period, unless a newer change was applied. Returns the
    // new plan, or empty when nothing changed.
    QString changePlan(WriteTransaction& transaction, const SubscriptionRow& subscription,
                       const SubscriptionEvent& event);
    // A charge that pays a cancelled subscription: its period's allowance, once per charge.
    SubscriptionOutcome creditCancelledCharge(WriteTransaction& transaction,
                                              const SubscriptionRow& subscription,
                                              const SubscriptionEvent& event);
    SubscriptionOutcome setPastDue(WriteTransaction& transaction,
                                   const SubscriptionRow& subscription,
                                   const SubscriptionEvent& event, bool pastDue);
    // Razorpay has no checkout event: a subscription's first charge starts it, by its notes.
    SubscriptionOutcome startProviderSubscription(WriteTransaction& transaction,
                                                  const SubscriptionEvent& event);
    void recordSubscriptionPurchase(WriteTransaction& transaction, const QString& accountId,
                                    const QString& planId, qint64 seconds,
                                    const SubscriptionEvent& event);
    static QJsonObject outcomeToJson(const SubscriptionOutcome& outcome);
    // The account's subscription for /v1/me from the row's plan_id, provider, status and
    // past_due_since at `from`: plan, provider and active, past_due or cancelled.
    static QJsonValue subscriptionState(const QSqlQuery& row, int from);
    QHttpServerResponse razorpayWebhook(const QHttpServerRequest& request);
    QHttpServerResponse adminUsers(const QHttpServerRequest& request);
    QHttpServerResponse adminGrant(const QString& accountId, const QHttpServerRequest& request);
    QHttpServerResponse adminSetStatus(const QString& accountId, const QString& status,
                                       const QHttpServerRequest& request);
    QHttpServerResponse adminAudit(const QHttpServerRequest& request);
    QJsonObject exportAccount(const QString& accountId);
    QHttpServerResponse adminExportUser(const QString& accountId,
                                        const QHttpServerRequest& request);
    QHttpServerResponse adminDeleteUser(const QString& accountId,
                                        const QHttpServerRequest& request);
    QHttpServerResponse billing(const QHttpServerRequest& request);
    QHttpServerResponse listDevices(const QHttpServerRequest& request);
    QHttpServerResponse deactivateDevice(const QString& deviceId,
                                         const QHttpServerRequest& request);
    QHttpServerResponse catalog();
    QHttpServerResponse adminPublishModel(const QString& modelId,
                                          const QHttpServerRequest& request);
    QHttpServerResponse adminWithdrawModel(const QString& modelId,
                                           const QHttpServerRequest& request);
    QHttpServerResponse shareVoice(const QHttpServerRequest& request);
    QHttpServerResponse adminModeration(const QHttpServerRequest& request);
    QHttpServerResponse adminDecideVoice(const QString& shareId, bool approve,
                                         const QHttpServerRequest& request);
    QHttpServerResponse adminTransactions(const QHttpServerRequest& request);
    QHttpServerResponse adminRevenue(const QHttpServerRequest& request);
    QHttpServerResponse adminUsage(const QHttpServerRequest& request);
    QHttpServerResponse adminPutPlan(const QString& planId, const QHttpServerRequest& request);
    QHttpServerResponse adminDeletePlan(const QString& planId, const QHttpServerRequest& request);
    QHttpServerResponse metrics(const QHttpServerRequest& request);

    CloudConfig config_;
    std::unique_ptr<CloudDatabase> database_;
    JwtSigner jwt_;
    crypto::Ed25519Signer signer_;
    QHash<int, qint64> responsesByStatus_;
    RateLimiter loginsPerAccount_;
    RateLimiter apiKeyRequests_;
    RateLimiter loginsPerAddress_;
    std::unique_ptr<QNetworkAccessManager> network_;
    QTimer scheduler_;
    std::unique_ptr<QThread> mailThread_;
    std::unique_ptr<QHttpServer> server_;
};

}  // namespace sonara::cloud
