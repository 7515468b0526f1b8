#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <list>
#include <memory>
#include <mutex>

namespace sonara::core {

// Keeps recently used models loaded, least recently used first out when the byte budget is
// exceeded. An evicted model stays alive while a running job still holds it.
class ModelCache {
public:
    explicit ModelCache(qint64 budgetBytes);

    template <typename T>
    std::shared_ptr<T> get(const QString& key, qint64 bytes,
                           const std::function<std::shared_ptr<T>()>& load) {
        return std::static_pointer_cast<T>(getErased(key, bytes, [&] { return load(); }));
    }

    void setBudget(qint64 budgetBytes);
    qint64 budget() const;
    qint64 usedBytes() const;
    // Keys from most to least recently used.
    QStringList keys() const;
    void clear();

private:
    struct Entry {
        QString key;
        std::shared_ptr<void> value;
        qint64 bytes = 0;
    };

    std::shared_ptr<void> getErased(const QString& key, qint64 bytes,
                                    const std::function<std::shared_ptr<void>()>& load);
    void evictLocked();

    mutable std::mutex mutex_;
    std::mutex loadMutex_;
    std::list<Entry> entries_;
    qint64 budget_;
};

}  // namespace sonara::core
