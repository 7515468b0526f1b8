#include "core/account/usage_queue.h"

#include "core/account/account_client.h"
#include "core/account/account_error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sonara::core::account {

UsageQueue::UsageQueue(QString path) : path_(std::move(path)) {
    QFile file(path_);
    if (!file.exists()) {
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw AccountError(
            QStringLiteral("cannot read the usage queue %1: check its permissions").arg(path_));
    }
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject item = value.toObject();
        events_.append(Event{item.value(QStringLiteral("idempotency_key")).toString(),
                             static_cast<qint64>(item.value(QStringLiteral("seconds")).toDouble()),
                             item.value(QStringLiteral("capability")).toString()});
    }
}

void UsageQueue::save() const {
    QJsonArray items;
    for (const Event& event : events_) {
        items.append(QJsonObject{{QStringLiteral("idempotency_key"), event.idempotencyKey},
                                 {QStringLiteral("seconds"), event.seconds},
                                 {QStringLiteral("capability"), event.capability}});
    }
    QDir().mkpath(QFileInfo(path_).absolutePath());
    QSaveFile file(path_);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(items).toJson()) < 0 ||
        !file.commit()) {
        throw AccountError(QStringLiteral("cannot write the usage queue %1: check free space and "
                                          "permissions")
                               .arg(path_));
    }
}

void UsageQueue::enqueue(const Event& event) {
    events_.append(event);
    save();
}

int UsageQueue::flush(AccountClient& client) {
    int sent = 0;
    while (!events_.isEmpty()) {
        const Event& event = events_.constFirst();
        client.recordUsage(event.idempotencyKey, event.seconds, event.capability);
        events_.removeFirst();
        save();
        ++sent;
    }
    return sent;
}

}  // namespace sonara::core::account
