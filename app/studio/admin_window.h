#pragma once

#include "app/studio/admin_connection.h"
#include "core/account/admin_client.h"
#include "core/audio/audio_buffer.h"

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace sonara::studio {

class HealthCharts;
class PagedTable;
class Transport;

// `sonara-studio --admin`: sonara-cloud's administration for an admin account. Users (search,
// credit adjustments with a reason, suspend and reactivate, each user's ledger, purchases, API
// keys and devices, deletion on request), plans, transactions, revenue and usage reports, the
// audit log, moderation of shared voices, the model catalog and the service's health.
//
// Every call runs on the connection's own thread, so the window always repaints; a call that
// waits long shows "Waiting for the service…" with Cancel. The banner above the tabs tells the
// outcome of the last request and offers to retry a failed action with the same idempotency key.
// Files by area: admin_window.cpp (frame, session, banner), admin_users.cpp, admin_plans.cpp,
// admin_reports.cpp, admin_operations.cpp (moderation, catalog, health).
class AdminWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit AdminWindow(QWidget* parent = nullptr);
    ~AdminWindow() override;

    void signIn(const QUrl& serviceUrl, const QString& email, const QString& password);
    bool isSignedIn() const { return !admin_.id.isEmpty(); }
    QString errorText() const;
    bool canRetry() const;
    // "Waiting for the service…" is shown.
    bool isWaiting() const;
    AdminConnection& connection() { return *connection_; }

    QTabWidget* tabs() const { return tabs_; }
    QLineEdit* searchEdit() const;
    PagedTable* usersTable() const { return users_; }
    PagedTable* plansTable() const { return plans_; }
    PagedTable* transactionsTable() const { return transactions_; }
    PagedTable* revenueTable() const { return revenue_; }
    PagedTable* usageTable() const { return usage_; }
    PagedTable* auditTable() const { return audit_; }
    PagedTable* moderationTable() const { return moderation_; }
    PagedTable* catalogTable() const { return catalog_; }
    PagedTable* healthTable() const { return health_; }
    HealthCharts* healthCharts() const { return healthCharts_; }
    // How often the Health tab reads /metrics while it is shown.
    void setHealthPollInterval(int milliseconds);
    // The open account's records, or null.
    QDialog* recordsDialog() const { return records_; }
    PagedTable* recordsTable(const QString& what) const { return recordTables_.value(what); }

    // The dialogs end here; tests call them directly.
    // Retrying the same adjustment (same account, minutes and reason) reuses its idempotency
    // key until it succeeds, so a retry after a timeout never applies it twice.
    void adjustCredits(const QString& accountId, qint64 seconds, const QString& reason);
    void savePlan(const core::account::AdminPlan& plan);
    void setSuspended(const QString& accountId, bool suspended, const QString& reason);
    void showUser(const QString& accountId);
    void revokeApiKey(const QString& keyId);
    void removeDevice(const QString& deviceRowId);
    // Writes the account's export to `exportPath`, then deletes (anonymises) the account.
    void deleteAccount(const QString& accountId, const QString& exportPath);
    void decideVoice(const QString& shareId, bool approve, const QString& reason);
    // Fetches the shared voice's sample and plays it; done("voice.listen") once it is fetched.
    void listenToVoice(const QString& shareId);
    // The sample fetched last, decoded.
    const core::audio::AudioBuffer& voiceSample() const { return voiceSample_; }
    // Refunds `amount` (the currency's smallest unit) of a payment through its provider. A
    // retry of the same refund (same payment, amount and reason) reuses its idempotency key.
    void refundPayment(const QString& purchaseId, qint64 amount, const QString& reason);
    void withdrawModel(const QString& modelId);

public Q_SLOTS:
    void showSignIn();
    void signOut();
    // The tab shown.
    void reloadCurrent();
    void reloadAll();
    void reloadUsers();
    void reloadPlans();
    void reloadTransactions();
    void reloadRevenue();
    void reloadUsage();
    void reloadAudit();
    void reloadModeration();
    void reloadCatalog();
    void reloadHealth();
    void adjustSelectedUser();
    void suspendSelectedUser();
    void reactivateSelectedUser();
    void showSelectedUser();
    void deleteSelectedUser();
    void editSelectedPlan();
    void newPlan();
    void withdrawSelectedPlan();
    void restoreSelectedPlan();
    void approveSelectedVoice();
    void rejectSelectedVoice();
    void listenToSelectedVoice();
    void stopListening();
    void refundSelectedPayment();
    void withdrawSelectedModel();
    void cancelRequests();
    void retryLastAction();

Q_SIGNALS:
    void signedIn();
    // `what` names the table that has just been filled ("users", "plans", ...).
    void loaded(const QString& what);
    void creditsAdjusted(const QString& accountId, qint64 balanceSeconds);
    void planSaved(const QString& planId);
    // An action other than a load succeeded; `what` names it ("suspend", "voice.approve", ...).
    void done(const QString& what);
    // Already in the user's terms.
    void failed(const QString& error);

private:
    struct PendingAdjustment {
        QString accountId;
        qint64 seconds = 0;
        QString reason;
        QString key;
    };

    QWidget* createUsersTab();
    QWidget* createPlansTab();
    QWidget* createReportTab(PagedTable* table, void (AdminWindow::*reload)(),
                             QWidget* extra = nullptr);
    QWidget* createModerationTab();
    QWidget* createCatalogTab();
    QWidget* createTransactionActions();
    QWidget* createHealthTab();
    void pollHealth();
    void createReportTables();
    void createOperationTables();
    QWidget* createBanner();
    void loadTab(int index);
    void clearCustomerData();
    void reloadRecords();
    void reloadLedger();

    // Runs an admin call; on success `done` runs on the UI thread, on failure the banner says
    // why and offers `retry` when given. Answers to a session that has ended are dropped.
    template <typename Result>
    void call(std::function<Result(core::account::AdminClient&)> work,
              std::function<void(const Result&)> done, std::function<void()> retry = {});
    // Fills `table` with the answer to the latest load of `what`; older answers are dropped.
    void load(PagedTable* table, const QString& what,
              std::function<QJsonArray(core::account::AdminClient&)> fetch);
    void loadPage(PagedTable* table, const QString& what,
                  std::function<core::account::AdminClient::Page(core::account::AdminClient&,
                                                                 const QString&, qint64, int)>
                      fetch);
    // An action's success: the status bar says it, `what` is signalled, `reloads` run.
    void actionDone(const QString& what, const QString& status,
                    const QList<void (AdminWindow::*)()>& reloads);
    void requestSucceeded();
    void requestFailed(const CloudFailure& failure, std::function<void()> retry);
    QString describeFailure(const CloudFailure& failure) const;
    void showStatus(const QString& text);
    void setWaiting(bool busy);

    AdminConnection* connection_;
    core::account::Profile admin_;
    int epoch_ = 0;  // bumped at sign-out
    QHash<QString, int> loadSequence_;
    QSet<int> loadedTabs_;
    PendingAdjustment pendingAdjustment_;
    struct PendingRefund {
        QString purchaseId;
        qint64 amount = 0;
        QString reason;
        QString key;
    };
    PendingRefund pendingRefund_;
    std::function<void()> retry_;
    QLabel* error_;
    QPushButton* retryButton_;
    QWidget* waiting_;
    QTimer* waitDelay_;
    QTabWidget* tabs_;
    QComboBox* revenueGrouping_;
    PagedTable* users_;
    PagedTable* plans_;
    PagedTable* transactions_;
    PagedTable* revenue_;
    PagedTable* usage_;
    PagedTable* audit_;
    PagedTable* moderation_;
    PagedTable* catalog_;
    PagedTable* health_;
    HealthCharts* healthCharts_;
    QTimer* healthPoll_;
    Transport* listening_ = nullptr;
    core::audio::AudioBuffer voiceSample_;
    QPointer<QDialog> records_;
    QString recordsAccountId_;
    QHash<QString, PagedTable*> recordTables_;
};

template <typename Result>
void AdminWindow::call(std::function<Result(core::account::AdminClient&)> work,
                       std::function<void(const Result&)> done, std::function<void()> retry) {
    const int epoch = epoch_;
    connection_->run<Result>(
        std::move(work),
        [this, epoch, done](const Result& result) {
            if (epoch == epoch_) {
                requestSucceeded();
                done(result);
            }
        },
        [this, epoch, retry](const CloudFailure& failure) {
            if (epoch == epoch_) {
                requestFailed(failure, retry);
            }
        });
}

}  // namespace sonara::studio
