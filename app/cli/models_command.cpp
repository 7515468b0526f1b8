#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"
#include "core/engine/errors.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sonara::cli {
namespace {

const char* const kModelsUsage =
    R"(usage: sonara models [list | install ID --from FOLDER | remove ID] [--json]
  list               the catalog, with what is installed
  install ID --from FOLDER
                     install a checkpoint folder (config.json + safetensors) under ID
  remove ID          delete an installed model)";

QString sizeText(qint64 bytes) {
    return bytes > 0 ? QLocale::c().formattedDataSize(bytes) : QStringLiteral("?");
}

}  // namespace

int modelsCommand(const GlobalOptions& global, const QStringList& given) {
    QStringList arguments = given;
    const bool json = arguments.removeAll(QStringLiteral("--json")) > 0;
    const QString action = arguments.value(0, QStringLiteral("list"));
    if (action == QLatin1String("--help")) {
        printOut(QString::fromUtf8(kModelsUsage));
        return kOk;
    }
    const bool install = action == QLatin1String("install") && arguments.size() == 4 &&
                         arguments.at(2) == QLatin1String("--from");
    const bool remove = action == QLatin1String("remove") && arguments.size() == 2;
    if (action != QLatin1String("list") && !install && !remove) {
        printError(QString::fromUtf8(kModelsUsage));
        return kUsage;
    }
    try {
        ApiClient api(global);
        ApiReply reply;
        if (install) {
            // The server copies the folder itself, so it must see the same path.
            reply = api.post(
                QStringLiteral("/v1/models/%1/install").arg(arguments.at(1)),
                QJsonObject{{QStringLiteral("path"), QDir(arguments.at(3)).absolutePath()}});
        } else if (remove) {
            reply = api.send("DELETE", QStringLiteral("/v1/models/") + arguments.at(1));
        } else {
            reply = api.get(QStringLiteral("/v1/models"));
        }
        if (!reply.ok()) {
            printError(QStringLiteral("sonara models: %1").arg(reply.message()));
            return exitCodeFor(reply);
        }
        if (json) {
            printOut(QString::fromUtf8(
                reply.body.isEmpty() ? QByteArrayLiteral("{}")
                                     : QJsonDocument(reply.json()).toJson(QJsonDocument::Compact)));
            return kOk;
        }
        if (install) {
            printOut(QStringLiteral("installed %1 (%2)")
                         .arg(arguments.at(1),
                              reply.json().value(QStringLiteral("architecture")).toString()));
        } else if (remove) {
            printOut(QStringLiteral("removed %1").arg(arguments.at(1)));
        } else {
            for (const QJsonValue& value : reply.json().value(QStringLiteral("models")).toArray()) {
                const QJsonObject model = value.toObject();
                const bool listed = model.value(QStringLiteral("in_catalog")).toBool();
                printOut(
                    QStringLiteral("%1  %2  %3  %4  %5")
                        .arg(model.value(QStringLiteral("id")).toString(), -28)
                        .arg(model
                                 .value(listed ? QStringLiteral("capability")
                                               : QStringLiteral("architecture"))
                                 .toString(),
                             -12)
                        .arg(sizeText(model.value(QStringLiteral("size_bytes")).toInteger()), -10)
                        .arg(listed ? model.value(QStringLiteral("licence")).toString()
                                    : QStringLiteral("(local)"),
                             -14)
                        .arg(model.value(QStringLiteral("installed")).toBool()
                                 ? QStringLiteral("installed")
                                 : QStringLiteral("-")));
            }
        }
        return kOk;
    } catch (const core::Error& error) {
        printError(QStringLiteral("sonara models: %1").arg(error.message()));
        return kNoServer;
    } catch (const std::exception& error) {
        printError(QStringLiteral("sonara models: %1").arg(QString::fromUtf8(error.what())));
        return kJobFailed;
    }
}

}  // namespace sonara::cli
