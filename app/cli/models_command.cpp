#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"
#include "core/engine/errors.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

namespace sonara::cli {
namespace {

const char* const kModelsUsage =
    R"(usage: sonara models [list | install ID [--url URL] [--architecture A] |
                     install ID --from FOLDER | remove ID] [--json]
  list               the catalog, with what is installed
  install ID         download a catalog model's files (resuming a partial download, checking
                     each file's sha256) and install it
  install ID --url URL [--architecture A]
                     download one checkpoint file from URL and install it under ID; a model not
                     in the catalog needs --architecture (e.g. hifigan)
  install ID --from FOLDER
                     install a checkpoint folder (config.json + safetensors) under ID
  remove ID          delete an installed model)";

// Polls the server's install operation until it ends, drawing a progress bar on a terminal.
ApiReply waitForInstall(ApiClient& api, const QString& id, bool showProgress) {
    ProgressBar bar(showProgress);
    for (;;) {
        const ApiReply reply = api.get(QStringLiteral("/v1/models/") + id);
        if (!reply.ok()) {
            bar.finish();
            return reply;
        }
        const QJsonObject install = reply.json().value(QStringLiteral("install")).toObject();
        const QString state = install.value(QStringLiteral("state")).toString();
        if (state != QLatin1String("downloading")) {
            bar.finish();
            return reply;
        }
        const qint64 total = install.value(QStringLiteral("bytes_total")).toInteger();
        const qint64 done = install.value(QStringLiteral("bytes_done")).toInteger();
        bar.update(total > 0 ? double(done) / total : 0.0,
                   QStringLiteral("downloading %1").arg(QLocale::c().formattedDataSize(done)), -1);
        // Waits in an event loop: with an autostarted server the download runs in this process.
        QEventLoop pause;
        QTimer::singleShot(200, &pause, &QEventLoop::quit);
        pause.exec();
    }
}

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
    auto takeOption = [&arguments](const QString& name, QString* value) {
        const int at = arguments.indexOf(name);
        if (at < 0) {
            return true;
        }
        if (at + 1 >= arguments.size()) {
            return false;
        }
        *value = arguments.at(at + 1);
        arguments.remove(at, 2);
        return true;
    };
    QString from;
    QString url;
    QString architecture;
    const bool optionsOk = takeOption(QStringLiteral("--from"), &from) &&
                           takeOption(QStringLiteral("--url"), &url) &&
                           takeOption(QStringLiteral("--architecture"), &architecture);
    const bool install = optionsOk && action == QLatin1String("install") && arguments.size() == 2 &&
                         (from.isEmpty() || url.isEmpty());
    const bool remove = optionsOk && action == QLatin1String("remove") && arguments.size() == 2;
    if ((action != QLatin1String("list") || !optionsOk) && !install && !remove) {
        printError(QString::fromUtf8(kModelsUsage));
        return kUsage;
    }
    try {
        ApiClient api(global);
        ApiReply reply;
        if (install) {
            QJsonObject body;
            if (!from.isEmpty()) {
                // The server copies the folder itself, so it must see the same path.
                body.insert(QStringLiteral("path"), QDir(from).absolutePath());
            }
            if (!url.isEmpty()) {
                body.insert(QStringLiteral("url"), url);
            }
            if (!architecture.isEmpty()) {
                body.insert(QStringLiteral("architecture"), architecture);
            }
            reply = api.post(QStringLiteral("/v1/models/%1/install").arg(arguments.at(1)), body);
            if (reply.status == 202) {
                reply = waitForInstall(api, arguments.at(1), !json && stderrIsTerminal());
                const QJsonObject install =
                    reply.json().value(QStringLiteral("install")).toObject();
                if (reply.ok() && install.value(QStringLiteral("state")).toString() !=
                                      QLatin1String("installed")) {
                    printError(QStringLiteral("sonara models: %1")
                                   .arg(install.value(QStringLiteral("error")).toString()));
                    return kJobFailed;
                }
            }
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
