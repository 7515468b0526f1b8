#include "core/engine/parameter.h"

#include <QJsonArray>

namespace sonara::core {

QString parameterTypeName(ParameterType type) {
    switch (type) {
        case ParameterType::Boolean:
            return QStringLiteral("boolean");
        case ParameterType::Integer:
            return QStringLiteral("integer");
        case ParameterType::Number:
            return QStringLiteral("number");
        case ParameterType::String:
            return QStringLiteral("string");
        case ParameterType::Choice:
            return QStringLiteral("choice");
    }
    return {};
}

bool ParameterSpec::appliesTo(const QString& engineId) const {
    return engines.isEmpty() || engines.contains(engineId);
}

QJsonObject ParameterSpec::toJsonSchema() const {
    QJsonObject schema;
    switch (type) {
        case ParameterType::Boolean:
            schema.insert(QStringLiteral("type"), QStringLiteral("boolean"));
            break;
        case ParameterType::Integer:
            schema.insert(QStringLiteral("type"), QStringLiteral("integer"));
            break;
        case ParameterType::Number:
            schema.insert(QStringLiteral("type"), QStringLiteral("number"));
            break;
        case ParameterType::String:
            schema.insert(QStringLiteral("type"), QStringLiteral("string"));
            break;
        case ParameterType::Choice:
            schema.insert(QStringLiteral("type"), QStringLiteral("string"));
            schema.insert(QStringLiteral("enum"), QJsonArray::fromStringList(choices));
            break;
    }
    if (!title.isEmpty()) {
        schema.insert(QStringLiteral("title"), title);
    }
    QString description = help;
    if (!unit.isEmpty()) {
        description += QStringLiteral(" (%1)").arg(unit);
    }
    if (!description.isEmpty()) {
        schema.insert(QStringLiteral("description"), description.trimmed());
    }
    if (minimum) {
        schema.insert(QStringLiteral("minimum"), *minimum);
    }
    if (maximum) {
        schema.insert(QStringLiteral("maximum"), *maximum);
    }
    if (defaultValue.isValid()) {
        schema.insert(QStringLiteral("default"), QJsonValue::fromVariant(defaultValue));
    }
    if (type == ParameterType::String && required) {
        schema.insert(QStringLiteral("minLength"), 1);
    }
    if (!engines.isEmpty()) {
        schema.insert(QStringLiteral("x-engines"), QJsonArray::fromStringList(engines));
    }
    return schema;
}

}  // namespace sonara::core
