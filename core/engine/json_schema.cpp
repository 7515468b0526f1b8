#include "core/engine/json_schema.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace sonara::core {
namespace {

QString typeOf(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("boolean");
        case QJsonValue::Double: {
            const double number = value.toDouble();
            return number == std::floor(number) ? QStringLiteral("integer")
                                                : QStringLiteral("number");
        }
        case QJsonValue::String:
            return QStringLiteral("string");
        case QJsonValue::Array:
            return QStringLiteral("array");
        case QJsonValue::Object:
            return QStringLiteral("object");
        case QJsonValue::Undefined:
            break;
    }
    return QStringLiteral("nothing");
}

bool hasType(const QJsonValue& value, const QString& type) {
    const QString actual = typeOf(value);
    return actual == type ||
           (type == QLatin1String("number") && actual == QLatin1String("integer"));
}

QString describe(const QJsonValue& value) {
    if (value.isString()) {
        return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return typeOf(value);
}

QString at(const QString& path) {
    return path.isEmpty() ? QStringLiteral("/") : path;
}

std::optional<QString> violation(const QString& path, const QString& what) {
    return QStringLiteral("at %1: %2").arg(at(path), what);
}

std::optional<QString> check(const QJsonValue& value, const QJsonObject& schema,
                             const QString& path);

std::optional<QString> checkType(const QJsonValue& value, const QJsonObject& schema,
                                 const QString& path) {
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isUndefined()) {
        return std::nullopt;
    }
    QStringList allowed;
    if (type.isArray()) {
        for (const QJsonValue& entry : type.toArray()) {
            allowed.append(entry.toString());
        }
    } else {
        allowed.append(type.toString());
    }
    for (const QString& name : allowed) {
        if (hasType(value, name)) {
            return std::nullopt;
        }
    }
    return violation(path, QStringLiteral("must be %1; got %2")
                               .arg(allowed.join(QStringLiteral(" or ")), describe(value)));
}

std::optional<QString> checkChoices(const QJsonValue& value, const QJsonObject& schema,
                                    const QString& path) {
    if (schema.contains(QStringLiteral("const")) &&
        value != schema.value(QStringLiteral("const"))) {
        return violation(
            path, QStringLiteral("must be %1; got %2")
                      .arg(describe(schema.value(QStringLiteral("const"))), describe(value)));
    }
    const QJsonValue choices = schema.value(QStringLiteral("enum"));
    if (choices.isArray() && !choices.toArray().contains(value)) {
        QStringList names;
        for (const QJsonValue& choice : choices.toArray()) {
            names.append(describe(choice));
        }
        return violation(path, QStringLiteral("must be one of %1; got %2")
                                   .arg(names.join(QStringLiteral(", ")), describe(value)));
    }
    return std::nullopt;
}

std::optional<QString> checkNumber(double number, const QJsonObject& schema, const QString& path) {
    struct Bound {
        const char* keyword;
        bool (*fails)(double, double);
        const char* words;
    };
    static const Bound bounds[] = {
        {"minimum", [](double v, double b) { return v < b; }, "at least"},
        {"maximum", [](double v, double b) { return v > b; }, "at most"},
        {"exclusiveMinimum", [](double v, double b) { return v <= b; }, "more than"},
        {"exclusiveMaximum", [](double v, double b) { return v >= b; }, "less than"},
    };
    for (const Bound& bound : bounds) {
        const QJsonValue limit = schema.value(QLatin1String(bound.keyword));
        if (limit.isDouble() && bound.fails(number, limit.toDouble())) {
            return violation(path, QStringLiteral("must be %1 %2; got %3")
                                       .arg(QLatin1String(bound.words))
                                       .arg(limit.toDouble())
                                       .arg(number));
        }
    }
    return std::nullopt;
}

std::optional<QString> checkString(const QString& text, const QJsonObject& schema,
                                   const QString& path) {
    const QJsonValue minLength = schema.value(QStringLiteral("minLength"));
    if (minLength.isDouble() && text.size() < minLength.toInt()) {
        return violation(
            path, text.isEmpty()
                      ? QStringLiteral("must not be empty")
                      : QStringLiteral("must have at least %1 characters").arg(minLength.toInt()));
    }
    const QJsonValue maxLength = schema.value(QStringLiteral("maxLength"));
    if (maxLength.isDouble() && text.size() > maxLength.toInt()) {
        return violation(path, QStringLiteral("must have at most %1 characters; it has %2")
                                   .arg(maxLength.toInt())
                                   .arg(text.size()));
    }
    const QJsonValue pattern = schema.value(QStringLiteral("pattern"));
    if (pattern.isString() && !QRegularExpression(pattern.toString()).match(text).hasMatch()) {
        return violation(path, QStringLiteral("must match %1; got %2")
                                   .arg(pattern.toString(), describe(QJsonValue(text))));
    }
    return std::nullopt;
}

QString child(const QString& path, const QString& key) {
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0"))
        .replace(QLatin1Char('/'), QStringLiteral("~1"));
    return path + QLatin1Char('/') + escaped;
}

std::optional<QString> checkArray(const QJsonArray& array, const QJsonObject& schema,
                                  const QString& path) {
    const QJsonValue minItems = schema.value(QStringLiteral("minItems"));
    if (minItems.isDouble() && array.size() < minItems.toInt()) {
        return violation(path, QStringLiteral("must have at least %1 items; it has %2")
                                   .arg(minItems.toInt())
                                   .arg(array.size()));
    }
    const QJsonValue maxItems = schema.value(QStringLiteral("maxItems"));
    if (maxItems.isDouble() && array.size() > maxItems.toInt()) {
        return violation(path, QStringLiteral("must have at most %1 items; it has %2")
                                   .arg(maxItems.toInt())
                                   .arg(array.size()));
    }
    const QJsonValue items = schema.value(QStringLiteral("items"));
    if (items.isObject()) {
        for (int i = 0; i < array.size(); ++i) {
            if (auto problem =
                    check(array.at(i), items.toObject(), child(path, QString::number(i)))) {
                return problem;
            }
        }
    }
    return std::nullopt;
}

std::optional<QString> checkObject(const QJsonObject& object, const QJsonObject& schema,
                                   const QString& path) {
    for (const QJsonValue& name : schema.value(QStringLiteral("required")).toArray()) {
        if (!object.contains(name.toString())) {
            return violation(path, QStringLiteral("needs the field \"%1\"").arg(name.toString()));
        }
    }
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString where = child(path, it.key());
        if (properties.contains(it.key())) {
            if (auto problem = check(it.value(), properties.value(it.key()).toObject(), where)) {
                return problem;
            }
        } else if (additional.isBool() && !additional.toBool()) {
            QStringList known = properties.keys();
            return violation(path, QStringLiteral("has an unknown field \"%1\"; known: %2")
                                       .arg(it.key(), known.join(QStringLiteral(", "))));
        } else if (additional.isObject()) {
            if (auto problem = check(it.value(), additional.toObject(), where)) {
                return problem;
            }
        }
    }
    return std::nullopt;
}

std::optional<QString> checkAnyOf(const QJsonValue& value, const QJsonObject& schema,
                                  const QString& path) {
    const QJsonValue anyOf = schema.value(QStringLiteral("anyOf"));
    if (!anyOf.isArray()) {
        return std::nullopt;
    }
    std::optional<QString> first;
    for (const QJsonValue& option : anyOf.toArray()) {
        std::optional<QString> problem = check(value, option.toObject(), path);
        if (!problem) {
            return std::nullopt;
        }
        if (!first) {
            first = problem;
        }
    }
    return first;
}

std::optional<QString> check(const QJsonValue& value, const QJsonObject& schema,
                             const QString& path) {
    if (auto problem = checkType(value, schema, path)) {
        return problem;
    }
    if (auto problem = checkChoices(value, schema, path)) {
        return problem;
    }
    if (auto problem = checkAnyOf(value, schema, path)) {
        return problem;
    }
    if (value.isDouble()) {
        return checkNumber(value.toDouble(), schema, path);
    }
    if (value.isString()) {
        return checkString(value.toString(), schema, path);
    }
    if (value.isArray()) {
        return checkArray(value.toArray(), schema, path);
    }
    if (value.isObject()) {
        return checkObject(value.toObject(), schema, path);
    }
    return std::nullopt;
}

}  // namespace

std::optional<QString> schemaViolation(const QJsonValue& value, const QJsonObject& schema) {
    return check(value, schema, QString());
}

}  // namespace sonara::core
