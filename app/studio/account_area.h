#pragma once

#include "app/studio/cloud_session.h"
#include "core/account/credit_account.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QToolButton;

namespace sonara::studio {

// The account corner of the status bar: "Not signed in", or the email and the minutes the
// account holds (its balance and the offline lease), with sign in, refresh balance and sign out
// in its menu. The sign-in belongs to the data folder's CreditAccount, which exports are charged
// to, so it is kept until signing out and `sonara serve` on the same folder uses it too.
class AccountArea : public QWidget {
    Q_OBJECT
public:
    explicit AccountArea(std::shared_ptr<core::account::CreditAccount> account,
                         QWidget* parent = nullptr);

    bool isSignedIn() const { return status_.signedIn; }
    const core::account::AccountStatus& accountStatus() const { return status_; }
    // The balance plus the offline lease, as last seen.
    qint64 balanceSeconds() const { return status_.totalSeconds(); }
    QString summaryText() const;
    QString lastError() const { return lastError_; }
    // Where the next sign-in goes: the signed-in service, else the one in the settings.
    QUrl serviceUrl() const;
    QAction* signInAction() const { return signInAction_; }
    QAction* refreshAction() const { return refreshAction_; }
    QAction* buyAction() const { return buyAction_; }
    QAction* signOutAction() const { return signOutAction_; }

    // Signs in on a worker thread; signedIn or failed follows.
    void signIn(const QUrl& serviceUrl, const QString& email, const QString& password);
    // Opens the plan's payment page in the browser; checkoutOpened or failed follows, and the
    // balance is refreshed a little later, when the payment has likely been confirmed.
    void buyMinutes(const QString& planId);

public Q_SLOTS:
    void showSignInDialog();
    // Lists the plans (fetched from the service) in a BuyMinutesDialog.
    void showBuyDialog();
    // Settles what was spent offline, tops the lease up and reads the balance.
    void refreshBalance();
    // Shows what the account files say now (after an export), without the network.
    void showCurrentStatus();
    void signOut();

Q_SIGNALS:
    void signedIn();
    void checkoutOpened(const QUrl& url);
    void profileChanged();
    // Already in the user's terms.
    void failed(const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setStatus(const core::account::AccountStatus& status);
    void reportFailure(const CloudFailure& failure);
    void updateText();

    std::shared_ptr<core::account::CreditAccount> account_;
    core::account::AccountStatus status_;
    QString lastError_;
    QLabel* summary_;
    QToolButton* button_;
    QAction* signInAction_;
    QAction* refreshAction_;
    QAction* buyAction_;
    QAction* signOutAction_;
};

}  // namespace sonara::studio
