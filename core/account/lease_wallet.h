#pragma once

#include "core/account/signed_document.h"
#include "core/account/wire_types.h"

#include <QList>
#include <QString>

namespace sonara::core::account {

class AccountClient;

// The leases the studio holds for offline exports, kept in one JSON file. Every spend is on
// disk before spend() returns, so a crash cannot forget it; leases are re-verified on load, so
// an edited file loses the edited lease rather than gaining seconds.
class LeaseWallet {
public:
    LeaseWallet(QString path, TrustedKeys keys);

    void add(const Lease& lease);
    // Seconds left in leases that are still valid at `now`.
    qint64 available(qint64 now) const;
    // Spends from the leases that expire first; throws AccountError when there is not enough,
    // or when the clock reads earlier than a time this wallet has already seen.
    void spend(qint64 seconds, qint64 now);
    // Settles every lease with the service and forgets the settled ones; returns how many.
    int settleAll(AccountClient& client);
    int leaseCount() const { return static_cast<int>(entries_.size()); }

private:
    struct Entry {
        Lease lease;
        qint64 spent = 0;
    };
    void load();
    void save() const;
    void noticeTime(qint64 now);

    QString path_;
    TrustedKeys keys_;
    QList<Entry> entries_;
    qint64 lastSeen_ = 0;
};

}  // namespace sonara::core::account
