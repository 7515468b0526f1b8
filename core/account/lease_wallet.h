#pragma once

#include "core/account/signed_document.h"
#include "core/account/wire_types.h"

#include <QList>
#include <QString>

namespace sonara::core::account {

class AccountClient;

// The leases the studio holds for offline exports, kept in one JSON file together with the
// exports each paid for: that list is the queue of usage events the service is told about when
// the lease is settled. Every spend is on disk before spend() returns, so a crash cannot forget
// it; leases are re-verified on load, so an edited file loses the edited lease rather than
// gaining seconds.
class LeaseWallet {
public:
    LeaseWallet(QString path, TrustedKeys keys);

    void add(const Lease& lease);
    // Seconds left in leases that are still valid at `now`.
    qint64 available(qint64 now) const;
    // Whether an export with this idempotency key was already paid from a lease.
    bool hasSpent(const QString& idempotencyKey) const;
    // Pays `seconds` for one export from the leases that expire first; a key already paid costs
    // nothing again. Throws AccountError when there is not enough, or when the clock reads
    // earlier than a time this wallet has already seen.
    void spend(qint64 seconds, qint64 now, const QString& idempotencyKey = {},
               const QString& capability = QStringLiteral("export"));
    // Settles the leases that paid for something, that have expired, or that expire within
    // `expiringWithin` seconds of `now`, and forgets them; returns how many. Stops at the first
    // failure, keeping that lease and the rest, and rethrows it.
    int settleDue(AccountClient& client, qint64 now, qint64 expiringWithin = 0);
    // Settles every lease (signing out).
    int settleAll(AccountClient& client);
    int leaseCount() const { return static_cast<int>(entries_.size()); }
    // The newest expiry of the valid leases with seconds left, 0 when there are none.
    qint64 latestExpiry(qint64 now) const;

private:
    struct Entry {
        Lease lease;
        QList<LeaseUsage> usage;
        qint64 spent() const;
    };
    void load();
    void save() const;
    void noticeTime(qint64 now);
    template <typename Predicate>
    int settleWhere(AccountClient& client, Predicate due);

    QString path_;
    TrustedKeys keys_;
    QList<Entry> entries_;
    qint64 lastSeen_ = 0;
};

}  // namespace sonara::core::account
