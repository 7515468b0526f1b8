#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"
#include "core/engine/errors.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace sonara::cli {
namespace {

QString jobLine(const QJsonObject& job) {
    const QString state = job.value(QStringLiteral("state")).toString();
    QString line =
        QStringLiteral("%1  %2  %3/%4  %5")
            .arg(job.value(QStringLiteral("id")).toString(), state,
                 job.value(QStringLiteral("capability")).toString(),
                 job.value(QStringLiteral("engine")).toString(),
                 QDateTime::fromString(job.value(QStringLiteral("created_at")).toString(),
                                       Qt::ISODateWithMs)
                     .toLocalTime()
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (state == QLatin1String("running")) {
        line += QStringLiteral("  %1% %2")
                    .arg(static_cast<int>(job.value(QStringLiteral("progress")).toDouble() * 100))
                    .arg(job.value(QStringLiteral("stage")).toString());
    }
    const QString error = job.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        line += QStringLiteral("  (%1)").arg(error);
    }
    return line;
}

}  // namespace

int jobsCommand(const GlobalOptions& global, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "sonara jobs [list|show ID|wait ID|retry ID|cancel ID]: the jobs of the local API."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list (default), show, wait, retry or cancel"));
    parser.addPositionalArgument(QStringLiteral("id"),
                                 QStringLiteral("job id, for show, retry and cancel"));
    parser.addOptions({{QStringLiteral("state"), QStringLiteral("Only jobs in this state."),
                        QStringLiteral("state")},
                       {QStringLiteral("capability"),
                        QStringLiteral("Only jobs of this capability."), QStringLiteral("id")},
                       {QStringLiteral("json"), QStringLiteral("Print JSON.")}});
    if (!parser.parse(QStringList{QStringLiteral("sonara jobs")} + arguments)) {
        printError(QStringLiteral("sonara jobs: %1").arg(parser.errorText()));
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
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
                for (const QJsonValue& job : jobs) {
                    printOut(jobLine(job.toObject()));
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
                printOut(QString::fromUtf8(
                             QJsonDocument(reply.json())
                                 .toJson(json ? QJsonDocument::Compact : QJsonDocument::Indented))
                             .trimmed());
            }
        } else if (action == QLatin1String("cancel")) {
            reply = api.send("POST", QStringLiteral("/v1/jobs/%1/cancel").arg(id));
        } else if (action == QLatin1String("retry") || action == QLatin1String("wait")) {
            if (action == QLatin1String("retry")) {
                reply = api.send("POST", QStringLiteral("/v1/jobs/%1/retry").arg(id));
            }
            if (reply.ok()) {
                ProgressBar bar(!json && stderrIsTerminal());
                const QJsonObject finished =
                    api.follow(id, [&](double fraction, const QString& stage, double eta) {
                        bar.update(fraction, stage, eta);
                    });
                bar.finish();
                printOut(
                    json ? QString::fromUtf8(QJsonDocument(finished).toJson(QJsonDocument::Compact))
                         : jobLine(finished));
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
