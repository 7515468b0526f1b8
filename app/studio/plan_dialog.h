#pragma once

#include "core/account/admin_client.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sonara::studio {

// Creates a plan or edits one: name, price, currency, minutes and billing interval. A field
// the admin leaves alone is saved exactly as it was (a 30-second or 90-second plan keeps its
// seconds), and the dialog shows the plan as it will be saved.
class PlanDialog : public QDialog {
    Q_OBJECT
public:
    // An empty plan id creates a new plan.
    explicit PlanDialog(const core::account::AdminPlan& plan, QWidget* parent = nullptr);

    core::account::AdminPlan plan() const;
    QLineEdit* nameEdit() const { return name_; }
    QSpinBox* minutesBox() const { return minutes_; }
    QString summary() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateSummary();
    void currencyChanged();

    core::account::AdminPlan original_;
    int originalMinutes_ = 0;
    double originalPrice_ = 0.0;
    QLineEdit* id_;
    QLineEdit* name_;
    QDoubleSpinBox* price_;
    QLineEdit* currency_;
    QSpinBox* minutes_;
    QSpinBox* interval_;
    QLabel* summary_;
    QLabel* error_;
};

}  // namespace sonara::studio
