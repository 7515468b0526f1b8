#include "app/cloud/purchases.h"

#include "app/cloud/cloud_database.h"
#include "app/cloud/cloud_support.h"
#include "app/cloud/ledger.h"

#include <algorithm>

namespace sonara::cloud {

bool PlanTerms::chargedBy(qint64 amount, const QString& chargeCurrency) const {
    return amount == priceCents && chargeCurrency.compare(currency, Qt::CaseInsensitive) == 0;
}

QJsonObject Reversal::toJson() const {
    return {{QStringLiteral("received"), true},
            {QStringLiteral("reversed_seconds"), reversedSeconds},
            {QStringLiteral("reason"), reason}};
}

QJsonObject CreditOutcome::toJson() const {
    QJsonObject answer{{QStringLiteral("received"), true},
                       {QStringLiteral("credited"), credited},
                       {QStringLiteral("reason"), reason}};
    if (!duplicateOf.isEmpty()) {
        answer.insert(QStringLiteral("duplicate_of"), duplicateOf);
    }
    return answer;
}

Purchases::Purchases(const CloudDatabase& database) : database_(database) {}

Purchases::PlanCredit Purchases::oneOffSeconds(const PaidCharge& charge) {
    return [charge](WriteTransaction& transaction, const PlanTerms& plan, const QString&) {
        creditSeconds(transaction, charge.accountId, plan.seconds,
                      charge.provider + QLatin1Char(':') + charge.eventId, charge.planId);
        return QString();
    };
}

CreditOutcome Purchases::creditOnce(const PaidCharge& charge, const PlanCredit& credit) {
    CreditOutcome outcome;
    WriteTransaction transaction(database_);
    if (eventSeen(transaction, charge.provider, charge.eventId)) {
        outcome.reason = QStringLiteral("event already processed");
        return outcome;
    }
    const bool accountKnown = accountExists(transaction, charge.accountId);
    const std::optional<PlanTerms> plan = Purchases::plan(transaction, charge.planId);
    const QString paymentRef = charge.paymentRef.isEmpty() ? charge.eventId : charge.paymentRef;
    if (!accountKnown || !plan) {
        outcome.reason = QStringLiteral("unknown account or plan");
    } else if (!plan->chargedBy(charge.amount, charge.currency)) {
        outcome.reason = QStringLiteral("amount or currency does not match the plan");
    } else {
        // Under the account's lock, a concurrent event for the same payment waits here and
        // then finds the purchase this one recorded.
        transaction.lockAccount(charge.accountId);
        Rows existing = transaction.select(
            QStringLiteral("SELECT id FROM purchases WHERE provider = ? AND payment_ref = ?"),
            {charge.provider, paymentRef});
        if (existing.next()) {
            outcome.duplicateOf = existing.text("id");
            outcome.reason =
                QStringLiteral("payment already credited by purchase %1").arg(outcome.duplicateOf);
        } else {
            outcome.reason = credit(transaction, *plan, paymentRef);
            outcome.credited = outcome.reason.isEmpty();
        }
        if (outcome.credited) {
            setAccountPlan(transaction, charge.accountId, charge.planId);
            record(transaction, {charge.accountId, charge.provider, paymentRef, charge.planId,
                                 charge.amount, charge.currency, plan->seconds});
        }
    }
    // Every verified event is recorded, credited or not, so that retries are answered alike.
    if (!recordEvent(transaction, charge.provider, charge.eventId,
                     accountKnown ? QVariant(charge.accountId) : QVariant(),
                     outcome.duplicateOf.isEmpty() ? QVariant() : QVariant(outcome.duplicateOf))) {
        return {false, QStringLiteral("event already processed"), {}};
    }
    transaction.commit();
    return outcome;
}

bool Purchases::eventSeen(WriteTransaction& transaction, const QString& provider,
                          const QString& eventId) {
    Rows seen = transaction.select(
        QStringLiteral("SELECT 1 AS seen FROM payment_events WHERE provider = ? AND event_id = ?"),
        {provider, eventId});
    return seen.next();
}

bool Purchases::recordEvent(WriteTransaction& transaction, const QString& provider,
                            const QString& eventId, const QVariant& accountId,
                            const QVariant& duplicateOf) {
    return transaction.tryExec(
        QStringLiteral("INSERT INTO payment_events (provider, event_id, account_id, "
                       "received_at, duplicate_of) VALUES (?, ?, ?, ?, ?)"),
        {provider, eventId, accountId, now(), duplicateOf});
}

QString Purchases::chargeNamespace(const QString& provider) {
    return provider == QStringLiteral("stripe") ? QStringLiteral("stripe-invoice")
                                                : provider + QStringLiteral("-payment");
}

QString Purchases::refundNamespace(const QString& provider) {
    return provider + QStringLiteral("-refund");
}

bool Purchases::accountExists(WriteTransaction& transaction, const QString& accountId) {
    Rows account =
        transaction.select(QStringLiteral("SELECT id FROM accounts WHERE id = ?"), {accountId});
    return account.next();
}

std::optional<PlanTerms> Purchases::plan(WriteTransaction& transaction, const QString& planId) {
    Rows plan = transaction.select(
        QStringLiteral(
            "SELECT price_cents, currency, seconds, interval_months FROM plans WHERE id = ?"),
        {planId});
    if (!plan.next()) {
        return std::nullopt;
    }
    return PlanTerms{planId, plan.integer("price_cents"), plan.text("currency"),
                     plan.integer("seconds"), static_cast<int>(plan.integer("interval_months"))};
}

void Purchases::creditSeconds(WriteTransaction& transaction, const QString& accountId,
                              qint64 seconds, const QString& key, const QString& reference) {
    transaction.exec(QStringLiteral("INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                                    "idempotency_key, reference, created_at) VALUES (?, ?, "
                                    "'purchase', ?, ?, ?, ?)"),
                     {newId(), accountId, seconds, key, reference, now()});
}

void Purchases::record(WriteTransaction& transaction, const Purchase& purchase) {
    transaction.exec(
        QStringLiteral("INSERT INTO purchases (id, account_id, provider, payment_ref, plan_id, "
                       "amount, currency, seconds, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?)"),
        {newId(), purchase.accountId, purchase.provider, purchase.paymentRef, purchase.planId,
         purchase.amount, purchase.currency.toLower(), purchase.seconds, now()});
}

void Purchases::setAccountPlan(WriteTransaction& transaction, const QString& accountId,
                               const QString& planId) {
    transaction.exec(QStringLiteral("UPDATE accounts SET plan_id = ? WHERE id = ?"),
                     {planId, accountId});
}

Reversal Purchases::reverse(const Refund& refund, const RefundRecord& alsoRecord) {
    Reversal reversal;
    if (refund.amount < 0) {
        reversal.reason = QStringLiteral("the event carries no refund amount");
        return reversal;
    }
    WriteTransaction transaction(database_);
    if (eventSeen(transaction, refund.provider, refund.eventId)) {
        reversal.reason = QStringLiteral("event already processed");
        return reversal;
    }
    // The refund id comes from the signed body; an event id may not (Razorpay's header), so a
    // refund delivered again under another event id is known by its own id.
    const QString refundKey = refund.refundId.isEmpty() ? refund.eventId : refund.refundId;
    if (eventSeen(transaction, refundNamespace(refund.provider), refundKey)) {
        if (!recordEvent(transaction, refund.provider, refund.eventId, QVariant())) {
            return {0, QStringLiteral("event already processed")};
        }
        const Reversal already{0, QStringLiteral("refund already applied")};
        if (alsoRecord) {
            alsoRecord(transaction, already);
        }
        transaction.commit();
        return already;
    }
    Rows purchase = transaction.select(
        QStringLiteral("SELECT id, account_id, amount, seconds, refunded_amount, refunded_seconds "
                       "FROM purchases WHERE provider = ? AND payment_ref = ?"),
        {refund.provider, refund.paymentRef});
    QVariant accountId;
    if (!purchase.next()) {
        reversal.reason = QStringLiteral("no purchase for this payment");
    } else {
        accountId = purchase.value("account_id");
        const qint64 amount = purchase.integer("amount");
        const qint64 seconds = purchase.integer("seconds");
        const qint64 reversedBefore = purchase.integer("refunded_seconds");
        const qint64 total = std::clamp<qint64>(
            refund.cumulative ? refund.amount : purchase.integer("refunded_amount") + refund.amount,
            0, amount);
        // Seconds are reversed in proportion to the money; a partial refund rounds in the
        // customer's favour.
        const qint64 owed = amount > 0 ? seconds * total / amount : 0;
        const qint64 due = owed - reversedBefore;
        transaction.lockAccount(accountId.toString());
        const qint64 available = Ledger::balance(transaction, accountId.toString());
        reversal.reversedSeconds = std::clamp<qint64>(due, 0, available);
        const qint64 shortfall = std::max<qint64>(due, 0) - reversal.reversedSeconds;
        if (reversal.reversedSeconds > 0) {
            transaction.exec(
                QStringLiteral(
                    "INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                    "idempotency_key, reference, created_at) VALUES (?, ?, 'refund', ?, ?, "
                    "?, ?)"),
                {newId(), accountId, -reversal.reversedSeconds,
                 refund.provider + QLatin1Char(':') + refundKey, refund.paymentRef, now()});
        }
        transaction.exec(
            QStringLiteral("UPDATE purchases SET refunded_amount = ?, refunded_seconds = ?, "
                           "shortfall_seconds = shortfall_seconds + ? WHERE id = ?"),
            {total, std::max(owed, reversedBefore), shortfall, purchase.text("id")});
        reversal.reason =
            shortfall > 0
                ? QStringLiteral("balance too low: %1 seconds recorded as shortfall").arg(shortfall)
                : QString();
    }
    if (!recordEvent(transaction, refund.provider, refund.eventId, accountId) ||
        !recordEvent(transaction, refundNamespace(refund.provider), refundKey, accountId)) {
        return {0, QStringLiteral("event already processed")};
    }
    if (alsoRecord) {
        alsoRecord(transaction, reversal);
    }
    transaction.commit();
    return reversal;
}

}  // namespace sonara::cloud
