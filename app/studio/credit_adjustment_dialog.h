#pragma once

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace sonara::studio {

// Minutes to add to or take from one account, and the reason the ledger and audit log keep.
class CreditAdjustmentDialog : public QDialog {
    Q_OBJECT
public:
    CreditAdjustmentDialog(const QString& email, qint64 balanceSeconds, QWidget* parent = nullptr);

    QDoubleSpinBox* minutesBox() const { return minutes_; }
    QLineEdit* reasonEdit() const { return reason_; }
    qint64 seconds() const;
    QString reason() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    qint64 balanceSeconds_;
    QDoubleSpinBox* minutes_;
    QLineEdit* reason_;
    QLabel* outcome_;
    QDialogButtonBox* buttons_;
};

}  // namespace sonara::studio
