#include "app/studio/admin_dialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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

}  // namespace sonara::studio
