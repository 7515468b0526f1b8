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
            Entry entry{Lease::fromPayload(payload, envelope),
                        static_cast<qint64>(item.value(QStringLiteral("spent")).toDouble())};
            entry.spent = std::clamp<qint64>(entry.spent, 0, entry.lease.seconds);
            entries_.append(entry);
        } catch (const AccountError&) {
            // A lease whose signature fails was altered on disk; it grants nothing.
        }
    }
}

void LeaseWallet::save() const {
    QJsonArray leases;
    for (const Entry& entry : entries_) {
        leases.append(QJsonObject{{QStringLiteral("envelope"), entry.lease.envelope},
                                  {QStringLiteral("spent"), entry.spent}});
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
    entries_.append(Entry{lease, 0});
    save();
}

qint64 LeaseWallet::available(qint64 now) const {
    qint64 total = 0;
    for (const Entry& entry : entries_) {
        if (now < entry.lease.expiresAt) {
            total += entry.lease.seconds - entry.spent;
        }
    }
    return total;
}

void LeaseWallet::spend(qint64 seconds, qint64 now) {
    noticeTime(now);
    if (seconds <= 0) {
        throw AccountError(QStringLiteral("an export must spend at least one second"));
    }
    const qint64 have = available(now);
    if (have < seconds) {
        throw AccountError(QStringLiteral("this export needs %1 seconds and the offline lease has "
                                          "%2 left: go online to buy or lease more")
                               .arg(seconds)
                               .arg(have));
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
    qint64 left = seconds;
    for (Entry* entry : order) {
        const qint64 take = std::min(left, entry->lease.seconds - entry->spent);
        entry->spent += take;
        left -= take;
    }
    save();
}

int LeaseWallet::settleAll(AccountClient& client) {
    int settled = 0;
    for (auto it = entries_.begin(); it != entries_.end();) {
        client.settleLease(it->lease.id, it->spent);
        it = entries_.erase(it);
        ++settled;
        save();
    }
    return settled;
}

}  // namespace sonara::core::account
