#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace sonara::core {

// Checks a JSON value against a JSON Schema (draft 2020-12) written with the keywords a
// capability's document inputs use: type, properties, required, additionalProperties, items,
// enum, const, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength,
// pattern, minItems, maxItems, anyOf. Other keywords (title, description, default, ...) are
// annotations and ignored. Returns the first violation as "at /path: what is wrong", or
// nothing when the value conforms.
std::optional<QString> schemaViolation(const QJsonValue& value, const QJsonObject& schema);

}  // namespace sonara::core
