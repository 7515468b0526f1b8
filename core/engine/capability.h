#pragma once

#include "core/engine/parameter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sonara::core {

enum class InputKind { Audio, Text, Voice };
enum class OutputKind { Audio, Transcript };

QString inputKindName(InputKind kind);
QString outputKindName(OutputKind kind);

struct InputSpec {
    QString id;
    InputKind kind = InputKind::Audio;
    QString title;
    QString help;
    bool required = true;
    bool multiple = false;
};

struct OutputSpec {
    QString id;
    OutputKind kind = OutputKind::Audio;
    QString title;
    // File formats the output can be exported to; the first is the default.
    QStringList formats;
};

// The single source of truth for a capability: registered once in the registry, it drives the
// studio's form, the local API's validation and OpenAPI schema, and the CLI's flags.
struct CapabilityDescriptor {
    QString id;
    QString title;
    QString summary;
    QList<InputSpec> inputs;
    QList<ParameterSpec> parameters;
    QList<OutputSpec> outputs;

    const InputSpec* input(InputKind kind) const;
    const ParameterSpec* parameter(const QString& id) const;
    QList<ParameterSpec> parametersFor(const QString& engineId) const;
};

}  // namespace sonara::core
