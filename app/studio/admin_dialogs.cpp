#include "app/studio/admin_dialogs.h"

#include "app/studio/admin_format.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sonara::studio {

ConfirmActionDialog::ConfirmActionDialog(const QString& title, const QString& effect,
                                         const QString& actionText, bool reasonRequired,
                                         QWidget* parent)
    : QDialog(parent),
      reasonRequired_(reasonRequired),
      reason_(new QLineEdit),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(title);
    auto* text = new QLabel(effect);
    text->setObjectName(QStringLiteral("effect"));
    text->setWordWrap(true);
    reason_->setMaxLength(500);
    reason_->setPlaceholderText(reasonRequired ? tr("Required: kept in the audit log")
                                               : tr("Optional: kept in the audit log"));
    buttons_->button(QDialogButtonBox::Ok)->setText(actionText);
    auto* form = new QFormLayout;
    form->addRow(tr("Reason"), reason_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    connect(reason_, &QLineEdit::textChanged, this, &ConfirmActionDialog::updateState);
    connect(buttons_, &QDialogButtonBox::accepted, this, &ConfirmActionDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &ConfirmActionDialog::reject);
    updateState();
}

QString ConfirmActionDialog::reason() const {
    return reason_->text().trimmed();
}

void ConfirmActionDialog::updateState() {
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!reasonRequired_ || !reason().isEmpty());
}

void ConfirmActionDialog::accept() {
    if (!reasonRequired_ || !reason().isEmpty()) {
        QDialog::accept();
    }
}

RefundDialog::RefundDialog(const Payment& payment, QWidget* parent)
    : QDialog(parent),
      payment_(payment),
      amount_(new QLineEdit),
      reason_(new QLineEdit),
      effect_(new QLabel),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Refund a payment"));
    const qint64 left = payment.amount - payment.refunded;
    amount_->setPlaceholderText(tr("Up to %1").arg(formatMoney(left, payment.currency)));
    reason_->setMaxLength(500);
    reason_->setPlaceholderText(tr("Required: kept in the audit log"));
    effect_->setObjectName(QStringLiteral("effect"));
    effect_->setWordWrap(true);
    // Room for the longest statement, so the dialog does not have to grow while typing.
    effect_->setMinimumWidth(460);
    effect_->setMinimumHeight(effect_->fontMetrics().lineSpacing() * 4);
    effect_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Refund"));
    auto* form = new QFormLayout;
    form->addRow(tr("Amount (%1)").arg(payment.currency.toUpper()), amount_);
    form->addRow(tr("Reason"), reason_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("%1 paid %2 through %3; %4 refunded so far.")
                       .arg(payment.email, formatMoney(payment.amount, payment.currency),
                            payment.provider, formatMoney(payment.refunded, payment.currency))));
    layout->addLayout(form);
    layout->addWidget(effect_);
    layout->addWidget(buttons_);
    connect(amount_, &QLineEdit::textChanged, this, &RefundDialog::updateState);
    connect(reason_, &QLineEdit::textChanged, this, &RefundDialog::updateState);
    connect(buttons_, &QDialogButtonBox::accepted, this, &RefundDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &RefundDialog::reject);
    updateState();
}

qint64 RefundDialog::amount() const {
    bool ok = false;
    const double major = QLocale().toDouble(amount_->text().trimmed(), &ok);
    const double plain = ok ? major : amount_->text().trimmed().toDouble(&ok);
    if (!ok) {
        return 0;
    }
    const qint64 minor = toMinorUnits(plain, payment_.currency);
    return minor > 0 && minor <= payment_.amount - payment_.refunded ? minor : 0;
}

QString RefundDialog::reason() const {
    return reason_->text().trimmed();
}

QString RefundDialog::effectText() const {
    const qint64 refund = amount();
    if (refund <= 0) {
        return amount_->text().trimmed().isEmpty()
                   ? tr("Enter the amount to refund.")
                   : tr("Enter an amount above zero and at most %1.")
                         .arg(formatMoney(payment_.amount - payment_.refunded, payment_.currency));
    }
    // The service takes back seconds in proportion to the money, never below a zero balance.
    const auto owed = [&](qint64 refunded) {
        return payment_.amount > 0 ? payment_.seconds * refunded / payment_.amount : 0;
    };
    const qint64 seconds = owed(payment_.refunded + refund) - owed(payment_.refunded);
    return tr("Refund %1 of %2 to %3 through %4. About %5 of their minutes are taken back (not "
              "below a zero balance). The money goes back at once; this cannot be undone.")
        .arg(formatMoney(refund, payment_.currency),
             formatMoney(payment_.amount, payment_.currency), payment_.email, payment_.provider,
             QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void RefundDialog::updateState() {
    effect_->setText(effectText());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(amount() > 0 && !reason().isEmpty());
}

void RefundDialog::accept() {
    if (amount() > 0 && !reason().isEmpty()) {
        QDialog::accept();
    }
}

}  // namespace sonara::studio
