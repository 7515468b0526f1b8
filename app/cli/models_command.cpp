#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"

#include <QLocale>

namespace sonara::cli {
namespace {

const char* const kModelsUsage = R"(usage: sonara models [list | install ID --from FOLDER | remove ID]
  list               the catalog, with what is installed
  install ID --from FOLDER
                     install a checkpoint folder (config.json + safetensors) under ID
  remove ID          delete an installed model)";

QString sizeText(qint64 bytes) {
    return bytes > 0 ? QLocale::c().formattedDataSize(bytes) : QStringLiteral("?");
}

}  // namespace

int modelsCommand(const GlobalOptions& global, const QStringList& arguments) {
    const QString action = arguments.value(0, QStringLiteral("list"));
    if (action == QLatin1String("--help")) {
        printOut(QString::fromUtf8(kModelsUsage));
        return kOk;
    }
    try {
        core::EngineHostOptions options;
        options.dataDirectory = global.dataDirectory;
        options.resumeQueuedJobs = false;
        core::EngineHost host(options);
        core::ModelRepository& models = host.models();
        if (action == QLatin1String("list")) {
            for (const core::CatalogModel& model : models.catalog().models()) {
                printOut(QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(model.id, -28)
                             .arg(model.capability, -12)
                             .arg(sizeText(model.sizeBytes), -10)
                             .arg(model.licence, -14)
                             .arg(models.find(model.id) ? QStringLiteral("installed") : QStringLiteral("-")));
            }
            for (const core::InstalledModel& model : models.installedModels()) {
                if (!models.catalog().find(model.id)) {
                    printOut(QStringLiteral("%1  %2  %3  (local)  installed").arg(model.id, -28).arg(model.architecture, -12).arg(sizeText(model.sizeBytes), -10));
                }
            }
            return kOk;
        }
        if (action == QLatin1String("install") && arguments.size() == 4 && arguments.at(2) == QLatin1String("--from")) {
            const core::InstalledModel model = models.installFromFolder(arguments.at(1), arguments.at(3));
            printOut(QStringLiteral("installed %1 (%2) in %3").arg(model.id, model.architecture, model.directory));
            return kOk;
        }
        if (action == QLatin1String("remove") && arguments.size() == 2) {
            models.remove(arguments.at(1));
            printOut(QStringLiteral("removed %1").arg(arguments.at(1)));
            return kOk;
        }
        printError(QString::fromUtf8(kModelsUsage));
        return kUsage;
    } catch (const core::Error& error) {
        printError(QStringLiteral("sonara models: %1").arg(error.message()));
        return kUsage;
    } catch (const std::exception& error) {
        printError(QStringLiteral("sonara models: %1").arg(QString::fromUtf8(error.what())));
        return kJobFailed;
    }
}

}  // namespace sonara::cli
