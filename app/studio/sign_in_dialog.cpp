#include "app/studio/sign_in_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sonara::studio {

SignInDialog::SignInDialog(const QString& title, const QUrl& serviceUrl, QWidget* parent)
    : QDialog(parent),
      service_(new QLineEdit(serviceUrl.toString())),
      email_(new QLineEdit),
      password_(new QLineEdit),
      error_(new QLabel),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(title);
    service_->setToolTip(tr("The address of the Sonara account service"));
    email_->setPlaceholderText(tr("name@example.com"));
    password_->setEchoMode(QLineEdit::Password);
    error_->setObjectName(QStringLiteral("error"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

    auto* form = new QFormLayout;
    form->addRow(tr("Service"), service_);
    form->addRow(tr("Email"), email_);
    form->addRow(tr("Password"), password_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    email_->setFocus();
}

QString SignInDialog::errorText() const {
    return error_->text();
}

QUrl SignInDialog::serviceUrl() const {
    return QUrl::fromUserInput(service_->text().trimmed());
}

void SignInDialog::accept() {
    const QUrl url = serviceUrl();
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        error_->setText(tr("Enter the service address, such as https://sonara.studio."));
        return;
    }
    if (email_->text().trimmed().isEmpty() || password_->text().isEmpty()) {
        error_->setText(tr("Enter the email and the password of the account."));
        return;
    }
    error_->setText(tr("Signing in…"));
    setBusy(true);
    Q_EMIT signInRequested(url, email_->text().trimmed(), password_->text());
}

void SignInDialog::finishSignIn(const QString& error) {
    setBusy(false);
    if (error.isEmpty()) {
        error_->clear();
        QDialog::accept();
        return;
    }
    error_->setText(error);
    password_->selectAll();
    password_->setFocus();
}

void SignInDialog::setBusy(bool busy) {
    service_->setEnabled(!busy);
    email_->setEnabled(!busy);
    password_->setEnabled(!busy);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

}  // namespace sonara::studio
