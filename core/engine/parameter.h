#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace sonara::core {

enum class ParameterType { Boolean, Integer, Number, String, Choice };

QString parameterTypeName(ParameterType type);

// One typed parameter of a capability. The studio's form, the API's validation and schema,
// and the CLI's flags are all generated from this.
struct ParameterSpec {
    QString id;
    QString title;
    ParameterType type = ParameterType::String;
    QVariant defaultValue;
    std::optional<double> minimum;
    std::optional<double> maximum;
    QStringList choices;
    QString unit;
    QString help;
    // Engines that read this parameter; empty means every engine of the capability.
    QStringList engines;
    // A string that must not be empty (e.g. the text to speak is an input, not this).
    bool required = false;

    bool appliesTo(const QString& engineId) const;
    QJsonObject toJsonSchema() const;
};

}  // namespace sonara::core
