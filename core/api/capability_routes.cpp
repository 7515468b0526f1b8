#include "core/api/api_routes.h"
#include "core/api/json_response.h"
#include "core/api/local_api_server.h"
#include "core/engine/descriptor_json.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>

namespace sonara::core::api {
namespace {

constexpr int kApiVersion = 1;

}  // namespace

void addCapabilityRoutes(LocalApiServer& server) {
    using Plain0 = LocalApiServer::Plain0;
    using Plain1 = LocalApiServer::Plain1;
    using P = QList<QPair<int, QString>>;
    const QString problemKind = QStringLiteral("problem");
    EngineHost& host = server.host();
    server.endpoint(
        "GET", QStringLiteral("/v1/health"),
        {QStringLiteral("Liveness and version"), {}, P{{200, QStringLiteral("json:Health")}}, {}},
        Plain0([](const QHttpServerRequest&) {
            return jsonResponse(
                QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                            {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                            {QStringLiteral("api_version"), kApiVersion}});
        }));
    server.endpoint(
        "GET", QStringLiteral("/v1/openapi.json"),
        {QStringLiteral("This document"), {}, P{{200, QStringLiteral("json:Object")}}, {}},
        Plain0([&server](const QHttpServerRequest&) { return jsonResponse(server.openApi()); }));
    server.endpoint(
        "GET", QStringLiteral("/v1/capabilities"),
        {QStringLiteral("Capabilities with their engines, inputs, outputs and parameter schemas"),
         {},
         P{{200, QStringLiteral("json:CapabilityList")}},
         {}},
        Plain0([&host](const QHttpServerRequest&) {
            QJsonArray capabilities;
            const CapabilityRegistry& registry = host.registry();
            for (const CapabilityDescriptor& descriptor : registry.capabilities()) {
                capabilities.append(capabilityToJson(registry, descriptor));
            }
            return jsonResponse(capabilities, QStringLiteral("capabilities"));
        }));
    server.endpoint(
        "GET", QStringLiteral("/v1/capabilities/{capability}"),
        {QStringLiteral("One capability"),
         {},
         P{{200, QStringLiteral("json:Capability")}, {404, problemKind}},
         {}},
        Plain1([&host](const QString& id, const QHttpServerRequest&) {
            const CapabilityDescriptor* descriptor = host.registry().capability(id);
            if (!descriptor) {
                throw NotFoundError(
                    QStringLiteral("there is no capability '%1' (GET /v1/capabilities lists them)")
                        .arg(id));
            }
            return jsonResponse(capabilityToJson(host.registry(), *descriptor));
        }));
}

}  // namespace sonara::core::api
