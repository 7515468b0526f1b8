#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sonara::studio {

// Minutes to add to or take from one account, and the reason the ledger and audit log keep.
// The amount starts empty and is written like balances ("25", "25:00", "-5:30"). Apply first
// states the effect ("Grant 25:00 to carol@example.com; the balance becomes 39:30"), and only a
// second press, Confirm, accepts; any edit asks again.
class CreditAdjustmentDialog : public QDialog {
    Q_OBJECT
public:
    CreditAdjustmentDialog(const QString& email, qint64 balanceSeconds, QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return amount_; }
    QLineEdit* reasonEdit() const { return reason_; }
    QDialogButtonBox* buttons() const { return buttons_; }
    // 0 while the amount is empty or not a number.
    qint64 seconds() const;
    QString reason() const;
    bool isConfirming() const { return confirming_; }
    QString outcomeText() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateState();
    QString effect() const;

    QString email_;
    qint64 balanceSeconds_;
    bool confirming_ = false;
    QLineEdit* amount_;
    QLineEdit* reason_;
    QLabel* outcome_;
    QDialogButtonBox* buttons_;
};

}  // namespace sonara::studio
