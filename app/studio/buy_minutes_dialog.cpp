#include "app/studio/buy_minutes_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sonara::studio {

BuyMinutesDialog::BuyMinutesDialog(const QList<core::account::Plan>& plans, QWidget* parent)
    : QDialog(parent),
      list_(new QListWidget),
      error_(new QLabel),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Buy minutes"));
    for (const core::account::Plan& plan : plans) {
        auto* item = new QListWidgetItem(describe(plan), list_);
        item->setData(Qt::UserRole, plan.id);
    }
    list_->setCurrentRow(0);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    QPushButton* buy = buttons_->addButton(tr("Buy…"), QDialogButtonBox::AcceptRole);
    buy->setEnabled(!plans.isEmpty());
    connect(buttons_, &QDialogButtonBox::accepted, this, &BuyMinutesDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &BuyMinutesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Minutes pay for exports; editing and processing stay free. "
                      "The payment page opens in your browser, and the minutes "
                      "appear here once the payment is confirmed.")));
    layout->addWidget(list_);
    layout->addWidget(error_);
    layout->addWidget(buttons_);
}

QString BuyMinutesDialog::describe(const core::account::Plan& plan) {
    const QString amount = QLocale().toCurrencyString(
        static_cast<double>(plan.priceCents) / 100.0,
        plan.currency.compare(QLatin1String("usd"), Qt::CaseInsensitive) == 0
            ? QStringLiteral("$")
            : plan.currency.toUpper() + QLatin1Char(' '));
    return tr("%1 · %n minute(s) · %2", nullptr, static_cast<int>(plan.seconds / 60))
        .arg(plan.name, amount);
}

QString BuyMinutesDialog::errorText() const {
    return error_->text();
}

void BuyMinutesDialog::accept() {
    const QListWidgetItem* chosen = list_->currentItem();
    if (!chosen) {
        error_->setText(tr("Choose a plan."));
        return;
    }
    error_->clear();
    buttons_->setEnabled(false);
    Q_EMIT planChosen(chosen->data(Qt::UserRole).toString());
}

void BuyMinutesDialog::finishCheckout(const QString& error) {
    buttons_->setEnabled(true);
    if (error.isEmpty()) {
        QDialog::accept();
    } else {
        error_->setText(error);
    }
}

}  // namespace sonara::studio
