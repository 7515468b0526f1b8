#pragma once

#include <QString>

namespace sonara::cloud {

class CloudDatabase;

// Fixed-window counters per key (an email, an address, an API key), kept in the database so
// that every instance behind a load balancer counts against the same budget. Each hit is one
// atomic upsert, so concurrent instances neither lose counts nor block each other for long.
class RateLimiter {
public:
    // `name` keeps this limiter's keys apart from other limiters' in the shared table.
    RateLimiter(const CloudDatabase& database, QString name, int limit, qint64 windowSeconds);

    // Counts one attempt; returns 0 when allowed, else the seconds until the next is.
    qint64 hit(const QString& key, qint64 now) const;

    // Drops the windows that ended by `now`, whichever limiter they belong to.
    static int purgeEnded(const CloudDatabase& database, qint64 now);

private:
    const CloudDatabase& database_;
    QString name_;
    int limit_;
    qint64 window_;
};

}  // namespace sonara::cloud
