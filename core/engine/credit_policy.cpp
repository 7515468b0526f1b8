#include "core/engine/credit_policy.h"

#include "core/account/account_error.h"
#include "core/account/credit_account.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
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
    : Error(
          QStringLiteral(
              "not enough credits: this export needs %1 (minutes:seconds) of credit and the "
              "balance is %2; buy more minutes (the studio's account menu, Buy minutes…), or keep "
              "experimenting "
              "(processing is free, only exports and downloads cost credits)")
              .arg(formatSeconds(neededSeconds),
                   formatSeconds(std::max<qint64>(balanceSeconds, 0)))),
      needed_(neededSeconds),
      balance_(balanceSeconds) {}

AccountServiceError::AccountServiceError(Kind kind, const QString& message)
    : Error(message), kind_(kind) {}

AccountServiceError accountServiceError(const account::AccountError& error) {
    const int status = error.httpStatus();
    const bool unreachable = status == 0 || status == 408 || status == 429 || status >= 500;
    return AccountServiceError(
        unreachable ? AccountServiceError::Kind::Unreachable : AccountServiceError::Kind::Refused,
        QString::fromUtf8(error.what()));
}

CreditPolicy::CreditPolicy(store::Database& database, account::CreditAccount* account)
    : database_(database), account_(account) {}

bool CreditPolicy::chargesAccount() const {
    return account_ && account_->isSignedIn();
}

qint64 CreditPolicy::balanceSeconds() const {
    if (chargesAccount()) {
        return account_->status().totalSeconds();
    }
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

bool CreditPolicy::isCharged(const QString& idempotencyKey) const {
    QSqlDatabase db = database_.connection();
    return keyExists(db, idempotencyKey);
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
                            const QString& details, const QString& capability) {
    const qint64 cost = costSeconds(durationSeconds);
    if (cost == 0) {
        return 0;
    }
    if (chargesAccount()) {
        return chargeAccount(cost, idempotencyKey, details, capability);
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

qint64 CreditPolicy::chargeAccount(qint64 cost, const QString& idempotencyKey,
                                   const QString& details, const QString& capability) {
    {
        QSqlDatabase db = database_.connection();
        if (keyExists(db, idempotencyKey)) {
            return 0;
        }
    }
    qint64 charged = 0;
    try {
        charged = account_->charge(cost, idempotencyKey, capability);
    } catch (const account::AccountError& error) {
        if (error.httpStatus() == 402) {
            throw InsufficientCreditsError(cost, account_->status().totalSeconds());
        }
        throw accountServiceError(error);
    }
    // Seconds 0: the account paid, so the local balance is untouched; the entry keeps the key.
    QJsonObject entry = QJsonDocument::fromJson(details.toUtf8()).object();
    entry.insert(QStringLiteral("paid_by"), QStringLiteral("account"));
    entry.insert(QStringLiteral("account_seconds"), cost);
    record(QStringLiteral("usage"), 0, idempotencyKey,
           QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
    return charged;
}

}  // namespace sonara::core
