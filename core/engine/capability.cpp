#include "core/engine/capability.h"

namespace sonara::core {

QString inputKindName(InputKind kind) {
    switch (kind) {
        case InputKind::Audio:
            return QStringLiteral("audio");
        case InputKind::Text:
            return QStringLiteral("text");
        case InputKind::Voice:
            return QStringLiteral("voice");
    }
    return {};
}

QString outputKindName(OutputKind kind) {
    switch (kind) {
        case OutputKind::Audio:
            return QStringLiteral("audio");
        case OutputKind::Transcript:
            return QStringLiteral("transcript");
    }
    return {};
}

const InputSpec* CapabilityDescriptor::input(InputKind kind) const {
    for (const InputSpec& spec : inputs) {
        if (spec.kind == kind) {
            return &spec;
        }
    }
    return nullptr;
}

const ParameterSpec* CapabilityDescriptor::parameter(const QString& id) const {
    for (const ParameterSpec& spec : parameters) {
        if (spec.id == id) {
            return &spec;
        }
    }
    return nullptr;
}

QList<ParameterSpec> CapabilityDescriptor::parametersFor(const QString& engineId) const {
    QList<ParameterSpec> result;
    for (const ParameterSpec& spec : parameters) {
        if (spec.appliesTo(engineId)) {
            result.append(spec);
        }
    }
    return result;
}

}  // namespace sonara::core
