#include "app/cli/cli.h"

#include "app/cli/commands.h"
#include "app/cli/terminal.h"

#include <QCoreApplication>
#include <functional>
#include <map>

namespace sonara::cli {
namespace {

const char* const kUsageText = R"(usage: sonara [--data DIR] <command> [options]

commands:
  serve          run the engine and the local API headless
  run            run a capability: sonara run <capability> [--engine E] [--model M]
                 [--set name=value]... [--text TEXT] [INPUT...] -o OUTPUT
  convert        convert or normalise an audio file: sonara convert INPUT -o OUTPUT
  jobs           list, show, retry or cancel jobs
  capabilities   list capabilities, their engines and parameters
  models         list the model catalog and installed models; install from a folder

`sonara <command> --help` explains a command; `sonara run <capability> --help` lists the
capability's parameters.

exit codes: 0 success, 1 the job failed, 2 bad usage (unknown option, bad parameter,
missing file)
environment: XDG_DATA_HOME and XDG_CONFIG_HOME choose where data and settings live)";

using Command = std::function<int(const GlobalOptions&, const QStringList&)>;

}  // namespace

int run(const QStringList& arguments) {
    GlobalOptions global;
    QStringList rest = arguments;
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--data") && !rest.isEmpty()) {
            global.dataDirectory = rest.takeFirst();
        } else if (option.startsWith(QLatin1String("--data="))) {
            global.dataDirectory = option.mid(7);
        } else if (option == QLatin1String("--help")) {
            printOut(QString::fromUtf8(kUsageText));
            return kOk;
        } else if (option == QLatin1String("--version")) {
            printOut(QStringLiteral("sonara %1").arg(QCoreApplication::applicationVersion()));
            return kOk;
        } else {
            printError(QStringLiteral("sonara: unknown option %1\n%2").arg(option, QString::fromUtf8(kUsageText)));
            return kUsage;
        }
    }
    if (rest.isEmpty()) {
        printError(QString::fromUtf8(kUsageText));
        return kUsage;
    }
    static const std::map<QString, Command> commands = {
        {QStringLiteral("serve"), serveCommand},
        {QStringLiteral("run"), runCommand},
        {QStringLiteral("convert"), convertCommand},
        {QStringLiteral("jobs"), jobsCommand},
        {QStringLiteral("capabilities"), capabilitiesCommand},
        {QStringLiteral("models"), modelsCommand},
    };
    const QString name = rest.takeFirst();
    const auto command = commands.find(name);
    if (command == commands.end()) {
        printError(QStringLiteral("sonara: unknown command '%1'\n%2").arg(name, QString::fromUtf8(kUsageText)));
        return kUsage;
    }
    return command->second(global, rest);
}

}  // namespace sonara::cli
