#include "app/studio/admin_window.h"

#include "app/studio/admin_health_chart.h"
#include "app/studio/paged_table.h"
#include "app/studio/sign_in_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

// The icons live in a static library: referencing its resource keeps the linker from
// dropping them.
static void initStudioResources() {
    Q_INIT_RESOURCE(studio);
}

namespace sonara::studio {

using core::account::AdminClient;
using core::account::Profile;

namespace {

// How long a call may run before the window says it is waiting for the service.
constexpr int kWaitingDelayMs = 700;

enum Tab { Users, Plans, Transactions, Revenue, Usage, Audit, Moderation, Catalog, Health };

}  // namespace

AdminWindow::AdminWindow(QWidget* parent)
    : QMainWindow(parent),
      connection_(new AdminConnection(configuredServiceUrl(), this)),
      error_(new QLabel),
      retryButton_(new QPushButton(tr("Retry"))),
      waiting_(new QWidget),
      waitDelay_(new QTimer(this)),
      tabs_(new QTabWidget),
      revenueGrouping_(new QComboBox) {
    initStudioResources();
    setWindowTitle(tr("Sonara Cloud administration"));
    setWindowIcon(QIcon(QStringLiteral(":/studio/icons/sonara.svg")));
    resize(1100, 720);

    createReportTables();
    createOperationTables();
    tabs_->addTab(createUsersTab(), tr("Users"));
    tabs_->addTab(createPlansTab(), tr("Plans"));
    tabs_->addTab(createReportTab(transactions_, &AdminWindow::reloadTransactions,
                                  createTransactionActions()),
                  tr("Transactions"));
    tabs_->addTab(createReportTab(revenue_, &AdminWindow::reloadRevenue, revenueGrouping_),
                  tr("Revenue"));
    tabs_->addTab(createReportTab(usage_, &AdminWindow::reloadUsage), tr("Usage"));
    tabs_->addTab(createReportTab(audit_, &AdminWindow::reloadAudit), tr("Audit log"));
    tabs_->addTab(createModerationTab(), tr("Moderation"));
    tabs_->addTab(createCatalogTab(), tr("Model catalog"));
    tabs_->addTab(createHealthTab(), tr("Health"));
    tabs_->setEnabled(false);
    connect(tabs_, &QTabWidget::currentChanged, this, &AdminWindow::loadTab);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(createBanner());
    layout->addWidget(tabs_, 1);
    setCentralWidget(central);

    auto* waitingLayout = new QHBoxLayout(waiting_);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    auto* waitingText = new QLabel(tr("Waiting for the service…"));
    waitingText->setObjectName(QStringLiteral("waiting"));
    auto* cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancel"));
    connect(cancel, &QPushButton::clicked, this, &AdminWindow::cancelRequests);
    waitingLayout->addWidget(waitingText);
    waitingLayout->addWidget(cancel);
    statusBar()->addPermanentWidget(waiting_);
    waiting_->hide();
    waitDelay_->setSingleShot(true);
    waitDelay_->setInterval(kWaitingDelayMs);
    connect(waitDelay_, &QTimer::timeout, waiting_, &QWidget::show);
    connect(connection_, &AdminConnection::busyChanged, this, &AdminWindow::setWaiting);

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("&Sign in…"), this, &AdminWindow::showSignIn);
    QAction* reload = account->addAction(tr("&Reload"), this, &AdminWindow::reloadCurrent);
    reload->setShortcut(QKeySequence::Refresh);
    account->addAction(tr("Sign &out"), this, &AdminWindow::signOut);
    account->addSeparator();
    QAction* quit = account->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    showStatus(tr("Not signed in"));
}

AdminWindow::~AdminWindow() = default;

QWidget* AdminWindow::createBanner() {
    error_->setObjectName(QStringLiteral("error"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));
    retryButton_->setObjectName(QStringLiteral("retry"));
    connect(retryButton_, &QPushButton::clicked, this, &AdminWindow::retryLastAction);
    auto* banner = new QWidget;
    auto* layout = new QHBoxLayout(banner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(error_, 1);
    layout->addWidget(retryButton_);
    // The banner keeps its room, empty or not, so that the tables never move.
    QSizePolicy keep = retryButton_->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    retryButton_->setSizePolicy(keep);
    retryButton_->hide();
    banner->setFixedHeight(
        std::max(error_->fontMetrics().lineSpacing() * 2 + 4, retryButton_->sizeHint().height()));
    return banner;
}

QWidget* AdminWindow::createReportTab(PagedTable* table, void (AdminWindow::*reload)(),
                                      QWidget* extra) {
    auto* row = new QHBoxLayout;
    if (extra) {
        row->addWidget(extra);
    }
    row->addStretch(1);
    auto* button = new QPushButton(tr("Reload"));
    connect(button, &QPushButton::clicked, this, [this, reload] { (this->*reload)(); });
    row->addWidget(button);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(table, 1);
    return page;
}

QLineEdit* AdminWindow::searchEdit() const {
    return users_->searchEdit();
}

QString AdminWindow::errorText() const {
    return error_->text();
}

bool AdminWindow::canRetry() const {
    return static_cast<bool>(retry_);
}

bool AdminWindow::isWaiting() const {
    return !waiting_->isHidden();
}

void AdminWindow::setWaiting(bool busy) {
    if (busy) {
        waitDelay_->start();
    } else {
        waitDelay_->stop();
        waiting_->hide();
    }
}

void AdminWindow::cancelRequests() {
    connection_->cancelAll();
    showStatus(tr("Cancelled: nothing more is sent until you act again"));
}

void AdminWindow::showStatus(const QString& text) {
    statusBar()->showMessage(text);
}

QString AdminWindow::describeFailure(const CloudFailure& failure) const {
    QString message = failure.message;
    if (!message.isEmpty()) {
        message[0] = message[0].toUpper();
        if (!message.endsWith(QLatin1Char('.'))) {
            message += QLatin1Char('.');
        }
    }
    switch (failure.httpStatus) {
        case 401:
            return tr(
                "The session has ended or the email or password is wrong: sign in again "
                "(Account, Sign in).");
        case 403:
            return tr("Refused: %1").arg(message);
        case 429:
            return tr("Too many requests: %1").arg(message);
        default:
            return message;
    }
}

void AdminWindow::requestSucceeded() {
    error_->clear();
    retry_ = {};
    retryButton_->hide();
}

void AdminWindow::requestFailed(const CloudFailure& failure, std::function<void()> retry) {
    if (failure.httpStatus == AdminClient::kCancelled) {
        return;
    }
    // The last outcome replaces the one before: the banner never piles messages up.
    const QString text = describeFailure(failure);
    error_->setText(text);
    retry_ = std::move(retry);
    retryButton_->setVisible(static_cast<bool>(retry_));
    if (!connection_->hasTokens() && isSignedIn()) {
        admin_ = {};
        clearCustomerData();
        showStatus(tr("Not signed in"));
    }
    Q_EMIT failed(text);
}

void AdminWindow::retryLastAction() {
    if (std::function<void()> retry = std::exchange(retry_, {})) {
        retryButton_->hide();
        retry();
    }
}

void AdminWindow::signIn(const QUrl& serviceUrl, const QString& email, const QString& password) {
    connection_->setServiceUrl(serviceUrl);
    call<Profile>(
        [email, password](AdminClient& client) { return client.signInAsAdmin(email, password); },
        [this, serviceUrl](const Profile& admin) {
            admin_ = admin;
            setConfiguredServiceUrl(serviceUrl);
            tabs_->setEnabled(true);
            showStatus(tr("Signed in to %1 as %2").arg(serviceUrl.toString(), admin.email));
            Q_EMIT signedIn();
            reloadCurrent();
        });
}

void AdminWindow::showSignIn() {
    auto* dialog =
        new SignInDialog(tr("Sign in as an administrator"), connection_->serviceUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signInRequested, this, &AdminWindow::signIn);
    connect(this, &AdminWindow::signedIn, dialog, [dialog] { dialog->finishSignIn({}); });
    connect(this, &AdminWindow::failed, dialog,
            [dialog](const QString& error) { dialog->finishSignIn(error); });
    dialog->open();
}

void AdminWindow::signOut() {
    connection_->cancelAll();
    connection_->run<bool>(
        [](AdminClient& client) {
            client.signOut();
            return true;
        },
        [](bool) {}, [](const CloudFailure&) {});
    ++epoch_;
    admin_ = {};
    clearCustomerData();
    showStatus(tr("Not signed in"));
}

void AdminWindow::clearCustomerData() {
    // Nothing about customers stays on screen once the administrator has left.
    tabs_->setEnabled(false);
    for (PagedTable* table : {users_, plans_, transactions_, revenue_, usage_, audit_, moderation_,
                              catalog_, health_}) {
        table->clear();
    }
    if (records_) {
        records_->close();
    }
    pendingAdjustment_ = {};
    pendingRefund_ = {};
    stopListening();
    voiceSample_ = {};
    healthCharts_->clear();
    loadedTabs_.clear();
    error_->clear();
    retry_ = {};
    retryButton_->hide();
}

void AdminWindow::loadTab(int index) {
    if (!isSignedIn() || loadedTabs_.contains(index)) {
        return;
    }
    loadedTabs_.insert(index);
    switch (index) {
        case Users:
            return reloadUsers();
        case Plans:
            return reloadPlans();
        case Transactions:
            return reloadTransactions();
        case Revenue:
            return reloadRevenue();
        case Usage:
            return reloadUsage();
        case Audit:
            return reloadAudit();
        case Moderation:
            return reloadModeration();
        case Catalog:
            return reloadCatalog();
        case Health:
            return reloadHealth();
        default:
            break;
    }
}

void AdminWindow::reloadCurrent() {
    loadedTabs_.remove(tabs_->currentIndex());
    loadTab(tabs_->currentIndex());
}

void AdminWindow::reloadAll() {
    if (!isSignedIn()) {
        return;
    }
    loadedTabs_.clear();
    for (int index = 0; index < tabs_->count(); ++index) {
        loadTab(index);
    }
}

void AdminWindow::load(PagedTable* table, const QString& what,
                       std::function<QJsonArray(AdminClient&)> fetch) {
    const int sequence = ++loadSequence_[what];
    call<QJsonArray>(std::move(fetch), [this, table, what, sequence](const QJsonArray& rows) {
        if (sequence == loadSequence_.value(what)) {
            table->setRows(rows);
            Q_EMIT loaded(what);
        }
    });
}

void AdminWindow::loadPage(
    PagedTable* table, const QString& what,
    std::function<AdminClient::Page(AdminClient&, const QString&, qint64, int)> fetch) {
    const int sequence = ++loadSequence_[what];
    const QString search = table->filter();
    const qint64 offset = table->offset();
    const int limit = table->pageSize();
    call<AdminClient::Page>(
        [fetch, search, offset, limit](AdminClient& client) {
            return fetch(client, search, offset, limit);
        },
        [this, table, what, sequence](const AdminClient::Page& page) {
            if (sequence == loadSequence_.value(what)) {
                table->setPage(page.rows, page.total);
                Q_EMIT loaded(what);
            }
        });
}

void AdminWindow::actionDone(const QString& what, const QString& status,
                             const QList<void (AdminWindow::*)()>& reloads) {
    showStatus(status);
    Q_EMIT done(what);
    for (void (AdminWindow::*reload)() : reloads) {
        (this->*reload)();
    }
}

}  // namespace sonara::studio
