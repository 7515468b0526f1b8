#include "app/studio/account_area.h"

#include "app/studio/buy_minutes_dialog.h"
#include "app/studio/export_dialog.h"
#include "app/studio/sign_in_dialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace sonara::studio {
namespace {

constexpr int kRefreshMs = 10 * 60 * 1000;
constexpr int kAfterCheckoutMs = 30 * 1000;

}  // namespace

using core::account::AccountStatus;

AccountArea::AccountArea(std::shared_ptr<core::account::CreditAccount> account, QWidget* parent)
    : QWidget(parent),
      account_(std::move(account)),
      summary_(new QLabel),
      button_(new QToolButton),
      signInAction_(new QAction(this)),
      refreshAction_(new QAction(this)),
      buyAction_(new QAction(this)),
      signOutAction_(new QAction(this)) {
    summary_->setObjectName(QStringLiteral("account"));
    button_->setObjectName(QStringLiteral("accountMenu"));
    button_->setPopupMode(QToolButton::InstantPopup);
    button_->setAutoRaise(true);
    button_->setIcon(QIcon(QStringLiteral(":/studio/icons/account.svg")));
    button_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* menu = new QMenu(this);
    menu->addAction(signInAction_);
    menu->addAction(refreshAction_);
    menu->addAction(buyAction_);
    menu->addAction(signOutAction_);
    button_->setMenu(menu);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(button_);
    connect(signInAction_, &QAction::triggered, this, &AccountArea::showSignInDialog);
    connect(refreshAction_, &QAction::triggered, this, &AccountArea::refreshBalance);
    connect(buyAction_, &QAction::triggered, this, &AccountArea::showBuyDialog);
    connect(signOutAction_, &QAction::triggered, this, &AccountArea::signOut);
    // A sign-in kept from the last run shows at once from the files; the service is asked next,
    // and again every few minutes, so offline exports are settled soon after a reconnect.
    status_ = account_->status();
    updateText();
    refreshBalance();
    auto* periodic = new QTimer(this);
    connect(periodic, &QTimer::timeout, this, &AccountArea::refreshBalance);
    periodic->start(kRefreshMs);
}

QString AccountArea::summaryText() const {
    return summary_->text();
}

QUrl AccountArea::serviceUrl() const {
    return status_.signedIn ? status_.serviceUrl : configuredServiceUrl();
}

void AccountArea::signIn(const QUrl& serviceUrl, const QString& email, const QString& password) {
    runAccountCall<AccountStatus>(
        this,
        [account = account_, serviceUrl, email, password] {
            return account->signInWithPassword(serviceUrl, email, password);
        },
        [this, serviceUrl](const AccountStatus& status) {
            setConfiguredServiceUrl(serviceUrl);
            // Signed in even when the first lease could not be taken; the error shows as a tip.
            lastError_ = status.lastError;
            setStatus(status);
            Q_EMIT signedIn();
        },
        [this, serviceUrl](const CloudFailure& failure) {
            lastError_ = describeCloudFailure(failure, serviceUrl);
            summary_->setToolTip(lastError_);
            Q_EMIT failed(lastError_);
        });
}

void AccountArea::showSignInDialog() {
    auto* dialog = new SignInDialog(tr("Sign in to Sonara"), serviceUrl(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signInRequested, this, &AccountArea::signIn);
    connect(this, &AccountArea::signedIn, dialog, [dialog] { dialog->finishSignIn({}); });
    connect(this, &AccountArea::failed, dialog,
            [dialog](const QString& error) { dialog->finishSignIn(error); });
    dialog->open();
}

void AccountArea::showBuyDialog() {
    runAccountCall<QList<core::account::Plan>>(
        this, [account = account_] { return account->plans(); },
        [this](const QList<core::account::Plan>& plans) {
            auto* dialog = new BuyMinutesDialog(plans, window());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &BuyMinutesDialog::planChosen, this, &AccountArea::buyMinutes);
            connect(this, &AccountArea::checkoutOpened, dialog,
                    [dialog] { dialog->finishCheckout({}); });
            connect(this, &AccountArea::failed, dialog,
                    [dialog](const QString& error) { dialog->finishCheckout(error); });
            dialog->open();
        },
        [this](const CloudFailure& failure) { reportFailure(failure); });
}

void AccountArea::buyMinutes(const QString& planId) {
    runAccountCall<QUrl>(
        this, [account = account_, planId] { return account->checkoutUrl(planId); },
        [this](const QUrl& url) {
            QDesktopServices::openUrl(url);
            // Providers confirm within seconds to minutes; look twice, then every ten minutes.
            for (const int delay : {kAfterCheckoutMs, 4 * kAfterCheckoutMs}) {
                QTimer::singleShot(delay, this, &AccountArea::refreshBalance);
            }
            Q_EMIT checkoutOpened(url);
        },
        [this](const CloudFailure& failure) { reportFailure(failure); });
}

void AccountArea::refreshBalance() {
    if (!account_->isSignedIn()) {
        return;
    }
    runAccountCall<AccountStatus>(
        this, [account = account_] { return account->sync(); },
        [this](const AccountStatus& status) {
            lastError_.clear();
            setStatus(status);
        },
        [this](const CloudFailure& failure) { reportFailure(failure); });
}

void AccountArea::showCurrentStatus() {
    setStatus(account_->status());
}

void AccountArea::signOut() {
    if (!account_->isSignedIn()) {
        setStatus({});
        return;
    }
    // Signed out here at once; settling the lease and revoking the session happen on a worker
    // and, offline, are left for the next sign-in.
    runAccountCall<bool>(
        this,
        [account = account_] {
            account->signOut();
            return true;
        },
        [this](bool) { setStatus(account_->status()); },
        [this](const CloudFailure& failure) { reportFailure(failure); });
    AccountStatus signedOut;
    setStatus(signedOut);
}

void AccountArea::setStatus(const AccountStatus& status) {
    status_ = status;
    updateText();
    Q_EMIT profileChanged();
}

void AccountArea::reportFailure(const CloudFailure& failure) {
    lastError_ = describeCloudFailure(failure, serviceUrl());
    // The session may have ended (the service refused the refresh): show what the files say.
    status_ = account_->status();
    updateText();
    summary_->setToolTip(lastError_);
    Q_EMIT profileChanged();
    Q_EMIT failed(lastError_);
}

void AccountArea::updateText() {
    const bool signedIn = isSignedIn();
    if (signedIn) {
        summary_->setText(
            tr("%1 · %2 min").arg(status_.email, formatCredit(status_.totalSeconds())));
        QString tip = tr("Signed in to %1; the balance is in minutes of exported audio")
                          .arg(status_.serviceUrl.toString());
        if (status_.leaseSeconds > 0) {
            tip += QLatin1Char('\n') + tr("%1 min of it are held for exports while offline")
                                           .arg(formatCredit(status_.leaseSeconds));
        }
        if (!status_.lastError.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Last contact failed: %1").arg(status_.lastError);
        }
        summary_->setToolTip(tip);
    } else {
        summary_->setText(tr("Not signed in"));
        summary_->setToolTip(tr("Sign in to use the minutes of your Sonara account"));
    }
    button_->setText(signedIn ? tr("Account") : tr("Sign in"));
    signInAction_->setText(tr("Sign in…"));
    refreshAction_->setText(tr("Refresh balance"));
    buyAction_->setText(tr("Buy minutes…"));
    signOutAction_->setText(tr("Sign out"));
    signInAction_->setVisible(!signedIn);
    refreshAction_->setVisible(signedIn);
    buyAction_->setVisible(signedIn);
    signOutAction_->setVisible(signedIn);
}

void AccountArea::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        updateText();
    }
    QWidget::changeEvent(event);
}

}  // namespace sonara::studio
