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
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));
    // Long errors and long translations wrap instead of squeezing the fields.
    const int fieldWidth = fontMetrics().averageCharWidth() * 34;
    for (QLineEdit* field : {service_, email_, password_}) {
        field->setMinimumWidth(fieldWidth);
        field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Service"), service_);
    form->addRow(tr("Email"), email_);
    form->addRow(tr("Password"), password_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(buttons_);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
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
        showError(tr("Enter the service address, such as https://sonara.studio."));
        return;
    }
    if (email_->text().trimmed().isEmpty() || password_->text().isEmpty()) {
        showError(tr("Enter the email and the password of the account."));
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
    showError(error);
    password_->selectAll();
    password_->setFocus();
}

void SignInDialog::showError(const QString& text) {
    error_->setText(text);
    // Grow to show the whole message; the fields keep their size.
    layout()->activate();
    const QSize needed = sizeHint().expandedTo(minimumSizeHint());
    if (height() < needed.height() || width() < needed.width()) {
        resize(size().expandedTo(needed));
    }
}

void SignInDialog::setBusy(bool busy) {
    service_->setEnabled(!busy);
    email_->setEnabled(!busy);
    password_->setEnabled(!busy);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

}  // namespace sonara::studio
