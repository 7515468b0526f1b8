#include "core/account/lease_wallet.h"

#include "core/account/account_client.h"
#include "core/account/account_error.h"
#include "core/account/signed_document.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace sonara::core::account {

LeaseWallet::LeaseWallet(QString path, TrustedKeys keys)
    : path_(std::move(path)), keys_(std::move(keys)) {
    load();
}

void LeaseWallet::load() {
    QFile file(path_);
    if (!file.exists()) {
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw AccountError(
            QStringLiteral("cannot read the lease file %1: check its permissions").arg(path_));
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    lastSeen_ = static_cast<qint64>(root.value(QStringLiteral("last_seen")).toDouble());
    for (const QJsonValue& value : root.value(QStringLiteral("leases")).toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonObject envelope = item.value(QStringLiteral("envelope")).toObject();
        try {
            const QJsonObject payload = verifySignedDocument(envelope, keys_);
            Entry entry{Lease::fromPayload(payload, envelope), {}};
            for (const QJsonValue& usage : item.value(QStringLiteral("usage")).toArray()) {
                entry.usage.append(LeaseUsage::fromJson(usage.toObject()));
            }
            entries_.append(entry);
        } catch (const AccountError&) {
            // A lease whose signature fails was altered on disk; it grants nothing.
        }
    }
}

void LeaseWallet::save() const {
    QJsonArray leases;
    for (const Entry& entry : entries_) {
        QJsonArray usage;
        for (const LeaseUsage& item : entry.usage) {
            usage.append(item.toJson());
        }
        leases.append(QJsonObject{{QStringLiteral("envelope"), entry.lease.envelope},
                                  {QStringLiteral("usage"), usage}});
    }
    QDir().mkpath(QFileInfo(path_).absolutePath());
    QSaveFile file(path_);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("last_seen"), lastSeen_},
                                             {QStringLiteral("leases"), leases}})
                       .toJson()) < 0 ||
        !file.commit()) {
        throw AccountError(QStringLiteral("cannot write the lease file %1: check free space and "
                                          "permissions")
                               .arg(path_));
    }
}

qint64 LeaseWallet::Entry::spent() const {
    qint64 total = 0;
    for (const LeaseUsage& item : usage) {
        total += item.seconds;
    }
    // An edited file cannot make a lease hold more than it was signed for.
    return std::min(total, lease.seconds);
}

void LeaseWallet::noticeTime(qint64 now) {
    if (now + kClockSkewSeconds < lastSeen_) {
        throw AccountError(
            QStringLiteral("the computer's clock moved back since the last export: "
                           "set it right, or go online to export"));
    }
    lastSeen_ = std::max(lastSeen_, now);
}

void LeaseWallet::add(const Lease& lease) {
    verifySignedDocument(lease.envelope, keys_);
    for (const Entry& entry : entries_) {
        if (entry.lease.id == lease.id) {
            return;
        }
    }
    entries_.append(Entry{lease, {}});
    save();
}

qint64 LeaseWallet::available(qint64 now) const {
    qint64 total = 0;
    for (const Entry& entry : entries_) {
        if (now < entry.lease.expiresAt) {
            total += entry.lease.seconds - entry.spent();
        }
    }
    return total;
}

bool LeaseWallet::hasSpent(const QString& idempotencyKey) const {
    for (const Entry& entry : entries_) {
        for (const LeaseUsage& item : entry.usage) {
            if (item.idempotencyKey == idempotencyKey) {
                return true;
            }
        }
    }
    return false;
}

qint64 LeaseWallet::latestExpiry(qint64 now) const {
    qint64 latest = 0;
    for (const Entry& entry : entries_) {
        if (now < entry.lease.expiresAt && entry.spent() < entry.lease.seconds) {
            latest = std::max(latest, entry.lease.expiresAt);
        }
    }
    return latest;
}

void LeaseWallet::spend(qint64 seconds, qint64 now, const QString& idempotencyKey,
                        const QString& capability) {
    noticeTime(now);
    if (seconds <= 0) {
        throw AccountError(QStringLiteral("an export must spend at least one second"));
    }
    if (!idempotencyKey.isEmpty() && hasSpent(idempotencyKey)) {
        return;
    }
    const qint64 have = available(now);
    if (have < seconds) {
        throw AccountError(QStringLiteral("this export needs %1 seconds and the offline lease has "
                                          "%2 left: go online to buy or lease more")
                               .arg(seconds)
                               .arg(have),
                           402);
    }
    QList<Entry*> order;
    for (Entry& entry : entries_) {
        if (now < entry.lease.expiresAt) {
            order.append(&entry);
        }
    }
    std::sort(order.begin(), order.end(), [](const Entry* a, const Entry* b) {
        return a->lease.expiresAt < b->lease.expiresAt;
    });
    // An export is paid from one lease when one holds enough, so its usage event carries
    // exactly the key an online charge would have used; only when none does is it split, each
    // part keyed with a suffix so that the service charges every part once.
    const QString key = idempotencyKey.isEmpty()
                            ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                            : idempotencyKey;
    const auto whole = std::find_if(order.begin(), order.end(), [seconds](const Entry* entry) {
        return entry->lease.seconds - entry->spent() >= seconds;
    });
    if (whole != order.end()) {
        (*whole)->usage.append(LeaseUsage{key, seconds, capability, now});
        save();
        return;
    }
    qint64 left = seconds;
    int part = 0;
    for (Entry* entry : order) {
        const qint64 take = std::min(left, entry->lease.seconds - entry->spent());
        if (take <= 0) {
            continue;
        }
        entry->usage.append(
            LeaseUsage{QStringLiteral("%1#%2").arg(key).arg(part), take, capability, now});
        left -= take;
        ++part;
        if (left == 0) {
            break;
        }
    }
    save();
}

template <typename Predicate>
int LeaseWallet::settleWhere(AccountClient& client, Predicate due) {
    int settled = 0;
    for (auto it = entries_.begin(); it != entries_.end();) {
        if (!due(*it)) {
            ++it;
            continue;
        }
        client.settleLease(it->lease.id, it->usage);
        it = entries_.erase(it);
        ++settled;
        save();
    }
    return settled;
}

int LeaseWallet::settleDue(AccountClient& client, qint64 now, qint64 expiringWithin) {
    return settleWhere(client, [now, expiringWithin](const Entry& entry) {
        return !entry.usage.isEmpty() || entry.lease.expiresAt <= now + expiringWithin;
    });
}

int LeaseWallet::settleAll(AccountClient& client) {
    return settleWhere(client, [](const Entry&) { return true; });
}

}  // namespace sonara::core::account
