// The admin window's Plans tab: every plan, withdrawn ones too, to create, edit, withdraw and
// put back on sale.

#include "app/studio/admin_format.h"
#include "app/studio/admin_window.h"
#include "app/studio/paged_table.h"
#include "app/studio/plan_dialog.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sonara::studio {

using core::account::AdminClient;
using core::account::AdminPlan;
using Format = PagedTable::Format;

QWidget* AdminWindow::createPlansTab() {
    plans_ = new PagedTable(
        {{QStringLiteral("id"), tr("Id")},
         {QStringLiteral("name"), tr("Name")},
         {QStringLiteral("price_cents"), tr("Price"), Format::Money},
         {QStringLiteral("currency"), tr("Currency")},
         {QStringLiteral("seconds"), tr("Minutes (m:ss)"), Format::Minutes},
         {QStringLiteral("interval_months"), tr("Renews"), Format::Text,
          [](const QJsonObject& row) {
              return formatRenewal(row.value(QStringLiteral("interval_months")).toInt());
          }},
         {QStringLiteral("active"), tr("On sale"), Format::Text, [](const QJsonObject& row) {
              return row.value(QStringLiteral("active")).toBool() ? tr("on sale") : tr("withdrawn");
          }}});
    auto* actions = new QHBoxLayout;
    auto add = [this, actions](const QString& text, void (AdminWindow::*slot)()) {
        auto* button = new QPushButton(text);
        connect(button, &QPushButton::clicked, this, slot);
        actions->addWidget(button);
        return button;
    };
    add(tr("New plan…"), &AdminWindow::newPlan);
    QPushButton* edit = add(tr("Edit…"), &AdminWindow::editSelectedPlan);
    QPushButton* withdraw = add(tr("Withdraw…"), &AdminWindow::withdrawSelectedPlan);
    QPushButton* restore = add(tr("Put back on sale"), &AdminWindow::restoreSelectedPlan);
    actions->addStretch(1);
    connect(plans_, &PagedTable::selectionChanged, this, [=] {
        const QJsonObject plan = plans_->selectedRow();
        const bool active = plan.value(QStringLiteral("active")).toBool();
        edit->setEnabled(!plan.isEmpty());
        withdraw->setEnabled(!plan.isEmpty() && active);
        restore->setEnabled(!plan.isEmpty() && !active);
    });
    Q_EMIT plans_->selectionChanged();
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(plans_, 1);
    layout->addLayout(actions);
    return page;
}

void AdminWindow::reloadPlans() {
    load(plans_, QStringLiteral("plans"), [](AdminClient& client) { return client.allPlans(); });
}

void AdminWindow::savePlan(const AdminPlan& plan) {
    call<bool>(
        [plan](AdminClient& client) {
            client.savePlan(plan);
            return true;
        },
        [this, plan](bool) {
            showStatus(tr("Plan %1 saved").arg(plan.id));
            Q_EMIT planSaved(plan.id);
            reloadPlans();
        },
        [this, plan] { savePlan(plan); });
}

void AdminWindow::newPlan() {
    PlanDialog dialog({}, this);
    if (dialog.exec() == QDialog::Accepted) {
        savePlan(dialog.plan());
    }
}

void AdminWindow::editSelectedPlan() {
    const QJsonObject row = plans_->selectedRow();
    if (row.isEmpty()) {
        return;
    }
    PlanDialog dialog(AdminPlan::fromJson(row), this);
    if (dialog.exec() == QDialog::Accepted) {
        savePlan(dialog.plan());
    }
}

void AdminWindow::restoreSelectedPlan() {
    const QJsonObject row = plans_->selectedRow();
    if (!row.isEmpty()) {
        // Saving a plan puts it on sale, exactly as it was.
        savePlan(AdminPlan::fromJson(row));
    }
}

void AdminWindow::withdrawSelectedPlan() {
    const QString id = plans_->selectedRow().value(QStringLiteral("id")).toString();
    if (id.isEmpty() ||
        QMessageBox::question(this, tr("Withdraw plan"),
                              tr("Take %1 off sale? Past purchases keep it, and it can be put "
                                 "back on sale.")
                                  .arg(id)) != QMessageBox::Yes) {
        return;
    }
    call<bool>(
        [id](AdminClient& client) {
            client.withdrawPlan(id);
            return true;
        },
        [this, id](bool) {
            actionDone(QStringLiteral("plan.withdraw"), tr("Plan %1 withdrawn").arg(id),
                       {&AdminWindow::reloadPlans});
        });
}

}  // namespace sonara::studio
