#pragma once

#include "app/cloud/cloud_config.h"
#include "core/wire/account_shapes.h"
#include "core/wire/admin_shapes.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace sonara::cloud {

class Authenticator;
class CloudDatabase;
class Purchases;
class Router;
class WriteTransaction;
struct Caller;

// One row of a revenue report.
struct RevenueRow {
    QString key;
    QString currency;
    qint64 count = 0;
    qint64 gross = 0;
    qint64 refunded = 0;

    QJsonObject toJson() const;
};

// The operators' side of the service, each change in the audit log: users (listing, credit
// grants, suspension, export and deletion), plans, reports, the model catalog, voice sample
// moderation and metrics; with the public views of plans and the catalog, and the voice
// shares that moderation decides.
class Admin {
public:
    Admin(const CloudDatabase& database, const CloudConfig& config,
          const QHash<int, qint64>& responsesByStatus);

    void addRoutes(Router& router, Authenticator& authenticator);

    // Refunds `amount` of a payment at its provider, once per `key`, and returns the
    // provider's refund id; throws HttpError when the provider refuses or is not set up.
    using ProviderRefund =
        std::function<QString(const QString& provider, const QString& paymentRef, qint64 amount,
                              const QString& key, const QString& reason)>;
    // Refunds go through the provider, then through `purchases` like a provider's refund event,
    // so that the ledger has one way of taking money back.
    void setRefunds(Purchases& purchases, ProviderRefund refundAtProvider);
    // POST /v1/admin/transactions/{id}/refund: {amount, reason, idempotency_key}, once per key.
    QJsonObject refund(const Caller& admin, const QString& purchaseId, const QJsonObject& body);

    // The active plans, cheapest first.
    QList<wire::Plan> plans() const;
    // Applied once per idempotency key; a revocation never takes the balance below zero.
    wire::CreditAdjustment grant(const Caller& admin, const QString& accountId,
                                 const wire::CreditGrant& grant);
    // `reason` goes to the audit log.
    void setStatus(const Caller& admin, const QString& accountId, const QString& status,
                   const QString& reason = {});
    // Everything kept about the account.
    QJsonObject exportAccount(const QString& accountId) const;
    // Anonymises the account after taking its export, which it returns; money records stay.
    QJsonObject deleteAccount(const Caller& admin, const QString& accountId);
    // Creates or updates a plan; true when it was created.
    bool putPlan(const Caller& admin, const wire::AdminPlan& plan);
    void withdrawPlan(const Caller& admin, const QString& planId);
    // `by` is day, plan or provider.
    QList<RevenueRow> revenue(const QString& by) const;
    QByteArray metrics() const;

    QJsonArray catalog() const;
    QJsonObject publishModel(const Caller& admin, const QString& modelId, const QJsonObject& body);
    void withdrawModel(const Caller& admin, const QString& modelId);
    // Queues a shared voice for moderation with its sample (the first seconds as Ogg Opus, at
    // most kMaxVoiceSampleBytes), which a moderator listens to; returns the share's id.
    static constexpr int kMaxVoiceSampleBytes = 64 * 1024;
    QString shareVoice(const Caller& caller, const QString& name, const QByteArray& sample);
    // The share's sample for a moderator, logged as voice.listen; 404 without one.
    QByteArray voiceSample(const Caller& admin, const QString& shareId);
    // `reason` is required to reject.
    void decideVoice(const Caller& admin, const QString& shareId, bool approve,
                     const QString& reason);

private:
    void audit(WriteTransaction& transaction, const Caller& actor, const QString& action,
               const QString& target, const QString& detail);
    void addUserRoutes(Router& router, Authenticator& authenticator);
    void addPlanAndReportRoutes(Router& router, Authenticator& authenticator);
    void addCatalogRoutes(Router& router, Authenticator& authenticator);
    // admin_pages.cpp: the paged lists and the per-account actions.
    void addPagedRoutes(Router& router, Authenticator& authenticator);
    void addRecordRoutes(Router& router, Authenticator& authenticator);
    // admin_refunds.cpp
    void addRefundRoutes(Router& router, Authenticator& authenticator);
    // The column that orders rows written in the same second as they were written.
    QString insertionOrder(const QString& alias) const;

    const CloudDatabase& database_;
    const CloudConfig& config_;
    const QHash<int, qint64>& responsesByStatus_;
    Purchases* purchases_ = nullptr;
    ProviderRefund refundAtProvider_;
};

}  // namespace sonara::cloud
