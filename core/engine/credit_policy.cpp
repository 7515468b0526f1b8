#include "core/engine/credit_policy.h"

#include "core/store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace sonara::core {
namespace {

const QString kStarterGrantKey = QStringLiteral("local-starter-grant");

class ImmediateTransaction {
public:
    explicit ImmediateTransaction(QSqlDatabase& db) : db_(db) {
        store::exec(db_, QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~ImmediateTransaction() {
        if (!committed_) {
            QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"));
        }
    }
    void commit() {
        store::exec(db_, QStringLiteral("COMMIT"));
        committed_ = true;
    }

private:
    QSqlDatabase& db_;
    bool committed_ = false;
};

qint64 sumOfEntries(QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(SUM(seconds), 0) FROM credit_entries")) ||
        !query.next()) {
        throw store::StoreError(
            QStringLiteral("cannot read the credit balance: %1").arg(query.lastError().text()));
    }
    return query.value(0).toLongLong();
}

bool keyExists(QSqlDatabase& db, const QString& key) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM credit_entries WHERE idempotency_key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        throw store::StoreError(
            QStringLiteral("cannot read the credit ledger: %1").arg(query.lastError().text()));
    }
    return query.next();
}

void insertEntry(QSqlDatabase& db, const QString& kind, qint64 seconds, const QString& key,
                 const QString& details) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO credit_entries (kind, seconds, idempotency_key, details, created_at) "
        "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(kind);
    query.addBindValue(seconds);
    query.addBindValue(key);
    query.addBindValue(details);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        throw store::StoreError(
            QStringLiteral("cannot write to the credit ledger: %1").arg(query.lastError().text()));
    }
}

QString formatSeconds(qint64 seconds) {
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

InsufficientCreditsError::InsufficientCreditsError(qint64 neededSeconds, qint64 balanceSeconds)
    : Error(QStringLiteral(
                "not enough credits: this export needs %1 (minutes:seconds) of credit and the "
                "balance is %2; buy more minutes on the Account page, or keep experimenting "
                "(processing is free, only exports and downloads cost credits)")
                .arg(formatSeconds(neededSeconds),
                     formatSeconds(std::max<qint64>(balanceSeconds, 0)))),
      needed_(neededSeconds),
      balance_(balanceSeconds) {}

CreditPolicy::CreditPolicy(store::Database& database) : database_(database) {}

qint64 CreditPolicy::balanceSeconds() const {
    QSqlDatabase db = database_.connection();
    return sumOfEntries(db);
}

qint64 CreditPolicy::costSeconds(double durationSeconds) {
    if (!(durationSeconds > 0)) {
        return 0;
    }
    // Billed per second, rounded up; the epsilon keeps 3.0000000001 s of float noise at 3 s.
    return static_cast<qint64>(std::ceil(durationSeconds - 1e-6));
}

bool CreditPolicy::record(const QString& kind, qint64 seconds, const QString& idempotencyKey,
                          const QString& details) {
    QSqlDatabase db = database_.connection();
    ImmediateTransaction transaction(db);
    if (keyExists(db, idempotencyKey)) {
        return false;
    }
    insertEntry(db, kind, seconds, idempotencyKey, details);
    transaction.commit();
    return true;
}

void CreditPolicy::ensureStarterGrant() {
    record(QStringLiteral("grant"), kLocalStarterGrantSeconds, kStarterGrantKey,
           QStringLiteral(R"({"reason":"local starter grant"})"));
}

qint64 CreditPolicy::charge(double durationSeconds, const QString& idempotencyKey,
                            const QString& details) {
    const qint64 cost = costSeconds(durationSeconds);
    if (cost == 0) {
        return 0;
    }
    QSqlDatabase db = database_.connection();
    ImmediateTransaction transaction(db);
    if (keyExists(db, idempotencyKey)) {
        return 0;
    }
    const qint64 balance = sumOfEntries(db);
    if (balance < cost) {
        throw InsufficientCreditsError(cost, balance);
    }
    insertEntry(db, QStringLiteral("usage"), -cost, idempotencyKey, details);
    transaction.commit();
    return cost;
}

}  // namespace sonara::core
