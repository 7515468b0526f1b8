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

}  // namespace sonara::studio
