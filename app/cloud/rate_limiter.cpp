#include "app/cloud/rate_limiter.h"

#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_database.h"

#include <algorithm>

namespace sonara::cloud {

namespace {

constexpr qint64 kFirstDelaySeconds = 30;

}  // namespace

RateLimiter::RateLimiter(const CloudDatabase& database, QString name, int limit,
                         qint64 windowSeconds, Mode mode)
    : database_(database),
      name_(std::move(name)),
      limit_(limit),
      window_(windowSeconds),
      mode_(mode) {}

QString RateLimiter::bucket(const QString& key) const {
    // Hashed: the table then holds no emails or addresses, and every bucket has the same size.
    return name_ + QLatin1Char(':') + QString::fromLatin1(crypto::sha256(key.toUtf8()).toHex());
}

void RateLimiter::clear(const QString& key) const {
    database_.exec(QStringLiteral("DELETE FROM rate_limits WHERE bucket = ?"), {bucket(key)});
}

void RateLimiter::forgiveOne(const QString& key) const {
    database_.exec(
        QStringLiteral("UPDATE rate_limits SET hits = hits - 1 WHERE bucket = ? AND hits > 0"),
        {bucket(key)});
}

qint64 RateLimiter::delay(qint64 n) const {
    return std::min(window_, kFirstDelaySeconds * n * n);
}

qint64 RateLimiter::hitWithDelays(const QString& bucket, qint64 now) const {
    // As in hit(), one statement decides and counts, so concurrent attempts on several
    // instances let exactly the budget through. A held bucket (next_at in the future) counts
    // nothing; an admitted attempt that reaches the limit sets when the next one is admitted.
    // The limit and delays are the service's own integers, so they are written into the SQL.
    qint64 capAt = 1;
    while (kFirstDelaySeconds * capAt * capAt < window_) {
        ++capAt;
    }
    const QString pastLimit = QStringLiteral("(rate_limits.hits + 2 - %1)").arg(limit_);
    const QString nextDelay = QStringLiteral("CASE WHEN %1 >= %2 THEN %3 ELSE %4 * %1 * %1 END")
                                  .arg(pastLimit)
                                  .arg(capAt)
                                  .arg(window_)
                                  .arg(kFirstDelaySeconds);
    Rows counted = database_.select(
        QStringLiteral(
            "INSERT INTO rate_limits (bucket, window_end, hits, next_at, admitted) VALUES (?, ?, "
            "1, ?, 1) ON CONFLICT (bucket) DO UPDATE SET "
            "admitted = CASE WHEN rate_limits.window_end <= ? OR rate_limits.next_at <= ? THEN 1 "
            "ELSE 0 END, "
            "hits = CASE WHEN rate_limits.window_end <= ? THEN 1 WHEN rate_limits.next_at > ? "
            "THEN rate_limits.hits ELSE rate_limits.hits + 1 END, "
            "next_at = CASE WHEN rate_limits.window_end <= ? THEN excluded.next_at WHEN "
            "rate_limits.next_at > ? THEN rate_limits.next_at WHEN rate_limits.hits + 1 >= %1 "
            "THEN ? + (%2) ELSE 0 END, "
            "window_end = CASE WHEN rate_limits.window_end <= ? THEN excluded.window_end ELSE "
            "rate_limits.window_end END "
            "RETURNING window_end, next_at, admitted")
            .arg(limit_)
            .arg(nextDelay),
        {bucket, now + window_, limit_ <= 1 ? now + delay(1) : 0, now, now, now, now, now, now, now,
         now});
    if (!counted.next()) {
        throw DatabaseError(QStringLiteral("the rate limit counter returned no row"));
    }
    if (counted.integer("admitted") == 1) {
        return 0;
    }
    return std::max<qint64>(
        1, std::min(counted.integer("next_at"), counted.integer("window_end")) - now);
}

qint64 RateLimiter::hit(const QString& key, qint64 now) const {
    const QString bucket = this->bucket(key);
    if (mode_ == Mode::GrowingDelays) {
        return hitWithDelays(bucket, now);
    }
    // One statement both starts a new window when the last one ended and counts the hit, so
    // two instances counting at once cannot both see the old value. SET reads the old row.
    Rows counted = database_.select(
        QStringLiteral(
            "INSERT INTO rate_limits (bucket, window_end, hits) VALUES (?, ?, 1) "
            "ON CONFLICT (bucket) DO UPDATE SET "
            "hits = CASE WHEN rate_limits.window_end <= ? THEN 1 ELSE rate_limits.hits + 1 END, "
            "window_end = CASE WHEN rate_limits.window_end <= ? THEN excluded.window_end "
            "ELSE rate_limits.window_end END "
            "RETURNING hits, window_end"),
        {bucket, now + window_, now, now});
    if (!counted.next()) {
        throw DatabaseError(QStringLiteral("the rate limit counter returned no row"));
    }
    if (counted.integer("hits") <= limit_) {
        return 0;
    }
    return std::max<qint64>(1, counted.integer("window_end") - now);
}

int RateLimiter::purgeEnded(const CloudDatabase& database, qint64 now) {
    return database.exec(QStringLiteral("DELETE FROM rate_limits WHERE window_end <= ?"), {now})
        .numRowsAffected();
}

}  // namespace sonara::cloud
