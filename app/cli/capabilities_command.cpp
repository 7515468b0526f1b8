#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"
#include "core/engine/descriptor_json.h"
#include "core/engine/engine_host.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sonara::cli {

int capabilitiesCommand(const GlobalOptions& global, const QStringList& arguments) {
    const bool json = arguments.contains(QStringLiteral("--json"));
    if (arguments.contains(QStringLiteral("--help"))) {
        printOut(QStringLiteral("usage: sonara capabilities [--json]\nLists every capability with its engines."));
        return kOk;
    }
    try {
        core::EngineHostOptions options;
        options.dataDirectory = global.dataDirectory;
        options.resumeQueuedJobs = false;
        core::EngineHost host(options);
        QJsonArray all;
        for (const core::CapabilityDescriptor& descriptor : host.registry().capabilities()) {
            if (json) {
                all.append(core::capabilityToJson(host.registry(), descriptor));
                continue;
            }
            printOut(QStringLiteral("%1 — %2").arg(descriptor.id, descriptor.title));
            for (const core::EngineInfo& engine : host.registry().engines(descriptor.id)) {
                printOut(QStringLiteral("    %1: %2").arg(engine.id, engine.summary));
            }
        }
        if (json) {
            printOut(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
        }
        return kOk;
    } catch (const std::exception& error) {
        printError(QStringLiteral("sonara capabilities: %1").arg(QString::fromUtf8(error.what())));
        return kJobFailed;
    }
}

}  // namespace sonara::cli
