#include "core/engine/capability.h"

#include <QJsonArray>

namespace sonara::core {

QString inputKindName(InputKind kind) {
    switch (kind) {
        case InputKind::Audio:
            return QStringLiteral("audio");
        case InputKind::Text:
            return QStringLiteral("text");
        case InputKind::Choice:
            return QStringLiteral("choice");
        case InputKind::Voice:
            return QStringLiteral("voice");
        case InputKind::Document:
            return QStringLiteral("document");
        case InputKind::Video:
            return QStringLiteral("video");
        case InputKind::Image:
            return QStringLiteral("image");
    }
    return {};
}

bool isFileInput(InputKind kind) {
    return kind == InputKind::Audio || kind == InputKind::Video || kind == InputKind::Image;
}

QString outputKindName(OutputKind kind) {
    switch (kind) {
        case OutputKind::Audio:
            return QStringLiteral("audio");
        case OutputKind::Transcript:
            return QStringLiteral("transcript");
        case OutputKind::Video:
            return QStringLiteral("video");
        case OutputKind::CutList:
            return QStringLiteral("cut-list");
        case OutputKind::Document:
            return QStringLiteral("document");
    }
    return {};
}

QJsonObject InputSpec::toJsonSchema() const {
    const QJsonObject string{{QStringLiteral("type"), QStringLiteral("string")}};
    QJsonObject schema;
    switch (kind) {
        case InputKind::Audio:
        case InputKind::Video:
        case InputKind::Image:
            schema = multiple
                         ? QJsonObject{{QStringLiteral("anyOf"),
                                        QJsonArray{string,
                                                   QJsonObject{{QStringLiteral("type"),
                                                                QStringLiteral("array")},
                                                               {QStringLiteral("items"), string}}}}}
                         : string;
            break;
        case InputKind::Text:
            schema = string;
            schema.insert(QStringLiteral("maxLength"), maxCharacters);
            break;
        case InputKind::Choice:
            schema = string;
            if (!choices.isEmpty()) {
                schema.insert(QStringLiteral("enum"), QJsonArray::fromStringList(choices));
            }
            break;
        case InputKind::Voice:
            schema = string;
            break;
        case InputKind::Document:
            schema = this->schema;
            break;
    }
    schema.insert(QStringLiteral("title"), title);
    if (!help.isEmpty()) {
        schema.insert(QStringLiteral("description"), help);
    }
    schema.insert(QStringLiteral("x-sonara-kind"), inputKindName(kind));
    return schema;
}

const InputSpec* CapabilityDescriptor::input(const QString& id) const {
    for (const InputSpec& spec : inputs) {
        if (spec.id == id) {
            return &spec;
        }
    }
    return nullptr;
}

const InputSpec* CapabilityDescriptor::firstInput(InputKind kind) const {
    for (const InputSpec& spec : inputs) {
        if (spec.kind == kind) {
            return &spec;
        }
    }
    return nullptr;
}

const InputSpec* CapabilityDescriptor::firstFileInput() const {
    for (const InputSpec& spec : inputs) {
        if (isFileInput(spec.kind)) {
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
