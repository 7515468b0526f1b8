// The operators' lists, a page at a time with a search over them (accounts, the audit log,
// transactions and one account's ledger), and the per-account actions of the admin window:
// viewing an account's records, revoking an API key, removing a device, all plans.

#include "app/cloud/admin.h"

#include "app/cloud/cloud_database.h"
#include "app/cloud/cloud_http.h"
#include "app/cloud/cloud_support.h"

#include <QUrlQuery>

namespace sonara::cloud {
namespace {

constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 500;

struct PageRequest {
    QString search;  // a LIKE pattern, lowercase, or empty
    int limit = kDefaultPageSize;
    qint64 offset = 0;
};

int queryInteger(const QUrlQuery& query, const QString& name, int fallback, int low, int high) {
    const QString text = query.queryItemValue(name);
    if (text.isEmpty()) {
        return fallback;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high) {
        throw invalid(
            name,
            QStringLiteral("'%1' is a whole number from %2 to %3").arg(name).arg(low).arg(high));
    }
    return value;
}

PageRequest pageRequest(const QHttpServerRequest& request) {
    const QUrlQuery query = request.query();
    PageRequest page;
    const QString search =
        query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed().left(128);
    if (!search.isEmpty()) {
        QString pattern = search.toLower();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        page.search = QLatin1Char('%') + pattern + QLatin1Char('%');
    }
    page.limit = queryInteger(query, QStringLiteral("limit"), kDefaultPageSize, 1, kMaxPageSize);
    page.offset = queryInteger(query, QStringLiteral("offset"), 0, 0, 1 << 30);
    return page;
}

// "(LOWER(a) LIKE ? ESCAPE '\' OR ...)" over `columns`, with one argument each.
QString searchClause(const QStringList& columns, const PageRequest& page, QVariantList& args) {
    QStringList terms;
    for (const QString& column : columns) {
        terms << QStringLiteral("LOWER(COALESCE(%1, '')) LIKE ? ESCAPE '\\'").arg(column);
        args << page.search;
    }
    return QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QJsonArray rowsOf(Rows& row, const QStringList& texts, const QStringList& numbers) {
    QJsonArray list;
    while (row.next()) {
        QJsonObject item;
        for (const QString& name : texts) {
            item.insert(name, row.text(name.toLatin1().constData()));
        }
        for (const QString& name : numbers) {
            const QByteArray column = name.toLatin1();
            item.insert(name, row.isNull(column.constData())
                                  ? QJsonValue()
                                  : QJsonValue(row.integer(column.constData())));
        }
        list.append(item);
    }
    return list;
}

// One page of `select` (which ends before ORDER BY) and the count of every matching row.
QJsonObject page(const CloudDatabase& database, const QString& listName, const QString& select,
                 const QString& from, const QString& orderBy, QVariantList args,
                 const PageRequest& request, const QStringList& texts, const QStringList& numbers) {
    Rows count = database.select(QStringLiteral("SELECT COUNT(*) AS n ") + from, args);
    const qint64 total = count.next() ? count.integer("n") : 0;
    args << request.limit << request.offset;
    Rows row = database.select(select + QLatin1Char(' ') + from + QStringLiteral(" ORDER BY ") +
                                   orderBy + QStringLiteral(" LIMIT ? OFFSET ?"),
                               args);
    return {{listName, rowsOf(row, texts, numbers)},
            {QStringLiteral("total"), total},
            {QStringLiteral("offset"), request.offset},
            {QStringLiteral("limit"), request.limit}};
}

}  // namespace

QString Admin::insertionOrder(const QString& alias) const {
    // Rows of one second keep the order they were written in (see the `seq` migration).
    const QString column = QStringLiteral("seq");
    return alias.isEmpty() ? column : alias + QLatin1Char('.') + column;
}

void Admin::addPagedRoutes(Router& router, Authenticator& authenticator) {
    router.route(
        QStringLiteral("/v1/admin/users"), Method::Get,
        [this, &authenticator](const QHttpServerRequest& request) {
            authenticator.requireAdmin(request);
            const PageRequest request_ = pageRequest(request);
            QVariantList args;
            QString from = QStringLiteral("FROM accounts a");
            if (!request_.search.isEmpty()) {
                from += QStringLiteral(" WHERE ") +
                        searchClause({QStringLiteral("a.email")}, request_, args);
            }
            QJsonObject answer =
                page(database_, QStringLiteral("users"),
                     QStringLiteral("SELECT a.id, a.email, a.role, a.status, a.plan_id AS plan, "
                                    "CAST(COALESCE((SELECT SUM(l.seconds) FROM ledger_entries l "
                                    "WHERE l.account_id = a.id), 0) AS BIGINT) AS balance_seconds"),
                     from, QStringLiteral("a.email, a.id"), args, request_,
                     {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("role"),
                      QStringLiteral("status"), QStringLiteral("plan")},
                     {QStringLiteral("balance_seconds")});
            return json(answer);
        });
    router.route(
        QStringLiteral("/v1/admin/audit"), Method::Get,
        [this, &authenticator](const QHttpServerRequest& request) {
            authenticator.requireAdmin(request);
            const PageRequest request_ = pageRequest(request);
            QVariantList args;
            QString from = QStringLiteral(
                "FROM audit_log l LEFT JOIN accounts actor ON actor.id = l.actor_id LEFT JOIN "
                "accounts subject ON subject.id = l.target");
            if (!request_.search.isEmpty()) {
                from += QStringLiteral(" WHERE ") +
                        searchClause({QStringLiteral("actor.email"),
                                      QStringLiteral("subject.email"), QStringLiteral("l.action"),
                                      QStringLiteral("l.target"), QStringLiteral("l.detail")},
                                     request_, args);
            }
            return json(page(
                database_, QStringLiteral("entries"),
                QStringLiteral("SELECT l.id, l.actor_id, actor.email AS actor_email, l.action, "
                               "l.target, subject.email AS target_email, l.detail, l.created_at"),
                from,
                QStringLiteral("l.created_at DESC, %1 DESC")
                    .arg(insertionOrder(QStringLiteral("l"))),
                args, request_,
                {QStringLiteral("id"), QStringLiteral("actor_id"), QStringLiteral("actor_email"),
                 QStringLiteral("action"), QStringLiteral("target"), QStringLiteral("target_email"),
                 QStringLiteral("detail")},
                {QStringLiteral("created_at")}));
        });
    router.route(
        QStringLiteral("/v1/admin/transactions"), Method::Get,
        [this, &authenticator](const QHttpServerRequest& request) {
            authenticator.requireAdmin(request);
            const PageRequest request_ = pageRequest(request);
            QVariantList args;
            QString from =
                QStringLiteral("FROM purchases p JOIN accounts a ON a.id = p.account_id");
            if (!request_.search.isEmpty()) {
                from += QStringLiteral(" WHERE ") +
                        searchClause({QStringLiteral("a.email"), QStringLiteral("p.provider"),
                                      QStringLiteral("p.payment_ref"), QStringLiteral("p.plan_id")},
                                     request_, args);
            }
            return json(page(
                database_, QStringLiteral("transactions"),
                QStringLiteral("SELECT p.id, p.account_id, a.email, p.provider, p.payment_ref, "
                               "p.plan_id, p.amount, p.currency, p.seconds, p.refunded_amount, "
                               "p.shortfall_seconds, p.created_at"),
                from, QStringLiteral("p.created_at DESC, p.id"), args, request_,
                {QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("email"),
                 QStringLiteral("provider"), QStringLiteral("payment_ref"),
                 QStringLiteral("plan_id"), QStringLiteral("currency")},
                {QStringLiteral("amount"), QStringLiteral("seconds"),
                 QStringLiteral("refunded_amount"), QStringLiteral("shortfall_seconds"),
                 QStringLiteral("created_at")}));
        });
    router.routeWithId(
        QStringLiteral("/v1/admin/users/<arg>/ledger"), Method::Get,
        [this, &authenticator](const QString& accountId, const QHttpServerRequest& request) {
            authenticator.requireAdmin(request);
            const PageRequest request_ = pageRequest(request);
            // The balance after each entry, counted in the order the entries were written.
            const QString order = insertionOrder({});
            const QString from =
                QStringLiteral(
                    "FROM (SELECT id, kind, seconds, capability, reference, created_at, %1 AS "
                    "position, CAST(SUM(seconds) OVER (ORDER BY created_at, %1 ROWS UNBOUNDED "
                    "PRECEDING) AS BIGINT) AS balance_seconds FROM ledger_entries WHERE "
                    "account_id = ?) entries")
                    .arg(order);
            return json(page(database_, QStringLiteral("entries"),
                             QStringLiteral("SELECT id, kind, seconds, capability, reference, "
                                            "created_at, balance_seconds"),
                             from, QStringLiteral("created_at DESC, position DESC"), {accountId},
                             request_,
                             {QStringLiteral("id"), QStringLiteral("kind"),
                              QStringLiteral("capability"), QStringLiteral("reference")},
                             {QStringLiteral("seconds"), QStringLiteral("created_at"),
                              QStringLiteral("balance_seconds")}));
        });
}

void Admin::addRecordRoutes(Router& router, Authenticator& authenticator) {
    // Looking at an account is kept in the audit log as a view, not as a data export.
    router.routeWithId(
        QStringLiteral("/v1/admin/users/<arg>/records"), Method::Get,
        [this, &authenticator](const QString& accountId, const QHttpServerRequest& request) {
            const Caller admin = authenticator.requireAdmin(request);
            const QJsonObject data = exportAccount(accountId);
            WriteTransaction transaction(database_);
            audit(transaction, admin, QStringLiteral("user.view"), accountId, {});
            transaction.commit();
            return json(data);
        });
    router.routeWithId(
        QStringLiteral("/v1/admin/api-keys/<arg>/revoke"), Method::Post,
        [this, &authenticator](const QString& keyId, const QHttpServerRequest& request) {
            const Caller admin = authenticator.requireAdmin(request);
            WriteTransaction transaction(database_);
            Rows key = transaction.select(
                QStringLiteral("SELECT account_id, prefix FROM api_keys WHERE id = ?"), {keyId});
            if (!key.next()) {
                throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                                QStringLiteral("no API key %1").arg(keyId.left(64)));
            }
            const QString accountId = key.text("account_id");
            const QString prefix = key.text("prefix");
            transaction.exec(QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND "
                                            "revoked_at IS NULL"),
                             {now(), keyId});
            audit(transaction, admin, QStringLiteral("apikey.revoke"), accountId,
                  QStringLiteral("key %1").arg(prefix));
            transaction.commit();
            return json({{QStringLiteral("id"), keyId}, {QStringLiteral("revoked"), true}});
        });
    router.routeWithId(
        QStringLiteral("/v1/admin/devices/<arg>"), Method::Delete,
        [this, &authenticator](const QString& deviceRowId, const QHttpServerRequest& request) {
            const Caller admin = authenticator.requireAdmin(request);
            WriteTransaction transaction(database_);
            Rows device = transaction.select(
                QStringLiteral("SELECT account_id, device_id FROM devices WHERE id = ?"),
                {deviceRowId});
            if (!device.next()) {
                throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                                QStringLiteral("no device %1").arg(deviceRowId.left(64)));
            }
            const QString accountId = device.text("account_id");
            const QString deviceId = device.text("device_id");
            transaction.exec(QStringLiteral("DELETE FROM devices WHERE id = ?"), {deviceRowId});
            audit(transaction, admin, QStringLiteral("device.remove"), accountId, deviceId);
            transaction.commit();
            return QHttpServerResponse(Status::NoContent);
        });
    // Withdrawn plans too, so that one can be put back on sale.
    router.route(QStringLiteral("/v1/admin/plans"), Method::Get,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     authenticator.requireAdmin(request);
                     Rows row = database_.select(QStringLiteral(
                         "SELECT id, name, price_cents, currency, seconds, interval_months, active "
                         "FROM plans ORDER BY active DESC, price_cents, id"));
                     QJsonArray plans;
                     while (row.next()) {
                         plans.append(QJsonObject{
                             {QStringLiteral("id"), row.text("id")},
                             {QStringLiteral("name"), row.text("name")},
                             {QStringLiteral("price_cents"), row.integer("price_cents")},
                             {QStringLiteral("currency"), row.text("currency")},
                             {QStringLiteral("seconds"), row.integer("seconds")},
                             {QStringLiteral("interval_months"), row.integer("interval_months")},
                             {QStringLiteral("active"), row.integer("active") != 0}});
                     }
                     return json({{QStringLiteral("plans"), plans}});
                 });
}

}  // namespace sonara::cloud
