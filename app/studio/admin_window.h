#pragma once

#include "app/studio/cloud_session.h"
#include "core/account/admin_client.h"

#include <QJsonArray>
#include <QMainWindow>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace sonara::studio {

class PagedTable;

// `sonara-studio --admin`: sonara-cloud's administration for an admin account. Users (search,
// credit adjustments with a reason, suspend and reactivate, each user's ledger, purchases, API
// keys and devices), plans, transactions, revenue and usage reports, and the audit log. Every
// call runs off the UI thread; every failure is shown above the tabs in the user's terms.
class AdminWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit AdminWindow(QWidget* parent = nullptr);

    void signIn(const QUrl& serviceUrl, const QString& email, const QString& password);
    bool isSignedIn() const { return !admin_.id.isEmpty(); }
    QString errorText() const;
    CloudSession<core::account::AdminClient>& session() { return session_; }

    QLineEdit* searchEdit() const { return search_; }
    PagedTable* usersTable() const { return users_; }
    PagedTable* plansTable() const { return plans_; }
    PagedTable* transactionsTable() const { return transactions_; }
    PagedTable* revenueTable() const { return revenue_; }
    PagedTable* usageTable() const { return usage_; }
    PagedTable* auditTable() const { return audit_; }

    // The dialogs end here; tests call them directly.
    void adjustCredits(const QString& accountId, qint64 seconds, const QString& reason);
    void savePlan(const core::account::AdminPlan& plan);
    void setSuspended(const QString& accountId, bool suspended);

public Q_SLOTS:
    void showSignIn();
    void signOut();
    void reloadAll();
    void reloadUsers();
    void reloadPlans();
    void reloadTransactions();
    void reloadRevenue();
    void reloadUsage();
    void reloadAudit();
    void adjustSelectedUser();
    void showSelectedUser();
    void editSelectedPlan();
    void newPlan();
    void withdrawSelectedPlan();

Q_SIGNALS:
    void signedIn();
    // `what` names the table that has just been filled ("users", "plans", ...).
    void loaded(const QString& what);
    void creditsAdjusted(const QString& accountId, qint64 balanceSeconds);
    void planSaved(const QString& planId);
    // Already in the user's terms.
    void failed(const QString& error);

private:
    QWidget* createUsersTab();
    QWidget* createPlansTab();
    QWidget* createReportTab(PagedTable* table, void (AdminWindow::*reload)(),
                             QWidget* extra = nullptr);
    void load(PagedTable* table, const QString& what,
              std::function<QJsonArray(core::account::AdminClient&)> fetch);
    // Runs an admin call; on success `done` runs on the UI thread, on failure the error shows.
    template <typename Result>
    void call(std::function<Result(core::account::AdminClient&)> work,
              std::function<void(const Result&)> done);
    void showError(const QString& error);
    void showStatus(const QString& text);

    CloudSession<core::account::AdminClient> session_;
    core::account::Profile admin_;
    QLabel* error_;
    QTabWidget* tabs_;
    QLineEdit* search_;
    QComboBox* revenueGrouping_;
    PagedTable* users_;
    PagedTable* plans_;
    PagedTable* transactions_;
    PagedTable* revenue_;
    PagedTable* usage_;
    PagedTable* audit_;
};

}  // namespace sonara::studio
