#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <stdexcept>

namespace sonara::wire {

// A member of a request body that is missing or out of bounds. Servers answer it as an invalid
// request naming `field`; the message says what the member must be.
class FieldError : public std::runtime_error {
public:
    FieldError(QString field, const QString& message);
    const QString& field() const { return field_; }

private:
    QString field_;
};

// Strict readers for what a server accepts. `prefix` names where the object sits in the body
// ("usage[3].") for the field and the message.
QString requireString(const QJsonObject& body, const QString& key, int maxLength = 256,
                      const QString& prefix = {});
// A whole number in [min, max]; `fallback` when the member is absent or null, if given.
qint64 requireInteger(const QJsonObject& body, const QString& key, qint64 min, qint64 max,
                      std::optional<qint64> fallback = std::nullopt, const QString& prefix = {});

// Lenient readers for what a client is answered: a missing member reads as empty or 0.
QString text(const QJsonObject& json, const char* key);
qint64 integer(const QJsonObject& json, const char* key);
// A string member, or null when `value` is empty (an absent plan, for instance).
QJsonValue textOrNull(const QString& value);

}  // namespace sonara::wire
