#include "core/wire/fields.h"

#include <QJsonValue>

#include <cmath>

namespace sonara::wire {

FieldError::FieldError(QString field, const QString& message)
    : std::runtime_error(message.toStdString()), field_(std::move(field)) {}

QString requireString(const QJsonObject& body, const QString& key, int maxLength,
                      const QString& prefix) {
    const QString field = prefix + key;
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull()) {
        throw FieldError(field, QStringLiteral("'%1' is required").arg(field));
    }
    if (!value.isString()) {
        throw FieldError(field, QStringLiteral("'%1' must be a string").arg(field));
    }
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > maxLength) {
        throw FieldError(
            field,
            QStringLiteral("'%1' must be 1 to %2 characters long").arg(field).arg(maxLength));
    }
    return text;
}

qint64 requireInteger(const QJsonObject& body, const QString& key, qint64 min, qint64 max,
                      std::optional<qint64> fallback, const QString& prefix) {
    const QString field = prefix + key;
    const QJsonValue value = body.value(key);
    if ((value.isUndefined() || value.isNull()) && fallback) {
        return *fallback;
    }
    if (value.isUndefined() || value.isNull()) {
        throw FieldError(field, QStringLiteral("'%1' is required").arg(field));
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number) {
        throw FieldError(field, QStringLiteral("'%1' must be a whole number").arg(field));
    }
    // Compared as doubles first: converting an out-of-range double to an integer is undefined.
    if (number < static_cast<double>(min) || number > static_cast<double>(max)) {
        throw FieldError(
            field, QStringLiteral("'%1' must be between %2 and %3").arg(field).arg(min).arg(max));
    }
    return static_cast<qint64>(number);
}

QString text(const QJsonObject& json, const char* key) {
    return json.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject& json, const char* key) {
    return static_cast<qint64>(json.value(QLatin1String(key)).toDouble());
}

QJsonValue textOrNull(const QString& value) {
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

}  // namespace sonara::wire
