#include "app/cloud/ledger.h"

#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_database.h"
#include "app/cloud/cloud_http.h"
#include "app/cloud/cloud_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace sonara::cloud {
namespace {

// Ten thousand items of the longest keys and capabilities, with room for escapes.
constexpr qint64 kMaxSettleBodyBytes = 4LL * 1024 * 1024;

QString usageLedgerKey(const QString& key) {
    return QStringLiteral("usage:") + key;
}

QString usageDigest(const QList<wire::LeaseUsage>& items) {
    QJsonArray rows;
    for (const wire::LeaseUsage& item : items) {
        rows.append(QJsonArray{item.idempotencyKey, item.seconds, item.capability,
                               item.at ? QJsonValue(*item.at) : QJsonValue()});
    }
    return QString::fromLatin1(
        crypto::sha256(QJsonDocument(rows).toJson(QJsonDocument::Compact)).toHex());
}

// The items POST /v1/usage already charged: the studio could not know its charge went through.
QSet<QString> chargedOnline(WriteTransaction& transaction, const QString& accountId,
                            const QList<wire::LeaseUsage>& items) {
    constexpr qsizetype kChunk = 512;
    QSet<QString> charged;
    for (qsizetype from = 0; from < items.size(); from += kChunk) {
        const qsizetype count = std::min(kChunk, items.size() - from);
        // Padded to a power of two with the last key, so that few statement texts exist to be
        // kept prepared.
        qsizetype width = 1;
        while (width < count) {
            width *= 2;
        }
        QVariantList args{accountId};
        QStringList marks;
        for (qsizetype i = 0; i < width; ++i) {
            args.append(usageLedgerKey(items.at(from + std::min(i, count - 1)).idempotencyKey));
            marks.append(QStringLiteral("?"));
        }
        Rows found = transaction.select(
            QStringLiteral("SELECT idempotency_key FROM ledger_entries WHERE account_id = ? AND "
                           "kind = 'usage' AND idempotency_key IN (%1)")
                .arg(marks.join(QLatin1Char(','))),
            args);
        while (found.next()) {
            charged.insert(found.text("idempotency_key"));
        }
    }
    return charged;
}

HttpError notEnoughCredit(const QString& detail) {
    return HttpError(Status::PaymentRequired, QStringLiteral("Not enough credit"), detail);
}

}  // namespace

// A lease as its settlement reads it.
struct Ledger::LeaseRow {
    qint64 held = 0;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    bool expired = false;
    bool settled = false;
    // What a settled lease was settled with.
    qint64 spent = 0;
    qint64 shortfall = 0;
    qint64 alreadyCharged = 0;
    std::optional<QString> usageDigest;
};

QJsonObject LedgerEntry::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("capability"), capability ? QJsonValue(*capability) : QJsonValue()},
            {QStringLiteral("reference"), reference ? QJsonValue(*reference) : QJsonValue()},
            {QStringLiteral("created_at"), createdAt}};
}

Ledger::Ledger(const CloudDatabase& database, const CloudConfig& config,
               const crypto::Ed25519Signer& signer)
    : database_(database), config_(config), signer_(signer) {}

void Ledger::addRoutes(Router& router, Authenticator& authenticator) {
    router.route(QStringLiteral("/v1/ledger"), Method::Get,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     const Caller caller =
                         authenticator.authenticate(request, QStringLiteral("read"));
                     QJsonArray list;
                     for (const LedgerEntry& entry : entries(caller.accountId)) {
                         list.append(entry.toJson());
                     }
                     return json({{QStringLiteral("entries"), list},
                                  {QStringLiteral("balance_seconds"), balance(caller.accountId)}});
                 });
    router.route(QStringLiteral("/v1/usage"), Method::Post,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     const Caller caller =
                         authenticator.authenticate(request, QStringLiteral("usage"));
                     const wire::UsageReceipt receipt =
                         charge(caller.accountId,
                                wire::UsageCharge::parse(parseBody(request, config_.maxBodyBytes)));
                     return json(receipt.toJson(), receipt.replayed ? Status::Ok : Status::Created);
                 });
    router.route(QStringLiteral("/v1/leases"), Method::Post,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     const Caller caller = authenticator.authenticate(request);
                     return json(takeLease(caller.accountId, wire::LeaseRequest::parse(parseBody(
                                                                 request, config_.maxBodyBytes)))
                                     .toJson(),
                                 Status::Created);
                 });
    router.routeWithId(
        QStringLiteral("/v1/leases/<arg>/settle"), Method::Post,
        [this, &authenticator](const QString& leaseId, const QHttpServerRequest& request) {
            const Caller caller = authenticator.authenticate(request);
            const QJsonObject body =
                parseBody(request, std::max(config_.maxBodyBytes, kMaxSettleBodyBytes));
            return json(
                settleLease(caller.accountId, leaseId, wire::LeaseSettleRequest::parse(body))
                    .toJson());
        });
    router.route(
        QStringLiteral("/v1/billing"), Method::Get,
        [this, &authenticator](const QHttpServerRequest& request) {
            const Caller caller = authenticator.authenticate(request, QStringLiteral("read"));
            return json(
                {{QStringLiteral("purchases"),
                  rowsAsJson(database_,
                             QStringLiteral("SELECT id, provider, plan_id, amount, currency, "
                                            "seconds, refunded_amount, created_at FROM "
                                            "purchases WHERE account_id = ? ORDER BY "
                                            "created_at DESC, id"),
                             caller.accountId)}});
        });
}

qint64 Ledger::balance(const QString& accountId) const {
    Rows sum = database_.select(
        QStringLiteral("SELECT CAST(COALESCE(SUM(seconds), 0) AS BIGINT) AS balance FROM "
                       "ledger_entries WHERE account_id = ?"),
        {accountId});
    return sum.next() ? sum.integer("balance") : 0;
}

qint64 Ledger::balance(WriteTransaction& transaction, const QString& accountId) {
    Rows sum = transaction.select(
        QStringLiteral("SELECT CAST(COALESCE(SUM(seconds), 0) AS BIGINT) AS balance FROM "
                       "ledger_entries WHERE account_id = ?"),
        {accountId});
    return sum.next() ? sum.integer("balance") : 0;
}

QList<LedgerEntry> Ledger::entries(const QString& accountId) const {
    Rows row = database_.select(
        QStringLiteral(
            "SELECT id, kind, seconds, capability, reference, created_at FROM "
            "ledger_entries WHERE account_id = ? ORDER BY created_at DESC, seq DESC LIMIT 500"),
        {accountId});
    QList<LedgerEntry> list;
    while (row.next()) {
        list.append({row.text("id"), row.text("kind"), row.integer("seconds"),
                     row.optionalText("capability"), row.optionalText("reference"),
                     row.integer("created_at")});
    }
    return list;
}

wire::UsageReceipt Ledger::charge(const QString& accountId, const wire::UsageCharge& usage) {
    const QString storedKey = usageLedgerKey(usage.idempotencyKey);
    WriteTransaction transaction(database_);
    transaction.lockAccount(accountId);
    auto replay = [&]() -> std::optional<wire::UsageReceipt> {
        Rows existing = transaction.select(
            QStringLiteral("SELECT id, seconds FROM ledger_entries WHERE account_id = ? AND "
                           "idempotency_key = ?"),
            {accountId, storedKey});
        if (!existing.next()) {
            return std::nullopt;
        }
        if (-existing.integer("seconds") != usage.seconds) {
            throw HttpError(Status::Conflict, QStringLiteral("Idempotency key reused"),
                            QStringLiteral("idempotency_key '%1' was already used for %2 "
                                           "seconds: use a new key for a different charge")
                                .arg(usage.idempotencyKey.left(100))
                                .arg(-existing.integer("seconds")),
                            QStringLiteral("idempotency_key"));
        }
        return wire::UsageReceipt{existing.text("id"), usage.seconds, true,
                                  balance(transaction, accountId)};
    };
    if (auto previous = replay()) {
        return *previous;
    }
    const qint64 available = balance(transaction, accountId);
    if (available < usage.seconds) {
        throw notEnoughCredit(QStringLiteral("this needs %1 seconds and the balance is %2: buy "
                                             "more minutes")
                                  .arg(usage.seconds)
                                  .arg(available));
    }
    const QString entryId = newId();
    // ON CONFLICT rather than a savepoint: on PostgreSQL that is two round trips fewer.
    if (transaction
            .exec(QStringLiteral("INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                                 "idempotency_key, capability, created_at) VALUES (?, ?, "
                                 "'usage', ?, ?, ?, ?) ON CONFLICT (account_id, idempotency_key) "
                                 "DO NOTHING"),
                  {entryId, accountId, -usage.seconds, storedKey, usage.capability, now()})
            .numRowsAffected() != 1) {
        if (auto previous = replay()) {
            return *previous;
        }
        throw DatabaseError(QStringLiteral("the usage entry could not be written"));
    }
    transaction.commit();
    return {entryId, usage.seconds, false, available - usage.seconds};
}

wire::LeaseGrant Ledger::takeLease(const QString& accountId, const wire::LeaseRequest& request) {
    WriteTransaction transaction(database_);
    transaction.lockAccount(accountId);
    const qint64 available = balance(transaction, accountId);
    if (available < request.seconds) {
        throw notEnoughCredit(QStringLiteral("a lease of %1 seconds needs that much balance and "
                                             "the balance is %2: ask for less or buy more minutes")
                                  .arg(request.seconds)
                                  .arg(available));
    }
    wire::Lease lease;
    lease.id = newId();
    lease.accountId = accountId;
    lease.seconds = request.seconds;
    lease.issuedAt = now();
    lease.expiresAt = lease.issuedAt + request.validSeconds;
    transaction.exec(QStringLiteral("INSERT INTO leases (id, account_id, seconds, issued_at, "
                                    "expires_at) VALUES (?, ?, ?, ?, ?)"),
                     {lease.id, accountId, lease.seconds, lease.issuedAt, lease.expiresAt});
    transaction.exec(
        QStringLiteral("INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                       "idempotency_key, reference, created_at) VALUES (?, ?, 'lease', "
                       "?, ?, ?, ?)"),
        {newId(), accountId, -lease.seconds, QStringLiteral("lease:") + lease.id, lease.id,
         lease.issuedAt});
    transaction.commit();
    return {signer_.signDocument(lease.toPayload()), available - lease.seconds};
}

wire::LeaseSettlement Ledger::settleLease(const QString& accountId, const QString& leaseId,
                                          const wire::LeaseSettleRequest& request) {
    const qint64 spent = request.spentSeconds;
    WriteTransaction transaction(database_);
    transaction.lockAccount(accountId);
    Rows row = transaction.select(
        QStringLiteral("SELECT seconds, settled_at, spent_seconds, expires_at, expired_at, "
                       "shortfall_seconds, issued_at, already_charged_seconds, usage_digest FROM "
                       "leases WHERE id = ? AND account_id = ?"),
        {leaseId, accountId});
    if (!row.next()) {
        throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                        QStringLiteral("no lease %1 on this account").arg(leaseId.left(64)));
    }
    LeaseRow lease;
    lease.held = row.integer("seconds");
    lease.issuedAt = row.integer("issued_at");
    lease.expiresAt = row.integer("expires_at");
    lease.expired = !row.isNull("expired_at");
    lease.settled = !row.isNull("settled_at");
    lease.spent = row.integer("spent_seconds");
    lease.shortfall = row.integer("shortfall_seconds");
    lease.alreadyCharged = row.integer("already_charged_seconds");
    if (!row.isNull("usage_digest")) {
        lease.usageDigest = row.text("usage_digest");
    }
    if (spent > lease.held) {
        if (!request.usage) {
            throw invalid(QStringLiteral("spent_seconds"),
                          QStringLiteral("the lease holds %1 seconds; spent_seconds cannot "
                                         "exceed it")
                              .arg(lease.held));
        }
        throw invalid(QStringLiteral("usage"),
                      QStringLiteral("the lease holds %1 seconds and the usage items add up to "
                                     "%2: list only the exports this lease paid for")
                          .arg(lease.held)
                          .arg(spent));
    }
    const QString digest = request.usage ? usageDigest(*request.usage) : QString();
    if (lease.settled) {
        wire::LeaseSettlement settled = replayedSettlement(lease, request, digest);
        settled.balanceSeconds = balance(transaction, accountId);
        return settled;
    }
    const qint64 at = now();
    // Past the grace period the lease is expired here even if the scheduler has not run yet,
    // so the outcome never depends on its timing.
    if (!lease.expired && lease.expiresAt + config_.leaseGraceSeconds <= at) {
        expireLease(transaction, leaseId, accountId, lease.held, at);
        lease.expired = true;
    }
    wire::LeaseSettlement settlement =
        request.usage
            ? settleItems(transaction, leaseId, accountId, lease.held, lease.issuedAt,
                          lease.expired, *request.usage, at)
            : settleSpent(transaction, leaseId, accountId, lease.held, spent, lease.expired, at);
    transaction.exec(QStringLiteral("UPDATE leases SET settled_at = ?, spent_seconds = ?, "
                                    "shortfall_seconds = ?, already_charged_seconds = ?, "
                                    "usage_digest = ? WHERE id = ?"),
                     {at, spent, settlement.shortfallSeconds, settlement.alreadyChargedSeconds,
                      request.usage ? QVariant(digest) : QVariant(), leaseId});
    settlement.balanceSeconds = balance(transaction, accountId);
    transaction.commit();
    if (settlement.shortfallSeconds > 0) {
        logLine({{QStringLiteral("level"), QStringLiteral("warning")},
                 {QStringLiteral("message"),
                  QStringLiteral("late settle of lease %1: %2 seconds recorded as shortfall")
                      .arg(leaseId)
                      .arg(settlement.shortfallSeconds)}});
    }
    return settlement;
}

wire::LeaseSettlement Ledger::replayedSettlement(const LeaseRow& lease,
                                                 const wire::LeaseSettleRequest& request,
                                                 const QString& digest) {
    const qint64 spent = request.spentSeconds;
    if (lease.spent != spent) {
        throw HttpError(
            Status::Conflict, QStringLiteral("Lease already settled"),
            QStringLiteral("this lease was settled with %1 spent seconds").arg(lease.spent));
    }
    const bool itemised = lease.usageDigest.has_value();
    if (request.usage && itemised && *lease.usageDigest != digest) {
        throw HttpError(Status::Conflict, QStringLiteral("Lease already settled"),
                        QStringLiteral("this lease was settled with other usage items of the "
                                       "same total"),
                        QStringLiteral("usage"));
    }
    wire::LeaseSettlement settled;
    settled.replayed = true;
    settled.expired = lease.expired;
    settled.itemised = itemised;
    settled.alreadyChargedSeconds = lease.alreadyCharged;
    settled.shortfallSeconds = lease.shortfall;
    const qint64 used = spent - settled.alreadyChargedSeconds;
    settled.chargedSeconds =
        lease.expired ? used - settled.shortfallSeconds : (itemised ? used : 0);
    settled.returnedSeconds = lease.expired ? 0 : lease.held - (itemised ? used : spent);
    return settled;
}

wire::LeaseSettlement Ledger::settleSpent(WriteTransaction& transaction, const QString& leaseId,
                                          const QString& accountId, qint64 held, qint64 spent,
                                          bool expired, qint64 at) {
    wire::LeaseSettlement settlement;
    settlement.expired = expired;
    if (!expired) {
        settlement.returnedSeconds = held - spent;
        if (settlement.returnedSeconds > 0) {
            transaction.exec(
                QStringLiteral(
                    "INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                    "idempotency_key, reference, created_at) VALUES (?, ?, 'lease-settle', "
                    "?, ?, ?, ?)"),
                {newId(), accountId, settlement.returnedSeconds,
                 QStringLiteral("lease-settle:") + leaseId, leaseId, at});
        }
        return settlement;
    }
    // The held seconds already went back; what the studio spent offline is real use, so it is
    // charged as usage, as much as the balance holds, and the rest is recorded.
    settlement.chargedSeconds =
        std::min(spent, std::max<qint64>(0, balance(transaction, accountId)));
    settlement.shortfallSeconds = spent - settlement.chargedSeconds;
    if (settlement.chargedSeconds > 0) {
        transaction.exec(
            QStringLiteral(
                "INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                "idempotency_key, capability, reference, created_at) VALUES (?, ?, 'usage', "
                "?, ?, 'lease', ?, ?)"),
            {newId(), accountId, -settlement.chargedSeconds,
             QStringLiteral("lease-late:") + leaseId, leaseId, at});
    }
    return settlement;
}

wire::LeaseSettlement Ledger::settleItems(WriteTransaction& transaction, const QString& leaseId,
                                          const QString& accountId, qint64 held, qint64 issuedAt,
                                          bool expired, const QList<wire::LeaseUsage>& items,
                                          qint64 at) {
    wire::LeaseSettlement settlement;
    settlement.expired = expired;
    settlement.itemised = true;
    if (!expired) {
        // The whole hold goes back and each export is charged on its own, so usage by
        // capability counts offline exports too; the net is what was charged.
        transaction.exec(
            QStringLiteral("INSERT INTO ledger_entries (id, account_id, kind, "
                           "seconds, idempotency_key, reference, created_at) VALUES "
                           "(?, ?, 'lease-settle', ?, ?, ?, ?)"),
            {newId(), accountId, held, QStringLiteral("lease-settle:") + leaseId, leaseId, at});
    }
    const QSet<QString> before = chargedOnline(transaction, accountId, items);
    // An expired lease's seconds already went back: its exports are charged in order while the
    // balance holds them, and the rest is shortfall.
    qint64 available = expired ? std::max<qint64>(0, balance(transaction, accountId)) : held;
    QList<QVariantList> rows;
    for (const wire::LeaseUsage& item : items) {
        if (before.contains(usageLedgerKey(item.idempotencyKey))) {
            settlement.alreadyChargedSeconds += item.seconds;
        } else if (settlement.shortfallSeconds > 0 || item.seconds > available) {
            settlement.shortfallSeconds += item.seconds;
        } else {
            available -= item.seconds;
            settlement.chargedSeconds += item.seconds;
            rows.append({newId(), accountId, QStringLiteral("usage"), -item.seconds,
                         usageLedgerKey(item.idempotencyKey), item.capability, leaseId,
                         std::clamp(item.at.value_or(at), std::min(issuedAt, at), at)});
        }
    }
    transaction.insertRows(
        QStringLiteral("ledger_entries"),
        {QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("kind"),
         QStringLiteral("seconds"), QStringLiteral("idempotency_key"), QStringLiteral("capability"),
         QStringLiteral("reference"), QStringLiteral("created_at")},
        rows);
    settlement.returnedSeconds = expired ? 0 : held - settlement.chargedSeconds;
    return settlement;
}

void Ledger::expireLease(WriteTransaction& transaction, const QString& leaseId,
                         const QString& accountId, qint64 held, qint64 at) {
    transaction.exec(QStringLiteral("UPDATE leases SET expired_at = ? WHERE id = ?"),
                     {at, leaseId});
    // The same idempotency key as an in-time settle: whichever comes first returns seconds,
    // the other finds the key taken.
    transaction.tryExec(
        QStringLiteral("INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                       "idempotency_key, reference, created_at) VALUES (?, ?, 'lease-settle', "
                       "?, ?, ?, ?)"),
        {newId(), accountId, held, QStringLiteral("lease-settle:") + leaseId, leaseId, at});
}

int Ledger::expireLeases(qint64 at) {
    Rows due = database_.select(
        QStringLiteral("SELECT id, account_id FROM leases WHERE settled_at IS NULL AND "
                       "expired_at IS NULL AND expires_at <= ?"),
        {at - config_.leaseGraceSeconds});
    QList<QPair<QString, QString>> leases;
    while (due.next()) {
        leases.append({due.text("id"), due.text("account_id")});
    }
    int expired = 0;
    for (const auto& [leaseId, accountId] : leases) {
        WriteTransaction transaction(database_);
        transaction.lockAccount(accountId);
        // Re-read under the lock: the studio may have settled it, or another instance expired
        // it, since the scan.
        Rows open = transaction.select(
            QStringLiteral("SELECT seconds FROM leases WHERE id = ? AND settled_at IS NULL AND "
                           "expired_at IS NULL"),
            {leaseId});
        if (!open.next()) {
            continue;
        }
        expireLease(transaction, leaseId, accountId, open.integer("seconds"), at);
        transaction.commit();
        ++expired;
    }
    return expired;
}

}  // namespace sonara::cloud
