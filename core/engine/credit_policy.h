#pragma once

#include "core/engine/errors.h"

#include <QString>

namespace sonara::core {

namespace store {
class Database;
}
namespace account {
class AccountError;
class CreditAccount;
}  // namespace account

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

// The Sonara account service could not do what was asked: it cannot be reached (and, for an
// export, the offline lease is short), or it refused (a wrong password, an ended sign-in).
class AccountServiceError : public Error {
public:
    enum class Kind { Unreachable, Refused };
    AccountServiceError(Kind kind, const QString& message);
    Kind kind() const { return kind_; }

private:
    Kind kind_;
};

// The AccountServiceError that tells a user what an account failure means.
AccountServiceError accountServiceError(const account::AccountError& error);

// The credit rule of DESIGN.md: experimenting is free, exporting or downloading processed audio
// costs its duration in seconds, rounded up. Signed in to a Sonara account, exports are charged
// to it (online to the service's ledger, offline to the lease); signed out, to the local ledger
// (`credit_entries`). Either way every charge leaves an entry here under its idempotency key,
// so the same result is never charged twice. The studio, the local API and the CLI all charge
// through here.
class CreditPolicy {
public:
    // Seconds granted once per data directory, so a fresh install can export before it has an
    // account; recorded in the ledger as a `grant` like any other.
    static constexpr qint64 kLocalStarterGrantSeconds = 30 * 60;

    // `account` may be null: then only the local ledger is used.
    explicit CreditPolicy(store::Database& database, account::CreditAccount* account = nullptr);

    // The signed-in account's last known balance plus its offline lease, or the local balance.
    qint64 balanceSeconds() const;
    bool chargesAccount() const;
    // What exporting `durationSeconds` of audio costs.
    static qint64 costSeconds(double durationSeconds);

    // Appends an entry unless one with the same idempotency key exists; returns whether it did.
    bool record(const QString& kind, qint64 seconds, const QString& idempotencyKey,
                const QString& details = QStringLiteral("{}"));
    // Whether an export under this key was charged already (exporting it again is free).
    bool isCharged(const QString& idempotencyKey) const;
    // Records the starter grant the first time a data directory is used.
    void ensureStarterGrant();

    // Charges `durationSeconds` of exported audio once per idempotency key (downloading the same
    // result again is free). Throws InsufficientCreditsError, changing nothing, when the balance
    // is too low, and AccountServiceError when the account cannot pay now. Locally the read
    // and the write share one BEGIN IMMEDIATE transaction, so concurrent exports never drive the
    // balance below zero (the service guarantees the same for the account). Returns the seconds
    // charged now. `capability` is what the account's usage statistics file it under.
    qint64 charge(double durationSeconds, const QString& idempotencyKey,
                  const QString& details = QStringLiteral("{}"),
                  const QString& capability = QStringLiteral("export"));

private:
    qint64 chargeAccount(qint64 cost, const QString& idempotencyKey, const QString& details,
                         const QString& capability);

    store::Database& database_;
    account::CreditAccount* account_;
};

}  // namespace sonara::core
