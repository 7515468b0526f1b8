#pragma once

#include <QString>
#include <QVariant>

namespace sonara::core::store {

class Database;

// Key/value settings kept in the database, so the studio, `sonara serve` and the CLI agree.
class SettingsStore {
public:
    explicit SettingsStore(Database& database);

    QVariant value(const QString& key, const QVariant& fallback = {}) const;
    void setValue(const QString& key, const QVariant& value);
    void remove(const QString& key);

private:
    Database& database_;
};

}  // namespace sonara::core::store
