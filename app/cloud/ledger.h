#pragma once

#include "app/cloud/cloud_config.h"
#include "core/wire/credit_shapes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sonara::cloud {

class Authenticator;
class CloudDatabase;
class Router;
class WriteTransaction;
namespace crypto {
class Ed25519Signer;
}

// One row of an account's ledger as GET /v1/ledger lists it.
struct LedgerEntry {
    QString id;
    QString kind;
    qint64 seconds = 0;
    std::optional<QString> capability;
    std::optional<QString> reference;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
};

// The credits ledger: every account's seconds are the sum of its entries. Online usage
// charges, signed leases for offline use and their settlement, and the expiry of leases left
// unsettled.
class Ledger {
public:
    Ledger(const CloudDatabase& database, const CloudConfig& config,
           const crypto::Ed25519Signer& signer);

    void addRoutes(Router& router, Authenticator& authenticator);

    qint64 balance(const QString& accountId) const;
    // The balance as a transaction that holds the account's lock sees it.
    static qint64 balance(WriteTransaction& transaction, const QString& accountId);
    // The newest 500 entries.
    QList<LedgerEntry> entries(const QString& accountId) const;
    // Charges once per idempotency key; throws HttpError 402 when the balance is short and
    // 409 when the key was used for another amount.
    wire::UsageReceipt charge(const QString& accountId, const wire::UsageCharge& usage);
    // Holds the seconds and signs the lease; throws HttpError 402 when the balance is short.
    wire::LeaseGrant takeLease(const QString& accountId, const wire::LeaseRequest& request);
    // Returns what was not spent, or charges an expired lease's spend; a replay is answered
    // alike, a different settlement of a settled lease is refused with 409.
    wire::LeaseSettlement settleLease(const QString& accountId, const QString& leaseId,
                                      const wire::LeaseSettleRequest& request);
    // Returns to the balance the seconds of every unsettled lease whose expiry plus the grace
    // period is past by `now`; each lease once, whichever instance gets there first.
    int expireLeases(qint64 now);

private:
    struct LeaseRow;
    // Under the account's lock: marks an open lease expired and returns its seconds.
    static void expireLease(WriteTransaction& transaction, const QString& leaseId,
                            const QString& accountId, qint64 held, qint64 at);
    static wire::LeaseSettlement replayedSettlement(const LeaseRow& lease,
                                                    const wire::LeaseSettleRequest& request,
                                                    const QString& digest);
    // A settle that gives only spent_seconds: a live lease returns what was not spent, an
    // expired one charges the spend as one usage entry.
    static wire::LeaseSettlement settleSpent(WriteTransaction& transaction, const QString& leaseId,
                                             const QString& accountId, qint64 held, qint64 spent,
                                             bool expired, qint64 at);
    // A settle that lists the exports: each not already charged online becomes a usage entry.
    static wire::LeaseSettlement settleItems(WriteTransaction& transaction, const QString& leaseId,
                                             const QString& accountId, qint64 held, qint64 issuedAt,
                                             bool expired, const QList<wire::LeaseUsage>& items,
                                             qint64 at);

    const CloudDatabase& database_;
    const CloudConfig& config_;
    const crypto::Ed25519Signer& signer_;
};

}  // namespace sonara::cloud
