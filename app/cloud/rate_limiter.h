#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace sonara::cloud {

// Fixed-window counters per key (an email, an address). In memory and per instance: behind a
// load balancer each instance allows the limit, which still bounds guessing to a small multiple.
class RateLimiter {
public:
    RateLimiter(int limit, qint64 windowSeconds);

    // Counts one attempt; returns 0 when allowed, else the seconds until the next is.
    qint64 hit(const QString& key, qint64 now);

private:
    struct Window {
        qint64 start = 0;
        int count = 0;
    };
    int limit_;
    qint64 window_;
    QMutex mutex_;
    QHash<QString, Window> windows_;
};

}  // namespace sonara::cloud
