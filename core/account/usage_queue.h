#pragma once

#include <QList>
#include <QString>

namespace sonara::core::account {

class AccountClient;

// Usage events recorded while the service cannot be reached, kept in a JSON file and sent in
// order once it can. Each event carries its idempotency key, so sending one twice (a crash
// between the service's answer and the file's update) charges it once.
class UsageQueue {
public:
    struct Event {
        QString idempotencyKey;
        qint64 seconds = 0;
        QString capability;
    };

    explicit UsageQueue(QString path);

    // On disk before it returns.
    void enqueue(const Event& event);
    // Sends queued events in order and drops each the service accepted; stops at the first
    // failure (keeping it and the rest) and rethrows it. Returns how many were sent.
    int flush(AccountClient& client);
    const QList<Event>& pending() const { return events_; }

private:
    void save() const;

    QString path_;
    QList<Event> events_;
};

}  // namespace sonara::core::account
