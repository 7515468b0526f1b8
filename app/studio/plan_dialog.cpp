#include "app/studio/plan_dialog.h"

#include "app/studio/admin_format.h"
#include "app/studio/paged_table.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sonara::studio {

PlanDialog::PlanDialog(const core::account::AdminPlan& plan, QWidget* parent)
    : QDialog(parent),
      original_(plan),
      id_(new QLineEdit(plan.id)),
      name_(new QLineEdit(plan.name)),
      price_(new QDoubleSpinBox),
      currency_(new QLineEdit(plan.currency.isEmpty() ? QStringLiteral("usd") : plan.currency)),
      minutes_(new QSpinBox),
      interval_(new QSpinBox),
      summary_(new QLabel),
      error_(new QLabel) {
    setWindowTitle(plan.id.isEmpty() ? tr("New plan") : tr("Edit plan %1").arg(plan.id));
    // The same rules the service applies, so most mistakes never leave the dialog.
    id_->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9-]{0,63}")), id_));
    id_->setReadOnly(!plan.id.isEmpty());
    id_->setPlaceholderText(tr("minutes-120"));
    name_->setMaxLength(100);
    price_->setRange(0.0, 100000000.0);
    currency_->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z]{3}")), currency_));
    currencyChanged();
    price_->setValue(toMajorUnits(plan.priceCents, currency_->text()));
    originalPrice_ = price_->value();
    minutes_->setRange(1, 10000000);
    minutes_->setValue(static_cast<int>(plan.id.isEmpty() ? 60 : (plan.seconds + 59) / 60));
    originalMinutes_ = minutes_->value();
    minutes_->setSuffix(tr(" min"));
    interval_->setRange(0, 12);
    interval_->setValue(plan.intervalMonths);
    interval_->setSpecialValueText(tr("one-off purchase"));
    interval_->setSuffix(tr(" month(s)"));
    summary_->setObjectName(QStringLiteral("summary"));
    summary_->setWordWrap(true);
    error_->setObjectName(QStringLiteral("error"));
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));

    auto* form = new QFormLayout;
    form->addRow(tr("Id"), id_);
    form->addRow(tr("Name"), name_);
    form->addRow(tr("Price"), price_);
    form->addRow(tr("Currency"), currency_);
    form->addRow(tr("Minutes"), minutes_);
    form->addRow(tr("Renews"), interval_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(summary_);
    layout->addWidget(error_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    connect(currency_, &QLineEdit::textChanged, this, &PlanDialog::currencyChanged);
    connect(name_, &QLineEdit::textChanged, this, &PlanDialog::updateSummary);
    connect(price_, &QDoubleSpinBox::valueChanged, this, &PlanDialog::updateSummary);
    connect(minutes_, &QSpinBox::valueChanged, this, &PlanDialog::updateSummary);
    connect(interval_, &QSpinBox::valueChanged, this, &PlanDialog::updateSummary);
    updateSummary();
}

void PlanDialog::currencyChanged() {
    // Yen and the other zero-decimal currencies have no cents to enter.
    price_->setDecimals(currencyDecimals(currency_->text()));
    updateSummary();
}

core::account::AdminPlan PlanDialog::plan() const {
    core::account::AdminPlan plan;
    plan.id = id_->text().trimmed();
    plan.name = name_->text().trimmed();
    plan.currency = currency_->text().trimmed().toLower();
    // Untouched fields keep the stored value exactly.
    const bool priceKept = !original_.id.isEmpty() && price_->value() == originalPrice_ &&
                           plan.currency == original_.currency;
    plan.priceCents =
        priceKept ? original_.priceCents : toMinorUnits(price_->value(), plan.currency);
    const bool minutesKept = !original_.id.isEmpty() && minutes_->value() == originalMinutes_;
    plan.seconds = minutesKept ? original_.seconds : static_cast<qint64>(minutes_->value()) * 60;
    plan.intervalMonths = interval_->value();
    return plan;
}

QString PlanDialog::summary() const {
    return summary_->text();
}

void PlanDialog::updateSummary() {
    if (!summary_ || !price_ || !minutes_) {
        return;
    }
    const core::account::AdminPlan saved = plan();
    summary_->setText(tr("Will be saved as: %1, %2 for %3 min, %4")
                          .arg(saved.name.isEmpty() ? tr("(no name)") : saved.name,
                               formatMoney(saved.priceCents, saved.currency),
                               formatSignedCredit(saved.seconds),
                               formatRenewal(saved.intervalMonths)));
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
