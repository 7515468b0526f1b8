#include "app/cloud/rate_limiter.h"

namespace sonara::cloud {

RateLimiter::RateLimiter(int limit, qint64 windowSeconds) : limit_(limit), window_(windowSeconds) {}

qint64 RateLimiter::hit(const QString& key, qint64 now) {
    const QMutexLocker lock(&mutex_);
    if (windows_.size() > 100000) {
        // Old windows are worthless; dropping them all bounds memory under a flood of keys.
        windows_.clear();
    }
    Window& window = windows_[key];
    if (now >= window.start + window_) {
        window = Window{now, 0};
    }
    if (window.count >= limit_) {
        return window.start + window_ - now;
    }
    ++window.count;
    return 0;
}

}  // namespace sonara::cloud
