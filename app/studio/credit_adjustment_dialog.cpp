#include "app/studio/credit_adjustment_dialog.h"

#include "app/studio/export_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace sonara::studio {
namespace {

// The service caps one grant at this many seconds either way.
constexpr double kMaxMinutes = 1000000.0;

}  // namespace

CreditAdjustmentDialog::CreditAdjustmentDialog(const QString& email, qint64 balanceSeconds,
                                               QWidget* parent)
    : QDialog(parent),
      balanceSeconds_(balanceSeconds),
      minutes_(new QDoubleSpinBox),
      reason_(new QLineEdit),
      outcome_(new QLabel),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Adjust credits of %1").arg(email));
    minutes_->setRange(-kMaxMinutes, kMaxMinutes);
    minutes_->setDecimals(2);
    minutes_->setValue(60.0);
    minutes_->setSuffix(tr(" min"));
    minutes_->setToolTip(tr("Positive adds minutes, negative takes them away"));
    reason_->setMaxLength(500);
    reason_->setPlaceholderText(tr("Why, for the ledger and the audit log"));
    outcome_->setWordWrap(true);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Apply"));

    auto* form = new QFormLayout;
    form->addRow(tr("Current balance"), new QLabel(tr("%1 min").arg(formatCredit(balanceSeconds))));
    form->addRow(tr("Minutes"), minutes_);
    form->addRow(tr("Reason"), reason_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(outcome_);
    layout->addWidget(buttons_);
    connect(minutes_, &QDoubleSpinBox::valueChanged, this, &CreditAdjustmentDialog::updateState);
    connect(reason_, &QLineEdit::textChanged, this, &CreditAdjustmentDialog::updateState);
    connect(buttons_, &QDialogButtonBox::accepted, this, &CreditAdjustmentDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &CreditAdjustmentDialog::reject);
    updateState();
}

qint64 CreditAdjustmentDialog::seconds() const {
    return static_cast<qint64>(std::llround(minutes_->value() * 60.0));
}

QString CreditAdjustmentDialog::reason() const {
    return reason_->text().trimmed();
}

void CreditAdjustmentDialog::updateState() {
    const qint64 after = std::max<qint64>(balanceSeconds_ + seconds(), 0);
    const bool valid = seconds() != 0 && !reason().isEmpty();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(valid);
    if (seconds() == 0) {
        outcome_->setText(tr("Enter the minutes to add or take away."));
    } else if (reason().isEmpty()) {
        outcome_->setText(tr("Enter the reason: it is kept with the entry."));
    } else {
        outcome_->setText(tr("The balance becomes %1 min.").arg(formatCredit(after)));
    }
}

void CreditAdjustmentDialog::accept() {
    if (seconds() != 0 && !reason().isEmpty()) {
        QDialog::accept();
    }
}

}  // namespace sonara::studio
