#pragma once

#include "app/cloud/cloud_config.h"
#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_database.h"
#include "app/cloud/jwt.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace sonara::cloud {

struct Caller {
    QString accountId;
    QString role;
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

    CloudDatabase& database() { return *database_; }
    const JwtSigner& jwt() const { return jwt_; }
    const crypto::Ed25519Signer& signer() const { return signer_; }
    const CloudConfig& config() const { return config_; }

    // Creates an account; throws HttpError (422 weak password or bad email, 409 taken).
    QString createAccount(const QString& email, const QString& password, const QString& role);
    qint64 balance(const QString& accountId) const;

private:
    void addRoutes();
    QJsonObject signedDocument(const QJsonObject& payload) const;
    QJsonObject issueTokens(WriteTransaction& transaction, const QString& accountId,
                            const QString& role, const QString& familyId);
    Caller authenticate(const QHttpServerRequest& request) const;
    Caller requireAdmin(const QHttpServerRequest& request) const;
    void audit(WriteTransaction& transaction, const Caller& actor, const QString& action,
               const QString& target, const QString& detail);
    bool creditPurchase(const QString& provider, const QString& eventId, const QString& accountId,
                        const QString& planId, qint64 amount, const QString& currency,
                        QString* reason);

    QHttpServerResponse registerAccount(const QHttpServerRequest& request);
    QHttpServerResponse login(const QHttpServerRequest& request);
    QHttpServerResponse refresh(const QHttpServerRequest& request);
    QHttpServerResponse logout(const QHttpServerRequest& request);
    QHttpServerResponse me(const QHttpServerRequest& request);
    QHttpServerResponse plans();
    QHttpServerResponse ledger(const QHttpServerRequest& request);
    QHttpServerResponse usage(const QHttpServerRequest& request);
    QHttpServerResponse takeLease(const QHttpServerRequest& request);
    QHttpServerResponse settleLease(const QString& leaseId, const QHttpServerRequest& request);
    QHttpServerResponse activateDevice(const QHttpServerRequest& request);
    QHttpServerResponse stripeWebhook(const QHttpServerRequest& request);
    QHttpServerResponse razorpayWebhook(const QHttpServerRequest& request);
    QHttpServerResponse adminUsers(const QHttpServerRequest& request);
    QHttpServerResponse adminGrant(const QString& accountId, const QHttpServerRequest& request);
    QHttpServerResponse adminSetStatus(const QString& accountId, const QString& status,
                                       const QHttpServerRequest& request);
    QHttpServerResponse adminAudit(const QHttpServerRequest& request);

    CloudConfig config_;
    std::unique_ptr<CloudDatabase> database_;
    JwtSigner jwt_;
    crypto::Ed25519Signer signer_;
    std::unique_ptr<QHttpServer> server_;
};

}  // namespace sonara::cloud
