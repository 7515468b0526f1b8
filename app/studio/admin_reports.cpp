// The admin window's reports: transactions (and refunding one) and the audit log a page at a
// time with a search, revenue and usage.

#include "app/studio/admin_dialogs.h"
#include "app/studio/admin_format.h"
#include "app/studio/admin_window.h"
#include "app/studio/paged_table.h"

#include <QComboBox>
#include <QPushButton>
#include <QUuid>

namespace sonara::studio {

using core::account::AdminClient;
using Format = PagedTable::Format;

namespace {

// The email when the service knows one, else what it stored (a plan id, a model id).
QString emailOr(const QJsonObject& row, const char* email, const char* fallback) {
    const QString known = row.value(QLatin1String(email)).toString();
    return known.isEmpty() ? row.value(QLatin1String(fallback)).toString() : known;
}

}  // namespace

void AdminWindow::createReportTables() {
    transactions_ =
        new PagedTable({{QStringLiteral("created_at"), tr("When"), Format::Time},
                        {QStringLiteral("email"), tr("Email")},
                        {QStringLiteral("provider"), tr("Provider")},
                        {QStringLiteral("plan_id"), tr("Plan")},
                        {QStringLiteral("amount"), tr("Amount"), Format::Money},
                        {QStringLiteral("currency"), tr("Currency")},
                        {QStringLiteral("seconds"), tr("Minutes (m:ss)"), Format::Minutes},
                        {QStringLiteral("refunded_amount"), tr("Refunded"), Format::Money},
                        {QStringLiteral("payment_ref"), tr("Payment")}});
    transactions_->setRemote(true);
    transactions_->setSearchPlaceholder(tr("Search by email, provider, payment or plan"));
    connect(transactions_, &PagedTable::queryChanged, this, &AdminWindow::reloadTransactions);

    revenue_ = new PagedTable({{QStringLiteral("key"), tr("Group"), Format::Text,
                                [this](const QJsonObject& row) {
                                    const QString key = row.value(QStringLiteral("key")).toString();
                                    // By day, the service sends the day's first second.
                                    return revenueGrouping_->currentData() == QStringLiteral("day")
                                               ? formatDay(key.toLongLong())
                                               : key;
                                }},
                               {QStringLiteral("currency"), tr("Currency")},
                               {QStringLiteral("count"), tr("Payments")},
                               {QStringLiteral("gross"), tr("Gross"), Format::Money},
                               {QStringLiteral("refunded"), tr("Refunded"), Format::Money},
                               {QStringLiteral("net"), tr("Net"), Format::Money}});
    revenueGrouping_->addItem(tr("By day"), QStringLiteral("day"));
    revenueGrouping_->addItem(tr("By plan"), QStringLiteral("plan"));
    revenueGrouping_->addItem(tr("By provider"), QStringLiteral("provider"));
    connect(revenueGrouping_, &QComboBox::currentIndexChanged, this, [this] {
        revenue_->clear();
        reloadRevenue();
    });

    usage_ = new PagedTable({{QStringLiteral("day"), tr("Day"), Format::Day},
                             {QStringLiteral("capability"), tr("Capability")},
                             {QStringLiteral("count"), tr("Exports")},
                             {QStringLiteral("seconds"), tr("Minutes (m:ss)"), Format::Minutes}});

    audit_ = new PagedTable(
        {{QStringLiteral("created_at"), tr("When"), Format::Time},
         {QStringLiteral("actor_email"), tr("Administrator"), Format::Text,
          [](const QJsonObject& row) { return emailOr(row, "actor_email", "actor_id"); }},
         {QStringLiteral("action"), tr("Action")},
         {QStringLiteral("target_email"), tr("Target"), Format::Text,
          [](const QJsonObject& row) { return emailOr(row, "target_email", "target"); }},
         {QStringLiteral("detail"), tr("Detail")}});
    audit_->setRemote(true);
    audit_->setSearchPlaceholder(tr("Search by email, action or detail"));
    connect(audit_, &PagedTable::queryChanged, this, &AdminWindow::reloadAudit);
}

void AdminWindow::reloadTransactions() {
    loadPage(transactions_, QStringLiteral("transactions"),
             [](AdminClient& client, const QString& search, qint64 offset, int limit) {
                 return client.transactions(search, offset, limit);
             });
}

QWidget* AdminWindow::createTransactionActions() {
    auto* refund = new QPushButton(tr("Refund…"));
    connect(refund, &QPushButton::clicked, this, &AdminWindow::refundSelectedPayment);
    connect(transactions_, &PagedTable::selectionChanged, this, [=] {
        const QJsonObject payment = transactions_->selectedRow();
        refund->setEnabled(payment.value(QStringLiteral("refunded_amount")).toDouble() <
                           payment.value(QStringLiteral("amount")).toDouble());
    });
    Q_EMIT transactions_->selectionChanged();
    return refund;
}

void AdminWindow::refundPayment(const QString& purchaseId, qint64 amount, const QString& reason) {
    // One key per intended refund, kept across retries until it succeeds: a timeout may hide a
    // refund the provider made, and the same key never refunds twice.
    PendingRefund& pending = pendingRefund_;
    if (pending.purchaseId != purchaseId || pending.amount != amount || pending.reason != reason) {
        pending = {purchaseId, amount, reason, QUuid::createUuid().toString(QUuid::WithoutBraces)};
    }
    const QString key = pending.key;
    call<QJsonObject>(
        [=](AdminClient& client) { return client.refund(purchaseId, amount, reason, key); },
        [this, key](const QJsonObject& answer) {
            if (pendingRefund_.key == key) {
                pendingRefund_ = {};
            }
            const QString currency = answer.value(QStringLiteral("currency")).toString();
            const qint64 seconds =
                static_cast<qint64>(answer.value(QStringLiteral("reversed_seconds")).toDouble());
            actionDone(
                QStringLiteral("payment.refund"),
                answer.value(QStringLiteral("replayed")).toBool()
                    ? tr("This refund was already made; nothing changed")
                    : tr("Refund made: %1 refunded in all, %2 minutes taken back")
                          .arg(formatMoney(
                                   static_cast<qint64>(
                                       answer.value(QStringLiteral("refunded_amount")).toDouble()),
                                   currency),
                               QStringLiteral("%1:%2")
                                   .arg(seconds / 60)
                                   .arg(seconds % 60, 2, 10, QLatin1Char('0'))),
                {&AdminWindow::reloadTransactions, &AdminWindow::reloadUsers});
        },
        [=] { refundPayment(purchaseId, amount, reason); });
}

void AdminWindow::refundSelectedPayment() {
    const QJsonObject payment = transactions_->selectedRow();
    if (payment.isEmpty()) {
        return;
    }
    const auto number = [&](const char* name) {
        return static_cast<qint64>(payment.value(QLatin1String(name)).toDouble());
    };
    RefundDialog dialog({payment.value(QStringLiteral("email")).toString(),
                         payment.value(QStringLiteral("provider")).toString(),
                         payment.value(QStringLiteral("currency")).toString(), number("amount"),
                         number("refunded_amount"), number("seconds")},
                        this);
    if (dialog.exec() == QDialog::Accepted) {
        refundPayment(payment.value(QStringLiteral("id")).toString(), dialog.amount(),
                      dialog.reason());
    }
}

void AdminWindow::reloadRevenue() {
    const QString by = revenueGrouping_->currentData().toString();
    load(revenue_, QStringLiteral("revenue"),
         [by](AdminClient& client) { return client.revenue(by); });
}

void AdminWindow::reloadUsage() {
    load(usage_, QStringLiteral("usage"), [](AdminClient& client) { return client.usageByDay(); });
}

void AdminWindow::reloadAudit() {
    loadPage(audit_, QStringLiteral("audit"),
             [](AdminClient& client, const QString& search, qint64 offset, int limit) {
                 return client.auditLog(search, offset, limit);
             });
}

}  // namespace sonara::studio
