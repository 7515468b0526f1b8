#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/interrupts.h"
#include "app/cli/terminal.h"
#include "core/engine/errors.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace sonara::cli {
namespace {

using AssetNames = QHash<QString, QString>;

// Asset id → the name the user knows it by (the uploaded file's name, a result's name), read
// page by page.
AssetNames assetNames(ApiClient& api) {
    AssetNames names;
    QString cursor;
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (!cursor.isEmpty()) {
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        }
        const ApiReply reply =
            api.get(QStringLiteral("/v1/assets?") + query.toString(QUrl::FullyEncoded));
        const QJsonObject page = reply.json();
        for (const QJsonValue& value : page.value(QStringLiteral("assets")).toArray()) {
            const QJsonObject asset = value.toObject();
            names.insert(asset.value(QStringLiteral("id")).toString(),
                         asset.value(QStringLiteral("name")).toString());
        }
        cursor = page.value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty());
    return names;
}

QString assetName(const QString& id, const AssetNames& names) {
    const QString name = names.value(id);
    return name.isEmpty() ? QStringLiteral("asset %1").arg(id) : name;
}

// One input as a person recognises it: file names for files, the start of a text in quotes.
QString inputText(const QJsonValue& value, const AssetNames& names) {
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : value.toArray()) {
            parts.append(inputText(item, names));
        }
        return parts.join(QStringLiteral(", "));
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (names.contains(text)) {
            return names.value(text);
        }
        const QString flat = text.simplified();
        return QLatin1Char('"') + (flat.size() > 32 ? flat.left(31) + QChar(0x2026) : flat) +
               QLatin1Char('"');
    }
    if (value.isObject() || value.isUndefined() || value.isNull()) {
        return value.isObject() ? QStringLiteral("{...}") : QString();
    }
    return value.toVariant().toString();
}

QString inputsText(const QJsonObject& job, const AssetNames& names) {
    QStringList parts;
    const QJsonObject inputs = job.value(QStringLiteral("inputs")).toObject();
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        parts.append(inputText(it.value(), names));
    }
    return parts.join(QStringLiteral(" + "));
}

QString outputsText(const QJsonObject& job, const AssetNames& names) {
    QStringList parts;
    const QJsonObject outputs = job.value(QStringLiteral("outputs")).toObject();
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        parts.append(assetName(it.value().toString(), names));
    }
    return parts.join(QStringLiteral(", "));
}

QString jobLine(const QJsonObject& job, const AssetNames& names = {}) {
    const QString state = job.value(QStringLiteral("state")).toString();
    QString line =
        QStringLiteral("%1  %2  %3  %4/%5  %6")
            .arg(job.value(QStringLiteral("id")).toString(), state.leftJustified(9))
            .arg(QDateTime::fromString(job.value(QStringLiteral("created_at")).toString(),
                                       Qt::ISODateWithMs)
                     .toLocalTime()
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 job.value(QStringLiteral("capability")).toString(),
                 job.value(QStringLiteral("engine")).toString(), inputsText(job, names));
    const QString outputs = outputsText(job, names);
    if (!outputs.isEmpty()) {
        line += QStringLiteral("  -> %1").arg(outputs);
    }
    const QString device = job.value(QStringLiteral("device")).toString();
    if (!device.isEmpty()) {
        line += QStringLiteral("  on %1").arg(device);
    }
    if (state == QLatin1String("running")) {
        line += QStringLiteral("  %1% %2")
                    .arg(static_cast<int>(job.value(QStringLiteral("progress")).toDouble() * 100))
                    .arg(job.value(QStringLiteral("stage")).toString());
    }
    const QString error = job.value(QStringLiteral("error")).toString();
    if (!error.isEmpty() && error.compare(state, Qt::CaseInsensitive) != 0) {
        line += QStringLiteral("  (%1)").arg(error);
    }
    return line;
}

// `jobs show` for a person: names, not asset ids or paths.
QString jobDetails(const QJsonObject& job, const AssetNames& names) {
    QStringList lines;
    const auto add = [&lines](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            lines << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -12).arg(value);
        }
    };
    add(QStringLiteral("job"), job.value(QStringLiteral("id")).toString());
    add(QStringLiteral("capability"), job.value(QStringLiteral("capability")).toString());
    add(QStringLiteral("engine"), job.value(QStringLiteral("engine")).toString());
    add(QStringLiteral("model"), job.value(QStringLiteral("model")).toString());
    add(QStringLiteral("state"), job.value(QStringLiteral("state")).toString());
    add(QStringLiteral("device"), job.value(QStringLiteral("device")).toString());
    add(QStringLiteral("created"),
        QDateTime::fromString(job.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QJsonObject inputs = job.value(QStringLiteral("inputs")).toObject();
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        add(QStringLiteral("input ") + it.key(), inputText(it.value(), names));
    }
    const QJsonObject parameters = job.value(QStringLiteral("parameters")).toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        add(QStringLiteral("set ") + it.key(), it.value().toVariant().toString());
    }
    const QJsonObject outputs = job.value(QStringLiteral("outputs")).toObject();
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        add(QStringLiteral("output ") + it.key(), assetName(it.value().toString(), names));
    }
    add(QStringLiteral("error"), job.value(QStringLiteral("error")).toString());
    for (const QJsonValue& notice : job.value(QStringLiteral("notices")).toArray()) {
        add(QStringLiteral("note"), notice.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

int jobsCommand(const GlobalOptions& global, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "sonara jobs [list|show ID|wait ID|retry ID|cancel ID]: the jobs of the local API."));
    addHelp(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list (default), show, wait, retry or cancel"));
    parser.addPositionalArgument(QStringLiteral("id"),
                                 QStringLiteral("job id, for show, retry and cancel"));
    parser.addOptions(
        {{QStringLiteral("state"), QStringLiteral("Only jobs in this state."),
          QStringLiteral("state")},
         {QStringLiteral("capability"), QStringLiteral("Only jobs of this capability."),
          QStringLiteral("id")},
         {QStringLiteral("label"), QStringLiteral("Only jobs created with this label."),
          QStringLiteral("text")},
         {QStringLiteral("json"), QStringLiteral("Print JSON.")}});
    if (!parser.parse(QStringList{QStringLiteral("sonara jobs")} + arguments)) {
        printError(QStringLiteral("sonara jobs: %1").arg(parser.errorText()));
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText(
            parser,
            QStringLiteral(
                "usage: sonara jobs [list | show ID | wait ID | retry ID | cancel ID] [options]")));
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    const QString id = positional.value(1);
    if (action != QLatin1String("list") && id.isEmpty()) {
        printError(QStringLiteral("sonara jobs %1: give the job id").arg(action));
        return kUsage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    try {
        ApiClient api(global);
        if (action == QLatin1String("list")) {
            QUrlQuery query;
            if (parser.isSet(QStringLiteral("state"))) {
                query.addQueryItem(QStringLiteral("state"), parser.value(QStringLiteral("state")));
            }
            if (parser.isSet(QStringLiteral("capability"))) {
                query.addQueryItem(QStringLiteral("capability"),
                                   parser.value(QStringLiteral("capability")));
            }
            if (parser.isSet(QStringLiteral("label"))) {
                query.addQueryItem(QStringLiteral("label"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(
                                       parser.value(QStringLiteral("label")))));
            }
            const ApiReply reply =
                api.get(QStringLiteral("/v1/jobs?") + query.toString(QUrl::FullyEncoded));
            if (!reply.ok()) {
                printError(QStringLiteral("sonara jobs: %1").arg(reply.message()));
                return exitCodeFor(reply);
            }
            const QJsonArray jobs = reply.json().value(QStringLiteral("jobs")).toArray();
            if (json) {
                printOut(QString::fromUtf8(QJsonDocument(jobs).toJson(QJsonDocument::Compact)));
            } else {
                const AssetNames names = assetNames(api);
                for (const QJsonValue& job : jobs) {
                    printOut(jobLine(job.toObject(), names));
                }
            }
            return kOk;
        }
        ApiReply reply = api.get(QStringLiteral("/v1/jobs/") + id);
        if (reply.status == 404) {
            printError(
                QStringLiteral("sonara jobs: there is no job %1 (see sonara jobs list)").arg(id));
            return kUsage;
        }
        if (action == QLatin1String("show")) {
            if (reply.ok()) {
                printOut(json ? QString::fromUtf8(
                                    QJsonDocument(reply.json()).toJson(QJsonDocument::Compact))
                              : jobDetails(reply.json(), assetNames(api)));
            }
        } else if (action == QLatin1String("cancel")) {
            reply = api.send("POST", QStringLiteral("/v1/jobs/%1/cancel").arg(id));
        } else if (action == QLatin1String("retry") || action == QLatin1String("wait")) {
            if (action == QLatin1String("retry")) {
                reply = api.send("POST", QStringLiteral("/v1/jobs/%1/retry").arg(id));
            }
            if (reply.ok()) {
                ProgressBar bar(!json && stderrIsTerminal());
                // A retried job is this command's and Ctrl-C cancels it; a job it only waits
                // for keeps running.
                const bool retried = action == QLatin1String("retry");
                const Interruption interruption(
                    QStringLiteral("sonara jobs %1 %2").arg(action, id), [&] {
                        if (retried) {
                            api.send("POST", QStringLiteral("/v1/jobs/%1/cancel").arg(id));
                        } else {
                            api.stopStreams();
                        }
                    });
                const QJsonObject finished =
                    api.follow(id, [&](double fraction, const QString& stage, double eta) {
                        bar.update(fraction, stage, eta);
                    });
                bar.finish();
                const QString state = finished.value(QStringLiteral("state")).toString();
                if (interruption.requested() && state != QLatin1String("succeeded")) {
                    return interruption.finish(
                        retried
                            ? QStringLiteral("job %1 cancelled; nothing was written").arg(id)
                            : QStringLiteral("stopped waiting; job %1 is still %2 (sonara "
                                             "jobs show %1)")
                                  .arg(id, state.isEmpty() ? QStringLiteral("running") : state));
                }
                printOut(
                    json ? QString::fromUtf8(QJsonDocument(finished).toJson(QJsonDocument::Compact))
                         : jobLine(finished, assetNames(api)));
                return finished.value(QStringLiteral("state")).toString() ==
                               QLatin1String("succeeded")
                           ? kOk
                           : kJobFailed;
            }
        } else {
            printError(
                QStringLiteral(
                    "sonara jobs: unknown action '%1'; use list, show, wait, retry or cancel")
                    .arg(action));
            return kUsage;
        }
        if (!reply.ok()) {
            printError(QStringLiteral("sonara jobs: %1").arg(reply.message()));
            return exitCodeFor(reply);
        }
        return kOk;
    } catch (const core::Error& error) {
        printError(QStringLiteral("sonara jobs: %1").arg(error.message()));
        return kNoServer;
    } catch (const std::exception& error) {
        printError(QStringLiteral("sonara jobs: %1").arg(QString::fromUtf8(error.what())));
        return kJobFailed;
    }
}

}  // namespace sonara::cli
