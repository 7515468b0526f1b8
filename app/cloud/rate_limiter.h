#pragma once

#include <QString>

namespace sonara::cloud {

class CloudDatabase;

// Fixed-window counters per key (an email, an address, an API key), kept in the database so
// that every instance behind a load balancer counts against the same budget. Each hit is one
// atomic upsert, so concurrent instances neither lose counts nor block each other for long.
class RateLimiter {
public:
    // FixedWindow lets `limit` attempts through per window. GrowingDelays lets `limit` through
    // at once, then one more after each delay, the delays growing (30 s, 2 min, 4.5 min, ...)
    // up to the window: guessing slows down without a hard lock-out.
    enum class Mode { FixedWindow, GrowingDelays };

    // `name` keeps this limiter's keys apart from other limiters' in the shared table.
    RateLimiter(const CloudDatabase& database, QString name, int limit, qint64 windowSeconds,
                Mode mode = Mode::FixedWindow);

    // Counts one attempt; returns 0 when allowed, else the seconds until the next is.
    qint64 hit(const QString& key, qint64 now) const;
    // Forgets the key's attempts (an owner who proved who they are).
    void clear(const QString& key) const;
    // Takes one counted attempt back (it succeeded); a held key stays held until its delay.
    void forgiveOne(const QString& key) const;

    // Drops the windows that ended by `now`, whichever limiter they belong to.
    static int purgeEnded(const CloudDatabase& database, qint64 now);

private:
    QString bucket(const QString& key) const;
    qint64 hitWithDelays(const QString& bucket, qint64 now) const;
    // The wait after the n-th attempt past the limit's free ones (n >= 1).
    qint64 delay(qint64 n) const;

    const CloudDatabase& database_;
    QString name_;
    int limit_;
    qint64 window_;
    Mode mode_;
};

}  // namespace sonara::cloud
