#pragma once

#include <QJsonObject>

namespace sonara::core {
class CapabilityRegistry;
}

namespace sonara::core::api {

// The OpenAPI 3.1 document for the local API: `paths` as the server registered them, and the
// components generated from the registry's descriptors — one `<capability>.parameters` schema
// per capability and a job request schema that only accepts its engines and parameters.
QJsonObject buildOpenApi(const CapabilityRegistry& registry, const QJsonObject& paths,
                         quint16 port);

}  // namespace sonara::core::api
