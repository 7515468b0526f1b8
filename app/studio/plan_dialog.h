#pragma once

#include "core/account/admin_client.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sonara::studio {

// Creates a plan or edits one: name, price, currency, minutes and billing interval.
class PlanDialog : public QDialog {
    Q_OBJECT
public:
    // An empty plan id creates a new plan.
    explicit PlanDialog(const core::account::AdminPlan& plan, QWidget* parent = nullptr);

    core::account::AdminPlan plan() const;

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit* id_;
    QLineEdit* name_;
    QDoubleSpinBox* price_;
    QLineEdit* currency_;
    QSpinBox* minutes_;
    QSpinBox* interval_;
    QLabel* error_;
};

}  // namespace sonara::studio
