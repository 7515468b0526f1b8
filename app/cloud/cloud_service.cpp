#include "app/cloud/cloud_service.h"

#include "app/cloud/mail_sender.h"
#include "app/cloud/problem.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sonara::cloud {
namespace {

using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

constexpr qint64 kMaxSeconds = 1000LL * 3600;
constexpr qint64 kStripeToleranceSeconds = 300;
constexpr qint64 kMaxLeaseValidSeconds = 30LL * 24 * 3600;
constexpr qint64 kDefaultLeaseValidSeconds = 7LL * 24 * 3600;
constexpr qint64 kLicenceSeconds = 30LL * 24 * 3600;
constexpr qint64 kDeferredEventSeconds = 30LL * 24 * 3600;
constexpr char kApiKeyPrefix[] = "sk_sonara_";
const QStringList kApiKeyScopes{QStringLiteral("read"), QStringLiteral("usage")};

qint64 now() {
    return QDateTime::currentSecsSinceEpoch();
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QHttpServerResponse json(const QJsonObject& body, Status status = Status::Ok) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

HttpError invalid(const QString& field, const QString& detail) {
    return HttpError(Status::UnprocessableEntity, QStringLiteral("Invalid request"), detail, field);
}

QJsonObject parseBody(const QHttpServerRequest& request, qint64 limit) {
    const QByteArray body = request.body();
    if (body.size() > limit) {
        throw HttpError(Status::PayloadTooLarge, QStringLiteral("Request too large"),
                        QStringLiteral("the body is %1 bytes; the limit is %2 bytes")
                            .arg(body.size())
                            .arg(limit));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        throw HttpError(Status::BadRequest, QStringLiteral("Malformed request"),
                        QStringLiteral("the body must be a JSON object (%1)")
                            .arg(error.error != QJsonParseError::NoError
                                     ? error.errorString()
                                     : QStringLiteral("got another JSON value")));
    }
    return document.object();
}

// `prefix` names where the object sits in the body ("usage[3]."), for the field and message.
QString requireString(const QJsonObject& body, const QString& key, int maxLength = 256,
                      const QString& prefix = {}) {
    const QString field = prefix + key;
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull()) {
        throw invalid(field, QStringLiteral("'%1' is required").arg(field));
    }
    if (!value.isString()) {
        throw invalid(field, QStringLiteral("'%1' must be a string").arg(field));
    }
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > maxLength) {
        throw invalid(
            field,
            QStringLiteral("'%1' must be 1 to %2 characters long").arg(field).arg(maxLength));
    }
    return text;
}

qint64 requireInteger(const QJsonObject& body, const QString& key, qint64 min, qint64 max,
                      std::optional<qint64> fallback = std::nullopt, const QString& prefix = {}) {
    const QString field = prefix + key;
    const QJsonValue value = body.value(key);
    if ((value.isUndefined() || value.isNull()) && fallback) {
        return *fallback;
    }
    if (value.isUndefined() || value.isNull()) {
        throw invalid(field, QStringLiteral("'%1' is required").arg(field));
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number) {
        throw invalid(field, QStringLiteral("'%1' must be a whole number").arg(field));
    }
    // Compared as doubles first: converting an out-of-range double to an integer is undefined.
    if (number < static_cast<double>(min) || number > static_cast<double>(max)) {
        throw invalid(
            field, QStringLiteral("'%1' must be between %2 and %3").arg(field).arg(min).arg(max));
    }
    return static_cast<qint64>(number);
}

// A whole number from a provider's JSON, or -1 when it is absent or not one.
qint64 providerInteger(const QJsonValue& value) {
    const double number = value.toDouble(-1);
    if (!value.isDouble() || std::trunc(number) != number || number < 0 || number > 1e15) {
        return -1;
    }
    return static_cast<qint64>(number);
}

QString hashToken(const QByteArray& token) {
    return QString::fromLatin1(crypto::sha256(token).toHex());
}

QJsonObject entryToJson(const QSqlQuery& query) {
    return QJsonObject{
        {QStringLiteral("id"), query.value(0).toString()},
        {QStringLiteral("kind"), query.value(1).toString()},
        {QStringLiteral("seconds"), query.value(2).toLongLong()},
        {QStringLiteral("capability"),
         query.value(3).isNull() ? QJsonValue() : QJsonValue(query.value(3).toString())},
        {QStringLiteral("reference"),
         query.value(4).isNull() ? QJsonValue() : QJsonValue(query.value(4).toString())},
        {QStringLiteral("created_at"), query.value(5).toLongLong()}};
}

qint64 sumLedger(WriteTransaction& transaction, const QString& accountId) {
    QSqlQuery query = transaction.exec(
        QStringLiteral("SELECT CAST(COALESCE(SUM(seconds), 0) AS BIGINT) FROM ledger_entries "
                       "WHERE account_id = ?"),
        {accountId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

const QStringList& commonPasswords() {
    static const QStringList list{QStringLiteral("password"),     QStringLiteral("password1"),
                                  QStringLiteral("password123"),  QStringLiteral("1234567890"),
                                  QStringLiteral("123456789"),    QStringLiteral("12345678"),
                                  QStringLiteral("qwertyuiop"),   QStringLiteral("1q2w3e4r5t"),
                                  QStringLiteral("iloveyou12"),   QStringLiteral("letmein123"),
                                  QStringLiteral("welcome123"),   QStringLiteral("passw0rd"),
                                  QStringLiteral("qwerty123"),    QStringLiteral("abc1234567"),
                                  QStringLiteral("0987654321"),   QStringLiteral("administrator"),
                                  QStringLiteral("password1234"), QStringLiteral("1111111111")};
    return list;
}

void logLine(const QJsonObject& fields) {
    QJsonObject line = fields;
    line.insert(QStringLiteral("time"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    std::fprintf(stderr, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
}

void checkPassword(const QString& password, const QString& email) {
    if (password.size() < 10) {
        throw invalid(QStringLiteral("password"),
                      QStringLiteral("the password is too short: use at least 10 characters"));
    }
    if (password.size() > 128) {
        throw invalid(QStringLiteral("password"),
                      QStringLiteral("the password is too long: use at most 128 characters"));
    }
    if (commonPasswords().contains(password.toLower()) || password.toLower() == email ||
        password.count(password.at(0)) == password.size()) {
        throw invalid(QStringLiteral("password"),
                      QStringLiteral("the password is too easy to guess: choose a longer phrase "
                                     "that is not your email or a common password"));
    }
}

}  // namespace

CloudService::CloudService(CloudConfig config, QObject* parent)
    : QObject(parent),
      config_(std::move(config)),
      database_(std::make_unique<CloudDatabase>(config_.dataDir, config_.databaseUrl)),
      jwt_(config_.jwtSecret, config_.accessTokenSeconds, config_.jwtPreviousSecrets),
      signer_(config_.signingSeed),
      loginsPerAccount_(*database_, QStringLiteral("login-account"), config_.loginsPerAccount,
                        config_.loginWindowSeconds),
      apiKeyRequests_(*database_, QStringLiteral("api-key"), config_.apiKeyRequestsPerMinute, 60),
      loginsPerAddress_(*database_, QStringLiteral("login-address"), config_.loginsPerAddress,
                        config_.loginWindowSeconds),
      network_(std::make_unique<QNetworkAccessManager>()),
      server_(std::make_unique<QHttpServer>()) {
    addRoutes();
    scheduler_.setInterval(config_.schedulerIntervalMs);
    connect(&scheduler_, &QTimer::timeout, this, [this] {
        try {
            runScheduledResets(now());
        } catch (const std::exception& error) {
            logLine({{QStringLiteral("level"), QStringLiteral("error")},
                     {QStringLiteral("message"), QStringLiteral("subscription resets failed: %1")
                                                     .arg(QString::fromUtf8(error.what()))}});
        }
        try {
            runHousekeeping(now());
        } catch (const std::exception& error) {
            logLine(
                {{QStringLiteral("level"), QStringLiteral("error")},
                 {QStringLiteral("message"),
                  QStringLiteral("housekeeping failed: %1").arg(QString::fromUtf8(error.what()))}});
        }
        try {
            runLeaseExpiry(now());
        } catch (const std::exception& error) {
            logLine(
                {{QStringLiteral("level"), QStringLiteral("error")},
                 {QStringLiteral("message"),
                  QStringLiteral("lease expiry failed: %1").arg(QString::fromUtf8(error.what()))}});
        }
        if (config_.smtpUrl.isValid() && (!mailThread_ || mailThread_->isFinished())) {
            mailThread_.reset(QThread::create([this] {
                try {
                    deliverOutbox();
                } catch (const std::exception& error) {
                    logLine({{QStringLiteral("level"), QStringLiteral("error")},
                             {QStringLiteral("message"), QString::fromUtf8(error.what())}});
                }
            }));
            mailThread_->start();
        }
    });
    scheduler_.start();
}

namespace {

qint64 periodStart(qint64 anchor, int period, int months) {
    return QDateTime::fromSecsSinceEpoch(anchor, Qt::UTC)
        .addMonths(period * months)
        .toSecsSinceEpoch();
}

}  // namespace

void CloudService::grantPeriod(WriteTransaction& transaction, const QString& subscriptionId,
                               const QString& accountId, qint64 allowance, int months,
                               qint64 anchor, int period) {
    qint64 seconds = allowance;
    if (period > 0) {
        // The allowance is spent before bought minutes; what is left of the last period's
        // allowance lapses (never more than the balance), then the new one is granted.
        const qint64 from = periodStart(anchor, period - 1, months);
        const qint64 to = periodStart(anchor, period, months);
        QSqlQuery spent = transaction.exec(
            QStringLiteral("SELECT CAST(COALESCE(-SUM(seconds), 0) AS BIGINT) FROM ledger_entries "
                           "WHERE account_id = ? AND kind IN ('usage', 'lease', 'lease-settle') "
                           "AND created_at >= ? AND created_at < ?"),
            {accountId, from, to});
        const qint64 used = spent.next() ? spent.value(0).toLongLong() : 0;
        // The last period's own allowance: the plan may have changed since it was granted.
        QSqlQuery granted = transaction.exec(
            QStringLiteral("SELECT granted_seconds FROM subscriptions WHERE id = ?"),
            {subscriptionId});
        const qint64 lastAllowance = granted.next() && !granted.value(0).isNull()
                                         ? granted.value(0).toLongLong()
                                         : allowance;
        const qint64 unused = std::max<qint64>(0, lastAllowance - used);
        seconds = allowance - std::min(unused, sumLedger(transaction, accountId));
    }
    transaction.tryExec(
        QStringLiteral(
            "INSERT INTO ledger_entries (id, account_id, kind, seconds, idempotency_key, "
            "reference, created_at) VALUES (?, ?, 'reset', ?, ?, ?, ?)"),
        {newId(), accountId, seconds, QStringLiteral("reset:%1:%2").arg(subscriptionId).arg(period),
         subscriptionId, now()});
    transaction.exec(QStringLiteral("UPDATE subscriptions SET periods_granted = ?, granted_seconds "
                                    "= ? WHERE id = ? AND periods_granted = ?"),
                     {period + 1, allowance, subscriptionId, period});
}

int CloudService::runScheduledResets(qint64 at) {
    QSqlQuery due = database_->exec(QStringLiteral(
        "SELECT s.id, s.account_id, s.anchor, p.interval_months, p.seconds FROM subscriptions s "
        "JOIN plans p ON p.id = s.plan_id WHERE s.status = 'active' AND s.past_due_since IS NULL "
        "AND p.interval_months > 0"));
    struct Due {
        QString id, accountId;
        qint64 anchor, seconds;
        int months;
    };
    QList<Due> subscriptions;
    while (due.next()) {
        subscriptions.append({due.value(0).toString(), due.value(1).toString(),
                              due.value(2).toLongLong(), due.value(4).toLongLong(),
                              due.value(3).toInt()});
    }
    int applied = 0;
    for (const Due& subscription : subscriptions) {
        while (true) {
            WriteTransaction transaction(*database_);
            transaction.lockAccount(subscription.accountId);
            // Re-read under the lock: another instance may have applied this period already.
            QSqlQuery granted = transaction.exec(
                QStringLiteral(
                    "SELECT periods_granted, paid_periods FROM subscriptions WHERE id = ? AND "
                    "status = 'active' AND past_due_since IS NULL"),
                {subscription.id});
            if (!granted.next()) {
                break;
            }
            const int period = granted.value(0).toInt();
            // A period not yet paid waits for its invoice; the webhook runs this again.
            if (periodStart(subscription.anchor, period, subscription.months) > at ||
                period >= granted.value(1).toInt()) {
                break;
            }
            grantPeriod(transaction, subscription.id, subscription.accountId, subscription.seconds,
                        subscription.months, subscription.anchor, period);
            transaction.commit();
            ++applied;
        }
    }
    return applied;
}

void CloudService::startSubscription(WriteTransaction& transaction, const QString& provider,
                                     const QString& subscriptionRef, const QString& accountId,
                                     const QString& planId, qint64 allowance, int months) {
    // Its first period is paid and granted now, the rest by the scheduler as they are paid.
    const QString subscriptionId = newId();
    transaction.exec(
        QStringLiteral("INSERT INTO subscriptions (id, account_id, plan_id, provider, "
                       "provider_ref, status, anchor, paid_periods, created_at) VALUES "
                       "(?, ?, ?, ?, ?, 'active', ?, 1, ?)"),
        {subscriptionId, accountId, planId, provider, subscriptionRef, now(), now()});
    grantPeriod(transaction, subscriptionId, accountId, allowance, months, now(), 0);
}

struct SubscriptionRow {
    QString id, accountId, planId, status;
    bool pastDue = false;
    qint64 statusAt = 0;
    // The plan's price and allowance.
    qint64 priceCents = 0;
    QString currency;
    qint64 seconds = 0;
    int months = 0;
    // The provider's time of the last plan change applied.
    qint64 planAt = 0;
};

namespace {

std::optional<SubscriptionRow> findSubscription(WriteTransaction& transaction,
                                                const QString& provider, const QString& ref) {
    QSqlQuery row = transaction.exec(
        QStringLiteral("SELECT s.id, s.account_id, s.plan_id, s.status, s.past_due_since, "
                       "s.status_at, p.price_cents, p.currency, p.seconds, p.interval_months, "
                       "s.plan_at FROM subscriptions s JOIN plans p ON p.id = s.plan_id WHERE "
                       "s.provider = ? AND s.provider_ref = ?"),
        {provider, ref});
    if (ref.isEmpty() || !row.next()) {
        return std::nullopt;
    }
    return SubscriptionRow{
        row.value(0).toString(),   row.value(1).toString(),   row.value(2).toString(),
        row.value(3).toString(),   !row.value(4).isNull(),    row.value(5).toLongLong(),
        row.value(6).toLongLong(), row.value(7).toString(),   row.value(8).toLongLong(),
        row.value(9).toInt(),      row.value(10).toLongLong()};
}

// The renewing plan a Stripe price bills: the one its metadata names, else the only active
// plan of that price and interval (the subscription's own when it is one of several).
std::optional<QString> planForPrice(WriteTransaction& transaction,
                                    const SubscriptionEvent::Price& price,
                                    const QString& currentPlanId) {
    if (!price.planId.isEmpty()) {
        QSqlQuery named = transaction.exec(
            QStringLiteral("SELECT id FROM plans WHERE id = ? AND interval_months > 0"),
            {price.planId});
        return named.next() ? std::optional<QString>(named.value(0).toString()) : std::nullopt;
    }
    QSqlQuery matching = transaction.exec(
        QStringLiteral("SELECT id FROM plans WHERE price_cents = ? AND LOWER(currency) = ? AND "
                       "interval_months = ? AND active = 1"),
        {price.amount, price.currency.toLower(), price.months});
    QStringList ids;
    while (matching.next()) {
        ids.append(matching.value(0).toString());
    }
    if (ids.contains(currentPlanId)) {
        return currentPlanId;
    }
    return ids.size() == 1 ? std::optional<QString>(ids.first()) : std::nullopt;
}

// False when another instance took the waiting event first.
bool takeDeferredEvent(WriteTransaction& transaction, const SubscriptionEvent& event) {
    return transaction
               .exec(QStringLiteral(
                         "DELETE FROM deferred_events WHERE provider = ? AND event_id = ?"),
                     {event.provider, event.eventId})
               .numRowsAffected() == 1;
}

bool eventSeen(WriteTransaction& transaction, const QString& provider, const QString& eventId) {
    QSqlQuery seen = transaction.exec(
        QStringLiteral("SELECT 1 FROM payment_events WHERE provider = ? AND event_id = ?"),
        {provider, eventId});
    return seen.next();
}

// The payment_events namespace that keeps one charge from paying twice under two event ids.
QString chargeNamespace(const QString& provider) {
    return provider == QStringLiteral("stripe") ? QStringLiteral("stripe-invoice")
                                                : provider + QStringLiteral("-payment");
}

bool amountMatches(const SubscriptionEvent& event, qint64 price, const QString& currency) {
    return event.amount == price && event.currency.compare(currency, Qt::CaseInsensitive) == 0;
}

// A state change older than the last one applied is stale: providers do not order deliveries.
bool isStale(const SubscriptionEvent& event, const SubscriptionRow& subscription) {
    return event.createdAt < subscription.statusAt;
}

}  // namespace

QJsonObject CloudService::outcomeToJson(const SubscriptionOutcome& outcome) {
    QJsonObject body{{QStringLiteral("received"), true},
                     {QStringLiteral("credited"), outcome.credited},
                     {QStringLiteral("reason"), outcome.reason}};
    if (outcome.deferred) {
        body.insert(QStringLiteral("deferred"), true);
    }
    if (outcome.cancelled) {
        body.insert(QStringLiteral("cancelled"), true);
    }
    if (!outcome.plan.isEmpty()) {
        body.insert(QStringLiteral("plan"), outcome.plan);
    }
    return body;
}

CloudService::SubscriptionOutcome CloudService::handleSubscriptionEvent(
    const SubscriptionEvent& event, const QByteArray& body, bool deferredBefore) {
    if (event.eventId.isEmpty()) {
        throw HttpError(Status::BadRequest, QStringLiteral("Malformed event"),
                        QStringLiteral("the event has no id"));
    }
    WriteTransaction transaction(*database_);
    if (deferredBefore && !takeDeferredEvent(transaction, event)) {
        return SubscriptionOutcome::unchanged(
            QStringLiteral("already applied by another instance"));
    }
    if (eventSeen(transaction, event.provider, event.eventId)) {
        return SubscriptionOutcome::unchanged(QStringLiteral("event already processed"));
    }
    SubscriptionOutcome outcome;
    const std::optional<SubscriptionRow> subscription =
        findSubscription(transaction, event.provider, event.subscriptionRef);
    if (subscription) {
        outcome = applyToSubscription(transaction, *subscription, event);
    } else if (event.kind == SubscriptionEvent::Kind::Paid && !event.accountId.isEmpty()) {
        outcome = startProviderSubscription(transaction, event);
    } else if (!event.subscriptionRef.isEmpty() && !deferredBefore) {
        return deferEvent(transaction, event, body);
    } else {
        outcome.reason = QStringLiteral("the event names no subscription of this service");
    }
    // Every verified event is recorded, applied or not, so that retries are answered alike.
    if (!transaction.tryExec(
            QStringLiteral("INSERT INTO payment_events (provider, event_id, "
                           "account_id, received_at) VALUES (?, ?, ?, ?)"),
            {event.provider, event.eventId,
             subscription ? QVariant(subscription->accountId) : QVariant(), now()})) {
        return SubscriptionOutcome::unchanged(QStringLiteral("event already processed"));
    }
    transaction.commit();
    if (outcome.renew) {
        // The period this pays is usually due already: grant it now, not at the next tick.
        runScheduledResets(now());
    }
    if (!subscription && outcome.credited) {
        // Its own events that arrived before its first charge can be applied now.
        applyDeferredEvents();
    }
    return outcome;
}

CloudService::SubscriptionOutcome CloudService::deferEvent(WriteTransaction& transaction,
                                                           const SubscriptionEvent& event,
                                                           const QByteArray& body) {
    const bool waiting = !transaction.tryExec(
        QStringLiteral("INSERT INTO deferred_events (provider, event_id, subscription_ref, body, "
                       "received_at) VALUES (?, ?, ?, ?, ?)"),
        {event.provider, event.eventId, event.subscriptionRef, QString::fromUtf8(body), now()});
    transaction.commit();
    // The subscription may have been recorded since this transaction looked for it.
    applyDeferredEvents();
    SubscriptionOutcome outcome = SubscriptionOutcome::unchanged(
        waiting ? QStringLiteral("already waiting for its subscription")
                : QStringLiteral("the subscription is not known yet: the event is kept and "
                                 "applied once its checkout completes"));
    outcome.deferred = true;
    return outcome;
}

int CloudService::applyDeferredEvents() {
    QSqlQuery ready = database_->exec(QStringLiteral(
        "SELECT d.provider, d.event_id, d.body FROM deferred_events d JOIN subscriptions s ON "
        "s.provider = d.provider AND s.provider_ref = d.subscription_ref"));
    QList<QPair<SubscriptionEvent, QByteArray>> events;
    while (ready.next()) {
        const QString provider = ready.value(0).toString();
        const QByteArray body = ready.value(2).toString().toUtf8();
        const QJsonObject event = QJsonDocument::fromJson(body).object();
        const auto parsed = provider == QStringLiteral("stripe")
                                ? stripeSubscriptionEvent(event, 0)
                                : razorpaySubscriptionEvent(event, ready.value(1).toString(), 0);
        if (parsed) {
            events.append({*parsed, body});
        }
    }
    // In the providers' order, so a failure followed by its retry's success ends paid.
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) {
        return a.first.createdAt < b.first.createdAt;
    });
    int applied = 0;
    for (const auto& [event, body] : events) {
        handleSubscriptionEvent(event, body, true);
        ++applied;
    }
    return applied;
}

CloudService::SubscriptionOutcome CloudService::applyToSubscription(
    WriteTransaction& transaction, const SubscriptionRow& subscription,
    const SubscriptionEvent& event) {
    using Kind = SubscriptionEvent::Kind;
    if (subscription.status == QStringLiteral("cancelled")) {
        if (event.kind == Kind::Paid) {
            return creditCancelledCharge(transaction, subscription, event);
        }
        return SubscriptionOutcome::unchanged(QStringLiteral("the subscription is cancelled"));
    }
    transaction.lockAccount(subscription.accountId);
    switch (event.kind) {
        case Kind::Paid:
            return applyPayment(transaction, subscription, event);
        case Kind::PaymentFailed:
        case Kind::Reactivated: {
            // An update carries the whole state: its plan and its status apply each on their
            // own, each unless a newer one was applied.
            const QString plan = changePlan(transaction, subscription, event);
            SubscriptionOutcome outcome =
                setPastDue(transaction, subscription, event, event.kind == Kind::PaymentFailed);
            if (!plan.isEmpty()) {
                outcome.plan = plan;
                outcome.reason = QStringLiteral("plan changed to %1 from the next period; %2")
                                     .arg(plan, outcome.reason);
            }
            return outcome;
        }
        case Kind::Cancelled:
            transaction.exec(QStringLiteral("UPDATE subscriptions SET status = 'cancelled', "
                                            "past_due_since = NULL, status_at = ? WHERE id = ?"),
                             {event.createdAt, subscription.id});
            SubscriptionOutcome outcome =
                SubscriptionOutcome::unchanged(QStringLiteral("subscription cancelled"));
            outcome.cancelled = true;
            return outcome;
    }
    return {};
}

CloudService::SubscriptionOutcome CloudService::setPastDue(WriteTransaction& transaction,
                                                           const SubscriptionRow& subscription,
                                                           const SubscriptionEvent& event,
                                                           bool pastDue) {
    if (isStale(event, subscription)) {
        return SubscriptionOutcome::unchanged(QStringLiteral("a newer state was already applied"));
    }
    transaction.exec(
        pastDue ? QStringLiteral("UPDATE subscriptions SET past_due_since = COALESCE("
                                 "past_due_since, ?), status_at = ? WHERE id = ?")
                : QStringLiteral("UPDATE subscriptions SET past_due_since = NULL, status_at = ? "
                                 "WHERE id = ?"),
        pastDue ? QVariantList{now(), event.createdAt, subscription.id}
                : QVariantList{event.createdAt, subscription.id});
    if (pastDue) {
        logLine({{QStringLiteral("level"), QStringLiteral("warning")},
                 {QStringLiteral("message"),
                  QStringLiteral("subscription %1 is past due: its allowance is not renewed "
                                 "until a payment arrives")
                      .arg(event.subscriptionRef.left(64))}});
        return SubscriptionOutcome::unchanged(
            QStringLiteral("payment failed: the subscription is past due and its allowance "
                           "is not renewed until it is paid"));
    }
    SubscriptionOutcome outcome =
        SubscriptionOutcome::unchanged(QStringLiteral("subscription active"));
    outcome.renew = subscription.pastDue;
    return outcome;
}

QString CloudService::changePlan(WriteTransaction& transaction, const SubscriptionRow& subscription,
                                 const SubscriptionEvent& event) {
    if (!event.price || event.createdAt < subscription.planAt) {
        return {};
    }
    const std::optional<QString> planId =
        planForPrice(transaction, *event.price, subscription.planId);
    const QString ref = event.subscriptionRef.left(64);
    if (!planId) {
        logLine({{QStringLiteral("level"), QStringLiteral("warning")},
                 {QStringLiteral("message"),
                  QStringLiteral("subscription %1 now bills a price that matches no plan, or "
                                 "several: its plan is kept; set the price's metadata "
                                 "sonara_plan_id")
                      .arg(ref)}});
        return {};
    }
    QSqlQuery plan = transaction.exec(
        QStringLiteral("SELECT interval_months FROM plans WHERE id = ?"), {*planId});
    if (!plan.next() || plan.value(0).toInt() != subscription.months) {
        // Periods are counted from the anchor in the plan's interval; another interval would
        // move every period boundary.
        logLine({{QStringLiteral("level"), QStringLiteral("warning")},
                 {QStringLiteral("message"),
                  QStringLiteral("subscription %1 moved to plan %2 of another billing interval: "
                                 "its plan is kept; cancel it and start a new one")
                      .arg(ref, *planId)}});
        return {};
    }
    // Recorded even when the plan is the same, so that an older update delivered late cannot
    // bring back a plan this one replaced. The current period keeps the allowance it was
    // granted; the next reset grants the new plan's, and the next invoice is checked against
    // its price.
    transaction.exec(
        QStringLiteral("UPDATE subscriptions SET plan_id = ?, plan_at = ? WHERE id = ?"),
        {*planId, event.createdAt, subscription.id});
    if (*planId == subscription.planId) {
        return {};
    }
    transaction.exec(QStringLiteral("UPDATE accounts SET plan_id = ? WHERE id = ?"),
                     {*planId, subscription.accountId});
    logLine({{QStringLiteral("level"), QStringLiteral("info")},
             {QStringLiteral("message"),
              QStringLiteral("subscription %1 moves from plan %2 to %3 at its next period")
                  .arg(ref, subscription.planId, *planId)}});
    return *planId;
}

CloudService::SubscriptionOutcome CloudService::creditCancelledCharge(
    WriteTransaction& transaction, const SubscriptionRow& subscription,
    const SubscriptionEvent& event) {
    if (event.firstPeriod || event.proration || event.chargeRef.isEmpty() ||
        !amountMatches(event, subscription.priceCents, subscription.currency)) {
        return SubscriptionOutcome::unchanged(QStringLiteral(
            "the subscription is cancelled and this charge pays no period of its plan"));
    }
    transaction.lockAccount(subscription.accountId);
    if (!transaction.tryExec(
            QStringLiteral("INSERT INTO payment_events (provider, event_id, account_id, "
                           "received_at) VALUES (?, ?, ?, ?)"),
            {chargeNamespace(event.provider), event.chargeRef, subscription.accountId, now()})) {
        return SubscriptionOutcome::unchanged(QStringLiteral("invoice already credited"));
    }
    // The customer paid after the cancellation was applied (a late renewal, or deliveries out
    // of order): the period's allowance is theirs. A refund of the charge takes it back.
    transaction.exec(QStringLiteral("INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                                    "idempotency_key, reference, created_at) VALUES (?, ?, "
                                    "'purchase', ?, ?, ?, ?)"),
                     {newId(), subscription.accountId, subscription.seconds,
                      chargeNamespace(event.provider) + QLatin1Char(':') + event.chargeRef,
                      subscription.id, now()});
    recordSubscriptionPurchase(transaction, subscription.accountId, subscription.planId,
                               subscription.seconds, event);
    logLine({{QStringLiteral("level"), QStringLiteral("warning")},
             {QStringLiteral("message"),
              QStringLiteral("charge %1 paid cancelled subscription %2: its period's %3 seconds "
                             "were credited; refund the charge if it was not meant")
                  .arg(event.chargeRef.left(64), event.subscriptionRef.left(64))
                  .arg(subscription.seconds)}});
    SubscriptionOutcome outcome;
    outcome.credited = true;
    outcome.reason =
        QStringLiteral("the subscription is cancelled: the charge's period was credited once");
    return outcome;
}

CloudService::SubscriptionOutcome CloudService::applyPayment(WriteTransaction& transaction,
                                                             const SubscriptionRow& subscription,
                                                             const SubscriptionEvent& event) {
    if (event.proration) {
        return SubscriptionOutcome::unchanged(
            QStringLiteral("a plan change's proration invoice pays no period"));
    }
    if (event.firstPeriod) {
        // A Stripe subscription's checkout session carries no payment intent; its first
        // invoice does. Recording it on the purchase lets a refund of that charge find it.
        if (!event.paymentRef.isEmpty()) {
            transaction.tryExec(
                QStringLiteral("UPDATE purchases SET payment_ref = ? WHERE provider = ? AND "
                               "payment_ref = ? AND account_id = ?"),
                {event.paymentRef, event.provider, event.subscriptionRef, subscription.accountId});
        }
        return SubscriptionOutcome::unchanged(
            QStringLiteral("the first period is credited by checkout.session.completed"));
    }
    if (event.chargeRef.isEmpty() ||
        !amountMatches(event, subscription.priceCents, subscription.currency)) {
        return SubscriptionOutcome::unchanged(
            QStringLiteral("amount or currency does not match the plan"));
    }
    // Once per charge, whichever event (or a resent copy under a new event id) brings it.
    if (!transaction.tryExec(
            QStringLiteral("INSERT INTO payment_events (provider, event_id, account_id, "
                           "received_at) VALUES (?, ?, ?, ?)"),
            {chargeNamespace(event.provider), event.chargeRef, subscription.accountId, now()})) {
        return SubscriptionOutcome::unchanged(QStringLiteral("invoice already credited"));
    }
    transaction.exec(
        QStringLiteral("UPDATE subscriptions SET paid_periods = paid_periods + 1 WHERE id = ?"),
        {subscription.id});
    if (!isStale(event, subscription)) {
        transaction.exec(QStringLiteral("UPDATE subscriptions SET past_due_since = NULL, "
                                        "status_at = ? WHERE id = ?"),
                         {event.createdAt, subscription.id});
    }
    recordSubscriptionPurchase(transaction, subscription.accountId, subscription.planId,
                               subscription.seconds, event);
    SubscriptionOutcome outcome;
    outcome.credited = true;
    outcome.renew = true;
    return outcome;
}

void CloudService::recordSubscriptionPurchase(WriteTransaction& transaction,
                                              const QString& accountId, const QString& planId,
                                              qint64 seconds, const SubscriptionEvent& event) {
    // For revenue reports, and so that a refund of the charge finds what to reverse.
    transaction.exec(
        QStringLiteral("INSERT INTO purchases (id, account_id, provider, payment_ref, plan_id, "
                       "amount, currency, seconds, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?)"),
        {newId(), accountId, event.provider,
         event.paymentRef.isEmpty() ? event.chargeRef : event.paymentRef, planId, event.amount,
         event.currency.toLower(), seconds, now()});
}

CloudService::SubscriptionOutcome CloudService::startProviderSubscription(
    WriteTransaction& transaction, const SubscriptionEvent& event) {
    QSqlQuery plan = transaction.exec(
        QStringLiteral("SELECT price_cents, currency, seconds, interval_months FROM plans WHERE "
                       "id = ? AND interval_months > 0"),
        {event.planId});
    QSqlQuery account =
        transaction.exec(QStringLiteral("SELECT id FROM accounts WHERE id = ?"), {event.accountId});
    if (!plan.next() || !account.next()) {
        return SubscriptionOutcome::unchanged(
            QStringLiteral("the subscription's notes name no account or subscription plan"));
    }
    if (event.chargeRef.isEmpty() ||
        !amountMatches(event, plan.value(0).toLongLong(), plan.value(1).toString())) {
        return SubscriptionOutcome::unchanged(
            QStringLiteral("amount or currency does not match the plan"));
    }
    transaction.lockAccount(event.accountId);
    if (!transaction.tryExec(
            QStringLiteral("INSERT INTO payment_events (provider, event_id, account_id, "
                           "received_at) VALUES (?, ?, ?, ?)"),
            {chargeNamespace(event.provider), event.chargeRef, event.accountId, now()})) {
        return SubscriptionOutcome::unchanged(QStringLiteral("invoice already credited"));
    }
    startSubscription(transaction, event.provider, event.subscriptionRef, event.accountId,
                      event.planId, plan.value(2).toLongLong(), plan.value(3).toInt());
    transaction.exec(QStringLiteral("UPDATE accounts SET plan_id = ? WHERE id = ?"),
                     {event.planId, event.accountId});
    recordSubscriptionPurchase(transaction, event.accountId, event.planId,
                               plan.value(2).toLongLong(), event);
    SubscriptionOutcome outcome;
    outcome.credited = true;
    return outcome;
}

QJsonValue CloudService::subscriptionState(const QSqlQuery& row, int from) {
    if (row.value(from).isNull()) {
        return QJsonValue();
    }
    const bool pastDue = !row.value(from + 3).isNull();
    QJsonObject state{{QStringLiteral("plan"), row.value(from).toString()},
                      {QStringLiteral("provider"), row.value(from + 1).toString()},
                      {QStringLiteral("status"),
                       pastDue ? QStringLiteral("past_due") : row.value(from + 2).toString()}};
    if (pastDue) {
        state.insert(QStringLiteral("past_due_since"), row.value(from + 3).toLongLong());
    }
    return state;
}

int CloudService::runHousekeeping(qint64 at) {
    int removed = RateLimiter::purgeEnded(*database_, at);
    // Events about subscriptions that never appeared (another product on the same provider
    // account) are kept long past any provider's retries, then dropped.
    removed += database_
                   ->exec(QStringLiteral("DELETE FROM deferred_events WHERE received_at < ?"),
                          {at - kDeferredEventSeconds})
                   .numRowsAffected();
    applyDeferredEvents();
    return removed;
}

void CloudService::expireLease(WriteTransaction& transaction, const QString& leaseId,
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

int CloudService::runLeaseExpiry(qint64 at) {
    QSqlQuery due = database_->exec(
        QStringLiteral("SELECT id, account_id FROM leases WHERE settled_at IS NULL AND "
                       "expired_at IS NULL AND expires_at <= ?"),
        {at - config_.leaseGraceSeconds});
    QList<QPair<QString, QString>> leases;
    while (due.next()) {
        leases.append({due.value(0).toString(), due.value(1).toString()});
    }
    int expired = 0;
    for (const auto& [leaseId, accountId] : leases) {
        WriteTransaction transaction(*database_);
        transaction.lockAccount(accountId);
        // Re-read under the lock: the studio may have settled it, or another instance expired
        // it, since the scan.
        QSqlQuery open = transaction.exec(
            QStringLiteral("SELECT seconds FROM leases WHERE id = ? AND settled_at IS NULL AND "
                           "expired_at IS NULL"),
            {leaseId});
        if (!open.next()) {
            continue;
        }
        expireLease(transaction, leaseId, accountId, open.value(0).toLongLong(), at);
        transaction.commit();
        ++expired;
    }
    return expired;
}

CloudService::~CloudService() {
    if (mailThread_) {
        mailThread_->wait();
    }
}

int CloudService::deliverOutbox() {
    const MailSender sender(config_.smtpUrl, config_.mailFrom);
    if (!sender.configured()) {
        return 0;
    }
    QSqlQuery waiting = database_->exec(QStringLiteral(
        "SELECT id, recipient, subject, body FROM outbox WHERE sent_at IS NULL ORDER BY "
        "created_at, id LIMIT 50"));
    struct Mail {
        QString id, recipient, subject, body;
    };
    QList<Mail> mails;
    while (waiting.next()) {
        mails.append({waiting.value(0).toString(), waiting.value(1).toString(),
                      waiting.value(2).toString(), waiting.value(3).toString()});
    }
    int sent = 0;
    for (const Mail& mail : mails) {
        const QString failure = sender.send(mail.recipient, mail.subject, mail.body);
        if (!failure.isEmpty()) {
            logLine({{QStringLiteral("level"), QStringLiteral("warning")},
                     {QStringLiteral("message"),
                      QStringLiteral("mail not sent, will retry: %1").arg(failure)}});
            break;
        }
        // Once delivered, the body (which holds a live token) is not kept.
        database_->exec(QStringLiteral("UPDATE outbox SET sent_at = ?, body = '' WHERE id = ?"),
                        {now(), mail.id});
        ++sent;
    }
    return sent;
}

quint16 CloudService::listen(const QHostAddress& address, quint16 port) {
    const quint16 bound = server_->listen(address, port);
    if (bound == 0) {
        throw std::runtime_error(QStringLiteral("cannot listen on %1:%2: the port is in use or not "
                                                "allowed; choose another with --listen")
                                     .arg(address.toString())
                                     .arg(port)
                                     .toStdString());
    }
    return bound;
}

void CloudService::useTls(const QString& certificatePath, const QString& keyPath) {
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(QStringLiteral("cannot read %1 or %2: check the paths and "
                                                "permissions")
                                     .arg(certificatePath, keyPath)
                                     .toStdString());
    }
    const QList<QSslCertificate> chain =
        QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    }
    if (chain.isEmpty() || key.isNull()) {
        throw std::runtime_error(QStringLiteral("%1 or %2 is not a PEM certificate and key")
                                     .arg(certificatePath, keyPath)
                                     .toStdString());
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    server_->sslSetup(tls);
}

QString CloudService::createAccount(const QString& rawEmail, const QString& password,
                                    const QString& role) {
    const QString email = rawEmail.trimmed().toLower();
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 254 || !emailPattern.match(email).hasMatch()) {
        throw invalid(QStringLiteral("email"),
                      QStringLiteral("'%1' is not an email address like name@example.com")
                          .arg(email.left(64)));
    }
    checkPassword(password, email);
    // Hash before taking the write lock: Argon2 is slow on purpose.
    const QString hash = crypto::hashPassword(password);
    const QString id = newId();
    WriteTransaction transaction(*database_);
    QSqlQuery existing =
        transaction.exec(QStringLiteral("SELECT id FROM accounts WHERE email = ?"), {email});
    if (existing.next() ||
        !transaction.tryExec(QStringLiteral("INSERT INTO accounts (id, email, password_hash, role, "
                                            "status, created_at) VALUES (?, ?, ?, ?, 'active', ?)"),
                             {id, email, hash, role, now()})) {
        throw HttpError(Status::Conflict, QStringLiteral("Email taken"),
                        QStringLiteral("an account with this email already exists: sign in, or "
                                       "reset the password"),
                        QStringLiteral("email"));
    }
    sendAccountToken(transaction, id, email, QStringLiteral("verify-email"));
    transaction.commit();
    return id;
}

qint64 CloudService::balance(const QString& accountId) const {
    QSqlQuery query = database_->exec(
        QStringLiteral("SELECT CAST(COALESCE(SUM(seconds), 0) AS BIGINT) FROM ledger_entries "
                       "WHERE account_id = ?"),
        {accountId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QJsonObject CloudService::signedDocument(const QJsonObject& payload) const {
    const QByteArray bytes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return QJsonObject{
        {QStringLiteral("alg"), QStringLiteral("Ed25519")},
        {QStringLiteral("kid"), signer_.keyId()},
        {QStringLiteral("payload"), QString::fromLatin1(crypto::base64Url(bytes))},
        {QStringLiteral("signature"), QString::fromLatin1(crypto::base64Url(signer_.sign(bytes)))}};
}

QJsonObject CloudService::issueTokens(WriteTransaction& transaction, const QString& accountId,
                                      const QString& role, const QString& familyId) {
    const QByteArray refreshToken = crypto::randomToken();
    const qint64 issued = now();
    transaction.exec(
        QStringLiteral("INSERT INTO refresh_tokens (id, account_id, family_id, "
                       "token_hash, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {newId(), accountId, familyId, hashToken(refreshToken),
         issued + config_.refreshTokenSeconds, issued});
    return QJsonObject{
        {QStringLiteral("access_token"), QString::fromLatin1(jwt_.issue(accountId, role, issued))},
        {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), jwt_.lifetimeSeconds()}};
}

Caller CloudService::authenticateApiKey(const QByteArray& key, const QString& scope) {
    QSqlQuery row = database_->exec(
        QStringLiteral("SELECT k.id, k.account_id, k.scopes, a.role, a.status, k.last_used_at FROM "
                       "api_keys k JOIN accounts a ON a.id = k.account_id WHERE k.key_hash = ? AND "
                       "k.revoked_at IS NULL"),
        {hashToken(key)});
    if (!row.next()) {
        throw HttpError(Status::Unauthorized, QStringLiteral("Unauthorized"),
                        QStringLiteral("the API key is unknown or revoked: create a new one"));
    }
    if (row.value(4).toString() != QStringLiteral("active")) {
        throw HttpError(Status::Forbidden, QStringLiteral("Account suspended"),
                        QStringLiteral("this account is suspended: contact support"));
    }
    const QStringList scopes = row.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (scope.isEmpty() || !scopes.contains(scope)) {
        throw HttpError(Status::Forbidden, QStringLiteral("Scope missing"),
                        scope.isEmpty()
                            ? QStringLiteral("API keys cannot make this call: sign in")
                            : QStringLiteral("this API key lacks the '%1' scope: create "
                                             "a key with it")
                                  .arg(scope));
    }
    const QString keyId = row.value(0).toString();
    if (const qint64 wait = apiKeyRequests_.hit(keyId, now()); wait > 0) {
        HttpError limited(
            Status::TooManyRequests, QStringLiteral("Too many requests"),
            QStringLiteral("this API key allows %1 requests a minute: wait %2 seconds")
                .arg(config_.apiKeyRequestsPerMinute)
                .arg(wait));
        limited.setRetryAfter(wait);
        throw limited;
    }
    // Recorded at most once a minute, so busy keys do not write on every call.
    if (row.value(5).isNull() || row.value(5).toLongLong() < now() - 60) {
        database_->exec(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"),
                        {now(), keyId});
    }
    return Caller{row.value(1).toString(), row.value(3).toString(), true};
}

Caller CloudService::authenticate(const QHttpServerRequest& request, const QString& scope) {
    const QByteArray header = request.value("Authorization");
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    auto refuse = [](const QString& detail) {
        return HttpError(Status::Unauthorized, QStringLiteral("Unauthorized"), detail);
    };
    if (!header.startsWith(prefix)) {
        throw refuse(
            QStringLiteral("send 'Authorization: Bearer <access_token>' from "
                           "POST /v1/auth/login"));
    }
    if (header.mid(prefix.size()).startsWith(kApiKeyPrefix)) {
        return authenticateApiKey(header.mid(prefix.size()).trimmed(), scope);
    }
    AccessClaims claims;
    try {
        claims = jwt_.verify(header.mid(prefix.size()).trimmed(), now());
    } catch (const JwtError& error) {
        throw refuse(QStringLiteral("%1: sign in again or refresh the token")
                         .arg(QString::fromUtf8(error.what())));
    }
    QSqlQuery account = database_->exec(
        QStringLiteral("SELECT role, status FROM accounts WHERE id = ?"), {claims.subject});
    if (!account.next()) {
        throw refuse(QStringLiteral("the account no longer exists"));
    }
    if (account.value(1).toString() != QStringLiteral("active")) {
        throw HttpError(Status::Forbidden, QStringLiteral("Account suspended"),
                        QStringLiteral("this account is suspended: contact support"));
    }
    // The role is read from the database so that a demotion takes effect at once.
    return Caller{claims.subject, account.value(0).toString()};
}

Caller CloudService::requireAdmin(const QHttpServerRequest& request) {
    Caller caller = authenticate(request);
    if (caller.role != QStringLiteral("admin")) {
        throw HttpError(Status::Forbidden, QStringLiteral("Forbidden"),
                        QStringLiteral("this route is for administrators only"));
    }
    return caller;
}

void CloudService::audit(WriteTransaction& transaction, const Caller& actor, const QString& action,
                         const QString& target, const QString& detail) {
    transaction.exec(QStringLiteral("INSERT INTO audit_log (id, actor_id, action, target, detail, "
                                    "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {newId(), actor.accountId, action, target, detail, now()});
}

void CloudService::addRoutes() {
    auto guard = [](const std::function<QHttpServerResponse()>& run) -> QHttpServerResponse {
        try {
            return run();
        } catch (const HttpError& error) {
            return error.response();
        } catch (const DatabaseError& error) {
            logLine({{QStringLiteral("level"), QStringLiteral("error")},
                     {QStringLiteral("message"), QString::fromUtf8(error.what())}});
            return problem(Status::ServiceUnavailable, QStringLiteral("Storage unavailable"),
                           QStringLiteral("the database did not answer; retry in a moment"));
        } catch (const std::exception& error) {
            logLine({{QStringLiteral("level"), QStringLiteral("error")},
                     {QStringLiteral("message"), QString::fromUtf8(error.what())}});
            return problem(
                Status::InternalServerError, QStringLiteral("Internal error"),
                QStringLiteral("the service failed; retry, and report it if it persists"));
        }
    };
    auto handle = [guard](std::function<QHttpServerResponse(const QHttpServerRequest&)> handler) {
        return [guard, handler](const QHttpServerRequest& request) {
            return guard([&] { return handler(request); });
        };
    };
    auto handleId =
        [guard](
            std::function<QHttpServerResponse(const QString&, const QHttpServerRequest&)> handler) {
            return [guard, handler](const QString& id, const QHttpServerRequest& request) {
                return guard([&] { return handler(id, request); });
            };
        };
    QHttpServer& s = *server_;
    s.route(QStringLiteral("/health"), Method::Get, handle([](const QHttpServerRequest&) {
                return json({{QStringLiteral("status"), QStringLiteral("ok")}});
            }));
    s.route(QStringLiteral("/ready"), Method::Get, handle([this](const QHttpServerRequest&) {
                if (!database_->ping()) {
                    return problem(Status::ServiceUnavailable, QStringLiteral("Not ready"),
                                   QStringLiteral("the database is unreachable or not migrated"));
                }
                return json({{QStringLiteral("status"), QStringLiteral("ready")},
                             {QStringLiteral("schema"), database_->schemaVersion()}});
            }));
    s.route(QStringLiteral("/v1/plans"), Method::Get,
            handle([this](const QHttpServerRequest&) { return plans(); }));
    s.route(QStringLiteral("/v1/keys"), Method::Get, handle([this](const QHttpServerRequest&) {
                const QString publicKey = QString::fromLatin1(signer_.publicKey().toBase64());
                // `keys` lists the current key and the retired ones by kid, the form studios
                // trust keys in, so documents signed before a rotation still verify.
                QJsonArray keys{QJsonObject{{QStringLiteral("kid"), signer_.keyId()},
                                            {QStringLiteral("public_key"), publicKey}}};
                for (const QByteArray& previous : config_.signingPreviousPublicKeys) {
                    keys.append(QJsonObject{
                        {QStringLiteral("kid"),
                         QString::fromLatin1(crypto::sha256(previous).toHex().left(16))},
                        {QStringLiteral("public_key"), QString::fromLatin1(previous.toBase64())}});
                }
                return json({{QStringLiteral("alg"), QStringLiteral("Ed25519")},
                             {QStringLiteral("kid"), signer_.keyId()},
                             {QStringLiteral("public_key"), publicKey},
                             {QStringLiteral("keys"), keys}});
            }));
    s.route(QStringLiteral("/v1/auth/register"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return registerAccount(r); }));
    s.route(QStringLiteral("/v1/auth/verify-email"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return verifyEmail(r); }));
    s.route(QStringLiteral("/v1/auth/forgot-password"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return forgotPassword(r); }));
    s.route(QStringLiteral("/v1/auth/reset-password"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return resetPassword(r); }));
    s.route(QStringLiteral("/v1/auth/login"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return login(r); }));
    s.route(QStringLiteral("/v1/auth/refresh"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return refresh(r); }));
    s.route(QStringLiteral("/v1/auth/logout"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return logout(r); }));
    s.route(QStringLiteral("/v1/me"), Method::Get,
            handle([this](const QHttpServerRequest& r) { return me(r); }));
    s.route(QStringLiteral("/v1/ledger"), Method::Get,
            handle([this](const QHttpServerRequest& r) { return ledger(r); }));
    s.route(QStringLiteral("/v1/usage"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return usage(r); }));
    s.route(QStringLiteral("/v1/leases"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return takeLease(r); }));
    s.route(QStringLiteral("/v1/leases/<arg>/settle"), Method::Post,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return settleLease(id, r);
            }));
    s.route(QStringLiteral("/v1/devices/activate"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return activateDevice(r); }));
    s.route(QStringLiteral("/v1/billing"), Method::Get,
            handle([this](const QHttpServerRequest& r) { return billing(r); }));
    s.route(QStringLiteral("/v1/devices"), Method::Get,
            handle([this](const QHttpServerRequest& r) { return listDevices(r); }));
    s.route(QStringLiteral("/v1/devices/<arg>"), Method::Delete,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return deactivateDevice(id, r);
            }));
    s.route(QStringLiteral("/v1/catalog"), Method::Get,
            handle([this](const QHttpServerRequest&) { return catalog(); }));
    s.route(QStringLiteral("/v1/voices/share"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return shareVoice(r); }));
    s.route(QStringLiteral("/v1/admin/users/<arg>/export"), Method::Get,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return adminExportUser(id, r);
            }));
    s.route(QStringLiteral("/v1/admin/users/<arg>"), Method::Delete,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return adminDeleteUser(id, r);
            }));
    s.route(QStringLiteral("/v1/admin/catalog/<arg>"), Method::Put,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return adminPublishModel(id, r);
            }));
    s.route(QStringLiteral("/v1/admin/catalog/<arg>"), Method::Delete,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return adminWithdrawModel(id, r);
            }));
    s.route(QStringLiteral("/v1/admin/moderation"), Method::Get,
            handle([this](const QHttpServerRequest& r) { return adminModeration(r); }));
    s.route(QStringLiteral("/v1/admin/moderation/<arg>/approve"), Method::Post,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return adminDecideVoice(id, true, r);
            }));
    s.route(QStringLiteral("/v1/admin/moderation/<arg>/reject"), Method::Post,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return adminDecideVoice(id, false, r);
            }));
    s.route(QStringLiteral("/v1/api-keys"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return createApiKey(r); }));
    s.route(QStringLiteral("/v1/api-keys"), Method::Get,
            handle([this](const QHttpServerRequest& r) { return listApiKeys(r); }));
    s.route(QStringLiteral("/v1/api-keys/<arg>"), Method::Delete,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return revokeApiKey(id, r);
            }));
    s.route(QStringLiteral("/v1/razorpay/orders"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return createRazorpayOrder(r); }));
    s.route(QStringLiteral("/v1/razorpay/subscriptions"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return createRazorpaySubscription(r); }));
    s.route(QStringLiteral("/v1/checkout"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return createCheckout(r); }));
    s.route(QStringLiteral("/v1/webhooks/stripe"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return stripeWebhook(r); }));
    s.route(QStringLiteral("/v1/webhooks/razorpay"), Method::Post,
            handle([this](const QHttpServerRequest& r) { return razorpayWebhook(r); }));
    s.route(QStringLiteral("/v1/admin/users"), Method::Get,
            handle([this](const QHttpServerRequest& r) { return adminUsers(r); }));
    s.route(QStringLiteral("/v1/admin/users/<arg>/grant"), Method::Post,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return adminGrant(id, r);
            }));
    s.route(QStringLiteral("/v1/admin/users/<arg>/suspend"), Method::Post,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return adminSetStatus(id, QStringLiteral("suspended"), r);
            }));
    s.route(QStringLiteral("/v1/admin/users/<arg>/reactivate"), Method::Post,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return adminSetStatus(id, QStringLiteral("active"), r);
            }));
    s.route(QStringLiteral("/v1/admin/audit"), Method::Get,
            handle([this](const QHttpServerRequest& r) { return adminAudit(r); }));
    s.route(QStringLiteral("/v1/admin/transactions"), Method::Get,
            handle([this](const QHttpServerRequest& r) { return adminTransactions(r); }));
    s.route(QStringLiteral("/v1/admin/reports/revenue"), Method::Get,
            handle([this](const QHttpServerRequest& r) { return adminRevenue(r); }));
    s.route(QStringLiteral("/v1/admin/reports/usage"), Method::Get,
            handle([this](const QHttpServerRequest& r) { return adminUsage(r); }));
    s.route(QStringLiteral("/v1/admin/plans/<arg>"), Method::Put,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return adminPutPlan(id, r);
            }));
    s.route(QStringLiteral("/v1/admin/plans/<arg>"), Method::Delete,
            handleId([this](const QString& id, const QHttpServerRequest& r) {
                return adminDeletePlan(id, r);
            }));
    s.route(QStringLiteral("/metrics"), Method::Get,
            handle([this](const QHttpServerRequest& r) { return metrics(r); }));
    s.setMissingHandler([](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const QJsonObject body{{QStringLiteral("type"), QStringLiteral("about:blank")},
                               {QStringLiteral("title"), QStringLiteral("Not found")},
                               {QStringLiteral("status"), 404},
                               {QStringLiteral("detail"),
                                QStringLiteral("no route for %1: check the path and the method")
                                    .arg(request.url().path().left(200))}};
        responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                        QByteArrayLiteral("application/problem+json"),
                        QHttpServerResponder::StatusCode::NotFound);
    });
    s.afterRequest([this](QHttpServerResponse&& response, const QHttpServerRequest& request) {
        ++responsesByStatus_[static_cast<int>(response.statusCode())];
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        // Paths only: query strings and bodies may carry secrets.
        logLine({{QStringLiteral("level"), QStringLiteral("info")},
                 {QStringLiteral("method"),
                  QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                      static_cast<int>(request.method())))},
                 {QStringLiteral("path"), request.url().path().left(200)},
                 {QStringLiteral("status"), static_cast<int>(response.statusCode())}});
        return std::move(response);
    });
}

QHttpServerResponse CloudService::plans() {
    QSqlQuery query = database_->exec(QStringLiteral(
        "SELECT id, name, price_cents, currency, seconds, interval_months FROM plans WHERE active "
        "= 1 ORDER BY "
        "price_cents, id"));
    QJsonArray list;
    while (query.next()) {
        list.append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("name"), query.value(1).toString()},
            {QStringLiteral("price_cents"), query.value(2).toLongLong()},
            {QStringLiteral("currency"), query.value(3).toString()},
            {QStringLiteral("seconds"), query.value(4).toLongLong()},
            {QStringLiteral("interval_months"),
             query.value(5).isNull() ? QJsonValue() : QJsonValue(query.value(5).toInt())}});
    }
    return json({{QStringLiteral("plans"), list}});
}

void CloudService::sendAccountToken(WriteTransaction& transaction, const QString& accountId,
                                    const QString& email, const QString& purpose) {
    const QByteArray token = crypto::randomToken();
    const bool verify = purpose == QStringLiteral("verify-email");
    const qint64 issued = now();
    transaction.exec(
        QStringLiteral("INSERT INTO account_tokens (id, account_id, purpose, token_hash, "
                       "expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {newId(), accountId, purpose, hashToken(token), issued + (verify ? 24 * 3600 : 3600),
         issued});
    const QString link =
        QStringLiteral("%1/account/%2?token=%3")
            .arg(config_.publicUrl, verify ? QStringLiteral("verify") : QStringLiteral("reset"),
                 QString::fromLatin1(token));
    const QString subject = verify ? QStringLiteral("Confirm your Sonara Studio email")
                                   : QStringLiteral("Reset your Sonara Studio password");
    const QString body =
        verify ? QStringLiteral("Open this link within 24 hours to confirm your email:\n%1\n")
                     .arg(link)
               : QStringLiteral(
                     "Open this link within an hour to choose a new password:\n%1\n"
                     "If you did not ask for this, ignore this message.\n")
                     .arg(link);
    transaction.exec(QStringLiteral("INSERT INTO outbox (id, recipient, subject, body, created_at) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {newId(), email, subject, body, issued});
}

QHttpServerResponse CloudService::verifyEmail(const QHttpServerRequest& request) {
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QByteArray token = requireString(body, QStringLiteral("token"), 512).toUtf8();
    WriteTransaction transaction(*database_);
    QSqlQuery row = transaction.exec(
        QStringLiteral(
            "SELECT id, account_id FROM account_tokens WHERE token_hash = ? AND purpose = "
            "'verify-email' AND used_at IS NULL AND expires_at > ?"),
        {hashToken(token), now()});
    if (!row.next()) {
        throw HttpError(Status::BadRequest, QStringLiteral("Invalid token"),
                        QStringLiteral("the link is unknown, used or expired: ask for a new one "
                                       "from the Account page"),
                        QStringLiteral("token"));
    }
    transaction.exec(QStringLiteral("UPDATE account_tokens SET used_at = ? WHERE id = ?"),
                     {now(), row.value(0).toString()});
    transaction.exec(QStringLiteral("UPDATE accounts SET email_verified_at = ? WHERE id = ? AND "
                                    "email_verified_at IS NULL"),
                     {now(), row.value(1).toString()});
    transaction.commit();
    return json({{QStringLiteral("email_verified"), true}});
}

QHttpServerResponse CloudService::forgotPassword(const QHttpServerRequest& request) {
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QString email = requireString(body, QStringLiteral("email"), 254).trimmed().toLower();
    if (const qint64 wait = loginsPerAccount_.hit(email, now()); wait > 0) {
        QHttpServerResponse refused =
            problem(Status::TooManyRequests, QStringLiteral("Too many requests"),
                    QStringLiteral("wait %1 seconds before trying again").arg(wait));
        refused.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
        return refused;
    }
    WriteTransaction transaction(*database_);
    QSqlQuery account = transaction.exec(
        QStringLiteral("SELECT id FROM accounts WHERE email = ? AND status = 'active'"), {email});
    if (account.next()) {
        sendAccountToken(transaction, account.value(0).toString(), email,
                         QStringLiteral("reset-password"));
    }
    transaction.commit();
    // The same answer either way, so the route does not reveal which emails have accounts.
    return json({{QStringLiteral("detail"),
                  QStringLiteral("if an account uses this email, a reset link is on its way")}},
                Status::Accepted);
}

QHttpServerResponse CloudService::resetPassword(const QHttpServerRequest& request) {
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QByteArray token = requireString(body, QStringLiteral("token"), 512).toUtf8();
    const QString password = requireString(body, QStringLiteral("password"), 1024);
    QSqlQuery row = database_->exec(
        QStringLiteral(
            "SELECT t.id, t.account_id, a.email FROM account_tokens t JOIN accounts a ON "
            "a.id = t.account_id WHERE t.token_hash = ? AND t.purpose = 'reset-password' "
            "AND t.used_at IS NULL AND t.expires_at > ?"),
        {hashToken(token), now()});
    if (!row.next()) {
        throw HttpError(
            Status::BadRequest, QStringLiteral("Invalid token"),
            QStringLiteral("the reset link is unknown, used or expired: ask for a new one"),
            QStringLiteral("token"));
    }
    const QString tokenId = row.value(0).toString();
    const QString accountId = row.value(1).toString();
    checkPassword(password, row.value(2).toString());
    const QString hash = crypto::hashPassword(password);
    WriteTransaction transaction(*database_);
    // Spending the token inside the write lock makes a second use lose the race.
    QSqlQuery spent = transaction.exec(
        QStringLiteral("UPDATE account_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL"),
        {now(), tokenId});
    if (spent.numRowsAffected() != 1) {
        throw HttpError(Status::BadRequest, QStringLiteral("Invalid token"),
                        QStringLiteral("the reset link was already used: ask for a new one"),
                        QStringLiteral("token"));
    }
    transaction.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"),
                     {hash, accountId});
    // A new password ends every session, including one an attacker may hold.
    transaction.exec(QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE account_id = ? "
                                    "AND revoked_at IS NULL"),
                     {now(), accountId});
    transaction.commit();
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse CloudService::registerAccount(const QHttpServerRequest& request) {
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QString email = requireString(body, QStringLiteral("email"), 254);
    const QString password = requireString(body, QStringLiteral("password"), 1024);
    const QString id = createAccount(email, password, QStringLiteral("user"));
    return json({{QStringLiteral("id"), id}, {QStringLiteral("email"), email.trimmed().toLower()}},
                Status::Created);
}

QString CloudService::clientAddress(const QHttpServerRequest& request) const {
    const auto trusted = [this](const QHostAddress& address) {
        return std::any_of(config_.trustedProxies.begin(), config_.trustedProxies.end(),
                           [&](const QString& proxy) {
                               return QHostAddress(proxy).isEqual(
                                   address, QHostAddress::ConvertV4MappedToIPv4);
                           });
    };
    const QHostAddress peer = request.remoteAddress();
    if (!trusted(peer)) {
        return peer.toString();
    }
    // Each proxy appends the address it received from, so the right-most entry that is not a
    // trusted proxy is the first one no client could have forged.
    const QList<QByteArray> hops = request.value("X-Forwarded-For").split(',');
    for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull()) {
            break;
        }
        if (!trusted(address)) {
            return address.toString();
        }
    }
    return peer.toString();
}

QHttpServerResponse CloudService::login(const QHttpServerRequest& request) {
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QString email = requireString(body, QStringLiteral("email"), 254).trimmed().toLower();
    const QString password = requireString(body, QStringLiteral("password"), 1024);
    const qint64 wait = std::max(loginsPerAccount_.hit(email, now()),
                                 loginsPerAddress_.hit(clientAddress(request), now()));
    if (wait > 0) {
        QHttpServerResponse refused =
            problem(Status::TooManyRequests, QStringLiteral("Too many sign-in attempts"),
                    QStringLiteral("wait %1 seconds before trying again").arg(wait));
        refused.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
        return refused;
    }
    QSqlQuery account = database_->exec(
        QStringLiteral("SELECT id, password_hash, role, status FROM accounts WHERE email = ?"),
        {email});
    const bool found = account.next();
    // An unknown email costs the same hash as a known one, so timing does not reveal accounts.
    static const QString decoy = crypto::hashPassword(QStringLiteral("decoy password for timing"));
    const bool verified =
        crypto::verifyPassword(password, found ? account.value(1).toString() : decoy);
    if (!found || !verified) {
        throw HttpError(Status::Unauthorized, QStringLiteral("Sign-in failed"),
                        QStringLiteral("the email or password is wrong"));
    }
    if (account.value(3).toString() != QStringLiteral("active")) {
        throw HttpError(Status::Forbidden, QStringLiteral("Account suspended"),
                        QStringLiteral("this account is suspended: contact support"));
    }
    WriteTransaction transaction(*database_);
    const QJsonObject tokens =
        issueTokens(transaction, account.value(0).toString(), account.value(2).toString(), newId());
    transaction.commit();
    return json(tokens);
}

QHttpServerResponse CloudService::refresh(const QHttpServerRequest& request) {
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QByteArray token = requireString(body, QStringLiteral("refresh_token"), 512).toUtf8();
    WriteTransaction transaction(*database_);
    QSqlQuery row = transaction.exec(
        QStringLiteral("SELECT r.id, r.account_id, r.family_id, r.expires_at, r.used_at, "
                       "r.revoked_at, a.role, a.status FROM refresh_tokens r JOIN accounts a ON "
                       "a.id = r.account_id WHERE r.token_hash = ?"),
        {hashToken(token)});
    auto refuse = [](const QString& detail) {
        return HttpError(Status::Unauthorized, QStringLiteral("Unauthorized"), detail);
    };
    if (!row.next()) {
        throw refuse(QStringLiteral("the refresh token is unknown: sign in again"));
    }
    const QString familyId = row.value(2).toString();
    if (!row.value(4).isNull() || !row.value(5).isNull()) {
        // A used token presented again means it was copied: end every session of its family.
        transaction.exec(
            QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? "
                           "AND revoked_at IS NULL"),
            {now(), familyId});
        transaction.commit();
        throw refuse(
            QStringLiteral("the refresh token was already used, so this session has been "
                           "ended everywhere: sign in again"));
    }
    if (row.value(3).toLongLong() <= now()) {
        throw refuse(QStringLiteral("the refresh token has expired: sign in again"));
    }
    if (row.value(7).toString() != QStringLiteral("active")) {
        throw HttpError(Status::Forbidden, QStringLiteral("Account suspended"),
                        QStringLiteral("this account is suspended: contact support"));
    }
    const QString accountId = row.value(1).toString();
    const QString role = row.value(6).toString();
    transaction.exec(QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE id = ?"),
                     {now(), row.value(0).toString()});
    const QJsonObject tokens = issueTokens(transaction, accountId, role, familyId);
    transaction.commit();
    return json(tokens);
}

QHttpServerResponse CloudService::logout(const QHttpServerRequest& request) {
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QByteArray token = requireString(body, QStringLiteral("refresh_token"), 512).toUtf8();
    WriteTransaction transaction(*database_);
    QSqlQuery row = transaction.exec(
        QStringLiteral("SELECT family_id FROM refresh_tokens WHERE token_hash = ?"),
        {hashToken(token)});
    if (row.next()) {
        transaction.exec(
            QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? "
                           "AND revoked_at IS NULL"),
            {now(), row.value(0).toString()});
    }
    transaction.commit();
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse CloudService::me(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request, QStringLiteral("read"));
    // One statement, because on PostgreSQL each is a round trip. The subscription shown is the
    // live one if there is one, else the one that ended last.
    QSqlQuery account = database_->exec(
        QStringLiteral(
            "SELECT a.id, a.email, a.role, a.plan_id, a.status, a.created_at, "
            "a.email_verified_at, (SELECT CAST(COALESCE(SUM(seconds), 0) AS BIGINT) FROM "
            "ledger_entries WHERE account_id = a.id), s.plan_id, s.provider, s.status, "
            "s.past_due_since FROM accounts a LEFT JOIN subscriptions s ON s.id = (SELECT id "
            "FROM subscriptions WHERE account_id = a.id ORDER BY CASE WHEN status = 'active' "
            "THEN 0 ELSE 1 END, created_at DESC LIMIT 1) WHERE a.id = ?"),
        {caller.accountId});
    account.next();
    return json(
        {{QStringLiteral("id"), account.value(0).toString()},
         {QStringLiteral("email"), account.value(1).toString()},
         {QStringLiteral("role"), account.value(2).toString()},
         {QStringLiteral("plan"),
          account.value(3).isNull() ? QJsonValue() : QJsonValue(account.value(3).toString())},
         {QStringLiteral("status"), account.value(4).toString()},
         {QStringLiteral("created_at"), account.value(5).toLongLong()},
         {QStringLiteral("email_verified"), !account.value(6).isNull()},
         {QStringLiteral("subscription"), subscriptionState(account, 8)},
         {QStringLiteral("balance_seconds"), account.value(7).toLongLong()}});
}

QHttpServerResponse CloudService::ledger(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request, QStringLiteral("read"));
    QSqlQuery query = database_->exec(
        QStringLiteral(
            "SELECT id, kind, seconds, capability, reference, created_at FROM "
            "ledger_entries WHERE account_id = ? ORDER BY created_at DESC, id LIMIT 500"),
        {caller.accountId});
    QJsonArray entries;
    while (query.next()) {
        entries.append(entryToJson(query));
    }
    return json({{QStringLiteral("entries"), entries},
                 {QStringLiteral("balance_seconds"), balance(caller.accountId)}});
}

QHttpServerResponse CloudService::usage(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request, QStringLiteral("usage"));
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QString key = requireString(body, QStringLiteral("idempotency_key"), 128);
    const qint64 seconds = requireInteger(body, QStringLiteral("seconds"), 1, kMaxSeconds);
    const QString capability = requireString(body, QStringLiteral("capability"), 64);
    const QString storedKey = QStringLiteral("usage:") + key;

    WriteTransaction transaction(*database_);
    transaction.lockAccount(caller.accountId);
    auto replay = [&]() -> std::optional<QHttpServerResponse> {
        QSqlQuery existing = transaction.exec(
            QStringLiteral("SELECT id, seconds FROM ledger_entries WHERE account_id = ? AND "
                           "idempotency_key = ?"),
            {caller.accountId, storedKey});
        if (!existing.next()) {
            return std::nullopt;
        }
        if (-existing.value(1).toLongLong() != seconds) {
            throw HttpError(Status::Conflict, QStringLiteral("Idempotency key reused"),
                            QStringLiteral("this idempotency_key was already used for %1 seconds: "
                                           "use a new key for a different charge")
                                .arg(-existing.value(1).toLongLong()),
                            QStringLiteral("idempotency_key"));
        }
        return json(
            {{QStringLiteral("entry_id"), existing.value(0).toString()},
             {QStringLiteral("charged_seconds"), seconds},
             {QStringLiteral("replayed"), true},
             {QStringLiteral("balance_seconds"), sumLedger(transaction, caller.accountId)}});
    };
    if (auto previous = replay()) {
        return std::move(*previous);
    }
    const qint64 available = sumLedger(transaction, caller.accountId);
    if (available < seconds) {
        throw HttpError(Status::PaymentRequired, QStringLiteral("Not enough credit"),
                        QStringLiteral("this needs %1 seconds and the balance is %2: buy more "
                                       "minutes")
                            .arg(seconds)
                            .arg(available));
    }
    const QString entryId = newId();
    // ON CONFLICT rather than a savepoint: on PostgreSQL that is two round trips fewer.
    if (transaction
            .exec(QStringLiteral("INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                                 "idempotency_key, capability, created_at) VALUES (?, ?, "
                                 "'usage', ?, ?, ?, ?) ON CONFLICT (account_id, idempotency_key) "
                                 "DO NOTHING"),
                  {entryId, caller.accountId, -seconds, storedKey, capability, now()})
            .numRowsAffected() != 1) {
        if (auto previous = replay()) {
            return std::move(*previous);
        }
        throw DatabaseError(QStringLiteral("the usage entry could not be written"));
    }
    const qint64 remaining = available - seconds;
    transaction.commit();
    return json({{QStringLiteral("entry_id"), entryId},
                 {QStringLiteral("charged_seconds"), seconds},
                 {QStringLiteral("replayed"), false},
                 {QStringLiteral("balance_seconds"), remaining}},
                Status::Created);
}

QHttpServerResponse CloudService::takeLease(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request);
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const qint64 seconds = requireInteger(body, QStringLiteral("seconds"), 1, kMaxSeconds);
    const qint64 valid = requireInteger(body, QStringLiteral("valid_seconds"), 60,
                                        kMaxLeaseValidSeconds, kDefaultLeaseValidSeconds);
    WriteTransaction transaction(*database_);
    transaction.lockAccount(caller.accountId);
    const qint64 available = sumLedger(transaction, caller.accountId);
    if (available < seconds) {
        throw HttpError(Status::PaymentRequired, QStringLiteral("Not enough credit"),
                        QStringLiteral("a lease of %1 seconds needs that much balance and the "
                                       "balance is %2: ask for less or buy more minutes")
                            .arg(seconds)
                            .arg(available));
    }
    const QString leaseId = newId();
    const qint64 issued = now();
    transaction.exec(QStringLiteral("INSERT INTO leases (id, account_id, seconds, issued_at, "
                                    "expires_at) VALUES (?, ?, ?, ?, ?)"),
                     {leaseId, caller.accountId, seconds, issued, issued + valid});
    transaction.exec(
        QStringLiteral("INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                       "idempotency_key, reference, created_at) VALUES (?, ?, 'lease', "
                       "?, ?, ?, ?)"),
        {newId(), caller.accountId, -seconds, QStringLiteral("lease:") + leaseId, leaseId, issued});
    transaction.commit();
    const QJsonObject payload{{QStringLiteral("type"), QStringLiteral("lease")},
                              {QStringLiteral("lease_id"), leaseId},
                              {QStringLiteral("account_id"), caller.accountId},
                              {QStringLiteral("seconds"), seconds},
                              {QStringLiteral("issued_at"), issued},
                              {QStringLiteral("expires_at"), issued + valid}};
    return json({{QStringLiteral("lease"), signedDocument(payload)},
                 {QStringLiteral("balance_seconds"), available - seconds}},
                Status::Created);
}

// One export a studio paid for offline from a lease.
struct LeaseUsageItem {
    QString key;
    qint64 seconds = 0;
    QString capability;
    std::optional<qint64> at;
};

namespace {

constexpr int kMaxLeaseUsageItems = 10000;
// Ten thousand items of the longest keys and capabilities, with room for escapes.
constexpr qint64 kMaxSettleBodyBytes = 4LL * 1024 * 1024;
constexpr qint64 kMaxUnixTime = 253402300799;  // 9999-12-31

LeaseUsageItem parseUsageItem(const QJsonValue& value, int index) {
    const QString prefix = QStringLiteral("usage[%1].").arg(index);
    if (!value.isObject()) {
        throw invalid(QStringLiteral("usage[%1]").arg(index),
                      QStringLiteral("'usage[%1]' must be an object with idempotency_key, "
                                     "seconds and capability")
                          .arg(index));
    }
    const QJsonObject item = value.toObject();
    LeaseUsageItem parsed;
    parsed.key = requireString(item, QStringLiteral("idempotency_key"), 128, prefix);
    parsed.seconds =
        requireInteger(item, QStringLiteral("seconds"), 1, kMaxSeconds, std::nullopt, prefix);
    parsed.capability = requireString(item, QStringLiteral("capability"), 64, prefix);
    const QJsonValue at = item.value(QStringLiteral("at"));
    if (!at.isUndefined() && !at.isNull()) {
        parsed.at =
            requireInteger(item, QStringLiteral("at"), 0, kMaxUnixTime, std::nullopt, prefix);
    }
    return parsed;
}

// The body's "usage" list, validated; nullopt when the body has none.
std::optional<QList<LeaseUsageItem>> parseLeaseUsage(const QJsonObject& body) {
    const QJsonValue value = body.value(QStringLiteral("usage"));
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isArray()) {
        throw invalid(QStringLiteral("usage"),
                      QStringLiteral("'usage' must be an array of the exports paid from the "
                                     "lease"));
    }
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxLeaseUsageItems) {
        throw invalid(QStringLiteral("usage"),
                      QStringLiteral("'usage' has %1 items; at most %2 are accepted")
                          .arg(array.size())
                          .arg(kMaxLeaseUsageItems));
    }
    QList<LeaseUsageItem> items;
    QHash<QString, int> firstIndex;
    for (int i = 0; i < array.size(); ++i) {
        items.append(parseUsageItem(array.at(i), i));
        const auto seen = firstIndex.constFind(items.last().key);
        if (seen != firstIndex.cend()) {
            throw invalid(QStringLiteral("usage[%1].idempotency_key").arg(i),
                          QStringLiteral("'usage[%1].idempotency_key' repeats usage[%2]'s: each "
                                         "export is listed once")
                              .arg(i)
                              .arg(*seen));
        }
        firstIndex.insert(items.last().key, i);
    }
    return items;
}

// What the studio says it spent: the items' total, which spent_seconds must match when both
// are given.
qint64 settledSpent(const QJsonObject& body, const std::optional<QList<LeaseUsageItem>>& items) {
    if (!items) {
        return requireInteger(body, QStringLiteral("spent_seconds"), 0, kMaxSeconds);
    }
    qint64 total = 0;
    for (const LeaseUsageItem& item : *items) {
        total += item.seconds;
    }
    const QJsonValue given = body.value(QStringLiteral("spent_seconds"));
    if (!given.isUndefined() && !given.isNull() &&
        requireInteger(body, QStringLiteral("spent_seconds"), 0, kMaxSeconds) != total) {
        throw invalid(QStringLiteral("spent_seconds"),
                      QStringLiteral("'spent_seconds' is %1 but the usage items add up to %2: "
                                     "send the items' total, or leave spent_seconds out")
                          .arg(given.toDouble(), 0, 'f', 0)
                          .arg(total));
    }
    return total;
}

QString usageDigest(const QList<LeaseUsageItem>& items) {
    QJsonArray rows;
    for (const LeaseUsageItem& item : items) {
        rows.append(QJsonArray{item.key, item.seconds, item.capability,
                               item.at ? QJsonValue(*item.at) : QJsonValue()});
    }
    return QString::fromLatin1(
        crypto::sha256(QJsonDocument(rows).toJson(QJsonDocument::Compact)).toHex());
}

QString usageLedgerKey(const QString& key) {
    return QStringLiteral("usage:") + key;
}

// The items POST /v1/usage already charged: the studio could not know its charge went through.
QSet<QString> chargedOnline(WriteTransaction& transaction, const QString& accountId,
                            const QList<LeaseUsageItem>& items) {
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
            args.append(usageLedgerKey(items.at(from + std::min(i, count - 1)).key));
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery found = transaction.exec(
            QStringLiteral("SELECT idempotency_key FROM ledger_entries WHERE account_id = ? AND "
                           "kind = 'usage' AND idempotency_key IN (%1)")
                .arg(marks.join(QLatin1Char(','))),
            args);
        while (found.next()) {
            charged.insert(found.value(0).toString());
        }
    }
    return charged;
}

}  // namespace

QJsonObject CloudService::Settlement::toJson(bool replayed, qint64 balance) const {
    QJsonObject body{{QStringLiteral("returned_seconds"), returned},
                     {QStringLiteral("charged_seconds"), charged},
                     {QStringLiteral("shortfall_seconds"), shortfall},
                     {QStringLiteral("expired"), expired},
                     {QStringLiteral("replayed"), replayed},
                     {QStringLiteral("balance_seconds"), balance}};
    if (itemised) {
        body.insert(QStringLiteral("already_charged_seconds"), alreadyCharged);
    }
    return body;
}

CloudService::Settlement CloudService::settleSpent(WriteTransaction& transaction,
                                                   const QString& leaseId, const QString& accountId,
                                                   qint64 held, qint64 spent, bool expired,
                                                   qint64 at) {
    Settlement settlement;
    settlement.expired = expired;
    if (!expired) {
        settlement.returned = held - spent;
        if (settlement.returned > 0) {
            transaction.exec(
                QStringLiteral(
                    "INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                    "idempotency_key, reference, created_at) VALUES (?, ?, 'lease-settle', "
                    "?, ?, ?, ?)"),
                {newId(), accountId, settlement.returned, QStringLiteral("lease-settle:") + leaseId,
                 leaseId, at});
        }
        return settlement;
    }
    // The held seconds already went back; what the studio spent offline is real use, so it is
    // charged as usage, as much as the balance holds, and the rest is recorded.
    settlement.charged = std::min(spent, std::max<qint64>(0, sumLedger(transaction, accountId)));
    settlement.shortfall = spent - settlement.charged;
    if (settlement.charged > 0) {
        transaction.exec(
            QStringLiteral(
                "INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                "idempotency_key, capability, reference, created_at) VALUES (?, ?, 'usage', "
                "?, ?, 'lease', ?, ?)"),
            {newId(), accountId, -settlement.charged, QStringLiteral("lease-late:") + leaseId,
             leaseId, at});
    }
    return settlement;
}

CloudService::Settlement CloudService::settleItems(WriteTransaction& transaction,
                                                   const QString& leaseId, const QString& accountId,
                                                   qint64 held, qint64 issuedAt, bool expired,
                                                   const QList<LeaseUsageItem>& items, qint64 at) {
    Settlement settlement;
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
    qint64 available = expired ? std::max<qint64>(0, sumLedger(transaction, accountId)) : held;
    QList<QVariantList> rows;
    for (const LeaseUsageItem& item : items) {
        if (before.contains(usageLedgerKey(item.key))) {
            settlement.alreadyCharged += item.seconds;
        } else if (settlement.shortfall > 0 || item.seconds > available) {
            settlement.shortfall += item.seconds;
        } else {
            available -= item.seconds;
            settlement.charged += item.seconds;
            rows.append({newId(), accountId, QStringLiteral("usage"), -item.seconds,
                         usageLedgerKey(item.key), item.capability, leaseId,
                         std::clamp(item.at.value_or(at), std::min(issuedAt, at), at)});
        }
    }
    transaction.insertRows(
        QStringLiteral("ledger_entries"),
        {QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("kind"),
         QStringLiteral("seconds"), QStringLiteral("idempotency_key"), QStringLiteral("capability"),
         QStringLiteral("reference"), QStringLiteral("created_at")},
        rows);
    settlement.returned = expired ? 0 : held - settlement.charged;
    return settlement;
}

QHttpServerResponse CloudService::settleLease(const QString& leaseId,
                                              const QHttpServerRequest& request) {
    const Caller caller = authenticate(request);
    const QJsonObject body =
        parseBody(request, std::max(config_.maxBodyBytes, kMaxSettleBodyBytes));
    const std::optional<QList<LeaseUsageItem>> items = parseLeaseUsage(body);
    const qint64 spent = settledSpent(body, items);
    WriteTransaction transaction(*database_);
    transaction.lockAccount(caller.accountId);
    QSqlQuery lease = transaction.exec(
        QStringLiteral("SELECT seconds, settled_at, spent_seconds, expires_at, expired_at, "
                       "shortfall_seconds, issued_at, already_charged_seconds, usage_digest FROM "
                       "leases WHERE id = ? AND account_id = ?"),
        {leaseId, caller.accountId});
    if (!lease.next()) {
        throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                        QStringLiteral("no lease %1 on this account").arg(leaseId.left(64)));
    }
    const qint64 held = lease.value(0).toLongLong();
    if (spent > held) {
        if (!items) {
            throw invalid(QStringLiteral("spent_seconds"),
                          QStringLiteral("the lease holds %1 seconds; spent_seconds cannot "
                                         "exceed it")
                              .arg(held));
        }
        throw invalid(QStringLiteral("usage"),
                      QStringLiteral("the lease holds %1 seconds and the usage items add up to "
                                     "%2: list only the exports this lease paid for")
                          .arg(held)
                          .arg(spent));
    }
    const QString digest = items ? usageDigest(*items) : QString();
    bool expired = !lease.value(4).isNull();
    if (!lease.value(1).isNull()) {
        if (lease.value(2).toLongLong() != spent) {
            throw HttpError(Status::Conflict, QStringLiteral("Lease already settled"),
                            QStringLiteral("this lease was settled with %1 spent seconds")
                                .arg(lease.value(2).toLongLong()));
        }
        const bool itemised = !lease.value(8).isNull();
        if (items && itemised && lease.value(8).toString() != digest) {
            throw HttpError(Status::Conflict, QStringLiteral("Lease already settled"),
                            QStringLiteral("this lease was settled with other usage items of the "
                                           "same total"),
                            QStringLiteral("usage"));
        }
        Settlement settled;
        settled.expired = expired;
        settled.itemised = itemised;
        settled.alreadyCharged = lease.value(7).toLongLong();
        settled.shortfall = lease.value(5).toLongLong();
        const qint64 used = spent - settled.alreadyCharged;
        settled.charged = expired ? used - settled.shortfall : (itemised ? used : 0);
        settled.returned = expired ? 0 : held - (itemised ? used : spent);
        return json(settled.toJson(true, sumLedger(transaction, caller.accountId)));
    }
    const qint64 at = now();
    // Past the grace period the lease is expired here even if the scheduler has not run yet,
    // so the outcome never depends on its timing.
    if (!expired && lease.value(3).toLongLong() + config_.leaseGraceSeconds <= at) {
        expireLease(transaction, leaseId, caller.accountId, held, at);
        expired = true;
    }
    const Settlement settlement =
        items ? settleItems(transaction, leaseId, caller.accountId, held,
                            lease.value(6).toLongLong(), expired, *items, at)
              : settleSpent(transaction, leaseId, caller.accountId, held, spent, expired, at);
    transaction.exec(QStringLiteral("UPDATE leases SET settled_at = ?, spent_seconds = ?, "
                                    "shortfall_seconds = ?, already_charged_seconds = ?, "
                                    "usage_digest = ? WHERE id = ?"),
                     {at, spent, settlement.shortfall, settlement.alreadyCharged,
                      items ? QVariant(digest) : QVariant(), leaseId});
    const qint64 balanceNow = sumLedger(transaction, caller.accountId);
    transaction.commit();
    if (settlement.shortfall > 0) {
        logLine({{QStringLiteral("level"), QStringLiteral("warning")},
                 {QStringLiteral("message"),
                  QStringLiteral("late settle of lease %1: %2 seconds recorded as shortfall")
                      .arg(leaseId)
                      .arg(settlement.shortfall)}});
    }
    return json(settlement.toJson(false, balanceNow));
}

QHttpServerResponse CloudService::activateDevice(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request);
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QString deviceId = requireString(body, QStringLiteral("device_id"), 128);
    WriteTransaction transaction(*database_);
    transaction.lockAccount(caller.accountId);
    QSqlQuery known = transaction.exec(
        QStringLiteral(
            "SELECT COUNT(*), SUM(CASE WHEN device_id = ? THEN 1 ELSE 0 END) FROM devices "
            "WHERE account_id = ?"),
        {deviceId, caller.accountId});
    known.next();
    const bool already = known.value(1).toLongLong() > 0;
    if (!already && known.value(0).toLongLong() >= config_.devicesPerAccount) {
        throw HttpError(Status::Conflict, QStringLiteral("Device limit reached"),
                        QStringLiteral("this account already has %1 active devices: deactivate one "
                                       "first")
                            .arg(config_.devicesPerAccount));
    }
    if (!already) {
        transaction.exec(QStringLiteral("INSERT INTO devices (id, account_id, device_id, "
                                        "activated_at) VALUES (?, ?, ?, ?)"),
                         {newId(), caller.accountId, deviceId, now()});
    }
    QSqlQuery plan = transaction.exec(QStringLiteral("SELECT plan_id FROM accounts WHERE id = ?"),
                                      {caller.accountId});
    plan.next();
    transaction.commit();
    const qint64 issued = now();
    const QJsonObject payload{
        {QStringLiteral("type"), QStringLiteral("licence")},
        {QStringLiteral("account_id"), caller.accountId},
        {QStringLiteral("plan"),
         plan.value(0).isNull() ? QJsonValue() : QJsonValue(plan.value(0).toString())},
        {QStringLiteral("features"), QJsonArray{QStringLiteral("export")}},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("issued_at"), issued},
        {QStringLiteral("expires_at"), issued + kLicenceSeconds}};
    return json({{QStringLiteral("licence"), signedDocument(payload)}},
                already ? Status::Ok : Status::Created);
}

bool CloudService::creditPurchase(const QString& provider, const QString& eventId,
                                  const QString& accountId, const QString& planId, qint64 amount,
                                  const QString& currency, const QString& paymentRef,
                                  QString* reason) {
    WriteTransaction transaction(*database_);
    QSqlQuery seen = transaction.exec(
        QStringLiteral("SELECT 1 FROM payment_events WHERE provider = ? AND event_id = ?"),
        {provider, eventId});
    if (seen.next()) {
        *reason = QStringLiteral("event already processed");
        return false;
    }
    QSqlQuery account =
        transaction.exec(QStringLiteral("SELECT id FROM accounts WHERE id = ?"), {accountId});
    QSqlQuery plan = transaction.exec(
        QStringLiteral(
            "SELECT price_cents, currency, seconds, interval_months FROM plans WHERE id = ?"),
        {planId});
    const bool accountKnown = account.next();
    const bool planKnown = plan.next();
    bool credited = false;
    if (!accountKnown || !planKnown) {
        *reason = QStringLiteral("unknown account or plan");
    } else if (plan.value(0).toLongLong() != amount ||
               plan.value(1).toString().compare(currency, Qt::CaseInsensitive) != 0) {
        *reason = QStringLiteral("amount or currency does not match the plan");
    } else if (provider == QStringLiteral("razorpay") && plan.value(3).toInt() > 0) {
        // A subscription's payments are also reported as captured payments; they are credited
        // once, by subscription.charged.
        *reason = QStringLiteral("subscription plans are credited by subscription.charged");
    } else {
        transaction.lockAccount(accountId);
        if (plan.value(3).toInt() > 0) {
            startSubscription(transaction, provider, paymentRef.isEmpty() ? eventId : paymentRef,
                              accountId, planId, plan.value(2).toLongLong(), plan.value(3).toInt());
        } else {
            transaction.exec(
                QStringLiteral(
                    "INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                    "idempotency_key, reference, created_at) VALUES (?, ?, 'purchase', ?, ?, "
                    "?, ?)"),
                {newId(), accountId, plan.value(2).toLongLong(),
                 provider + QLatin1Char(':') + eventId, planId, now()});
        }
        transaction.exec(QStringLiteral("UPDATE accounts SET plan_id = ? WHERE id = ?"),
                         {planId, accountId});
        transaction.exec(
            QStringLiteral(
                "INSERT INTO purchases (id, account_id, provider, payment_ref, plan_id, "
                "amount, currency, seconds, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {newId(), accountId, provider, paymentRef.isEmpty() ? eventId : paymentRef, planId,
             amount, currency.toLower(), plan.value(2).toLongLong(), now()});
        credited = true;
    }
    // Every verified event is recorded, credited or not, so that retries are answered alike.
    if (!transaction.tryExec(
            QStringLiteral("INSERT INTO payment_events (provider, event_id, "
                           "account_id, received_at) VALUES (?, ?, ?, ?)"),
            {provider, eventId, accountKnown ? QVariant(accountId) : QVariant(), now()})) {
        *reason = QStringLiteral("event already processed");
        return false;
    }
    transaction.commit();
    return credited;
}

QHttpServerResponse CloudService::createApiKey(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request);
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QString name = requireString(body, QStringLiteral("name"), 100);
    const QJsonValue scopesValue = body.value(QStringLiteral("scopes"));
    if (!scopesValue.isArray() || scopesValue.toArray().isEmpty()) {
        throw invalid(QStringLiteral("scopes"), QStringLiteral("'scopes' is a list drawn from: %1")
                                                    .arg(kApiKeyScopes.join(QStringLiteral(", "))));
    }
    QStringList scopes;
    for (const QJsonValue& scope : scopesValue.toArray()) {
        if (!kApiKeyScopes.contains(scope.toString())) {
            throw invalid(QStringLiteral("scopes"),
                          QStringLiteral("unknown scope; use %1")
                              .arg(kApiKeyScopes.join(QStringLiteral(", "))));
        }
        if (!scopes.contains(scope.toString())) {
            scopes.append(scope.toString());
        }
    }
    QSqlQuery paying = database_->exec(
        QStringLiteral("SELECT 1 FROM purchases WHERE account_id = ?"), {caller.accountId});
    if (!paying.next() && caller.role != QStringLiteral("admin")) {
        throw HttpError(Status::Forbidden, QStringLiteral("Paid feature"),
                        QStringLiteral("API keys come with a purchased plan: buy minutes first"));
    }
    const QByteArray visible = kApiKeyPrefix + crypto::randomBytes(6).toHex();
    const QByteArray key = visible + '_' + crypto::randomToken(32);
    const QString id = newId();
    WriteTransaction transaction(*database_);
    transaction.exec(QStringLiteral("INSERT INTO api_keys (id, account_id, prefix, key_hash, name, "
                                    "scopes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {id, caller.accountId, QString::fromLatin1(visible), hashToken(key), name,
                      scopes.join(QLatin1Char(' ')), now()});
    transaction.commit();
    return json({{QStringLiteral("id"), id},
                 {QStringLiteral("key"), QString::fromLatin1(key)},
                 {QStringLiteral("prefix"), QString::fromLatin1(visible)},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}},
                Status::Created);
}

QHttpServerResponse CloudService::listApiKeys(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request);
    QSqlQuery query = database_->exec(
        QStringLiteral("SELECT id, prefix, name, scopes, created_at, last_used_at, revoked_at FROM "
                       "api_keys WHERE account_id = ? ORDER BY created_at, id"),
        {caller.accountId});
    QJsonArray keys;
    auto optional = [](const QVariant& value) {
        return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong());
    };
    while (query.next()) {
        keys.append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("prefix"), query.value(1).toString()},
            {QStringLiteral("name"), query.value(2).toString()},
            {QStringLiteral("scopes"),
             QJsonArray::fromStringList(query.value(3).toString().split(QLatin1Char(' ')))},
            {QStringLiteral("created_at"), query.value(4).toLongLong()},
            {QStringLiteral("last_used_at"), optional(query.value(5))},
            {QStringLiteral("revoked_at"), optional(query.value(6))}});
    }
    return json({{QStringLiteral("api_keys"), keys}});
}

QHttpServerResponse CloudService::revokeApiKey(const QString& keyId,
                                               const QHttpServerRequest& request) {
    const Caller caller = authenticate(request);
    WriteTransaction transaction(*database_);
    QSqlQuery revoked = transaction.exec(
        QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND account_id = ? AND "
                       "revoked_at IS NULL"),
        {now(), keyId, caller.accountId});
    if (revoked.numRowsAffected() != 1) {
        throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                        QStringLiteral("no active API key %1 on this account").arg(keyId.left(64)));
    }
    transaction.commit();
    return QHttpServerResponse(Status::NoContent);
}

void CloudService::requireRazorpayKeys() const {
    if (config_.razorpayKeyId.isEmpty() || config_.razorpayKeySecret.isEmpty()) {
        throw HttpError(Status::ServiceUnavailable, QStringLiteral("Payments not configured"),
                        QStringLiteral("UPI payments are not set up on this service: set "
                                       "SONARA_CLOUD_RAZORPAY_KEY_ID and _KEY_SECRET"));
    }
}

QJsonObject CloudService::createAtRazorpay(const QString& path, const QJsonObject& body) {
    QNetworkRequest outbound(QUrl(config_.razorpayApiBase + path));
    outbound.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    outbound.setRawHeader(
        "Authorization",
        "Basic " + (config_.razorpayKeyId + ':' + config_.razorpayKeySecret).toBase64());
    outbound.setTransferTimeout(20000);
    QNetworkReply* reply =
        network_->post(outbound, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject created = QJsonDocument::fromJson(reply->readAll()).object();
    if (status != 200 || created.value(QStringLiteral("id")).toString().isEmpty()) {
        logLine({{QStringLiteral("level"), QStringLiteral("error")},
                 {QStringLiteral("message"), QStringLiteral("Razorpay refused %1").arg(path)},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("razorpay_error"), created.value(QStringLiteral("error"))
                                                        .toObject()
                                                        .value(QStringLiteral("description"))}});
        throw HttpError(
            Status::BadGateway, QStringLiteral("Payment provider unavailable"),
            QStringLiteral("the UPI payment could not be started; try again in a minute"));
    }
    return created;
}

QHttpServerResponse CloudService::createRazorpayOrder(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request);
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QString planId = requireString(body, QStringLiteral("plan_id"), 64);
    requireRazorpayKeys();
    QSqlQuery plan = database_->exec(
        QStringLiteral("SELECT price_cents, currency FROM plans WHERE id = ? AND active = 1 AND "
                       "interval_months IS NULL"),
        {planId});
    if (!plan.next()) {
        throw invalid(QStringLiteral("plan_id"),
                      QStringLiteral("no one-time plan '%1': pick one from GET /v1/plans, or "
                                     "subscribe through POST /v1/razorpay/subscriptions")
                          .arg(planId.left(64)));
    }
    // The notes come back in the payment webhook, which credits by them.
    const QJsonObject order{{QStringLiteral("amount"), plan.value(0).toLongLong()},
                            {QStringLiteral("currency"), plan.value(1).toString().toUpper()},
                            {QStringLiteral("receipt"), newId().left(36)},
                            {QStringLiteral("notes"),
                             QJsonObject{{QStringLiteral("sonara_account_id"), caller.accountId},
                                         {QStringLiteral("sonara_plan_id"), planId}}}};
    const QJsonObject created = createAtRazorpay(QStringLiteral("/v1/orders"), order);
    return json({{QStringLiteral("order_id"), created.value(QStringLiteral("id"))},
                 {QStringLiteral("key_id"), QString::fromLatin1(config_.razorpayKeyId)},
                 {QStringLiteral("amount"), plan.value(0).toLongLong()},
                 {QStringLiteral("currency"), plan.value(1).toString().toUpper()}},
                Status::Created);
}

QHttpServerResponse CloudService::createRazorpaySubscription(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request);
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QString planId = requireString(body, QStringLiteral("plan_id"), 64);
    requireRazorpayKeys();
    QSqlQuery plan = database_->exec(
        QStringLiteral("SELECT interval_months FROM plans WHERE id = ? AND active = 1 AND "
                       "interval_months > 0"),
        {planId});
    if (!plan.next()) {
        throw invalid(QStringLiteral("plan_id"),
                      QStringLiteral("no subscription plan '%1': pick one from GET /v1/plans")
                          .arg(planId.left(64)));
    }
    const QString razorpayPlan = config_.razorpayPlans.value(planId);
    if (razorpayPlan.isEmpty()) {
        throw HttpError(Status::ServiceUnavailable, QStringLiteral("Payments not configured"),
                        QStringLiteral("plan '%1' has no Razorpay plan: add it to razorpay_plans "
                                       "in the service's config file")
                            .arg(planId.left(64)));
    }
    // Razorpay needs a number of billing cycles; ten years' worth is "until cancelled". The
    // notes come back in every subscription webhook, which credits by them.
    const QJsonObject subscription{
        {QStringLiteral("plan_id"), razorpayPlan},
        {QStringLiteral("total_count"), std::max(1, 120 / plan.value(0).toInt())},
        {QStringLiteral("customer_notify"), 1},
        {QStringLiteral("notes"),
         QJsonObject{{QStringLiteral("sonara_account_id"), caller.accountId},
                     {QStringLiteral("sonara_plan_id"), planId}}}};
    const QJsonObject created = createAtRazorpay(QStringLiteral("/v1/subscriptions"), subscription);
    return json({{QStringLiteral("subscription_id"), created.value(QStringLiteral("id"))},
                 {QStringLiteral("key_id"), QString::fromLatin1(config_.razorpayKeyId)},
                 {QStringLiteral("short_url"), created.value(QStringLiteral("short_url"))}},
                Status::Created);
}

QHttpServerResponse CloudService::createCheckout(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request);
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QString planId = requireString(body, QStringLiteral("plan_id"), 64);
    if (config_.stripeSecretKey.isEmpty()) {
        throw HttpError(Status::ServiceUnavailable, QStringLiteral("Payments not configured"),
                        QStringLiteral("card payments are not set up on this service: set "
                                       "SONARA_CLOUD_STRIPE_SECRET_KEY"));
    }
    QSqlQuery plan = database_->exec(
        QStringLiteral(
            "SELECT name, price_cents, currency, interval_months FROM plans WHERE id = ? "
            "AND active = 1"),
        {planId});
    if (!plan.next()) {
        throw invalid(
            QStringLiteral("plan_id"),
            QStringLiteral("no plan '%1': pick one from GET /v1/plans").arg(planId.left(64)));
    }
    // Stripe's API takes form fields; the metadata is what the webhook later credits by.
    QUrlQuery form;
    const int months = plan.value(3).toInt();
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("mode"),
         months > 0 ? QStringLiteral("subscription") : QStringLiteral("payment")},
        {QStringLiteral("client_reference_id"), caller.accountId},
        {QStringLiteral("success_url"), config_.publicUrl + QStringLiteral("/account/paid")},
        {QStringLiteral("cancel_url"), config_.publicUrl + QStringLiteral("/account")},
        {QStringLiteral("line_items[0][quantity]"), QStringLiteral("1")},
        {QStringLiteral("line_items[0][price_data][currency]"), plan.value(2).toString()},
        {QStringLiteral("line_items[0][price_data][unit_amount]"), plan.value(1).toString()},
        {QStringLiteral("line_items[0][price_data][product_data][name]"), plan.value(0).toString()},
        {QStringLiteral("metadata[sonara_account_id]"), caller.accountId},
        {QStringLiteral("metadata[sonara_plan_id]"), planId},
    };
    if (months > 0) {
        fields.append({QStringLiteral("line_items[0][price_data][recurring][interval]"),
                       QStringLiteral("month")});
        fields.append({QStringLiteral("line_items[0][price_data][recurring][interval_count]"),
                       QString::number(months)});
        fields.append(
            {QStringLiteral("subscription_data[metadata][sonara_account_id]"), caller.accountId});
    } else {
        fields.append(
            {QStringLiteral("payment_intent_data[metadata][sonara_account_id]"), caller.accountId});
    }
    for (const auto& field : fields) {
        form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(field.first)),
                          QString::fromLatin1(QUrl::toPercentEncoding(field.second)));
    }
    QNetworkRequest outbound(QUrl(config_.stripeApiBase + QStringLiteral("/v1/checkout/sessions")));
    outbound.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
    outbound.setRawHeader("Authorization", "Bearer " + config_.stripeSecretKey);
    outbound.setRawHeader("Idempotency-Key", crypto::randomToken(16));
    outbound.setTransferTimeout(20000);
    QNetworkReply* reply = network_->post(outbound, form.toString(QUrl::FullyEncoded).toUtf8());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject session = QJsonDocument::fromJson(reply->readAll()).object();
    const QString url = session.value(QStringLiteral("url")).toString();
    if (status != 200 || url.isEmpty()) {
        logLine(
            {{QStringLiteral("level"), QStringLiteral("error")},
             {QStringLiteral("message"), QStringLiteral("Stripe refused a checkout session")},
             {QStringLiteral("status"), status},
             {QStringLiteral("stripe_error"),
              session.value(QStringLiteral("error")).toObject().value(QStringLiteral("message"))}});
        throw HttpError(Status::BadGateway, QStringLiteral("Payment provider unavailable"),
                        QStringLiteral("the card payment page could not be opened; try again in a "
                                       "minute"));
    }
    return json(
        {{QStringLiteral("id"), session.value(QStringLiteral("id"))}, {QStringLiteral("url"), url}},
        Status::Created);
}

qint64 CloudService::reverseCredit(const QString& provider, const QString& eventId,
                                   const QString& paymentRef, qint64 refundedAmount,
                                   bool cumulative, QString* reason) {
    if (refundedAmount < 0) {
        *reason = QStringLiteral("the event carries no refund amount");
        return 0;
    }
    WriteTransaction transaction(*database_);
    QSqlQuery seen = transaction.exec(
        QStringLiteral("SELECT 1 FROM payment_events WHERE provider = ? AND event_id = ?"),
        {provider, eventId});
    if (seen.next()) {
        *reason = QStringLiteral("event already processed");
        return 0;
    }
    QSqlQuery purchase = transaction.exec(
        QStringLiteral("SELECT id, account_id, amount, seconds, refunded_amount, refunded_seconds "
                       "FROM purchases WHERE provider = ? AND payment_ref = ?"),
        {provider, paymentRef});
    qint64 taken = 0;
    QVariant accountId;
    if (!purchase.next()) {
        *reason = QStringLiteral("no purchase for this payment");
    } else {
        const QString purchaseId = purchase.value(0).toString();
        accountId = purchase.value(1);
        const qint64 amount = purchase.value(2).toLongLong();
        const qint64 seconds = purchase.value(3).toLongLong();
        const qint64 total = std::clamp<qint64>(
            cumulative ? refundedAmount : purchase.value(4).toLongLong() + refundedAmount, 0,
            amount);
        // Seconds are reversed in proportion to the money; a partial refund rounds in the
        // customer's favour.
        const qint64 owed = amount > 0 ? seconds * total / amount : 0;
        const qint64 due = owed - purchase.value(5).toLongLong();
        transaction.lockAccount(accountId.toString());
        const qint64 available = sumLedger(transaction, accountId.toString());
        taken = std::clamp<qint64>(due, 0, available);
        const qint64 shortfall = std::max<qint64>(due, 0) - taken;
        if (taken > 0) {
            transaction.exec(
                QStringLiteral(
                    "INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                    "idempotency_key, reference, created_at) VALUES (?, ?, 'refund', ?, ?, "
                    "?, ?)"),
                {newId(), accountId, -taken, provider + QLatin1Char(':') + eventId, paymentRef,
                 now()});
        }
        transaction.exec(
            QStringLiteral("UPDATE purchases SET refunded_amount = ?, refunded_seconds = ?, "
                           "shortfall_seconds = shortfall_seconds + ? WHERE id = ?"),
            {total, std::max(owed, purchase.value(5).toLongLong()), shortfall, purchaseId});
        *reason =
            shortfall > 0
                ? QStringLiteral("balance too low: %1 seconds recorded as shortfall").arg(shortfall)
                : QString();
    }
    if (!transaction.tryExec(QStringLiteral("INSERT INTO payment_events (provider, event_id, "
                                            "account_id, received_at) VALUES (?, ?, ?, ?)"),
                             {provider, eventId, accountId, now()})) {
        *reason = QStringLiteral("event already processed");
        return 0;
    }
    transaction.commit();
    return taken;
}

QHttpServerResponse CloudService::stripeWebhook(const QHttpServerRequest& request) {
    const QByteArray body = request.body();
    if (body.size() > config_.maxBodyBytes) {
        throw HttpError(Status::PayloadTooLarge, QStringLiteral("Request too large"),
                        QStringLiteral("the body exceeds %1 bytes").arg(config_.maxBodyBytes));
    }
    auto refuse = [](const QString& detail) {
        return HttpError(Status::BadRequest, QStringLiteral("Signature refused"), detail);
    };
    if (config_.stripeWebhookSecret.isEmpty()) {
        throw HttpError(Status::ServiceUnavailable, QStringLiteral("Stripe not configured"),
                        QStringLiteral("set SONARA_CLOUD_STRIPE_WEBHOOK_SECRET on the service"));
    }
    QByteArray timestamp;
    QList<QByteArray> signatures;
    for (const QByteArray& item : request.value("Stripe-Signature").split(',')) {
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0) {
            continue;
        }
        const QByteArray name = item.left(equals).trimmed();
        const QByteArray value = item.mid(equals + 1).trimmed();
        if (name == "t") {
            timestamp = value;
        } else if (name == "v1") {
            signatures.append(value);
        }
    }
    bool numeric = false;
    const qint64 signedAt = timestamp.toLongLong(&numeric);
    if (!numeric || signatures.isEmpty()) {
        throw refuse(QStringLiteral("the Stripe-Signature header lacks t= or v1="));
    }
    if (qAbs(now() - signedAt) > kStripeToleranceSeconds) {
        throw refuse(
            QStringLiteral("the Stripe-Signature timestamp is outside the 5-minute tolerance"));
    }
    const QByteArray expected =
        crypto::hmacSha256(config_.stripeWebhookSecret, timestamp + '.' + body).toHex();
    bool matched = false;
    for (const QByteArray& signature : signatures) {
        matched = crypto::constantTimeEquals(signature, expected) || matched;
    }
    if (!matched) {
        throw refuse(
            QStringLiteral("no v1 signature matches: check the endpoint's signing secret"));
    }
    const QJsonObject event = QJsonDocument::fromJson(body).object();
    const QString eventId = event.value(QStringLiteral("id")).toString();
    if (eventId.isEmpty()) {
        throw HttpError(Status::BadRequest, QStringLiteral("Malformed event"),
                        QStringLiteral("the event has no id"));
    }
    const QString type = event.value(QStringLiteral("type")).toString();
    const QJsonObject session =
        event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    if (type == QStringLiteral("charge.refunded")) {
        QString reason;
        const qint64 taken = reverseCredit(
            QStringLiteral("stripe"), eventId,
            session.value(QStringLiteral("payment_intent")).toString(),
            providerInteger(session.value(QStringLiteral("amount_refunded"))), true, &reason);
        return json({{QStringLiteral("received"), true},
                     {QStringLiteral("reversed_seconds"), taken},
                     {QStringLiteral("reason"), reason}});
    }
    if (const auto subscriptionEvent = stripeSubscriptionEvent(event, now())) {
        return json(outcomeToJson(handleSubscriptionEvent(*subscriptionEvent, body)));
    }
    if (type != QStringLiteral("checkout.session.completed")) {
        return json({{QStringLiteral("received"), true}, {QStringLiteral("credited"), false}});
    }
    const QJsonObject metadata = session.value(QStringLiteral("metadata")).toObject();
    QString reason;
    bool credited = false;
    if (session.value(QStringLiteral("payment_status")).toString() != QStringLiteral("paid")) {
        reason = QStringLiteral("the session is not paid");
    } else {
        credited = creditPurchase(
            QStringLiteral("stripe"), eventId,
            metadata.value(QStringLiteral("sonara_account_id")).toString(),
            metadata.value(QStringLiteral("sonara_plan_id")).toString(),
            providerInteger(session.value(QStringLiteral("amount_total"))),
            session.value(QStringLiteral("currency")).toString(),
            session.value(QStringLiteral("mode")).toString() == QStringLiteral("subscription")
                ? session.value(QStringLiteral("subscription")).toString()
                : session.value(QStringLiteral("payment_intent")).toString(),
            &reason);
    }
    if (credited) {
        // Invoices of this subscription that arrived before its checkout can be applied now.
        applyDeferredEvents();
    }
    return json({{QStringLiteral("received"), true},
                 {QStringLiteral("credited"), credited},
                 {QStringLiteral("reason"), reason}});
}

QHttpServerResponse CloudService::razorpayWebhook(const QHttpServerRequest& request) {
    const QByteArray body = request.body();
    if (body.size() > config_.maxBodyBytes) {
        throw HttpError(Status::PayloadTooLarge, QStringLiteral("Request too large"),
                        QStringLiteral("the body exceeds %1 bytes").arg(config_.maxBodyBytes));
    }
    if (config_.razorpayWebhookSecret.isEmpty()) {
        throw HttpError(Status::ServiceUnavailable, QStringLiteral("Razorpay not configured"),
                        QStringLiteral("set SONARA_CLOUD_RAZORPAY_WEBHOOK_SECRET on the service"));
    }
    const QByteArray expected = crypto::hmacSha256(config_.razorpayWebhookSecret, body).toHex();
    if (!crypto::constantTimeEquals(request.value("X-Razorpay-Signature").trimmed(), expected)) {
        throw HttpError(Status::BadRequest, QStringLiteral("Signature refused"),
                        QStringLiteral("X-Razorpay-Signature does not match: check the webhook "
                                       "secret"));
    }
    // Razorpay signs no timestamp: its event id is the only defence against replays.
    const QString eventId = QString::fromUtf8(request.value("X-Razorpay-Event-Id")).trimmed();
    if (eventId.isEmpty()) {
        throw HttpError(Status::BadRequest, QStringLiteral("Malformed event"),
                        QStringLiteral("the X-Razorpay-Event-Id header is missing"));
    }
    const QJsonObject event = QJsonDocument::fromJson(body).object();
    const QString type = event.value(QStringLiteral("event")).toString();
    if (const auto subscriptionEvent = razorpaySubscriptionEvent(event, eventId, now())) {
        return json(outcomeToJson(handleSubscriptionEvent(*subscriptionEvent, body)));
    }
    if (type == QStringLiteral("refund.processed")) {
        const QJsonObject refund = event.value(QStringLiteral("payload"))
                                       .toObject()
                                       .value(QStringLiteral("refund"))
                                       .toObject()
                                       .value(QStringLiteral("entity"))
                                       .toObject();
        QString reason;
        const qint64 taken =
            reverseCredit(QStringLiteral("razorpay"), eventId,
                          refund.value(QStringLiteral("payment_id")).toString(),
                          providerInteger(refund.value(QStringLiteral("amount"))), false, &reason);
        return json({{QStringLiteral("received"), true},
                     {QStringLiteral("reversed_seconds"), taken},
                     {QStringLiteral("reason"), reason}});
    }
    if (type != QStringLiteral("payment.captured") && type != QStringLiteral("order.paid")) {
        return json({{QStringLiteral("received"), true}, {QStringLiteral("credited"), false}});
    }
    const QJsonObject payment = event.value(QStringLiteral("payload"))
                                    .toObject()
                                    .value(QStringLiteral("payment"))
                                    .toObject()
                                    .value(QStringLiteral("entity"))
                                    .toObject();
    const QJsonObject notes = payment.value(QStringLiteral("notes")).toObject();
    QString reason;
    const bool credited =
        creditPurchase(QStringLiteral("razorpay"), eventId,
                       notes.value(QStringLiteral("sonara_account_id")).toString(),
                       notes.value(QStringLiteral("sonara_plan_id")).toString(),
                       providerInteger(payment.value(QStringLiteral("amount"))),
                       payment.value(QStringLiteral("currency")).toString(),
                       payment.value(QStringLiteral("id")).toString(), &reason);
    return json({{QStringLiteral("received"), true},
                 {QStringLiteral("credited"), credited},
                 {QStringLiteral("reason"), reason}});
}

QHttpServerResponse CloudService::adminUsers(const QHttpServerRequest& request) {
    requireAdmin(request);
    const QString search = request.query().queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    QString pattern = search.left(128);
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    QSqlQuery query = database_->exec(
        QStringLiteral("SELECT a.id, a.email, a.role, a.status, a.plan_id, "
                       "CAST(COALESCE((SELECT SUM(l.seconds) FROM ledger_entries l WHERE "
                       "l.account_id = a.id), 0) AS BIGINT) FROM accounts a WHERE a.email LIKE ? "
                       "ESCAPE '\\' ORDER BY a.email LIMIT 200"),
        {QLatin1Char('%') + pattern.toLower() + QLatin1Char('%')});
    QJsonArray users;
    while (query.next()) {
        users.append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("email"), query.value(1).toString()},
            {QStringLiteral("role"), query.value(2).toString()},
            {QStringLiteral("status"), query.value(3).toString()},
            {QStringLiteral("plan"),
             query.value(4).isNull() ? QJsonValue() : QJsonValue(query.value(4).toString())},
            {QStringLiteral("balance_seconds"), query.value(5).toLongLong()}});
    }
    return json({{QStringLiteral("users"), users}});
}

QHttpServerResponse CloudService::adminGrant(const QString& accountId,
                                             const QHttpServerRequest& request) {
    const Caller admin = requireAdmin(request);
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const qint64 seconds =
        requireInteger(body, QStringLiteral("seconds"), -kMaxSeconds, kMaxSeconds);
    const QString reason = requireString(body, QStringLiteral("reason"), 500);
    const QString key = requireString(body, QStringLiteral("idempotency_key"), 128);
    if (seconds == 0) {
        throw invalid(QStringLiteral("seconds"), QStringLiteral("'seconds' must not be 0"));
    }
    WriteTransaction transaction(*database_);
    transaction.lockAccount(accountId);
    QSqlQuery account =
        transaction.exec(QStringLiteral("SELECT id FROM accounts WHERE id = ?"), {accountId});
    if (!account.next()) {
        throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                        QStringLiteral("no account %1").arg(accountId.left(64)));
    }
    const QString storedKey = QStringLiteral("grant:") + key;
    QSqlQuery existing = transaction.exec(
        QStringLiteral(
            "SELECT seconds FROM ledger_entries WHERE account_id = ? AND idempotency_key = ?"),
        {accountId, storedKey});
    if (existing.next()) {
        return json({{QStringLiteral("replayed"), true},
                     {QStringLiteral("balance_seconds"), sumLedger(transaction, accountId)}});
    }
    const qint64 before = sumLedger(transaction, accountId);
    // A revocation never takes the balance below zero; the part it could not take is recorded.
    const qint64 applied = seconds < 0 ? -qMin(-seconds, before) : seconds;
    QString detail = reason;
    if (applied != seconds) {
        detail += QStringLiteral(" (shortfall %1 seconds)").arg(applied - seconds);
    }
    if (applied != 0) {
        transaction.exec(
            QStringLiteral(
                "INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                "idempotency_key, reference, created_at) VALUES (?, ?, 'grant', ?, ?, ?, ?)"),
            {newId(), accountId, applied, storedKey, reason, now()});
    }
    audit(transaction, admin, QStringLiteral("credit.grant"), accountId,
          QStringLiteral("%1 seconds: %2").arg(applied).arg(detail));
    transaction.commit();
    return json({{QStringLiteral("replayed"), false},
                 {QStringLiteral("applied_seconds"), applied},
                 {QStringLiteral("balance_seconds"), before + applied}});
}

QHttpServerResponse CloudService::adminSetStatus(const QString& accountId, const QString& status,
                                                 const QHttpServerRequest& request) {
    const Caller admin = requireAdmin(request);
    if (accountId == admin.accountId) {
        throw HttpError(Status::Conflict, QStringLiteral("Refused"),
                        QStringLiteral("administrators cannot suspend their own account"));
    }
    WriteTransaction transaction(*database_);
    QSqlQuery account =
        transaction.exec(QStringLiteral("SELECT id FROM accounts WHERE id = ?"), {accountId});
    if (!account.next()) {
        throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                        QStringLiteral("no account %1").arg(accountId.left(64)));
    }
    transaction.exec(QStringLiteral("UPDATE accounts SET status = ? WHERE id = ?"),
                     {status, accountId});
    if (status != QStringLiteral("active")) {
        transaction.exec(
            QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE account_id = ? "
                           "AND revoked_at IS NULL"),
            {now(), accountId});
    }
    audit(transaction, admin,
          status == QStringLiteral("active") ? QStringLiteral("user.reactivate")
                                             : QStringLiteral("user.suspend"),
          accountId, {});
    transaction.commit();
    return json({{QStringLiteral("id"), accountId}, {QStringLiteral("status"), status}});
}

QHttpServerResponse CloudService::adminAudit(const QHttpServerRequest& request) {
    requireAdmin(request);
    QSqlQuery query = database_->exec(QStringLiteral(
        "SELECT id, actor_id, action, target, detail, created_at FROM audit_log ORDER BY "
        "created_at DESC, id LIMIT 500"));
    QJsonArray entries;
    while (query.next()) {
        entries.append(QJsonObject{{QStringLiteral("id"), query.value(0).toString()},
                                   {QStringLiteral("actor_id"), query.value(1).toString()},
                                   {QStringLiteral("action"), query.value(2).toString()},
                                   {QStringLiteral("target"), query.value(3).toString()},
                                   {QStringLiteral("detail"), query.value(4).toString()},
                                   {QStringLiteral("created_at"), query.value(5).toLongLong()}});
    }
    return json({{QStringLiteral("entries"), entries}});
}

QHttpServerResponse CloudService::adminTransactions(const QHttpServerRequest& request) {
    requireAdmin(request);
    QSqlQuery query = database_->exec(QStringLiteral(
        "SELECT p.id, p.account_id, a.email, p.provider, p.payment_ref, p.plan_id, p.amount, "
        "p.currency, p.seconds, p.refunded_amount, p.shortfall_seconds, p.created_at FROM "
        "purchases "
        "p JOIN accounts a ON a.id = p.account_id ORDER BY p.created_at DESC, p.id LIMIT 500"));
    QJsonArray list;
    while (query.next()) {
        list.append(QJsonObject{{QStringLiteral("id"), query.value(0).toString()},
                                {QStringLiteral("account_id"), query.value(1).toString()},
                                {QStringLiteral("email"), query.value(2).toString()},
                                {QStringLiteral("provider"), query.value(3).toString()},
                                {QStringLiteral("payment_ref"), query.value(4).toString()},
                                {QStringLiteral("plan_id"), query.value(5).toString()},
                                {QStringLiteral("amount"), query.value(6).toLongLong()},
                                {QStringLiteral("currency"), query.value(7).toString()},
                                {QStringLiteral("seconds"), query.value(8).toLongLong()},
                                {QStringLiteral("refunded_amount"), query.value(9).toLongLong()},
                                {QStringLiteral("shortfall_seconds"), query.value(10).toLongLong()},
                                {QStringLiteral("created_at"), query.value(11).toLongLong()}});
    }
    return json({{QStringLiteral("transactions"), list}});
}

QHttpServerResponse CloudService::adminRevenue(const QHttpServerRequest& request) {
    requireAdmin(request);
    const QString by = request.query().queryItemValue(QStringLiteral("by"));
    // Only these fixed expressions reach the SQL text.
    const QHash<QString, QString> groups{
        {QStringLiteral("day"), QStringLiteral("CAST((created_at / 86400) * 86400 AS TEXT)")},
        {QStringLiteral("plan"), QStringLiteral("plan_id")},
        {QStringLiteral("provider"), QStringLiteral("provider")}};
    if (!groups.contains(by)) {
        throw invalid(QStringLiteral("by"), QStringLiteral("'by' must be day, plan or provider"));
    }
    const QString key = groups.value(by);
    QSqlQuery query = database_->exec(
        QStringLiteral("SELECT %1 AS k, currency, COUNT(*), CAST(SUM(amount) AS BIGINT), "
                       "CAST(SUM(refunded_amount) AS BIGINT) FROM purchases GROUP BY %1, currency "
                       "ORDER BY k, currency")
            .arg(key));
    QJsonArray rows;
    while (query.next()) {
        const qint64 gross = query.value(3).toLongLong();
        const qint64 refunded = query.value(4).toLongLong();
        rows.append(QJsonObject{{QStringLiteral("key"), query.value(0).toString()},
                                {QStringLiteral("currency"), query.value(1).toString()},
                                {QStringLiteral("count"), query.value(2).toLongLong()},
                                {QStringLiteral("gross"), gross},
                                {QStringLiteral("refunded"), refunded},
                                {QStringLiteral("net"), gross - refunded}});
    }
    return json({{QStringLiteral("by"), by}, {QStringLiteral("rows"), rows}});
}

QHttpServerResponse CloudService::adminUsage(const QHttpServerRequest& request) {
    requireAdmin(request);
    QSqlQuery query = database_->exec(QStringLiteral(
        "SELECT (created_at / 86400) * 86400 AS day, capability, COUNT(*), "
        "CAST(-SUM(seconds) AS BIGINT) FROM ledger_entries WHERE kind = 'usage' GROUP BY "
        "(created_at / 86400) * 86400, capability ORDER BY day, capability"));
    QJsonArray rows;
    while (query.next()) {
        rows.append(QJsonObject{{QStringLiteral("day"), query.value(0).toLongLong()},
                                {QStringLiteral("capability"), query.value(1).toString()},
                                {QStringLiteral("count"), query.value(2).toLongLong()},
                                {QStringLiteral("seconds"), query.value(3).toLongLong()}});
    }
    return json({{QStringLiteral("rows"), rows}});
}

QHttpServerResponse CloudService::adminPutPlan(const QString& planId,
                                               const QHttpServerRequest& request) {
    const Caller admin = requireAdmin(request);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!idPattern.match(planId).hasMatch()) {
        throw invalid(QStringLiteral("id"),
                      QStringLiteral("a plan id is 1 to 64 lowercase letters, "
                                     "digits and dashes"));
    }
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QString name = requireString(body, QStringLiteral("name"), 100);
    const qint64 price = requireInteger(body, QStringLiteral("price_cents"), 0, 100000000);
    const QString currency = requireString(body, QStringLiteral("currency"), 3).toLower();
    const qint64 seconds = requireInteger(body, QStringLiteral("seconds"), 1, kMaxSeconds);
    const qint64 months = requireInteger(body, QStringLiteral("interval_months"), 0, 12, 0);
    const QVariant interval = months > 0 ? QVariant(static_cast<int>(months)) : QVariant();
    static const QRegularExpression currencyPattern(QStringLiteral("^[a-z]{3}$"));
    if (!currencyPattern.match(currency).hasMatch()) {
        throw invalid(QStringLiteral("currency"),
                      QStringLiteral("'currency' is a three-letter ISO 4217 code such as usd"));
    }
    WriteTransaction transaction(*database_);
    QSqlQuery existing =
        transaction.exec(QStringLiteral("SELECT 1 FROM plans WHERE id = ?"), {planId});
    const bool update = existing.next();
    if (update) {
        transaction.exec(
            QStringLiteral("UPDATE plans SET name = ?, price_cents = ?, currency = ?, "
                           "seconds = ?, interval_months = ?, active = 1 WHERE id = ?"),
            {name, price, currency, seconds, interval, planId});
    } else {
        transaction.exec(
            QStringLiteral("INSERT INTO plans (id, name, price_cents, currency, seconds, "
                           "interval_months, active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"),
            {planId, name, price, currency, seconds, interval, now()});
    }
    audit(transaction, admin,
          update ? QStringLiteral("plan.update") : QStringLiteral("plan.create"), planId,
          QStringLiteral("%1 %2 %3 for %4 s").arg(name).arg(price).arg(currency).arg(seconds));
    transaction.commit();
    return json({{QStringLiteral("id"), planId},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("price_cents"), price},
                 {QStringLiteral("currency"), currency},
                 {QStringLiteral("seconds"), seconds}},
                update ? Status::Ok : Status::Created);
}

QHttpServerResponse CloudService::adminDeletePlan(const QString& planId,
                                                  const QHttpServerRequest& request) {
    const Caller admin = requireAdmin(request);
    WriteTransaction transaction(*database_);
    QSqlQuery existing =
        transaction.exec(QStringLiteral("SELECT 1 FROM plans WHERE id = ?"), {planId});
    if (!existing.next()) {
        throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                        QStringLiteral("no plan %1").arg(planId.left(64)));
    }
    // Withdrawn, not deleted: past purchases still name it.
    transaction.exec(QStringLiteral("UPDATE plans SET active = 0 WHERE id = ?"), {planId});
    audit(transaction, admin, QStringLiteral("plan.withdraw"), planId, {});
    transaction.commit();
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse CloudService::metrics(const QHttpServerRequest& request) {
    requireAdmin(request);
    QByteArray text;
    text +=
        "# HELP sonara_cloud_http_responses_total Responses sent, by status.\n"
        "# TYPE sonara_cloud_http_responses_total counter\n";
    QList<int> statuses = responsesByStatus_.keys();
    std::sort(statuses.begin(), statuses.end());
    for (int status : statuses) {
        text += "sonara_cloud_http_responses_total{status=\"" + QByteArray::number(status) +
                "\"} " + QByteArray::number(responsesByStatus_.value(status)) + '\n';
    }
    auto gauge = [&](const char* name, const char* help, const QString& sql) {
        QSqlQuery query = database_->exec(sql);
        const qint64 value = query.next() ? query.value(0).toLongLong() : 0;
        text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name +
                ' ' + QByteArray::number(value) + '\n';
    };
    gauge("sonara_cloud_accounts", "Accounts.", QStringLiteral("SELECT COUNT(*) FROM accounts"));
    gauge("sonara_cloud_balance_seconds", "Seconds held by all accounts.",
          QStringLiteral("SELECT CAST(COALESCE(SUM(seconds), 0) AS BIGINT) FROM ledger_entries"));
    gauge("sonara_cloud_open_leases", "Leases not yet settled.",
          QStringLiteral(
              "SELECT COUNT(*) FROM leases WHERE settled_at IS NULL AND expired_at IS NULL"));
    gauge("sonara_cloud_schema_version", "Applied migrations.",
          QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"), text);
}

namespace {

// Every row of `sql` (one `?` bound to `value`) as JSON objects named by column.
QJsonArray rowsAsJson(CloudDatabase& db, const QString& sql, const QVariant& value) {
    QSqlQuery query = db.exec(sql, {value});
    QJsonArray rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            row.insert(record.fieldName(i), QJsonValue::fromVariant(query.value(i)));
        }
        rows.append(row);
    }
    return rows;
}

}  // namespace

QJsonObject CloudService::exportAccount(const QString& accountId) {
    const QJsonArray account = rowsAsJson(
        *database_,
        QStringLiteral(
            "SELECT id, email, role, plan_id, status, created_at, email_verified_at FROM "
            "accounts WHERE id = ?"),
        accountId);
    if (account.isEmpty()) {
        throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                        QStringLiteral("no account %1").arg(accountId.left(64)));
    }
    return QJsonObject{
        {QStringLiteral("account"), account.at(0)},
        {QStringLiteral("ledger"),
         rowsAsJson(
             *database_,
             QStringLiteral("SELECT id, kind, seconds, capability, reference, created_at FROM "
                            "ledger_entries WHERE account_id = ? ORDER BY created_at, id"),
             accountId)},
        {QStringLiteral("purchases"),
         rowsAsJson(*database_,
                    QStringLiteral("SELECT id, provider, payment_ref, plan_id, amount, currency, "
                                   "seconds, refunded_amount, created_at FROM purchases WHERE "
                                   "account_id = ? ORDER BY created_at, id"),
                    accountId)},
        {QStringLiteral("leases"),
         rowsAsJson(*database_,
                    QStringLiteral("SELECT id, seconds, issued_at, expires_at, settled_at, "
                                   "spent_seconds FROM leases WHERE account_id = ? ORDER BY "
                                   "issued_at, id"),
                    accountId)},
        {QStringLiteral("devices"),
         rowsAsJson(
             *database_,
             QStringLiteral("SELECT device_id, activated_at FROM devices WHERE account_id = ? "
                            "ORDER BY activated_at"),
             accountId)},
        {QStringLiteral("api_keys"),
         rowsAsJson(
             *database_,
             QStringLiteral("SELECT id, prefix, name, scopes, created_at, last_used_at, "
                            "revoked_at FROM api_keys WHERE account_id = ? ORDER BY created_at"),
             accountId)},
        {QStringLiteral("voice_shares"),
         rowsAsJson(
             *database_,
             QStringLiteral("SELECT id, name, sample_sha256, status, reason, created_at FROM "
                            "voice_shares WHERE account_id = ? ORDER BY created_at"),
             accountId)},
        {QStringLiteral("exported_at"), now()}};
}

QHttpServerResponse CloudService::adminExportUser(const QString& accountId,
                                                  const QHttpServerRequest& request) {
    const Caller admin = requireAdmin(request);
    const QJsonObject data = exportAccount(accountId);
    WriteTransaction transaction(*database_);
    audit(transaction, admin, QStringLiteral("user.export"), accountId, {});
    transaction.commit();
    return json(data);
}

QHttpServerResponse CloudService::adminDeleteUser(const QString& accountId,
                                                  const QHttpServerRequest& request) {
    const Caller admin = requireAdmin(request);
    if (accountId == admin.accountId) {
        throw HttpError(Status::Conflict, QStringLiteral("Refused"),
                        QStringLiteral("administrators cannot delete their own account"));
    }
    // The export is taken first and returned, so nothing is deleted that was not handed over.
    const QJsonObject data = exportAccount(accountId);
    WriteTransaction transaction(*database_);
    transaction.exec(
        QStringLiteral("UPDATE accounts SET email = ?, password_hash = '!', status = 'suspended', "
                       "email_verified_at = NULL, deleted_at = ? WHERE id = ?"),
        {QStringLiteral("deleted+%1@deleted.invalid").arg(accountId), now(), accountId});
    for (const char* table :
         {"refresh_tokens", "api_keys", "devices", "account_tokens", "voice_shares"}) {
        transaction.exec(
            QStringLiteral("DELETE FROM %1 WHERE account_id = ?").arg(QLatin1String(table)),
            {accountId});
    }
    audit(transaction, admin, QStringLiteral("user.delete"), accountId,
          QStringLiteral("export taken; money records kept anonymised"));
    transaction.commit();
    return json({{QStringLiteral("deleted"), true}, {QStringLiteral("export"), data}});
}

QHttpServerResponse CloudService::billing(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request, QStringLiteral("read"));
    return json(
        {{QStringLiteral("purchases"),
          rowsAsJson(*database_,
                     QStringLiteral("SELECT id, provider, plan_id, amount, currency, seconds, "
                                    "refunded_amount, created_at FROM purchases WHERE "
                                    "account_id = ? ORDER BY created_at DESC, id"),
                     caller.accountId)}});
}

QHttpServerResponse CloudService::listDevices(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request);
    return json({{QStringLiteral("devices"),
                  rowsAsJson(*database_,
                             QStringLiteral("SELECT device_id, activated_at FROM devices WHERE "
                                            "account_id = ? ORDER BY activated_at"),
                             caller.accountId)},
                 {QStringLiteral("limit"), config_.devicesPerAccount}});
}

QHttpServerResponse CloudService::deactivateDevice(const QString& deviceId,
                                                   const QHttpServerRequest& request) {
    const Caller caller = authenticate(request);
    WriteTransaction transaction(*database_);
    QSqlQuery removed = transaction.exec(
        QStringLiteral("DELETE FROM devices WHERE account_id = ? AND device_id = ?"),
        {caller.accountId, deviceId});
    if (removed.numRowsAffected() != 1) {
        throw HttpError(
            Status::NotFound, QStringLiteral("Not found"),
            QStringLiteral("device %1 is not active on this account").arg(deviceId.left(128)));
    }
    transaction.commit();
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse CloudService::catalog() {
    QSqlQuery query = database_->exec(
        QStringLiteral("SELECT entry FROM model_catalog WHERE published = 1 ORDER BY id"));
    QJsonArray models;
    while (query.next()) {
        models.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    }
    return json({{QStringLiteral("models"), models}});
}

QHttpServerResponse CloudService::adminPublishModel(const QString& modelId,
                                                    const QHttpServerRequest& request) {
    const Caller admin = requireAdmin(request);
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,127}$"));
    if (!idPattern.match(modelId).hasMatch()) {
        throw invalid(QStringLiteral("id"),
                      QStringLiteral("a model id is lowercase letters, digits, "
                                     "dots, dashes and underscores"));
    }
    // The studio's model manager needs these to download and check a model.
    requireString(body, QStringLiteral("architecture"), 64);
    requireString(body, QStringLiteral("capability"), 64);
    requireString(body, QStringLiteral("licence"), 128);
    if (!body.value(QStringLiteral("files")).isArray() ||
        body.value(QStringLiteral("files")).toArray().isEmpty()) {
        throw invalid(QStringLiteral("files"),
                      QStringLiteral("'files' lists the model's files with url, size and sha256"));
    }
    QJsonObject entry = body;
    entry.insert(QStringLiteral("id"), modelId);
    WriteTransaction transaction(*database_);
    QSqlQuery existing =
        transaction.exec(QStringLiteral("SELECT 1 FROM model_catalog WHERE id = ?"), {modelId});
    const QString text = QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    if (existing.next()) {
        transaction.exec(QStringLiteral("UPDATE model_catalog SET entry = ?, published = 1, "
                                        "updated_at = ? WHERE id = ?"),
                         {text, now(), modelId});
    } else {
        transaction.exec(QStringLiteral("INSERT INTO model_catalog (id, entry, published, "
                                        "updated_at) VALUES (?, ?, 1, ?)"),
                         {modelId, text, now()});
    }
    audit(transaction, admin, QStringLiteral("catalog.publish"), modelId, {});
    transaction.commit();
    return json(entry);
}

QHttpServerResponse CloudService::adminWithdrawModel(const QString& modelId,
                                                     const QHttpServerRequest& request) {
    const Caller admin = requireAdmin(request);
    WriteTransaction transaction(*database_);
    QSqlQuery withdrawn = transaction.exec(
        QStringLiteral("UPDATE model_catalog SET published = 0, updated_at = ? WHERE id = ? AND "
                       "published = 1"),
        {now(), modelId});
    if (withdrawn.numRowsAffected() != 1) {
        throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                        QStringLiteral("no published model %1").arg(modelId.left(128)));
    }
    audit(transaction, admin, QStringLiteral("catalog.withdraw"), modelId, {});
    transaction.commit();
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse CloudService::shareVoice(const QHttpServerRequest& request) {
    const Caller caller = authenticate(request);
    const QJsonObject body = parseBody(request, config_.maxBodyBytes);
    const QString name = requireString(body, QStringLiteral("name"), 100);
    const QString sha = requireString(body, QStringLiteral("sample_sha256"), 64).toLower();
    static const QRegularExpression shaPattern(QStringLiteral("^[0-9a-f]{64}$"));
    if (!shaPattern.match(sha).hasMatch()) {
        throw invalid(QStringLiteral("sample_sha256"),
                      QStringLiteral("'sample_sha256' is the sample's SHA-256 in 64 hex digits"));
    }
    const QString id = newId();
    WriteTransaction transaction(*database_);
    transaction.exec(
        QStringLiteral("INSERT INTO voice_shares (id, account_id, name, sample_sha256, "
                       "status, created_at) VALUES (?, ?, ?, ?, 'pending', ?)"),
        {id, caller.accountId, name, sha, now()});
    transaction.commit();
    return json({{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("pending")}},
                Status::Created);
}

QHttpServerResponse CloudService::adminModeration(const QHttpServerRequest& request) {
    requireAdmin(request);
    return json(
        {{QStringLiteral("queue"),
          rowsAsJson(*database_,
                     QStringLiteral("SELECT id, account_id, name, sample_sha256, created_at "
                                    "FROM voice_shares WHERE status = ? ORDER BY "
                                    "created_at, id"),
                     QStringLiteral("pending"))}});
}

QHttpServerResponse CloudService::adminDecideVoice(const QString& shareId, bool approve,
                                                   const QHttpServerRequest& request) {
    const Caller admin = requireAdmin(request);
    QString reason;
    if (!approve) {
        reason =
            requireString(parseBody(request, config_.maxBodyBytes), QStringLiteral("reason"), 500);
    }
    WriteTransaction transaction(*database_);
    QSqlQuery decided = transaction.exec(
        QStringLiteral(
            "UPDATE voice_shares SET status = ?, reason = ?, decided_at = ? WHERE id = ? "
            "AND status = 'pending'"),
        {approve ? QStringLiteral("approved") : QStringLiteral("rejected"),
         reason.isEmpty() ? QVariant() : QVariant(reason), now(), shareId});
    if (decided.numRowsAffected() != 1) {
        throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                        QStringLiteral("no pending voice sample %1").arg(shareId.left(64)));
    }
    audit(transaction, admin,
          approve ? QStringLiteral("voice.approve") : QStringLiteral("voice.reject"), shareId,
          reason);
    transaction.commit();
    return json({{QStringLiteral("id"), shareId},
                 {QStringLiteral("status"),
                  approve ? QStringLiteral("approved") : QStringLiteral("rejected")}});
}

}  // namespace sonara::cloud
