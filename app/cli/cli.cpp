#include "app/cli/cli.h"

#include "app/cli/commands.h"
#include "app/cli/suggest.h"
#include "app/cli/terminal.h"

#include <QCoreApplication>
#include <functional>
#include <map>

namespace sonara::cli {
namespace {

const char* const kUsageText =
    R"(usage: sonara [--data DIR] [--url URL] [--token TOKEN] [--no-autostart] <command> [options]

commands:
  serve          run the engine and the local API headless
  run            run a capability: sonara run <capability> [--engine E] [--model M]
                 [--set name=value]... [--text TEXT] [INPUT...] -o OUTPUT
  convert        convert or normalise an audio file: sonara convert INPUT -o OUTPUT
  batch          run a capability over every matching file of a folder:
                 sonara batch DIR --capability X [--engine E] [--set k=v]... -o OUTDIR
  jobs           list, show, wait for, retry or cancel jobs
  capabilities   list capabilities, their engines and parameters
  models         list the model catalog and installed models; install (download with resume
                 and sha256 check, or from a folder) or remove one
  voices         list the voice library, add a voice from recordings with the owner's
                 consent, rename, export or import one (.sonaravoice), remove one
  account        the credits exports are charged to; sign in to a Sonara account (exports
                 then use its minutes, and its offline lease without a connection), sync,
                 sign out

Every command but serve and convert is a client of the local API: it finds the running server
in the config directory (api-url and api-token), or the one --url and --token name; with none
running it starts a headless one for the duration of the command (--no-autostart refuses).
--data DIR always uses a headless server on that data directory.

`sonara <command> --help` explains a command; `sonara run <capability> --help` lists the
capability's parameters.

exit codes: 0 success, 1 the job failed, 2 bad usage (unknown option, bad parameter,
missing file), 3 not enough credits to export the result, 4 no local API reachable,
130 interrupted by Ctrl-C or SIGTERM

Ctrl-C: a command cancels the job or download it started (a job it only waits for keeps
running), says what it stopped and what was kept, and exits 130; `sonara serve` closes the API
and exits 0. A second Ctrl-C stops at once.
environment: XDG_DATA_HOME and XDG_CONFIG_HOME choose where data and settings live)";

using Command = std::function<int(const GlobalOptions&, const QStringList&)>;

}  // namespace

bool takeOption(QStringList& arguments, const QString& option, QString* value) {
    const int at = arguments.indexOf(option);
    if (at < 0) {
        return true;
    }
    if (at + 1 >= arguments.size()) {
        return false;
    }
    *value = arguments.at(at + 1);
    arguments.remove(at, 2);
    return true;
}

int run(const QStringList& arguments) {
    GlobalOptions global;
    QStringList rest = arguments;
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--data") && !rest.isEmpty()) {
            global.dataDirectory = rest.takeFirst();
        } else if (option.startsWith(QLatin1String("--data="))) {
            global.dataDirectory = option.mid(7);
        } else if (option == QLatin1String("--url") && !rest.isEmpty()) {
            global.url = rest.takeFirst();
        } else if (option.startsWith(QLatin1String("--url="))) {
            global.url = option.mid(6);
        } else if (option == QLatin1String("--token") && !rest.isEmpty()) {
            global.token = rest.takeFirst();
        } else if (option.startsWith(QLatin1String("--token="))) {
            global.token = option.mid(8);
        } else if (option == QLatin1String("--no-autostart")) {
            global.noAutostart = true;
        } else if (option == QLatin1String("--help")) {
            printOut(QString::fromUtf8(kUsageText));
            return kOk;
        } else if (option == QLatin1String("--version")) {
            printOut(QStringLiteral("sonara %1").arg(QCoreApplication::applicationVersion()));
            return kOk;
        } else {
            printError(QStringLiteral("sonara: unknown option %1\n%2")
                           .arg(option, QString::fromUtf8(kUsageText)));
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
        {QStringLiteral("batch"), batchCommand},
        {QStringLiteral("convert"), convertCommand},
        {QStringLiteral("jobs"), jobsCommand},
        {QStringLiteral("capabilities"), capabilitiesCommand},
        {QStringLiteral("models"), modelsCommand},
        {QStringLiteral("voices"), voicesCommand},
        {QStringLiteral("account"), accountCommand},
    };
    const QString name = rest.takeFirst();
    setJsonErrors(rest.contains(QStringLiteral("--json")));
    const auto command = commands.find(name);
    if (command == commands.end()) {
        QStringList names;
        for (const auto& entry : commands) {
            names.append(entry.first);
        }
        printError(QStringLiteral("sonara: unknown command '%1'%2\n%3")
                       .arg(name, didYouMean(name, names), QString::fromUtf8(kUsageText)));
        return finishJsonErrors(kUsage);
    }
    return finishJsonErrors(command->second(global, rest));
}

}  // namespace sonara::cli
