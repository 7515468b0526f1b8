#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/interrupts.h"
#include "app/cli/terminal.h"
#include "core/engine/capability_registry.h"
#include "core/engine/errors.h"
#include "core/engine/standard_capabilities.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sonara::cli {
namespace {

const char* const kModelsUsage =
    R"(usage: sonara models [list | install ID [--url URL] [--architecture A] |
                     install ID --from FOLDER | remove ID] [--json]
  list               the catalog, with what is installed
  install ID         download a catalog model's files (resuming a partial download, checking
                     each file's sha256) and install it, showing its progress; Ctrl-C stops
                     the download (exit code 130) and the same command later resumes it (an
                     interrupted --url download resumes without repeating --url)
  install ID --url URL [--architecture A]
                     download one checkpoint file from URL and install it under ID; a model not
                     in the catalog needs --architecture (e.g. hifigan)
  install ID --from FOLDER
                     install a checkpoint folder (config.json + safetensors) under ID
  remove ID          delete an installed model)";

// Draws a download's progress: a bar on a terminal, else a line about once a second (none for
// --json, whose output is the final model alone).
class InstallProgress {
public:
    InstallProgress(QString id, bool json)
        : id_(std::move(id)),
          bar_(!json && stderrIsTerminal()),
          lines_(!json && !stderrIsTerminal()) {
        clock_.start();
    }

    void update(const QJsonObject& install) {
        const qint64 done = install.value(QStringLiteral("bytes_done")).toInteger();
        const qint64 total = install.value(QStringLiteral("bytes_total")).toInteger();
        const double fraction = total > 0 ? double(done) / total : 0.0;
        const QString amount =
            total > 0 ? QStringLiteral("%1 of %2").arg(bytesText(done), bytesText(total))
                      : bytesText(done);
        bar_.update(fraction, QStringLiteral("downloading %1").arg(amount), -1);
        if (lines_ && (clock_.elapsed() >= 1000 || !printed_)) {
            printError(QStringLiteral("downloading %1: %2% (%3)")
                           .arg(id_)
                           .arg(int(fraction * 100))
                           .arg(amount));
            clock_.restart();
            printed_ = true;
        }
    }
    void finish() { bar_.finish(); }

private:
    static QString bytesText(qint64 bytes) { return QLocale::c().formattedDataSize(bytes); }

    QString id_;
    ProgressBar bar_;
    bool lines_;
    bool printed_ = false;
    QElapsedTimer clock_;
};

// Follows the server's download of `id` over server-sent events until it ends (also when
// cancelled). Returns the model as the server last described it.
ApiReply followInstall(ApiClient& api, const QString& id, bool json) {
    InstallProgress progress(id, json);
    // A stream can break off (a server restarting); the model's own state says whether the
    // download is still running, and a new stream picks up from there.
    for (int attempt = 0; attempt < 100; ++attempt) {
        bool finished = false;
        api.events(QStringLiteral("/v1/models/%1/install/events").arg(id),
                   [&](const QByteArray& event, const QJsonObject& data) {
                       if (event == "progress") {
                           progress.update(data);
                       }
                       finished = finished || event == "finished";
                   });
        const ApiReply model = api.get(QStringLiteral("/v1/models/") + id);
        const QString state = model.json()
                                  .value(QStringLiteral("install"))
                                  .toObject()
                                  .value(QStringLiteral("state"))
                                  .toString();
        if (finished || !model.ok() || state != QLatin1String("downloading")) {
            progress.finish();
            return model;
        }
    }
    progress.finish();
    return api.get(QStringLiteral("/v1/models/") + id);
}

// "installed", "-", or how the last download stands, e.g. "interrupted 40%".
QString stateText(const QJsonObject& model) {
    if (model.value(QStringLiteral("installed")).toBool()) {
        return QStringLiteral("installed");
    }
    const QJsonObject install = model.value(QStringLiteral("install")).toObject();
    if (install.isEmpty()) {
        return QStringLiteral("-");
    }
    const QJsonValue progress = install.value(QStringLiteral("progress"));
    return progress.isDouble() ? QStringLiteral("%1 %2%")
                                     .arg(install.value(QStringLiteral("state")).toString())
                                     .arg(int(progress.toDouble() * 100))
                               : install.value(QStringLiteral("state")).toString();
}

QString sizeText(qint64 bytes) {
    return bytes > 0 ? QLocale::c().formattedDataSize(bytes) : QStringLiteral("unknown");
}

QString shortened(const QString& text, qsizetype most) {
    return text.size() <= most ? text : text.left(most - 1) + QChar(0x2026);
}

// The model list as aligned columns, capabilities by title; catalog models of capabilities this
// build does not have are left out (they cannot be used).
QStringList modelTable(const QJsonArray& models) {
    core::CapabilityRegistry registry;
    core::registerBuiltinEngines(registry);
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("FOR"), QStringLiteral("SIZE"),
                             QStringLiteral("LICENCE"), QStringLiteral("STATE")}};
    for (const QJsonValue& value : models) {
        const QJsonObject model = value.toObject();
        const bool listed = model.value(QStringLiteral("in_catalog")).toBool();
        const bool installed = model.value(QStringLiteral("installed")).toBool();
        const core::CapabilityDescriptor* capability =
            registry.capability(model.value(QStringLiteral("capability")).toString());
        if (listed && !capability && !installed) {
            continue;
        }
        rows.append({model.value(QStringLiteral("id")).toString(),
                     capability ? capability->title
                                : model.value(QStringLiteral("architecture")).toString(),
                     sizeText(model.value(QStringLiteral("size_bytes")).toInteger()),
                     listed ? shortened(model.value(QStringLiteral("licence")).toString(), 28)
                            : QStringLiteral("(local)"),
                     stateText(model)});
        for (QString& cell : rows.last()) {
            if (cell.isEmpty()) {
                cell = QStringLiteral("-");
            }
        }
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList& row : rows) {
        for (int column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    QStringList lines;
    for (const QStringList& row : rows) {
        QString line;
        for (int column = 0; column < row.size(); ++column) {
            line += column + 1 < row.size()
                        ? row.at(column).leftJustified(widths[column] + 2, QLatin1Char(' '))
                        : row.at(column);
        }
        lines.append(line);
    }
    return lines;
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
    QString from;
    QString url;
    QString architecture;
    const bool optionsOk = takeOption(arguments, QStringLiteral("--from"), &from) &&
                           takeOption(arguments, QStringLiteral("--url"), &url) &&
                           takeOption(arguments, QStringLiteral("--architecture"), &architecture);
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
                const QString id = arguments.at(1);
                // The download is this command's: Ctrl-C cancels it, keeping what arrived.
                const Interruption interruption(
                    QStringLiteral("sonara models install %1").arg(id), [&] {
                        api.send("POST", QStringLiteral("/v1/models/%1/install/cancel").arg(id));
                    });
                reply = followInstall(api, id, json);
                const QJsonObject install =
                    reply.json().value(QStringLiteral("install")).toObject();
                if (interruption.requested() && install.value(QStringLiteral("state")).toString() !=
                                                    QLatin1String("installed")) {
                    return interruption.finish(
                        QStringLiteral("download cancelled; what arrived is kept and `sonara "
                                       "models install %1` resumes it")
                            .arg(id));
                }
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
            for (const QString& line :
                 modelTable(reply.json().value(QStringLiteral("models")).toArray())) {
                printOut(line);
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
