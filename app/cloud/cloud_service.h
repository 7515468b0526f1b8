#pragma once

#include "app/cloud/cloud_config.h"
#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_database.h"
#include "app/cloud/jwt.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

class QHttpServer;
class QNetworkAccessManager;

namespace sonara::cloud {

class Accounts;
class Admin;
class Authenticator;
class Devices;
class Ledger;
class Purchases;
class Razorpay;
class Router;
class Stripe;
class Subscriptions;

// The hosted account service: accounts, the credits ledger, payment webhooks, signed leases
// and licences, and the admin API, over Qt HTTP Server. This class builds the domains, each of
// which owns its routes and its SQL, listens, and runs the scheduler.
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
    void addServiceRoutes();
    void runScheduler();

    CloudConfig config_;
    std::unique_ptr<CloudDatabase> database_;
    JwtSigner jwt_;
    crypto::Ed25519Signer signer_;
    std::unique_ptr<QNetworkAccessManager> network_;
    std::unique_ptr<QHttpServer> server_;
    std::unique_ptr<Router> router_;
    std::unique_ptr<Authenticator> authenticator_;
    std::unique_ptr<Accounts> accounts_;
    std::unique_ptr<Ledger> ledger_;
    std::unique_ptr<Purchases> purchases_;
    std::unique_ptr<Subscriptions> subscriptions_;
    std::unique_ptr<Stripe> stripe_;
    std::unique_ptr<Razorpay> razorpay_;
    std::unique_ptr<Devices> devices_;
    std::unique_ptr<Admin> admin_;
    QTimer scheduler_;
    std::unique_ptr<QThread> mailThread_;
};

}  // namespace sonara::cloud
