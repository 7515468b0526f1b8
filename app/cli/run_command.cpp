#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/input_arguments.h"
#include "app/cli/interrupts.h"
#include "app/cli/suggest.h"
#include "app/cli/terminal.h"
#include "core/engine/capability_registry.h"
#include "core/engine/errors.h"
#include "core/engine/result_export.h"
#include "core/engine/standard_capabilities.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sonara::cli {
namespace {

using core::CapabilityDescriptor;
using core::ParameterSpec;

const QStringList kReservedOptions = {
    QStringLiteral("engine"), QStringLiteral("model"),  QStringLiteral("set"),
    QStringLiteral("input"),  QStringLiteral("text"),   QStringLiteral("text-file"),
    QStringLiteral("voice"),  QStringLiteral("output"), QStringLiteral("o"),
    QStringLiteral("json"),   QStringLiteral("quiet"),  QStringLiteral("help"),
    QStringLiteral("label")};

QString describeParameter(const ParameterSpec& spec) {
    QString line =
        QStringLiteral("  --set %1=<%2>").arg(spec.id, core::parameterTypeName(spec.type));
    QStringList facts;
    if (!spec.help.isEmpty()) {
        facts.append(spec.help);
    }
    if (spec.minimum && spec.maximum) {
        facts.append(QStringLiteral("%1..%2%3")
                         .arg(*spec.minimum)
                         .arg(*spec.maximum)
                         .arg(spec.unit.isEmpty() ? QString() : QLatin1Char(' ') + spec.unit));
    }
    if (!spec.choices.isEmpty()) {
        const QStringList shown = spec.choices.mid(0, 12);
        facts.append(QStringLiteral("one of: %1%2")
                         .arg(shown.join(QStringLiteral(", ")),
                              spec.choices.size() > 12 ? QStringLiteral(", ...") : QString()));
    }
    if (spec.defaultValue.isValid()) {
        facts.append(QStringLiteral("default %1").arg(spec.defaultValue.toString()));
    }
    if (!spec.engines.isEmpty()) {
        facts.append(QStringLiteral("engine %1").arg(spec.engines.join(QStringLiteral(", "))));
    }
    return line + QStringLiteral("\n      ") + facts.join(QStringLiteral("; "));
}

QString capabilityHelp(core::CapabilityRegistry& registry, const CapabilityDescriptor& descriptor) {
    QStringList lines;
    lines << QStringLiteral(
                 "usage: sonara run %1 [--engine E] [--model M] [--set name=value]... %2 -o "
                 "[OUTPUT=]FILE... [--label TEXT]")
                 .arg(descriptor.id, inputsUsage(descriptor));
    lines << QString() << descriptor.title + QStringLiteral(": ") + descriptor.summary << QString();
    lines << QStringLiteral("inputs:") << inputsHelp(descriptor) << QString();
    lines << QStringLiteral("engines:");
    for (const core::EngineInfo& engine : registry.engines(descriptor.id)) {
        lines << QStringLiteral("  %1  %2%3")
                     .arg(engine.id, engine.title,
                          engine.needsModel()
                              ? QStringLiteral(" (needs a model: %1)")
                                    .arg(engine.architectures.join(QStringLiteral(", ")))
                              : QString());
    }
    lines << QString() << QStringLiteral("parameters (also accepted as --name value):");
    for (const ParameterSpec& spec : descriptor.parameters) {
        lines << describeParameter(spec);
    }
    lines << QString()
          << QStringLiteral("outputs (-o FILE picks one by extension, -o NAME=FILE by name):");
    for (const core::OutputSpec& output : descriptor.outputs) {
        lines << QStringLiteral("  %1 (%2): -o FILE.{%3}, or -o %1=FILE")
                     .arg(output.id, output.title, output.formats.join(QLatin1Char(',')));
    }
    lines << QString() << QStringLiteral("other options:")
          << QStringLiteral("  --input NAME=@FILE read a text input from a file")
          << QStringLiteral("  --text-file FILE   read the text from a file")
          << QStringLiteral("  --json             print the result as JSON")
          << QStringLiteral("  --quiet            no progress bar");
    return lines.join(QLatin1Char('\n'));
}

QString listCapabilities(core::CapabilityRegistry& registry) {
    QStringList lines{
        QStringLiteral("usage: sonara run <capability> ... (sonara run <capability> --help)"),
        QString(), QStringLiteral("capabilities:")};
    for (const CapabilityDescriptor& descriptor : registry.capabilities()) {
        lines << QStringLiteral("  %1  %2").arg(descriptor.id, -10).arg(descriptor.summary);
    }
    return lines.join(QLatin1Char('\n'));
}

// Where one output of the job is written.
struct Destination {
    const core::OutputSpec* output = nullptr;
    QString path;
};

struct ParsedRun {
    core::JobRequest request;
    InputArguments inputs;
    QList<Destination> outputs;
    bool json = false;
    bool quiet = false;
};

// `-o FILE` picks the output whose formats include FILE's extension; `-o NAME=FILE` names it.
std::optional<int> parseDestinations(const CapabilityDescriptor& descriptor,
                                     const QStringList& values, ParsedRun& parsed) {
    if (values.isEmpty()) {
        printError(QStringLiteral("sonara run %1: say where to write the result with -o FILE")
                       .arg(descriptor.id));
        return kUsage;
    }
    for (const QString& value : values) {
        Destination destination{nullptr, value};
        static const QRegularExpression named(QStringLiteral("^([a-z][a-z0-9_-]*)=(.+)$"));
        if (const QRegularExpressionMatch match = named.match(value); match.hasMatch()) {
            for (const core::OutputSpec& spec : descriptor.outputs) {
                if (spec.id == match.captured(1)) {
                    destination = Destination{&spec, match.captured(2)};
                }
            }
            if (!destination.output) {
                QStringList ids;
                for (const core::OutputSpec& spec : descriptor.outputs) {
                    ids.append(spec.id);
                }
                printError(QStringLiteral("sonara run %1: cannot write '%2': %1 has no output "
                                          "'%3'; its outputs: %4")
                               .arg(descriptor.id, value, match.captured(1),
                                    ids.join(QStringLiteral(", "))));
                return kUsage;
            }
        } else {
            destination.output = core::outputForDestination(descriptor, value);
        }
        const QFileInfo target(destination.path);
        if (!target.absoluteDir().exists()) {
            printError(QStringLiteral("sonara run %1: cannot write %2: the folder %3 does not "
                                      "exist; create it first")
                           .arg(descriptor.id, destination.path, target.dir().path()));
            return kUsage;
        }
        const QString format = target.suffix().toLower();
        if (!destination.output || !destination.output->formats.contains(format)) {
            QStringList formats;
            for (const core::OutputSpec& spec : descriptor.outputs) {
                formats.append(QStringLiteral("%1 as %2")
                                   .arg(spec.id, spec.formats.join(QStringLiteral(", "))));
            }
            printError(
                QStringLiteral("sonara run %1: cannot write '%2': the results can be saved as %3")
                    .arg(descriptor.id, value, formats.join(QStringLiteral("; "))));
            return kUsage;
        }
        parsed.outputs.append(destination);
    }
    return std::nullopt;
}

// Returns an exit code when parsing ends the command (help shown or bad usage).
std::optional<int> parseRun(core::CapabilityRegistry& registry,
                            const CapabilityDescriptor& descriptor, const QStringList& arguments,
                            ParsedRun& parsed) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(
        {{QStringLiteral("engine"), QString(), QStringLiteral("engine")},
         {QStringLiteral("model"), QString(), QStringLiteral("model")},
         {QStringLiteral("set"), QString(), QStringLiteral("name=value")},
         {QStringLiteral("input"), QString(), QStringLiteral("name=value")},
         {QStringLiteral("text"), QString(), QStringLiteral("text")},
         {QStringLiteral("voice"), QString(), QStringLiteral("voice")},
         {QStringLiteral("text-file"), QString(), QStringLiteral("file")},
         {{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("file")},
         {QStringLiteral("json"), QString()},
         {QStringLiteral("quiet"), QString()},
         {QStringLiteral("label"), QString(), QStringLiteral("text")},
         {{QStringLiteral("h"), QStringLiteral("help")}, QString()}});
    QStringList direct;
    for (const ParameterSpec& spec : descriptor.parameters) {
        if (!kReservedOptions.contains(spec.id) && !direct.contains(spec.id)) {
            parser.addOption({spec.id, spec.help, QStringLiteral("value")});
            direct.append(spec.id);
        }
    }
    if (!parser.parse(QStringList{QStringLiteral("sonara run ") + descriptor.id} + arguments)) {
        printError(QStringLiteral("sonara run %1: %2 (see sonara run %1 --help)")
                       .arg(descriptor.id, parser.errorText()));
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(capabilityHelp(registry, descriptor));
        return kOk;
    }
    core::JobRequest& request = parsed.request;
    request.capability = descriptor.id;
    request.engine = parser.value(QStringLiteral("engine"));
    request.model = parser.value(QStringLiteral("model"));
    request.label = parser.value(QStringLiteral("label"));
    for (const QString& assignment : parser.values(QStringLiteral("set"))) {
        const int equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            printError(QStringLiteral("sonara run %1: --set takes name=value; got '%2'")
                           .arg(descriptor.id, assignment));
            return kUsage;
        }
        request.parameters.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    for (const QString& id : direct) {
        if (parser.isSet(id)) {
            request.parameters.insert(id, parser.value(id));
        }
    }
    QString text;
    if (parser.isSet(QStringLiteral("text"))) {
        text = parser.value(QStringLiteral("text"));
    }
    if (parser.isSet(QStringLiteral("text-file"))) {
        QFile file(parser.value(QStringLiteral("text-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("sonara run %1: cannot read %2: %3")
                           .arg(descriptor.id, file.fileName(), file.errorString()));
            return kUsage;
        }
        text = QString::fromUtf8(file.readAll());
    }
    if (const auto error = collectInputs(descriptor, parser.values(QStringLiteral("input")),
                                         parser.positionalArguments(), text,
                                         parser.value(QStringLiteral("voice")), parsed.inputs)) {
        printError(QStringLiteral("sonara run %1: %2 (see sonara run %1 --help)")
                       .arg(descriptor.id, *error));
        return kUsage;
    }
    parsed.json = parser.isSet(QStringLiteral("json"));
    parsed.quiet = parser.isSet(QStringLiteral("quiet"));
    return parseDestinations(descriptor, parser.values(QStringLiteral("output")), parsed);
}

// Downloads each requested output in the format its extension names; the server charges the
// result's duration once, however many files are written from it.
int downloadResults(ApiClient& api, const CapabilityDescriptor& descriptor, const QJsonObject& job,
                    const ParsedRun& parsed) {
    const QString id = job.value(QStringLiteral("id")).toString();
    QJsonArray written;
    for (const Destination& target : parsed.outputs) {
        const QString& destination = target.path;
        const ApiReply reply =
            api.download(QStringLiteral("/v1/jobs/%1/outputs/%2?format=%3")
                             .arg(id, target.output->id, QFileInfo(destination).suffix().toLower()),
                         destination);
        if (!reply.ok()) {
            printError(
                QStringLiteral("sonara: cannot write %1: %2").arg(destination, reply.message()));
            return reply.status == 402 ? kNoCredits : kJobFailed;
        }
        written.append(destination);
        if (!parsed.json) {
            printOut(QStringLiteral("wrote %1").arg(destination));
        }
    }
    if (parsed.json) {
        QJsonObject result = job;
        result.insert(QStringLiteral("written"), written);
        printOut(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    }
    return kOk;
}

// One line on a job that did not succeed, without saying the same thing twice ("cancelled:
// cancelled").
QString jobFailure(const CapabilityDescriptor& descriptor, const QString& id,
                   const QJsonObject& job) {
    const QString state = job.value(QStringLiteral("state")).toString();
    const QString error = job.value(QStringLiteral("error")).toString().trimmed();
    QString line =
        QStringLiteral("sonara run %1: job %2 %3")
            .arg(descriptor.id, id, state.isEmpty() ? QStringLiteral("vanished") : state);
    if (!error.isEmpty() && error.compare(state, Qt::CaseInsensitive) != 0) {
        line += QStringLiteral(": ") + error;
    }
    return line;
}

// What the job tells besides its outputs (an input used only as far as it goes), on stderr so
// that --json output stays one object.
void printNotices(const CapabilityDescriptor& descriptor, const QJsonObject& job) {
    for (const QJsonValue& notice : job.value(QStringLiteral("notices")).toArray()) {
        printError(QStringLiteral("sonara run %1: note: %2").arg(descriptor.id, notice.toString()));
    }
}

}  // namespace

std::optional<QJsonObject> submitJob(ApiClient& api, const CapabilityDescriptor& descriptor,
                                     const core::JobRequest& request,
                                     const InputArguments& inputArguments, int& exitCode) {
    QString error;
    const std::optional<QJsonObject> inputs =
        inputsToJson(api, descriptor, inputArguments, error, exitCode);
    if (!inputs) {
        printError(QStringLiteral("sonara run %1: %2").arg(descriptor.id, error));
        return std::nullopt;
    }
    QJsonObject body{
        {QStringLiteral("capability"), request.capability},
        {QStringLiteral("parameters"), QJsonObject::fromVariantMap(request.parameters)},
        {QStringLiteral("inputs"), *inputs}};
    for (const auto& [key, value] : {std::pair{QStringLiteral("engine"), request.engine},
                                     std::pair{QStringLiteral("model"), request.model},
                                     std::pair{QStringLiteral("label"), request.label}}) {
        if (!value.isEmpty()) {
            body.insert(key, value);
        }
    }
    const ApiReply created = api.post(QStringLiteral("/v1/jobs"), body);
    if (!created.ok()) {
        printError(QStringLiteral("sonara run %1: %2").arg(descriptor.id, created.message()));
        exitCode = exitCodeFor(created);
        return std::nullopt;
    }
    return created.json();
}

int runCommand(const GlobalOptions& global, const QStringList& arguments) {
    try {
        // Flags and help come from the descriptors this program was built with; the server
        // validates the request against its own.
        core::CapabilityRegistry registry;
        core::registerBuiltinEngines(registry);
        if (arguments.isEmpty() || arguments.first().startsWith(QLatin1Char('-'))) {
            printOut(listCapabilities(registry));
            return arguments.isEmpty() ? kUsage : kOk;
        }
        const CapabilityDescriptor* descriptor = registry.capability(arguments.first());
        if (!descriptor) {
            QStringList ids;
            for (const CapabilityDescriptor& known : registry.capabilities()) {
                ids.append(known.id);
            }
            printError(QStringLiteral("sonara run: unknown capability '%1'%2\n%3")
                           .arg(arguments.first(), didYouMean(arguments.first(), ids),
                                listCapabilities(registry)));
            return kUsage;
        }
        ParsedRun parsed;
        if (const auto exit = parseRun(registry, *descriptor, arguments.mid(1), parsed)) {
            return *exit;
        }
        std::unique_ptr<ApiClient> api;
        try {
            api = std::make_unique<ApiClient>(global);
        } catch (const core::Error& error) {
            printError(QStringLiteral("sonara run %1: %2").arg(descriptor->id, error.message()));
            return kNoServer;
        }
        int exitCode = kOk;
        const std::optional<QJsonObject> created =
            submitJob(*api, *descriptor, parsed.request, parsed.inputs, exitCode);
        if (!created) {
            return exitCode;
        }
        const QString id = created->value(QStringLiteral("id")).toString();
        ProgressBar bar(!parsed.quiet && stderrIsTerminal());
        // The job is this command's: Ctrl-C cancels it.
        const Interruption interruption(QStringLiteral("sonara run %1").arg(descriptor->id), [&] {
            api->send("POST", QStringLiteral("/v1/jobs/%1/cancel").arg(id));
        });
        const QJsonObject job =
            api->follow(id, [&](double fraction, const QString& stage, double eta) {
                bar.update(fraction, stage, eta);
            });
        bar.finish();
        const QString state = job.value(QStringLiteral("state")).toString();
        if (interruption.requested()) {
            return interruption.finish(
                state == QLatin1String("succeeded")
                    ? QStringLiteral("job %1 had finished; its results were not downloaded "
                                     "(see sonara jobs show %1)")
                          .arg(id)
                    : QStringLiteral("job %1 cancelled; nothing was written").arg(id));
        }
        if (state != QLatin1String("succeeded")) {
            printError(jobFailure(*descriptor, id, job));
            return kJobFailed;
        }
        printNotices(*descriptor, job);
        return downloadResults(*api, *descriptor, job, parsed);
    } catch (const std::exception& error) {
        printError(QStringLiteral("sonara: %1").arg(QString::fromUtf8(error.what())));
        return kJobFailed;
    }
}

}  // namespace sonara::cli
