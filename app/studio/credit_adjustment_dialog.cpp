#include "app/studio/credit_adjustment_dialog.h"

#include "app/studio/admin_format.h"
#include "app/studio/export_dialog.h"
#include "app/studio/paged_table.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sonara::studio {
namespace {

// The service caps one grant at this many seconds either way.
constexpr qint64 kMaxSeconds = 1000000LL * 60;

}  // namespace

CreditAdjustmentDialog::CreditAdjustmentDialog(const QString& email, qint64 balanceSeconds,
                                               QWidget* parent)
    : QDialog(parent),
      email_(email),
      balanceSeconds_(balanceSeconds),
      amount_(new QLineEdit),
      reason_(new QLineEdit),
      outcome_(new QLabel),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Adjust credits of %1").arg(email));
    amount_->setObjectName(QStringLiteral("amount"));
    amount_->setPlaceholderText(tr("minutes, such as 25 or 25:00; -5:30 takes away"));
    reason_->setMaxLength(500);
    reason_->setPlaceholderText(tr("Why, for the ledger and the audit log"));
    outcome_->setObjectName(QStringLiteral("outcome"));
    outcome_->setWordWrap(true);
    // Room for two lines, so that the dialog does not jump as the text changes.
    outcome_->setMinimumHeight(outcome_->fontMetrics().lineSpacing() * 2);

    auto* form = new QFormLayout;
    form->addRow(tr("Current balance"), new QLabel(formatSignedCredit(balanceSeconds)));
    form->addRow(tr("Minutes (m:ss)"), amount_);
    form->addRow(tr("Reason"), reason_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(outcome_);
    layout->addWidget(buttons_);
    auto edited = [this] {
        confirming_ = false;
        updateState();
    };
    connect(amount_, &QLineEdit::textChanged, this, edited);
    connect(reason_, &QLineEdit::textChanged, this, edited);
    connect(buttons_, &QDialogButtonBox::accepted, this, &CreditAdjustmentDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &CreditAdjustmentDialog::reject);
    updateState();
}

qint64 CreditAdjustmentDialog::seconds() const {
    const std::optional<qint64> seconds = parseCreditSeconds(amount_->text());
    return seconds && std::abs(*seconds) <= kMaxSeconds ? *seconds : 0;
}

QString CreditAdjustmentDialog::reason() const {
    return reason_->text().trimmed();
}

QString CreditAdjustmentDialog::outcomeText() const {
    return outcome_->text();
}

QString CreditAdjustmentDialog::effect() const {
    const qint64 after = std::max<qint64>(balanceSeconds_ + seconds(), 0);
    return seconds() > 0 ? tr("Grant %1 to %2; the balance becomes %3.")
                               .arg(formatCredit(seconds()), email_, formatSignedCredit(after))
                         : tr("Take %1 from %2; the balance becomes %3.")
                               .arg(formatCredit(-seconds()), email_, formatSignedCredit(after));
}

void CreditAdjustmentDialog::updateState() {
    const bool valid = seconds() != 0 && !reason().isEmpty();
    QPushButton* ok = buttons_->button(QDialogButtonBox::Ok);
    ok->setEnabled(valid);
    ok->setText(confirming_ ? tr("Confirm") : tr("Apply"));
    if (!amount_->text().trimmed().isEmpty() && seconds() == 0) {
        outcome_->setText(tr("Write the minutes as 25, 25:00 or -5:30."));
    } else if (seconds() == 0) {
        outcome_->setText(tr("Enter the minutes to add or take away."));
    } else if (reason().isEmpty()) {
        outcome_->setText(tr("Enter the reason: it is kept with the entry."));
    } else if (confirming_) {
        outcome_->setText(effect() + QLatin1Char(' ') + tr("Press Confirm to apply it."));
    } else {
        outcome_->setText(effect());
    }
}

void CreditAdjustmentDialog::accept() {
    if (seconds() == 0 || reason().isEmpty()) {
        return;
    }
    if (!confirming_) {
        confirming_ = true;
        updateState();
        return;
    }
    QDialog::accept();
}

}  // namespace sonara::studio
