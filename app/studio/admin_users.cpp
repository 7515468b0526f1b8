// The admin window's Users tab: accounts a page at a time, credit adjustments, suspension,
// one account's records (ledger with its running balance, purchases, API keys, devices,
// shared voices) and deletion on request.

#include "app/studio/admin_dialogs.h"
#include "app/studio/admin_format.h"
#include "app/studio/admin_window.h"
#include "app/studio/credit_adjustment_dialog.h"
#include "app/studio/paged_table.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace sonara::studio {

using core::account::AdminClient;
using Format = PagedTable::Format;

namespace {

QPushButton* actionButton(const QString& text, QObject* receiver,
                          const std::function<void()>& slot) {
    auto* created = new QPushButton(text);
    QObject::connect(created, &QPushButton::clicked, receiver, slot);
    return created;
}

QString emailOf(const QJsonObject& user) {
    return user.value(QStringLiteral("email")).toString();
}

}  // namespace

QWidget* AdminWindow::createUsersTab() {
    users_ = new PagedTable(
        {{QStringLiteral("email"), tr("Email")},
         {QStringLiteral("role"), tr("Role")},
         {QStringLiteral("status"), tr("Status")},
         {QStringLiteral("plan"), tr("Plan")},
         {QStringLiteral("balance_seconds"), tr("Balance (m:ss)"), Format::Minutes}});
    users_->setRemote(true);
    users_->setSearchPlaceholder(tr("Search accounts by email"));
    connect(users_, &PagedTable::queryChanged, this, &AdminWindow::reloadUsers);

    auto* actions = new QHBoxLayout;
    QPushButton* adjust =
        actionButton(tr("Adjust credits…"), this, [this] { adjustSelectedUser(); });
    QPushButton* records =
        actionButton(tr("Ledger and keys…"), this, [this] { showSelectedUser(); });
    QPushButton* suspend = actionButton(tr("Suspend…"), this, [this] { suspendSelectedUser(); });
    QPushButton* reactivate =
        actionButton(tr("Reactivate…"), this, [this] { reactivateSelectedUser(); });
    QPushButton* remove =
        actionButton(tr("Delete on request…"), this, [this] { deleteSelectedUser(); });
    for (QPushButton* each : {adjust, records, suspend, reactivate, remove}) {
        actions->addWidget(each);
    }
    actions->addStretch(1);
    connect(users_, &PagedTable::selectionChanged, this, [=] {
        const QJsonObject user = users_->selectedRow();
        const bool selected = !user.isEmpty();
        const bool active =
            user.value(QStringLiteral("status")).toString() == QLatin1String("active");
        adjust->setEnabled(selected);
        records->setEnabled(selected);
        suspend->setEnabled(selected && active);
        reactivate->setEnabled(selected && !active);
        remove->setEnabled(selected);
    });
    Q_EMIT users_->selectionChanged();

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(users_, 1);
    layout->addLayout(actions);
    return page;
}

void AdminWindow::reloadUsers() {
    loadPage(users_, QStringLiteral("users"),
             [](AdminClient& client, const QString& search, qint64 offset, int limit) {
                 return client.users(search, offset, limit);
             });
}

void AdminWindow::adjustCredits(const QString& accountId, qint64 seconds, const QString& reason) {
    // One key per intended adjustment: asking again for the same one after a failure (a
    // timeout may hide a success) reuses the key, so the service applies it once.
    PendingAdjustment& pending = pendingAdjustment_;
    if (pending.accountId != accountId || pending.seconds != seconds || pending.reason != reason) {
        pending = {accountId, seconds, reason, QUuid::createUuid().toString(QUuid::WithoutBraces)};
    }
    const QString key = pending.key;
    call<core::account::CreditAdjustment>(
        [=](AdminClient& client) { return client.adjustCredits(accountId, seconds, reason, key); },
        [this, accountId, seconds, key](const core::account::CreditAdjustment& result) {
            if (pendingAdjustment_.key == key) {
                pendingAdjustment_ = {};
            }
            if (!result.replayed && result.appliedSeconds != seconds) {
                showStatus(tr("Only %1 could be taken: the balance cannot go below zero")
                               .arg(formatSignedCredit(result.appliedSeconds)));
            } else {
                showStatus(tr("Credits adjusted; the balance is now %1")
                               .arg(formatSignedCredit(result.balanceSeconds)));
            }
            Q_EMIT creditsAdjusted(accountId, result.balanceSeconds);
            reloadUsers();
            if (recordsAccountId_ == accountId) {
                reloadLedger();
            }
        },
        [this, accountId, seconds, reason] { adjustCredits(accountId, seconds, reason); });
}

void AdminWindow::adjustSelectedUser() {
    const QJsonObject user = users_->selectedRow();
    if (user.isEmpty()) {
        return;
    }
    CreditAdjustmentDialog dialog(
        emailOf(user),
        static_cast<qint64>(user.value(QStringLiteral("balance_seconds")).toDouble()), this);
    if (dialog.exec() == QDialog::Accepted) {
        adjustCredits(user.value(QStringLiteral("id")).toString(), dialog.seconds(),
                      dialog.reason());
    }
}

void AdminWindow::setSuspended(const QString& accountId, bool suspended, const QString& reason) {
    call<bool>(
        [=](AdminClient& client) {
            client.setSuspended(accountId, suspended, reason);
            return true;
        },
        [this, suspended](bool) {
            actionDone(suspended ? QStringLiteral("suspend") : QStringLiteral("reactivate"),
                       suspended ? tr("The account is suspended and signed out everywhere")
                                 : tr("The account is active again"),
                       {&AdminWindow::reloadUsers});
        },
        [=] { setSuspended(accountId, suspended, reason); });
}

void AdminWindow::suspendSelectedUser() {
    const QJsonObject user = users_->selectedRow();
    if (user.isEmpty()) {
        return;
    }
    ConfirmActionDialog dialog(
        tr("Suspend %1").arg(emailOf(user)),
        tr("Suspend %1? They are signed out everywhere at once, and their API keys, devices and "
           "leases are refused until the account is reactivated.")
            .arg(emailOf(user)),
        tr("Suspend"), true, this);
    if (dialog.exec() == QDialog::Accepted) {
        setSuspended(user.value(QStringLiteral("id")).toString(), true, dialog.reason());
    }
}

void AdminWindow::reactivateSelectedUser() {
    const QJsonObject user = users_->selectedRow();
    if (user.isEmpty()) {
        return;
    }
    ConfirmActionDialog dialog(
        tr("Reactivate %1").arg(emailOf(user)),
        tr("Reactivate %1? They can sign in and use their minutes again.").arg(emailOf(user)),
        tr("Reactivate"), false, this);
    if (dialog.exec() == QDialog::Accepted) {
        setSuspended(user.value(QStringLiteral("id")).toString(), false, dialog.reason());
    }
}

void AdminWindow::deleteAccount(const QString& accountId, const QString& exportPath) {
    call<bool>(
        [accountId, exportPath](AdminClient& client) {
            // The holder's export is written before anything is deleted.
            const QByteArray data = QJsonDocument(client.exportUser(accountId)).toJson();
            QFile file(exportPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() ||
                !file.flush()) {
                throw core::account::AccountError(
                    tr("cannot write the export to %1, so nothing was deleted: choose a folder "
                       "you can write to")
                        .arg(exportPath));
            }
            file.close();
            client.deleteUser(accountId);
            return true;
        },
        [this, exportPath](bool) {
            actionDone(QStringLiteral("delete"),
                       tr("The account is deleted; its export is in %1").arg(exportPath),
                       {&AdminWindow::reloadUsers});
        });
}

void AdminWindow::deleteSelectedUser() {
    const QJsonObject user = users_->selectedRow();
    if (user.isEmpty()) {
        return;
    }
    ConfirmActionDialog dialog(
        tr("Delete %1").arg(emailOf(user)),
        tr("Delete the account of %1 on their request? Their data export is saved first; then "
           "the email, password, keys, devices and shared voices are erased. Payments and the "
           "ledger stay, anonymised.")
            .arg(emailOf(user)),
        tr("Choose where to save the export…"), true, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the data export"),
        QStringLiteral("%1-export.json").arg(emailOf(user).section(QLatin1Char('@'), 0, 0)),
        tr("JSON (*.json)"));
    if (!path.isEmpty()) {
        deleteAccount(user.value(QStringLiteral("id")).toString(), path);
    }
}

void AdminWindow::showSelectedUser() {
    const QString id = users_->selectedRow().value(QStringLiteral("id")).toString();
    if (!id.isEmpty()) {
        showUser(id);
    }
}

void AdminWindow::showUser(const QString& accountId) {
    if (records_) {
        records_->close();
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    records_ = dialog;
    recordsAccountId_ = accountId;
    recordTables_.clear();
    auto* tabs = new QTabWidget;
    auto addTab = [this, tabs](const QString& key, const QString& title,
                               QList<PagedTable::Column> columns, QWidget* actions = nullptr) {
        auto* table = new PagedTable(std::move(columns));
        recordTables_.insert(key, table);
        auto* page = new QWidget;
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(table, 1);
        if (actions) {
            layout->addWidget(actions);
        }
        tabs->addTab(page, title);
        return table;
    };
    PagedTable* ledger =
        addTab(QStringLiteral("ledger"), tr("Ledger"),
               {{QStringLiteral("created_at"), tr("When"), Format::Time},
                {QStringLiteral("kind"), tr("Kind")},
                {QStringLiteral("seconds"), tr("Change (m:ss)"), Format::Minutes},
                {QStringLiteral("balance_seconds"), tr("Balance (m:ss)"), Format::Minutes},
                {QStringLiteral("capability"), tr("Capability")},
                {QStringLiteral("reference"), tr("Reference")}});
    ledger->setRemote(true);
    connect(ledger, &PagedTable::queryChanged, this, &AdminWindow::reloadLedger);
    addTab(QStringLiteral("purchases"), tr("Purchases"),
           {{QStringLiteral("created_at"), tr("When"), Format::Time},
            {QStringLiteral("provider"), tr("Provider")},
            {QStringLiteral("plan_id"), tr("Plan")},
            {QStringLiteral("amount"), tr("Amount"), Format::Money},
            {QStringLiteral("currency"), tr("Currency")},
            {QStringLiteral("refunded_amount"), tr("Refunded"), Format::Money}});
    auto* keyActions = actionButton(tr("Revoke key"), this, [this] {
        const QString id = recordTables_.value(QStringLiteral("api_keys"))
                               ->selectedRow()
                               .value(QStringLiteral("id"))
                               .toString();
        if (!id.isEmpty()) {
            revokeApiKey(id);
        }
    });
    const QString never = tr("never");
    addTab(
        QStringLiteral("api_keys"), tr("API keys"),
        {{QStringLiteral("prefix"), tr("Prefix")},
         {QStringLiteral("name"), tr("Name")},
         {QStringLiteral("scopes"), tr("Scopes")},
         {QStringLiteral("created_at"), tr("Created"), Format::Time},
         {QStringLiteral("last_used_at"), tr("Last used"), Format::Time,
          [never](const QJsonObject& row) {
              return formatTimestamp(
                  static_cast<qint64>(row.value(QStringLiteral("last_used_at")).toDouble()), never);
          }},
         {QStringLiteral("revoked_at"), tr("Revoked"), Format::Time,
          [active = tr("active")](const QJsonObject& row) {
              return formatTimestamp(
                  static_cast<qint64>(row.value(QStringLiteral("revoked_at")).toDouble()), active);
          }}},
        keyActions);
    auto* deviceActions = actionButton(tr("Remove device"), this, [this] {
        const QString id = recordTables_.value(QStringLiteral("devices"))
                               ->selectedRow()
                               .value(QStringLiteral("id"))
                               .toString();
        if (!id.isEmpty()) {
            removeDevice(id);
        }
    });
    addTab(QStringLiteral("devices"), tr("Devices"),
           {{QStringLiteral("device_id"), tr("Device")},
            {QStringLiteral("activated_at"), tr("Activated"), Format::Time}},
           deviceActions);
    addTab(QStringLiteral("voice_shares"), tr("Shared voices"),
           {{QStringLiteral("created_at"), tr("Shared"), Format::Time},
            {QStringLiteral("name"), tr("Name")},
            {QStringLiteral("status"), tr("Status")},
            {QStringLiteral("reason"), tr("Reason")}});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QObject::destroyed, this, [this] {
        recordTables_.clear();
        recordsAccountId_.clear();
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    dialog->resize(900, 520);
    dialog->open();
    reloadRecords();
    reloadLedger();
}

void AdminWindow::reloadRecords() {
    const QString accountId = recordsAccountId_;
    if (accountId.isEmpty()) {
        return;
    }
    call<QJsonObject>(
        [accountId](AdminClient& client) { return client.userRecords(accountId); },
        [this, accountId](const QJsonObject& records) {
            if (!records_ || recordsAccountId_ != accountId) {
                return;
            }
            records_->setWindowTitle(tr("Account %1")
                                         .arg(records.value(QStringLiteral("account"))
                                                  .toObject()
                                                  .value(QStringLiteral("email"))
                                                  .toString()));
            for (const char* part : {"purchases", "api_keys", "devices", "voice_shares"}) {
                recordTables_.value(QLatin1String(part))
                    ->setRows(records.value(QLatin1String(part)).toArray());
            }
            Q_EMIT loaded(QStringLiteral("records"));
        });
}

void AdminWindow::reloadLedger() {
    PagedTable* ledger = recordTables_.value(QStringLiteral("ledger"));
    const QString accountId = recordsAccountId_;
    if (!ledger || accountId.isEmpty()) {
        return;
    }
    loadPage(ledger, QStringLiteral("ledger"),
             [accountId](AdminClient& client, const QString&, qint64 offset, int limit) {
                 return client.ledger(accountId, offset, limit);
             });
}

void AdminWindow::revokeApiKey(const QString& keyId) {
    call<bool>(
        [keyId](AdminClient& client) {
            client.revokeApiKey(keyId);
            return true;
        },
        [this](bool) {
            actionDone(QStringLiteral("apikey.revoke"), tr("The API key is revoked"), {});
            reloadRecords();
        },
        [this, keyId] { revokeApiKey(keyId); });
}

void AdminWindow::removeDevice(const QString& deviceRowId) {
    call<bool>(
        [deviceRowId](AdminClient& client) {
            client.removeDevice(deviceRowId);
            return true;
        },
        [this](bool) {
            actionDone(QStringLiteral("device.remove"), tr("The device is removed"), {});
            reloadRecords();
        },
        [this, deviceRowId] { removeDevice(deviceRowId); });
}

}  // namespace sonara::studio
