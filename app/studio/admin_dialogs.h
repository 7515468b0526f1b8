#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sonara::studio {

// Confirms an action that changes a customer's account (suspend, reject a voice, delete an
// account): states its effect and, when asked, requires the reason kept in the audit log.
class ConfirmActionDialog : public QDialog {
    Q_OBJECT
public:
    ConfirmActionDialog(const QString& title, const QString& effect, const QString& actionText,
                        bool reasonRequired, QWidget* parent = nullptr);

    QLineEdit* reasonEdit() const { return reason_; }
    QString reason() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    bool reasonRequired_;
    QLineEdit* reason_;
    QDialogButtonBox* buttons_;
};

// Refunds part or all of a payment: the amount in the payment's currency (empty at first),
// a reason for the audit log, and a statement of the effect before anything happens ("Refund
// 12.00 USD of 35.00 USD to carol@…; about 20:34 of their minutes are taken back").
class RefundDialog : public QDialog {
    Q_OBJECT
public:
    struct Payment {
        QString email;
        QString provider;
        QString currency;
        qint64 amount = 0;  // paid, in the currency's smallest unit
        qint64 refunded = 0;
        qint64 seconds = 0;  // what the payment bought
    };
    explicit RefundDialog(const Payment& payment, QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return amount_; }
    QLineEdit* reasonEdit() const { return reason_; }
    // In the currency's smallest unit; 0 while the amount is not a refundable one.
    qint64 amount() const;
    QString reason() const;
    QString effectText() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    Payment payment_;
    QLineEdit* amount_;
    QLineEdit* reason_;
    QLabel* effect_;
    QDialogButtonBox* buttons_;
};

}  // namespace sonara::studio
