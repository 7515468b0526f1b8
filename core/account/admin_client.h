#pragma once

#include "core/account/account_client.h"
#include "core/wire/admin_shapes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace sonara::core::account {

// The shapes the admin routes exchange live in core/wire, which the service writes them with.
using wire::AdminPlan;
using wire::AdminUser;
using wire::CreditAdjustment;

// sonara-cloud's admin routes for the studio's admin window: an AccountClient that signs in as
// an administrator and also reaches /v1/admin/*. Calls block like AccountClient's, so run them
// off the UI thread; failures throw AccountError with the service's explanation.
class AdminClient : public AccountClient {
public:
    explicit AdminClient(QUrl baseUrl);
    ~AdminClient();

    void setBaseUrl(const QUrl& baseUrl);

    // Signs in and checks the role; an account that is not an administrator is signed out
    // again and refused with HTTP status 403.
    Profile signInAsAdmin(const QString& email, const QString& password);

    // At most the 200 first accounts whose email contains `search`, by email.
    QList<AdminUser> users(const QString& search = {});
    // Adds `seconds` (negative revokes) with the reason kept in the ledger and audit log; the
    // same idempotency key applies once.
    CreditAdjustment adjustCredits(const QString& accountId, qint64 seconds, const QString& reason,
                                   const QString& idempotencyKey);
    void setSuspended(const QString& accountId, bool suspended);
    // Everything the service keeps about one account: ledger, purchases, leases, devices,
    // API keys and shared voices.
    QJsonObject exportUser(const QString& accountId);

    // The plans on sale, with their billing interval.
    QList<AdminPlan> editablePlans();
    // Creates or updates the plan with this id.
    void savePlan(const AdminPlan& plan);
    // Takes the plan off sale; past purchases keep naming it.
    void withdrawPlan(const QString& planId);

    QJsonArray transactions();
    // `groupBy` is "day", "plan" or "provider".
    QJsonArray revenue(const QString& groupBy);
    // Minutes used per capability and day.
    QJsonArray usageByDay();
    QJsonArray auditLog();

private:
    QJsonObject adminCall(const QByteArray& method, const QString& path,
                          const QJsonObject& body = {}, const QUrlQuery& query = {});
    std::pair<int, QJsonObject> send(const QByteArray& method, const QString& path,
                                     const QJsonObject& body, const QUrlQuery& query);

    QUrl baseUrl_;
    std::unique_ptr<QNetworkAccessManager> network_;
};

}  // namespace sonara::core::account
