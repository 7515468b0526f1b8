// The admin window's reports: transactions and the audit log a page at a time with a search,
// revenue and usage.

#include "app/studio/admin_format.h"
#include "app/studio/admin_window.h"
#include "app/studio/paged_table.h"

#include <QComboBox>

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
