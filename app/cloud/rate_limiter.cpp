#include "app/cloud/rate_limiter.h"

#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_database.h"

#include <algorithm>

namespace sonara::cloud {

RateLimiter::RateLimiter(const CloudDatabase& database, QString name, int limit,
                         qint64 windowSeconds)
    : database_(database), name_(std::move(name)), limit_(limit), window_(windowSeconds) {}

qint64 RateLimiter::hit(const QString& key, qint64 now) const {
    // Hashed: the table then holds no emails or addresses, and every bucket has the same size.
    const QString bucket =
        name_ + QLatin1Char(':') + QString::fromLatin1(crypto::sha256(key.toUtf8()).toHex());
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
