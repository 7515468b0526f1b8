#pragma once

#include "app/studio/cloud_session.h"
#include "core/account/account_client.h"

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace sonara::studio {

// The account corner of the status bar: "Not signed in", or the email and the balance in
// minutes, with sign in, refresh balance and sign out in its menu. A sign-in is remembered
// until signing out, so the next start resumes it.
class AccountArea : public QWidget {
    Q_OBJECT
public:
    explicit AccountArea(QWidget* parent = nullptr);

    bool isSignedIn() const { return !profile_.id.isEmpty(); }
    const core::account::Profile& profile() const { return profile_; }
    QString summaryText() const;
    QString lastError() const { return lastError_; }
    CloudSession<core::account::AccountClient>& session() { return session_; }
    QAction* signInAction() const { return signInAction_; }
    QAction* refreshAction() const { return refreshAction_; }
    QAction* signOutAction() const { return signOutAction_; }

    // Signs in on the session's thread; signedIn or failed follows.
    void signIn(const QUrl& serviceUrl, const QString& email, const QString& password);

public Q_SLOTS:
    void showSignInDialog();
    void refreshBalance();
    void signOut();

Q_SIGNALS:
    void signedIn();
    void profileChanged();
    // Already in the user's terms.
    void failed(const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void resumeRememberedSession();
    void setProfile(const core::account::Profile& profile);
    void reportFailure(const CloudFailure& failure);
    void updateText();

    CloudSession<core::account::AccountClient> session_;
    core::account::Profile profile_;
    QString lastError_;
    QLabel* summary_;
    QToolButton* button_;
    QAction* signInAction_;
    QAction* refreshAction_;
    QAction* signOutAction_;
};

}  // namespace sonara::studio
