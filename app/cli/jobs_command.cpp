#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace sonara::cli {
namespace {

using core::store::JobRecord;

QString jobLine(const JobRecord& job) {
    QString line = QStringLiteral("%1  %2  %3/%4  %5")
                       .arg(job.id, core::store::jobStateName(job.state), job.capability, job.engine,
                            job.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (job.state == core::store::JobState::Running) {
        line += QStringLiteral("  %1% %2").arg(static_cast<int>(job.progress * 100)).arg(job.stage);
    }
    if (!job.error.isEmpty()) {
        line += QStringLiteral("  (%1)").arg(job.error);
    }
    return line;
}

QString jobDetails(const JobRecord& job) {
    return QString::fromUtf8(QJsonDocument(job.toJson()).toJson(QJsonDocument::Indented)).trimmed();
}

}  // namespace

int jobsCommand(const GlobalOptions& global, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "sonara jobs [list|show ID|retry ID|cancel ID]: the jobs in this data directory."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list (default), show, retry or cancel"));
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("job id, for show, retry and cancel"));
    parser.addOptions({{QStringLiteral("state"), QStringLiteral("Only jobs in this state."), QStringLiteral("state")},
                       {QStringLiteral("capability"), QStringLiteral("Only jobs of this capability."), QStringLiteral("id")},
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
    try {
        core::EngineHostOptions options;
        options.dataDirectory = global.dataDirectory;
        options.resumeQueuedJobs = false;
        core::EngineHost host(options);
        core::JobManager& jobs = host.jobs();
        jobs.start();
        const bool json = parser.isSet(QStringLiteral("json"));
        if (action == QLatin1String("list")) {
            core::store::JobFilter filter;
            if (parser.isSet(QStringLiteral("state"))) {
                filter.state = core::store::jobStateFromName(parser.value(QStringLiteral("state")));
                if (!filter.state) {
                    printError(QStringLiteral("sonara jobs: unknown state '%1'; use queued, running, succeeded, failed, cancelled or interrupted")
                                   .arg(parser.value(QStringLiteral("state"))));
                    return kUsage;
                }
            }
            filter.capability = parser.value(QStringLiteral("capability"));
            QJsonArray array;
            for (const JobRecord& job : jobs.jobs(filter)) {
                json ? array.append(job.toJson()) : printOut(jobLine(job));
            }
            if (json) {
                printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
            }
            return kOk;
        }
        const std::optional<JobRecord> job = jobs.job(id);
        if (!job) {
            printError(QStringLiteral("sonara jobs: there is no job %1 (see sonara jobs list)").arg(id));
            return kUsage;
        }
        if (action == QLatin1String("show")) {
            printOut(json ? QString::fromUtf8(QJsonDocument(job->toJson()).toJson(QJsonDocument::Compact)) : jobDetails(*job));
            return kOk;
        }
        if (action == QLatin1String("retry")) {
            jobs.retry(id);
            const std::optional<JobRecord> finished = jobs.waitForFinished(id);
            printOut(jobLine(*finished));
            return finished->state == core::store::JobState::Succeeded ? kOk : kJobFailed;
        }
        if (action == QLatin1String("cancel")) {
            if (core::store::isFinished(job->state)) {
                printError(QStringLiteral("sonara jobs: job %1 has already finished (%2)").arg(id, core::store::jobStateName(job->state)));
                return kUsage;
            }
            jobs.cancel(id);
            return kOk;
        }
        printError(QStringLiteral("sonara jobs: unknown action '%1'; use list, show, retry or cancel").arg(action));
        return kUsage;
    } catch (const core::ValidationError& error) {
        printError(QStringLiteral("sonara jobs: %1").arg(error.message()));
        return kUsage;
    } catch (const std::exception& error) {
        printError(QStringLiteral("sonara jobs: %1").arg(QString::fromUtf8(error.what())));
        return kJobFailed;
    }
}

}  // namespace sonara::cli
