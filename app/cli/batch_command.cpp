#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/input_arguments.h"
#include "app/cli/interrupts.h"
#include "app/cli/suggest.h"
#include "app/cli/terminal.h"
#include "core/engine/capability_registry.h"
#include "core/engine/errors.h"
#include "core/engine/standard_capabilities.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace sonara::cli {
namespace {

constexpr int kPollMs = 200;

struct Item {
    QString input;
    QString output;
    QString jobId;
};

void pause(int milliseconds) {
    // Not a sleep: a headless server started by this command answers from this same thread.
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

}  // namespace

int batchCommand(const GlobalOptions& global, const QStringList& arguments) {
    QCommandLineParser parser;
    const QString usage = QStringLiteral(
        "usage: sonara batch DIR --capability X [--engine E] [--model M] [--set k=v]... "
        "[--input NAME=VALUE]... [--glob PATTERN] [--jobs N] -o OUTDIR");
    parser.setApplicationDescription(QStringLiteral(
        "Runs a capability over every matching file of DIR, N at a time: each file is the "
        "capability's first file input (or its text, for a capability that reads text); --input "
        "gives the other inputs, the same for every file. Outputs are named after their inputs; "
        "those already in OUTDIR are skipped, so running the same command again resumes an "
        "interrupted batch. Exits 1 if any file failed; Ctrl-C cancels the running jobs and exits "
        "130."));
    addHelp(parser);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("folder of input files"));
    parser.addOptions(
        {{QStringLiteral("capability"),
          QStringLiteral("Capability to run (see sonara capabilities)."), QStringLiteral("id")},
         {QStringLiteral("engine"), QStringLiteral("Engine to use."), QStringLiteral("engine")},
         {QStringLiteral("model"), QStringLiteral("Model to use."), QStringLiteral("model")},
         {QStringLiteral("set"), QStringLiteral("A parameter, name=value; repeatable."),
          QStringLiteral("name=value")},
         {QStringLiteral("input"),
          QStringLiteral("An input every job gets, name=value; repeatable."),
          QStringLiteral("name=value")},
         {QStringLiteral("glob"), QStringLiteral("Which files of DIR (default *)."),
          QStringLiteral("pattern"), QStringLiteral("*")},
         {QStringLiteral("jobs"), QStringLiteral("Jobs at once (default 2)."), QStringLiteral("N"),
          QStringLiteral("2")},
         {QStringLiteral("format"),
          QStringLiteral("Output file format (default: the output's first)."),
          QStringLiteral("ext")},
         {{QStringLiteral("o"), QStringLiteral("output")},
          QStringLiteral("Folder for the results."),
          QStringLiteral("OUTDIR")},
         {QStringLiteral("label"),
          QStringLiteral("A label every job gets, to find them by (sonara jobs list --label)."),
          QStringLiteral("text")},
         {QStringLiteral("json"), QStringLiteral("Print the summary as JSON.")},
         {QStringLiteral("quiet"), QStringLiteral("Print only the summary.")}});
    if (!parser.parse(QStringList{QStringLiteral("sonara batch")} + arguments)) {
        printError(
            QStringLiteral("sonara batch: %1 (see sonara batch --help)").arg(parser.errorText()));
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText(parser, usage));
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("capability")) ||
        !parser.isSet(QStringLiteral("output"))) {
        printError(
            QStringLiteral("sonara batch: give one input folder, --capability and -o OUTDIR (see "
                           "sonara batch --help)"));
        return kUsage;
    }
    const QDir inputDir(positional.first());
    if (!inputDir.exists()) {
        printError(
            QFileInfo(positional.first()).isFile()
                ? QStringLiteral("sonara batch: %1 is a file; batch takes a folder (for one "
                                 "file, use sonara run)")
                      .arg(positional.first())
                : QStringLiteral("sonara batch: there is no folder %1").arg(positional.first()));
        return kUsage;
    }
    bool jobsOk = false;
    const int parallel = parser.value(QStringLiteral("jobs")).toInt(&jobsOk);
    if (!jobsOk || parallel < 1 || parallel > 64) {
        printError(QStringLiteral("sonara batch: --jobs takes a number from 1 to 64"));
        return kUsage;
    }
    core::CapabilityRegistry registry;
    core::registerBuiltinEngines(registry);
    const QString capability = parser.value(QStringLiteral("capability"));
    const core::CapabilityDescriptor* descriptor = registry.capability(capability);
    if (!descriptor || descriptor->outputs.isEmpty()) {
        QStringList ids;
        for (const core::CapabilityDescriptor& known : registry.capabilities()) {
            ids.append(known.id);
        }
        printError(
            QStringLiteral("sonara batch: unknown capability '%1'%2 (see sonara capabilities)")
                .arg(capability, didYouMean(capability, ids)));
        return kUsage;
    }
    const core::OutputSpec& output = descriptor->outputs.first();
    const QString format = parser.value(QStringLiteral("format")).isEmpty()
                               ? output.formats.value(0)
                               : parser.value(QStringLiteral("format")).toLower();
    if (!output.formats.contains(format)) {
        printError(QStringLiteral("sonara batch: %1 can be saved as %2, not '%3'")
                       .arg(output.title, output.formats.join(QStringLiteral(", ")), format));
        return kUsage;
    }
    QJsonObject parameters;
    for (const QString& assignment : parser.values(QStringLiteral("set"))) {
        const int equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            printError(
                QStringLiteral("sonara batch: --set takes name=value; got '%1'").arg(assignment));
            return kUsage;
        }
        parameters.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    const QDir outputDir(parser.value(QStringLiteral("output")));
    if (!QDir().mkpath(outputDir.path())) {
        printError(QStringLiteral("sonara batch: cannot create %1").arg(outputDir.path()));
        return kUsage;
    }
    const bool fileInput = descriptor->firstFileInput() != nullptr;
    {
        InputArguments fixed;
        if (const auto error = collectInputs(*descriptor, parser.values(QStringLiteral("input")),
                                             {}, QString(), QString(), fixed)) {
            printError(QStringLiteral("sonara batch: %1").arg(*error));
            return kUsage;
        }
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool quiet = parser.isSet(QStringLiteral("quiet")) || json;

    QList<Item> pending;
    QStringList skipped;
    const QString glob = parser.value(QStringLiteral("glob"));
    const QFileInfoList matches = inputDir.entryInfoList({glob}, QDir::Files, QDir::Name);
    if (matches.isEmpty()) {
        printError(QStringLiteral("sonara batch: no file in %1 matches '%2'; nothing to do")
                       .arg(positional.first(), glob));
        return kUsage;
    }
    for (const QFileInfo& file : matches) {
        Item item{file.absoluteFilePath(),
                  outputDir.filePath(file.completeBaseName() + QLatin1Char('.') + format),
                  {}};
        if (QFileInfo::exists(item.output)) {
            skipped.append(item.input);
        } else {
            pending.append(item);
        }
    }

    std::unique_ptr<ApiClient> api;
    try {
        api = std::make_unique<ApiClient>(global);
    } catch (const core::Error& error) {
        printError(QStringLiteral("sonara batch: %1").arg(error.message()));
        return kNoServer;
    }
    // The jobs are this command's: Ctrl-C cancels those running, starts no more.
    const Interruption interruption(QStringLiteral("sonara batch"));
    bool outOfCredits = false;
    const auto stopping = [&] { return outOfCredits || interruption.requested(); };

    QStringList done;
    QList<QPair<QString, QString>> failed;
    QList<Item> running;
    auto fail = [&](const Item& item, const QString& reason) {
        failed.append({item.input, reason});
        if (!quiet) {
            printError(QStringLiteral("failed %1: %2").arg(item.input, reason));
        }
    };
    while ((!pending.isEmpty() || !running.isEmpty()) && !stopping()) {
        while (running.size() < parallel && !pending.isEmpty() && !stopping()) {
            Item item = pending.takeFirst();
            QJsonObject body{{QStringLiteral("capability"), capability},
                             {QStringLiteral("parameters"), parameters}};
            if (parser.isSet(QStringLiteral("engine"))) {
                body.insert(QStringLiteral("engine"), parser.value(QStringLiteral("engine")));
            }
            if (parser.isSet(QStringLiteral("model"))) {
                body.insert(QStringLiteral("model"), parser.value(QStringLiteral("model")));
            }
            if (parser.isSet(QStringLiteral("label"))) {
                body.insert(QStringLiteral("label"), parser.value(QStringLiteral("label")));
            }
            QString text;
            if (!fileInput) {
                QFile file(item.input);
                if (!file.open(QIODevice::ReadOnly)) {
                    fail(item, file.errorString());
                    continue;
                }
                text = QString::fromUtf8(file.readAll());
            }
            InputArguments inputs;
            QString error;
            int exitCode = kOk;
            std::optional<QJsonObject> inputsJson;
            if (const auto collectError = collectInputs(
                    *descriptor, parser.values(QStringLiteral("input")),
                    fileInput ? QStringList{item.input} : QStringList(), text, QString(), inputs)) {
                error = *collectError;
            } else {
                inputsJson = inputsToJson(*api, *descriptor, inputs, error, exitCode);
            }
            if (!inputsJson) {
                fail(item, error);
                continue;
            }
            body.insert(QStringLiteral("inputs"), *inputsJson);
            const ApiReply created = api->post(QStringLiteral("/v1/jobs"), body);
            if (!created.ok()) {
                // A request the server refuses is refused for every file alike: stop early.
                if (created.status == 422 || created.status == 400) {
                    printError(QStringLiteral("sonara batch: %1").arg(created.message()));
                    return kUsage;
                }
                fail(item, created.message());
                continue;
            }
            item.jobId = created.json().value(QStringLiteral("id")).toString();
            running.append(item);
        }
        pause(kPollMs);
        for (int i = running.size() - 1; i >= 0; --i) {
            const Item item = running.at(i);
            const ApiReply reply = api->get(QStringLiteral("/v1/jobs/") + item.jobId);
            const QJsonObject job = reply.json();
            const QString state = job.value(QStringLiteral("state")).toString();
            if (reply.ok() &&
                (state == QLatin1String("queued") || state == QLatin1String("running"))) {
                continue;
            }
            running.removeAt(i);
            if (state != QLatin1String("succeeded")) {
                fail(item, reply.ok() ? QStringLiteral("%1: %2").arg(
                                            state, job.value(QStringLiteral("error")).toString())
                                      : reply.message());
                continue;
            }
            const ApiReply downloaded =
                api->download(QStringLiteral("/v1/jobs/%1/outputs/%2?format=%3")
                                  .arg(item.jobId, output.id, format),
                              item.output);
            if (!downloaded.ok()) {
                fail(item, downloaded.message());
                if (downloaded.status == 402) {
                    outOfCredits = true;
                }
                continue;
            }
            done.append(item.input);
            if (!quiet) {
                printOut(QStringLiteral("wrote %1").arg(item.output));
            }
        }
    }
    const qsizetype cancelled = running.size();
    const qsizetype notStarted = stopping() ? pending.size() : 0;
    for (const Item& item : running) {
        api->send("POST", QStringLiteral("/v1/jobs/%1/cancel").arg(item.jobId));
        failed.append(
            {item.input, QStringLiteral("interrupted; run the same command again to resume")});
    }
    for (const Item& item : stopping() ? pending : QList<Item>{}) {
        failed.append(
            {item.input, QStringLiteral("not started; run the same command again to resume")});
    }
    if (json) {
        QJsonArray failures;
        for (const auto& [input, reason] : failed) {
            failures.append(
                QJsonObject{{QStringLiteral("input"), input}, {QStringLiteral("error"), reason}});
        }
        printOut(QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("done"), QJsonArray::fromStringList(done)},
                            {QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)},
                            {QStringLiteral("failed"), failures}})
                .toJson(QJsonDocument::Compact)));
    } else {
        printOut(QStringLiteral("done %1, skipped %2 (already in %3), failed %4")
                     .arg(done.size())
                     .arg(skipped.size())
                     .arg(outputDir.path())
                     .arg(failed.size()));
        for (const auto& [input, reason] : failed) {
            printOut(QStringLiteral("  failed %1: %2").arg(input, reason));
        }
    }
    if (interruption.requested()) {
        return interruption.finish(
            QStringLiteral("%1 running job(s) cancelled, %2 file(s) not started, %3 written; run "
                           "the same command again to resume")
                .arg(cancelled)
                .arg(notStarted)
                .arg(done.size()));
    }
    return failed.isEmpty() ? kOk : kJobFailed;
}

}  // namespace sonara::cli
