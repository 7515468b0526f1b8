#include "app/studio/account_area.h"

#include "app/studio/export_dialog.h"
#include "app/studio/remembered_session.h"
#include "app/studio/sign_in_dialog.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace sonara::studio {

using core::account::AccountClient;
using core::account::Profile;

AccountArea::AccountArea(QWidget* parent)
    : QWidget(parent),
      session_(configuredServiceUrl()),
      summary_(new QLabel),
      button_(new QToolButton),
      signInAction_(new QAction(this)),
      refreshAction_(new QAction(this)),
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
    menu->addAction(signOutAction_);
    button_->setMenu(menu);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(button_);
    connect(signInAction_, &QAction::triggered, this, &AccountArea::showSignInDialog);
    connect(refreshAction_, &QAction::triggered, this, &AccountArea::refreshBalance);
    connect(signOutAction_, &QAction::triggered, this, &AccountArea::signOut);
    updateText();
    resumeRememberedSession();
}

void AccountArea::resumeRememberedSession() {
    const std::optional<RememberedSession> remembered = rememberedSession();
    if (!remembered || remembered->serviceUrl != session_.serviceUrl()) {
        return;
    }
    // No access token yet: the first call refreshes it with the remembered refresh token.
    core::account::TokenPair tokens;
    tokens.refreshToken = remembered->refreshToken;
    session_.setTokens(tokens);
    refreshBalance();
}

QString AccountArea::summaryText() const {
    return summary_->text();
}

void AccountArea::signIn(const QUrl& serviceUrl, const QString& email, const QString& password) {
    session_.setServiceUrl(serviceUrl);
    session_.run<Profile>(
        this,
        [email, password](AccountClient& client) {
            client.signIn(email, password);
            return client.profile();
        },
        [this, serviceUrl](const Profile& profile) {
            setConfiguredServiceUrl(serviceUrl);
            lastError_.clear();
            setProfile(profile);
            Q_EMIT signedIn();
        },
        [this](const CloudFailure& failure) { reportFailure(failure); });
}

void AccountArea::showSignInDialog() {
    auto* dialog = new SignInDialog(tr("Sign in to Sonara"), session_.serviceUrl(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signInRequested, this, &AccountArea::signIn);
    connect(this, &AccountArea::signedIn, dialog, [dialog] { dialog->finishSignIn({}); });
    connect(this, &AccountArea::failed, dialog,
            [dialog](const QString& error) { dialog->finishSignIn(error); });
    dialog->open();
}

void AccountArea::refreshBalance() {
    if (!session_.hasTokens()) {
        return;
    }
    session_.run<Profile>(
        this, [](AccountClient& client) { return client.profile(); },
        [this](const Profile& profile) {
            lastError_.clear();
            setProfile(profile);
        },
        [this](const CloudFailure& failure) { reportFailure(failure); });
}

void AccountArea::signOut() {
    if (!session_.hasTokens()) {
        setProfile({});
        return;
    }
    // Signed out here at once; telling the service (which revokes the refresh token) may fail
    // when offline, and the token then simply expires.
    session_.run<bool>(
        this,
        [](AccountClient& client) {
            client.signOut();
            return true;
        },
        [](bool) {}, [this](const CloudFailure&) { session_.forgetTokens(); });
    setProfile({});
}

void AccountArea::setProfile(const Profile& profile) {
    profile_ = profile;
    // Every call may have rotated the refresh token; keep the current one for the next run.
    if (profile_.id.isEmpty()) {
        forgetRememberedSession();
    } else {
        rememberSession(session_.serviceUrl(), session_.tokens());
    }
    updateText();
    Q_EMIT profileChanged();
}

void AccountArea::reportFailure(const CloudFailure& failure) {
    lastError_ = describeCloudFailure(failure, session_.serviceUrl());
    if (!session_.hasTokens()) {
        setProfile({});
    }
    summary_->setToolTip(lastError_);
    Q_EMIT failed(lastError_);
}

void AccountArea::updateText() {
    const bool signedIn = isSignedIn();
    if (signedIn) {
        summary_->setText(
            tr("%1 · %2 min").arg(profile_.email, formatCredit(profile_.balanceSeconds)));
        summary_->setToolTip(tr("Signed in to %1; the balance is in minutes of exported audio")
                                 .arg(session_.serviceUrl().toString()));
    } else {
        summary_->setText(tr("Not signed in"));
        summary_->setToolTip(tr("Sign in to use the minutes of your Sonara account"));
    }
    button_->setText(signedIn ? tr("Account") : tr("Sign in"));
    signInAction_->setText(tr("Sign in…"));
    refreshAction_->setText(tr("Refresh balance"));
    signOutAction_->setText(tr("Sign out"));
    signInAction_->setVisible(!signedIn);
    refreshAction_->setVisible(signedIn);
    signOutAction_->setVisible(signedIn);
}

void AccountArea::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        updateText();
    }
    QWidget::changeEvent(event);
}

}  // namespace sonara::studio
