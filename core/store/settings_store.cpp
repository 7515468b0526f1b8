#include "core/store/settings_store.h"

#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>

namespace sonara::core::store {
namespace {

void execOrThrow(QSqlQuery& query) {
    if (!query.exec()) {
        throw StoreError(QStringLiteral("settings: %1").arg(query.lastError().text()));
    }
}

}  // namespace

SettingsStore::SettingsStore(Database& database) : database_(database) {}

QVariant SettingsStore::value(const QString& key, const QVariant& fallback) const {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    execOrThrow(query);
    if (!query.next()) {
        return fallback;
    }
    // Values are stored as a one-element JSON array so that their type survives.
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toByteArray());
    return document.isArray() && !document.array().isEmpty() ? document.array().first().toVariant()
                                                             : fallback;
}

void SettingsStore::setValue(const QString& key, const QVariant& value) {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact)));
    execOrThrow(query);
}

void SettingsStore::remove(const QString& key) {
    QSqlDatabase db = database_.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(key);
    execOrThrow(query);
}

}  // namespace sonara::core::store
