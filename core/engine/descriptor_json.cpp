#include "core/engine/descriptor_json.h"

#include "core/engine/capability_registry.h"

#include <QJsonArray>

namespace sonara::core {

QJsonObject engineToJson(const EngineInfo& info) {
    return QJsonObject{
        {QStringLiteral("id"), info.id},
        {QStringLiteral("title"), info.title},
        {QStringLiteral("summary"), info.summary},
        {QStringLiteral("architectures"), QJsonArray::fromStringList(info.architectures)},
        {QStringLiteral("needs_model"), info.needsModel()},
        {QStringLiteral("lane"),
         info.lane == ComputeLane::Gpu ? QStringLiteral("gpu") : QStringLiteral("cpu")}};
}

QJsonObject capabilityToJson(const CapabilityRegistry& registry,
                             const CapabilityDescriptor& descriptor) {
    QJsonArray inputs;
    for (const InputSpec& input : descriptor.inputs) {
        QJsonObject json{{QStringLiteral("id"), input.id},
                         {QStringLiteral("kind"), inputKindName(input.kind)},
                         {QStringLiteral("title"), input.title},
                         {QStringLiteral("help"), input.help},
                         {QStringLiteral("required"), input.required},
                         {QStringLiteral("multiple"), input.multiple},
                         {QStringLiteral("schema"), input.toJsonSchema()}};
        if (input.kind == InputKind::Choice) {
            json.insert(QStringLiteral("choices"), QJsonArray::fromStringList(input.choices));
        }
        inputs.append(json);
    }
    QJsonArray outputs;
    for (const OutputSpec& output : descriptor.outputs) {
        outputs.append(
            QJsonObject{{QStringLiteral("id"), output.id},
                        {QStringLiteral("kind"), outputKindName(output.kind)},
                        {QStringLiteral("title"), output.title},
                        {QStringLiteral("formats"), QJsonArray::fromStringList(output.formats)}});
    }
    QJsonArray engines;
    for (const EngineInfo& info : registry.engines(descriptor.id)) {
        engines.append(engineToJson(info));
    }
    QJsonArray parameters;
    for (const ParameterSpec& spec : descriptor.parameters) {
        QJsonObject parameter = spec.toJsonSchema();
        parameter.insert(QStringLiteral("id"), spec.id);
        parameters.append(parameter);
    }
    return QJsonObject{{QStringLiteral("id"), descriptor.id},
                       {QStringLiteral("title"), descriptor.title},
                       {QStringLiteral("summary"), descriptor.summary},
                       {QStringLiteral("inputs"), inputs},
                       {QStringLiteral("outputs"), outputs},
                       {QStringLiteral("engines"), engines},
                       {QStringLiteral("parameters"), parameters}};
}

}  // namespace sonara::core
