#include "app/studio/admin_window.h"

#include "app/studio/credit_adjustment_dialog.h"
#include "app/studio/paged_table.h"
#include "app/studio/plan_dialog.h"
#include "app/studio/sign_in_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

// The icons live in a static library: referencing its resource keeps the linker from
// dropping them.
static void initStudioResources() {
    Q_INIT_RESOURCE(studio);
}

namespace sonara::studio {

using core::account::AdminClient;
using core::account::AdminPlan;
using core::account::AdminUser;
using core::account::Profile;
using Format = PagedTable::Format;

namespace {

QJsonObject userToJson(const AdminUser& user) {
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("role"), user.role},
            {QStringLiteral("status"), user.status},
            {QStringLiteral("plan"), user.plan},
            {QStringLiteral("balance_seconds"), user.balanceSeconds}};
}

QJsonObject planToJson(const AdminPlan& plan) {
    QJsonObject json = plan.toJson();
    json.insert(QStringLiteral("id"), plan.id);
    return json;
}

QPushButton* button(const QString& text, QObject* receiver, const std::function<void()>& slot) {
    auto* created = new QPushButton(text);
    QObject::connect(created, &QPushButton::clicked, receiver, slot);
    return created;
}

// One account's records as the service exports them, a tab each.
void showUserRecords(const QJsonObject& records, QWidget* parent) {
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(AdminWindow::tr("Account %1")
                               .arg(records.value(QStringLiteral("account"))
                                        .toObject()
                                        .value(QStringLiteral("email"))
                                        .toString()));
    auto* tabs = new QTabWidget;
    auto addTab = [tabs](const QString& title, const QJsonArray& rows,
                         QList<PagedTable::Column> columns) {
        auto* table = new PagedTable(std::move(columns));
        table->setRows(rows);
        tabs->addTab(table, title);
    };
    addTab(AdminWindow::tr("Ledger"), records.value(QStringLiteral("ledger")).toArray(),
           {{QStringLiteral("created_at"), AdminWindow::tr("When"), Format::Time},
            {QStringLiteral("kind"), AdminWindow::tr("Kind")},
            {QStringLiteral("seconds"), AdminWindow::tr("Minutes"), Format::Minutes},
            {QStringLiteral("capability"), AdminWindow::tr("Capability")},
            {QStringLiteral("reference"), AdminWindow::tr("Reference")}});
    addTab(AdminWindow::tr("Purchases"), records.value(QStringLiteral("purchases")).toArray(),
           {{QStringLiteral("created_at"), AdminWindow::tr("When"), Format::Time},
            {QStringLiteral("provider"), AdminWindow::tr("Provider")},
            {QStringLiteral("plan_id"), AdminWindow::tr("Plan")},
            {QStringLiteral("amount"), AdminWindow::tr("Amount"), Format::Money},
            {QStringLiteral("currency"), AdminWindow::tr("Currency")},
            {QStringLiteral("refunded_amount"), AdminWindow::tr("Refunded"), Format::Money}});
    addTab(AdminWindow::tr("API keys"), records.value(QStringLiteral("api_keys")).toArray(),
           {{QStringLiteral("prefix"), AdminWindow::tr("Prefix")},
            {QStringLiteral("name"), AdminWindow::tr("Name")},
            {QStringLiteral("scopes"), AdminWindow::tr("Scopes")},
            {QStringLiteral("created_at"), AdminWindow::tr("Created"), Format::Time},
            {QStringLiteral("last_used_at"), AdminWindow::tr("Last used"), Format::Time},
            {QStringLiteral("revoked_at"), AdminWindow::tr("Revoked"), Format::Time}});
    addTab(AdminWindow::tr("Devices"), records.value(QStringLiteral("devices")).toArray(),
           {{QStringLiteral("device_id"), AdminWindow::tr("Device")},
            {QStringLiteral("activated_at"), AdminWindow::tr("Activated"), Format::Time}});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    dialog->resize(800, 500);
    dialog->open();
}

}  // namespace

AdminWindow::AdminWindow(QWidget* parent)
    : QMainWindow(parent),
      session_(configuredServiceUrl()),
      error_(new QLabel),
      tabs_(new QTabWidget),
      search_(new QLineEdit),
      revenueGrouping_(new QComboBox) {
    initStudioResources();
    setWindowTitle(tr("Sonara Cloud administration"));
    setWindowIcon(QIcon(QStringLiteral(":/studio/icons/sonara.svg")));
    resize(1100, 720);
    error_->setObjectName(QStringLiteral("error"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));
    error_->hide();

    users_ =
        new PagedTable({{QStringLiteral("email"), tr("Email")},
                        {QStringLiteral("role"), tr("Role")},
                        {QStringLiteral("status"), tr("Status")},
                        {QStringLiteral("plan"), tr("Plan")},
                        {QStringLiteral("balance_seconds"), tr("Balance (min)"), Format::Minutes}});
    plans_ = new PagedTable({{QStringLiteral("id"), tr("Id")},
                             {QStringLiteral("name"), tr("Name")},
                             {QStringLiteral("price_cents"), tr("Price"), Format::Money},
                             {QStringLiteral("currency"), tr("Currency")},
                             {QStringLiteral("seconds"), tr("Minutes"), Format::Minutes},
                             {QStringLiteral("interval_months"), tr("Renews every (months)")}});
    transactions_ =
        new PagedTable({{QStringLiteral("created_at"), tr("When"), Format::Time},
                        {QStringLiteral("email"), tr("Email")},
                        {QStringLiteral("provider"), tr("Provider")},
                        {QStringLiteral("plan_id"), tr("Plan")},
                        {QStringLiteral("amount"), tr("Amount"), Format::Money},
                        {QStringLiteral("currency"), tr("Currency")},
                        {QStringLiteral("seconds"), tr("Minutes"), Format::Minutes},
                        {QStringLiteral("refunded_amount"), tr("Refunded"), Format::Money},
                        {QStringLiteral("payment_ref"), tr("Payment")}});
    revenue_ = new PagedTable({{QStringLiteral("key"), tr("Group")},
                               {QStringLiteral("currency"), tr("Currency")},
                               {QStringLiteral("count"), tr("Payments")},
                               {QStringLiteral("gross"), tr("Gross"), Format::Money},
                               {QStringLiteral("refunded"), tr("Refunded"), Format::Money},
                               {QStringLiteral("net"), tr("Net"), Format::Money}});
    usage_ = new PagedTable({{QStringLiteral("day"), tr("Day"), Format::Day},
                             {QStringLiteral("capability"), tr("Capability")},
                             {QStringLiteral("count"), tr("Exports")},
                             {QStringLiteral("seconds"), tr("Minutes"), Format::Minutes}});
    audit_ = new PagedTable({{QStringLiteral("created_at"), tr("When"), Format::Time},
                             {QStringLiteral("actor_id"), tr("Administrator")},
                             {QStringLiteral("action"), tr("Action")},
                             {QStringLiteral("target"), tr("Target")},
                             {QStringLiteral("detail"), tr("Detail")}});

    revenueGrouping_->addItem(tr("By day"), QStringLiteral("day"));
    revenueGrouping_->addItem(tr("By plan"), QStringLiteral("plan"));
    revenueGrouping_->addItem(tr("By provider"), QStringLiteral("provider"));
    connect(revenueGrouping_, &QComboBox::currentIndexChanged, this, &AdminWindow::reloadRevenue);

    tabs_->addTab(createUsersTab(), tr("Users"));
    tabs_->addTab(createPlansTab(), tr("Plans"));
    tabs_->addTab(createReportTab(transactions_, &AdminWindow::reloadTransactions),
                  tr("Transactions"));
    tabs_->addTab(createReportTab(revenue_, &AdminWindow::reloadRevenue, revenueGrouping_),
                  tr("Revenue"));
    tabs_->addTab(createReportTab(usage_, &AdminWindow::reloadUsage), tr("Usage"));
    tabs_->addTab(createReportTab(audit_, &AdminWindow::reloadAudit), tr("Audit log"));
    tabs_->setEnabled(false);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(error_);
    layout->addWidget(tabs_, 1);
    setCentralWidget(central);

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("&Sign in…"), this, &AdminWindow::showSignIn);
    QAction* reload = account->addAction(tr("&Reload"), this, &AdminWindow::reloadAll);
    reload->setShortcut(QKeySequence::Refresh);
    account->addAction(tr("Sign &out"), this, &AdminWindow::signOut);
    account->addSeparator();
    QAction* quit = account->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    showStatus(tr("Not signed in"));
}

QWidget* AdminWindow::createUsersTab() {
    search_->setObjectName(QStringLiteral("search"));
    search_->setPlaceholderText(tr("Search accounts by email"));
    search_->setClearButtonEnabled(true);
    connect(search_, &QLineEdit::returnPressed, this, &AdminWindow::reloadUsers);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(search_, 1);
    searchRow->addWidget(button(tr("Search"), this, [this] { reloadUsers(); }));

    auto* actions = new QHBoxLayout;
    QPushButton* adjust = button(tr("Adjust credits…"), this, [this] { adjustSelectedUser(); });
    QPushButton* records = button(tr("Ledger and keys…"), this, [this] { showSelectedUser(); });
    QPushButton* suspend = button(tr("Suspend"), this, [this] {
        const QJsonObject user = users_->selectedRow();
        if (!user.isEmpty()) {
            setSuspended(user.value(QStringLiteral("id")).toString(), true);
        }
    });
    QPushButton* reactivate = button(tr("Reactivate"), this, [this] {
        const QJsonObject user = users_->selectedRow();
        if (!user.isEmpty()) {
            setSuspended(user.value(QStringLiteral("id")).toString(), false);
        }
    });
    for (QPushButton* each : {adjust, records, suspend, reactivate}) {
        actions->addWidget(each);
    }
    actions->addStretch(1);
    connect(users_, &PagedTable::selectionChanged, this, [=] {
        const QJsonObject user = users_->selectedRow();
        const bool selected = !user.isEmpty();
        const bool active =
            user.value(QStringLiteral("status")).toString() == QLatin1String("active");
        adjust->setEnabled(selected);
        records->setEnabled(selected);
        suspend->setEnabled(selected && active);
        reactivate->setEnabled(selected && !active);
    });
    Q_EMIT users_->selectionChanged();

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(searchRow);
    layout->addWidget(users_, 1);
    layout->addLayout(actions);
    return page;
}

QWidget* AdminWindow::createPlansTab() {
    auto* actions = new QHBoxLayout;
    actions->addWidget(button(tr("New plan…"), this, [this] { newPlan(); }));
    actions->addWidget(button(tr("Edit…"), this, [this] { editSelectedPlan(); }));
    actions->addWidget(button(tr("Withdraw"), this, [this] { withdrawSelectedPlan(); }));
    actions->addStretch(1);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(plans_, 1);
    layout->addLayout(actions);
    return page;
}

QWidget* AdminWindow::createReportTab(PagedTable* table, void (AdminWindow::*reload)(),
                                      QWidget* extra) {
    auto* row = new QHBoxLayout;
    if (extra) {
        row->addWidget(extra);
    }
    row->addStretch(1);
    row->addWidget(button(tr("Reload"), this, [this, reload] { (this->*reload)(); }));
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(table, 1);
    return page;
}

QString AdminWindow::errorText() const {
    return error_->isHidden() ? QString() : error_->text();
}

void AdminWindow::showError(const QString& error) {
    error_->setText(error);
    error_->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
    }
}

void AdminWindow::showStatus(const QString& text) {
    statusBar()->showMessage(text);
}

template <typename Result>
void AdminWindow::call(std::function<Result(AdminClient&)> work,
                       std::function<void(const Result&)> done) {
    session_.run<Result>(this, std::move(work), std::move(done),
                         [this](const CloudFailure& failure) {
                             showError(describeCloudFailure(failure, session_.serviceUrl()));
                             if (!session_.hasTokens()) {
                                 admin_ = {};
                                 tabs_->setEnabled(false);
                                 showStatus(tr("Not signed in"));
                             }
                         });
}

void AdminWindow::signIn(const QUrl& serviceUrl, const QString& email, const QString& password) {
    session_.setServiceUrl(serviceUrl);
    call<Profile>(
        [email, password](AdminClient& client) { return client.signInAsAdmin(email, password); },
        [this, serviceUrl](const Profile& admin) {
            admin_ = admin;
            setConfiguredServiceUrl(serviceUrl);
            showError({});
            tabs_->setEnabled(true);
            showStatus(tr("Signed in to %1 as %2").arg(serviceUrl.toString(), admin.email));
            Q_EMIT signedIn();
            reloadAll();
        });
}

void AdminWindow::showSignIn() {
    auto* dialog = new SignInDialog(tr("Sign in as an administrator"), session_.serviceUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signInRequested, this, &AdminWindow::signIn);
    connect(this, &AdminWindow::signedIn, dialog, [dialog] { dialog->finishSignIn({}); });
    connect(this, &AdminWindow::failed, dialog,
            [dialog](const QString& error) { dialog->finishSignIn(error); });
    dialog->open();
}

void AdminWindow::signOut() {
    call<bool>(
        [](AdminClient& client) {
            client.signOut();
            return true;
        },
        [](bool) {});
    admin_ = {};
    tabs_->setEnabled(false);
    showStatus(tr("Not signed in"));
}

void AdminWindow::reloadAll() {
    if (!isSignedIn()) {
        return;
    }
    reloadUsers();
    reloadPlans();
    reloadTransactions();
    reloadRevenue();
    reloadUsage();
    reloadAudit();
}

void AdminWindow::load(PagedTable* table, const QString& what,
                       std::function<QJsonArray(AdminClient&)> fetch) {
    call<QJsonArray>(std::move(fetch), [this, table, what](const QJsonArray& rows) {
        table->setRows(rows);
        Q_EMIT loaded(what);
    });
}

void AdminWindow::reloadUsers() {
    const QString search = search_->text().trimmed();
    load(users_, QStringLiteral("users"), [search](AdminClient& client) {
        QJsonArray rows;
        for (const AdminUser& user : client.users(search)) {
            rows.append(userToJson(user));
        }
        return rows;
    });
}

void AdminWindow::reloadPlans() {
    load(plans_, QStringLiteral("plans"), [](AdminClient& client) {
        QJsonArray rows;
        for (const AdminPlan& plan : client.editablePlans()) {
            rows.append(planToJson(plan));
        }
        return rows;
    });
}

void AdminWindow::reloadTransactions() {
    load(transactions_, QStringLiteral("transactions"),
         [](AdminClient& client) { return client.transactions(); });
}

void AdminWindow::reloadRevenue() {
    const QString by = revenueGrouping_->currentData().toString();
    load(revenue_, QStringLiteral("revenue"),
         [by](AdminClient& client) { return client.revenue(by); });
}

void AdminWindow::reloadUsage() {
    load(usage_, QStringLiteral("usage"), [](AdminClient& client) { return client.usageByDay(); });
}

void AdminWindow::reloadAudit() {
    load(audit_, QStringLiteral("audit"), [](AdminClient& client) { return client.auditLog(); });
}

void AdminWindow::adjustCredits(const QString& accountId, qint64 seconds, const QString& reason) {
    // One key per adjustment: a retry of this very call cannot apply it twice.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    call<core::account::CreditAdjustment>(
        [=](AdminClient& client) { return client.adjustCredits(accountId, seconds, reason, key); },
        [this, accountId, seconds](const core::account::CreditAdjustment& result) {
            showError({});
            if (result.appliedSeconds != seconds) {
                showStatus(tr("Only %1 min could be taken: the balance cannot go below zero")
                               .arg(formatSignedCredit(result.appliedSeconds)));
            } else {
                showStatus(tr("Credits adjusted; the balance is now %1 min")
                               .arg(formatSignedCredit(result.balanceSeconds)));
            }
            Q_EMIT creditsAdjusted(accountId, result.balanceSeconds);
            reloadUsers();
            reloadAudit();
        });
}

void AdminWindow::adjustSelectedUser() {
    const QJsonObject user = users_->selectedRow();
    if (user.isEmpty()) {
        return;
    }
    CreditAdjustmentDialog dialog(
        user.value(QStringLiteral("email")).toString(),
        static_cast<qint64>(user.value(QStringLiteral("balance_seconds")).toDouble()), this);
    if (dialog.exec() == QDialog::Accepted) {
        adjustCredits(user.value(QStringLiteral("id")).toString(), dialog.seconds(),
                      dialog.reason());
    }
}

void AdminWindow::setSuspended(const QString& accountId, bool suspended) {
    call<bool>(
        [=](AdminClient& client) {
            client.setSuspended(accountId, suspended);
            return true;
        },
        [this, suspended](bool) {
            showError({});
            showStatus(suspended ? tr("The account is suspended and signed out everywhere")
                                 : tr("The account is active again"));
            reloadUsers();
            reloadAudit();
        });
}

void AdminWindow::showSelectedUser() {
    const QString id = users_->selectedRow().value(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        return;
    }
    call<QJsonObject>([id](AdminClient& client) { return client.exportUser(id); },
                      [this](const QJsonObject& records) { showUserRecords(records, this); });
}

void AdminWindow::savePlan(const AdminPlan& plan) {
    call<bool>(
        [plan](AdminClient& client) {
            client.savePlan(plan);
            return true;
        },
        [this, plan](bool) {
            showError({});
            showStatus(tr("Plan %1 saved").arg(plan.id));
            Q_EMIT planSaved(plan.id);
            reloadPlans();
            reloadAudit();
        });
}

void AdminWindow::newPlan() {
    PlanDialog dialog({}, this);
    if (dialog.exec() == QDialog::Accepted) {
        savePlan(dialog.plan());
    }
}

void AdminWindow::editSelectedPlan() {
    const QJsonObject row = plans_->selectedRow();
    if (row.isEmpty()) {
        return;
    }
    PlanDialog dialog(AdminPlan::fromJson(row), this);
    if (dialog.exec() == QDialog::Accepted) {
        savePlan(dialog.plan());
    }
}

void AdminWindow::withdrawSelectedPlan() {
    const QString id = plans_->selectedRow().value(QStringLiteral("id")).toString();
    if (id.isEmpty() ||
        QMessageBox::question(this, tr("Withdraw plan"),
                              tr("Take %1 off sale? Past purchases keep it.").arg(id)) !=
            QMessageBox::Yes) {
        return;
    }
    call<bool>(
        [id](AdminClient& client) {
            client.withdrawPlan(id);
            return true;
        },
        [this, id](bool) {
            showError({});
            showStatus(tr("Plan %1 withdrawn").arg(id));
            reloadPlans();
            reloadAudit();
        });
}

}  // namespace sonara::studio
