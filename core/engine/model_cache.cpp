#include "core/engine/model_cache.h"

namespace sonara::core {

ModelCache::ModelCache(qint64 budgetBytes) : budget_(budgetBytes) {}

std::shared_ptr<void> ModelCache::getErased(const QString& key, qint64 bytes,
                                            const std::function<std::shared_ptr<void>()>& load) {
    auto lookup = [&]() -> std::shared_ptr<void> {
        std::lock_guard lock(mutex_);
        for (auto it = entries_.begin(); it != entries_.end(); ++it) {
            if (it->key == key) {
                entries_.splice(entries_.begin(), entries_, it);
                return entries_.front().value;
            }
        }
        return nullptr;
    };
    if (auto hit = lookup()) {
        return hit;
    }
    // One load at a time: two jobs asking for the same model must not load it twice.
    std::lock_guard loading(loadMutex_);
    if (auto hit = lookup()) {
        return hit;
    }
    std::shared_ptr<void> value = load();
    std::lock_guard lock(mutex_);
    entries_.push_front(Entry{key, value, bytes});
    evictLocked();
    return value;
}

void ModelCache::evictLocked() {
    qint64 used = 0;
    for (const Entry& entry : entries_) {
        used += entry.bytes;
    }
    while (used > budget_ && entries_.size() > 1) {
        used -= entries_.back().bytes;
        entries_.pop_back();
    }
}

void ModelCache::setBudget(qint64 budgetBytes) {
    std::lock_guard lock(mutex_);
    budget_ = budgetBytes;
    evictLocked();
}

qint64 ModelCache::budget() const {
    std::lock_guard lock(mutex_);
    return budget_;
}

qint64 ModelCache::usedBytes() const {
    std::lock_guard lock(mutex_);
    qint64 used = 0;
    for (const Entry& entry : entries_) {
        used += entry.bytes;
    }
    return used;
}

QStringList ModelCache::keys() const {
    std::lock_guard lock(mutex_);
    QStringList result;
    for (const Entry& entry : entries_) {
        result.append(entry.key);
    }
    return result;
}

void ModelCache::clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
}

}  // namespace sonara::core
