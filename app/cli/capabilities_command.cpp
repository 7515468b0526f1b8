#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"
#include "core/engine/errors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sonara::cli {

int capabilitiesCommand(const GlobalOptions& global, const QStringList& arguments) {
    const bool json = arguments.contains(QStringLiteral("--json"));
    if (arguments.contains(QStringLiteral("--help"))) {
        printOut(QStringLiteral(
            "usage: sonara capabilities [--json]\nLists every capability with its engines."));
        return kOk;
    }
    try {
        ApiClient api(global);
        const ApiReply reply = api.get(QStringLiteral("/v1/capabilities"));
        if (!reply.ok()) {
            printError(QStringLiteral("sonara capabilities: %1").arg(reply.message()));
            return exitCodeFor(reply);
        }
        const QJsonArray all = reply.json().value(QStringLiteral("capabilities")).toArray();
        if (json) {
            printOut(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
            return kOk;
        }
        for (const QJsonValue& value : all) {
            const QJsonObject capability = value.toObject();
            printOut(QStringLiteral("%1 — %2").arg(
                capability.value(QStringLiteral("id")).toString(),
                capability.value(QStringLiteral("title")).toString()));
            for (const QJsonValue& engine : capability.value(QStringLiteral("engines")).toArray()) {
                printOut(QStringLiteral("    %1: %2")
                             .arg(engine.toObject().value(QStringLiteral("id")).toString(),
                                  engine.toObject().value(QStringLiteral("summary")).toString()));
            }
        }
        return kOk;
    } catch (const core::Error& error) {
        printError(QStringLiteral("sonara capabilities: %1").arg(error.message()));
        return kNoServer;
    } catch (const std::exception& error) {
        printError(QStringLiteral("sonara capabilities: %1").arg(QString::fromUtf8(error.what())));
        return kJobFailed;
    }
}

}  // namespace sonara::cli
