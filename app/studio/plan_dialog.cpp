#include "app/studio/plan_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace sonara::studio {

PlanDialog::PlanDialog(const core::account::AdminPlan& plan, QWidget* parent)
    : QDialog(parent),
      id_(new QLineEdit(plan.id)),
      name_(new QLineEdit(plan.name)),
      price_(new QDoubleSpinBox),
      currency_(new QLineEdit(plan.currency.isEmpty() ? QStringLiteral("usd") : plan.currency)),
      minutes_(new QSpinBox),
      interval_(new QSpinBox),
      error_(new QLabel) {
    setWindowTitle(plan.id.isEmpty() ? tr("New plan") : tr("Edit plan %1").arg(plan.id));
    // The same rules the service applies, so most mistakes never leave the dialog.
    id_->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9-]{0,63}")), id_));
    id_->setReadOnly(!plan.id.isEmpty());
    id_->setPlaceholderText(tr("minutes-120"));
    name_->setMaxLength(100);
    price_->setRange(0.0, 1000000.0);
    price_->setDecimals(2);
    price_->setValue(static_cast<double>(plan.priceCents) / 100.0);
    currency_->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z]{3}")), currency_));
    minutes_->setRange(1, 10000000);
    minutes_->setValue(static_cast<int>(std::max<qint64>(plan.seconds / 60, 60)));
    minutes_->setSuffix(tr(" min"));
    interval_->setRange(0, 12);
    interval_->setValue(plan.intervalMonths);
    interval_->setSpecialValueText(tr("one-off purchase"));
    interval_->setSuffix(tr(" month(s)"));
    error_->setObjectName(QStringLiteral("error"));
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));

    auto* form = new QFormLayout;
    form->addRow(tr("Id"), id_);
    form->addRow(tr("Name"), name_);
    form->addRow(tr("Price"), price_);
    form->addRow(tr("Currency"), currency_);
    form->addRow(tr("Minutes"), minutes_);
    form->addRow(tr("Renews every"), interval_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
}

core::account::AdminPlan PlanDialog::plan() const {
    core::account::AdminPlan plan;
    plan.id = id_->text().trimmed();
    plan.name = name_->text().trimmed();
    plan.priceCents = std::llround(price_->value() * 100.0);
    plan.currency = currency_->text().trimmed().toLower();
    plan.seconds = static_cast<qint64>(minutes_->value()) * 60;
    plan.intervalMonths = interval_->value();
    return plan;
}

void PlanDialog::accept() {
    if (!id_->hasAcceptableInput()) {
        error_->setText(tr("The id is lowercase letters, digits and dashes, such as minutes-120."));
    } else if (name_->text().trimmed().isEmpty()) {
        error_->setText(tr("Enter the plan's name as buyers see it."));
    } else if (!currency_->hasAcceptableInput()) {
        error_->setText(tr("The currency is a three-letter code such as usd, eur or inr."));
    } else {
        QDialog::accept();
    }
}

}  // namespace sonara::studio
