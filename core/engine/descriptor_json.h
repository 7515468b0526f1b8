#pragma once

#include <QJsonObject>

namespace sonara::core {

class CapabilityRegistry;
struct CapabilityDescriptor;
struct EngineInfo;

QJsonObject engineToJson(const EngineInfo& info);
// The descriptor as clients see it: inputs, outputs, engines, and each parameter's JSON schema.
QJsonObject capabilityToJson(const CapabilityRegistry& registry,
                             const CapabilityDescriptor& descriptor);

}  // namespace sonara::core
