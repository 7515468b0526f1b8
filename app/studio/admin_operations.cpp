// The admin window's operations: moderation of shared voices, the model catalog and the
// service's health.

#include "app/studio/admin_dialogs.h"
#include "app/studio/admin_window.h"
#include "app/studio/paged_table.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sonara::studio {

using core::account::AdminClient;
using Format = PagedTable::Format;

namespace {

QWidget* tabWith(PagedTable* table, const QList<QPushButton*>& buttons) {
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : buttons) {
        actions->addWidget(button);
    }
    actions->addStretch(1);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    layout->addLayout(actions);
    return page;
}

}  // namespace

void AdminWindow::createOperationTables() {
    moderation_ = new PagedTable({{QStringLiteral("created_at"), tr("Shared"), Format::Time},
                                  {QStringLiteral("email"), tr("Account")},
                                  {QStringLiteral("name"), tr("Voice")},
                                  {QStringLiteral("sample_sha256"), tr("Sample (SHA-256)")}});
    catalog_ = new PagedTable({{QStringLiteral("id"), tr("Model")},
                               {QStringLiteral("capability"), tr("Capability")},
                               {QStringLiteral("architecture"), tr("Architecture")},
                               {QStringLiteral("licence"), tr("Licence")}});
    health_ = new PagedTable(
        {{QStringLiteral("name"), tr("Measure")},
         {QStringLiteral("value"), tr("Value"), Format::Text, [](const QJsonObject& row) {
              return QLocale().toString(row.value(QStringLiteral("value")).toDouble(), 'f',
                                        row.value(QStringLiteral("decimals")).toInt());
          }}});
}

QWidget* AdminWindow::createModerationTab() {
    auto* approve = new QPushButton(tr("Approve"));
    auto* reject = new QPushButton(tr("Reject…"));
    auto* reload = new QPushButton(tr("Reload"));
    connect(approve, &QPushButton::clicked, this, &AdminWindow::approveSelectedVoice);
    connect(reject, &QPushButton::clicked, this, &AdminWindow::rejectSelectedVoice);
    connect(reload, &QPushButton::clicked, this, &AdminWindow::reloadModeration);
    connect(moderation_, &PagedTable::selectionChanged, this, [=] {
        const bool selected = !moderation_->selectedRow().isEmpty();
        approve->setEnabled(selected);
        reject->setEnabled(selected);
    });
    Q_EMIT moderation_->selectionChanged();
    return tabWith(moderation_, {approve, reject, reload});
}

QWidget* AdminWindow::createCatalogTab() {
    auto* withdraw = new QPushButton(tr("Withdraw…"));
    auto* reload = new QPushButton(tr("Reload"));
    connect(withdraw, &QPushButton::clicked, this, &AdminWindow::withdrawSelectedModel);
    connect(reload, &QPushButton::clicked, this, &AdminWindow::reloadCatalog);
    connect(catalog_, &PagedTable::selectionChanged, this,
            [=] { withdraw->setEnabled(!catalog_->selectedRow().isEmpty()); });
    Q_EMIT catalog_->selectionChanged();
    return tabWith(catalog_, {withdraw, reload});
}

void AdminWindow::reloadModeration() {
    load(moderation_, QStringLiteral("moderation"),
         [](AdminClient& client) { return client.moderationQueue(); });
}

void AdminWindow::reloadCatalog() {
    load(catalog_, QStringLiteral("catalog"), [](AdminClient& client) { return client.catalog(); });
}

void AdminWindow::reloadHealth() {
    load(health_, QStringLiteral("health"), [](AdminClient& client) {
        QJsonArray rows;
        rows.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("ready")},
                                {QStringLiteral("value"), client.ready() ? 1 : 0}});
        for (const auto& [name, value] : client.metrics()) {
            rows.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("value"), value},
                                    {QStringLiteral("decimals"), value == qint64(value) ? 0 : 2}});
        }
        return rows;
    });
}

void AdminWindow::decideVoice(const QString& shareId, bool approve, const QString& reason) {
    call<bool>(
        [=](AdminClient& client) {
            client.decideVoice(shareId, approve, reason);
            return true;
        },
        [this, approve](bool) {
            actionDone(approve ? QStringLiteral("voice.approve") : QStringLiteral("voice.reject"),
                       approve ? tr("The voice is approved and shared")
                               : tr("The voice is rejected; its owner is told why"),
                       {&AdminWindow::reloadModeration});
        },
        [=] { decideVoice(shareId, approve, reason); });
}

void AdminWindow::approveSelectedVoice() {
    const QString id = moderation_->selectedRow().value(QStringLiteral("id")).toString();
    if (!id.isEmpty()) {
        decideVoice(id, true, {});
    }
}

void AdminWindow::rejectSelectedVoice() {
    const QJsonObject share = moderation_->selectedRow();
    if (share.isEmpty()) {
        return;
    }
    ConfirmActionDialog dialog(tr("Reject a voice"),
                               tr("Reject \"%1\" shared by %2? The reason is shown to them.")
                                   .arg(share.value(QStringLiteral("name")).toString(),
                                        share.value(QStringLiteral("email")).toString()),
                               tr("Reject"), true, this);
    if (dialog.exec() == QDialog::Accepted) {
        decideVoice(share.value(QStringLiteral("id")).toString(), false, dialog.reason());
    }
}

void AdminWindow::withdrawModel(const QString& modelId) {
    call<bool>(
        [modelId](AdminClient& client) {
            client.withdrawModel(modelId);
            return true;
        },
        [this, modelId](bool) {
            actionDone(QStringLiteral("catalog.withdraw"),
                       tr("%1 is withdrawn from the catalog").arg(modelId),
                       {&AdminWindow::reloadCatalog});
        });
}

void AdminWindow::withdrawSelectedModel() {
    const QString id = catalog_->selectedRow().value(QStringLiteral("id")).toString();
    if (!id.isEmpty() &&
        QMessageBox::question(this, tr("Withdraw model"),
                              tr("Withdraw %1 from the catalog? Studios stop offering it for "
                                 "download.")
                                  .arg(id)) == QMessageBox::Yes) {
        withdrawModel(id);
    }
}

}  // namespace sonara::studio
