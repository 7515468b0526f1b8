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

#include <functional>
#include <memory>
#include <utility>

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

    // How long one request may wait for the service's answer.
    void setTimeout(int milliseconds) { timeoutMs_ = milliseconds; }
    // Asked while a request waits; true aborts it with AccountError kCancelled.
    void setCancelCheck(std::function<bool()> cancelled) { cancelled_ = std::move(cancelled); }
    static constexpr int kCancelled = -1;
    static constexpr int kDefaultTimeoutMs = 10000;

    // One page of a list and the number of rows on every page.
    struct Page {
        QJsonArray rows;
        qint64 total = 0;
    };
    // Accounts whose email contains `search`, by email.
    Page users(const QString& search, qint64 offset, int limit);
    // Adds `seconds` (negative revokes) with the reason kept in the ledger and audit log; the
    // same idempotency key applies once.
    CreditAdjustment adjustCredits(const QString& accountId, qint64 seconds, const QString& reason,
                                   const QString& idempotencyKey);
    // `reason` goes to the audit log.
    void setSuspended(const QString& accountId, bool suspended, const QString& reason = {});
    // Everything the service keeps about one account (purchases, devices, API keys, shared
    // voices), to look at: logged as a view.
    QJsonObject userRecords(const QString& accountId);
    // The same records as a data export for the account holder (logged as user.export).
    QJsonObject exportUser(const QString& accountId);
    // The account's ledger, newest first, each entry with the balance after it.
    Page ledger(const QString& accountId, qint64 offset, int limit);
    void revokeApiKey(const QString& keyId);
    // `deviceRowId` is the "id" of a device in userRecords().
    void removeDevice(const QString& deviceRowId);
    // Anonymises the account; returns the export the service took first.
    QJsonObject deleteUser(const QString& accountId);

    // Every plan, withdrawn ones too ("active": false).
    QJsonArray allPlans();
    // Creates or updates the plan with this id; that also puts a withdrawn plan back on sale.
    void savePlan(const AdminPlan& plan);
    // Takes the plan off sale; past purchases keep naming it.
    void withdrawPlan(const QString& planId);

    // Payments, newest first; `search` matches email, provider, payment and plan.
    Page transactions(const QString& search, qint64 offset, int limit);
    // `groupBy` is "day", "plan" or "provider".
    QJsonArray revenue(const QString& groupBy);
    // Minutes used per capability and day.
    QJsonArray usageByDay();
    // Newest first, with the emails of administrators and target accounts; `search` matches
    // emails, action, target and detail.
    Page auditLog(const QString& search, qint64 offset, int limit);

    // Refunds `amount` (the currency's smallest unit) of payment `purchaseId` through its
    // provider, seconds taken back in proportion; the same idempotency key refunds once.
    // Answers {replayed, refunded_amount, currency, reversed_seconds, note}.
    QJsonObject refund(const QString& purchaseId, qint64 amount, const QString& reason,
                       const QString& idempotencyKey);

    // Voice samples shared by users and waiting for a decision.
    QJsonArray moderationQueue();
    // The shared voice's sample (Ogg Opus) to listen to; the service logs the listening.
    QByteArray voiceSample(const QString& shareId);
    // A rejection needs a reason; the user is told it.
    void decideVoice(const QString& shareId, bool approve, const QString& reason);
    // The published models.
    QJsonArray catalog();
    void withdrawModel(const QString& modelId);
    // GET /ready: true when the service and its database are ready.
    bool ready();
    // GET /metrics as name (with labels) to value.
    QList<std::pair<QString, double>> metrics();

private:
    struct Answer {
        int status = 0;
        QByteArray body;
    };
    QJsonObject adminCall(const QByteArray& method, const QString& path,
                          const QJsonObject& body = {}, const QUrlQuery& query = {});
    QByteArray adminCallRaw(const QByteArray& method, const QString& path, const QJsonObject& body,
                            const QUrlQuery& query);
    Answer send(const QByteArray& method, const QString& path, const QJsonObject& body,
                const QUrlQuery& query);
    Page page(const QString& path, const char* listName, const QString& search, qint64 offset,
              int limit);

    QUrl baseUrl_;
    std::unique_ptr<QNetworkAccessManager> network_;
    int timeoutMs_ = kDefaultTimeoutMs;
    std::function<bool()> cancelled_;
};

}  // namespace sonara::core::account
