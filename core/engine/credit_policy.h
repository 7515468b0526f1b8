#pragma once

#include "core/engine/errors.h"

#include <QString>

namespace sonara::core {

namespace store {
class Database;
}

// The balance cannot pay for an export; says how much is missing and how to get more.
class InsufficientCreditsError : public Error {
public:
    InsufficientCreditsError(qint64 neededSeconds, qint64 balanceSeconds);
    qint64 neededSeconds() const { return needed_; }
    qint64 balanceSeconds() const { return balance_; }

private:
    qint64 needed_;
    qint64 balance_;
};

// The credit rule of DESIGN.md on the local mirror of the ledger (`credit_entries`): experimenting
// is free, exporting or downloading processed audio costs its duration in seconds, rounded up.
// The studio, the local API and the CLI all charge through here.
class CreditPolicy {
public:
    // Seconds granted once per data directory, so a fresh install can export before it has an
    // account; recorded in the ledger as a `grant` like any other.
    static constexpr qint64 kLocalStarterGrantSeconds = 30 * 60;

    explicit CreditPolicy(store::Database& database);

    qint64 balanceSeconds() const;
    // What exporting `durationSeconds` of audio costs.
    static qint64 costSeconds(double durationSeconds);

    // Appends an entry unless one with the same idempotency key exists; returns whether it did.
    bool record(const QString& kind, qint64 seconds, const QString& idempotencyKey,
                const QString& details = QStringLiteral("{}"));
    // Records the starter grant the first time a data directory is used.
    void ensureStarterGrant();

    // Charges `durationSeconds` of exported audio once per idempotency key (downloading the same
    // result again is free). Throws InsufficientCreditsError, changing nothing, when the balance
    // is too low. The read and the write share one BEGIN IMMEDIATE transaction, so concurrent
    // exports never drive the balance below zero. Returns the seconds charged now.
    qint64 charge(double durationSeconds, const QString& idempotencyKey,
                  const QString& details = QStringLiteral("{}"));

private:
    store::Database& database_;
};

}  // namespace sonara::core
