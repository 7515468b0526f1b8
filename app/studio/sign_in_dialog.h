#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sonara::studio {

// Asks for the account service's address, an email and a password. It signs in nobody itself:
// whoever opens it answers signInRequested and calls finishSignIn() with the outcome, so the
// studio and the admin window share it.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(const QString& title, const QUrl& serviceUrl, QWidget* parent = nullptr);

    QLineEdit* serviceEdit() const { return service_; }
    QLineEdit* emailEdit() const { return email_; }
    QLineEdit* passwordEdit() const { return password_; }
    QString errorText() const;
    QUrl serviceUrl() const;

    // Empty `error`: signed in, the dialog closes; otherwise the error is shown and the fields
    // can be corrected.
    void finishSignIn(const QString& error);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void signInRequested(const QUrl& serviceUrl, const QString& email, const QString& password);

private:
    void showError(const QString& text);
    void setBusy(bool busy);

    QLineEdit* service_;
    QLineEdit* email_;
    QLineEdit* password_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

}  // namespace sonara::studio
