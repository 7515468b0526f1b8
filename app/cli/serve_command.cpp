#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/interrupts.h"
#include "app/cli/terminal.h"
#include "core/api/api_token.h"
#include "core/api/local_api_server.h"
#include "core/engine/engine_host.h"
#include "core/store/settings_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sonara::cli {
namespace {

constexpr quint16 kDefaultPort = 7870;

}  // namespace

int serveCommand(const GlobalOptions& global, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs the engine and the local API headless."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("port"),
                      QStringLiteral("Port on 127.0.0.1 (default: the api_port setting, else 7870; 0 picks a free one)."),
                      QStringLiteral("N")});
    if (!parser.parse(QStringList{QStringLiteral("sonara serve")} + arguments)) {
        printError(QStringLiteral("sonara serve: %1").arg(parser.errorText()));
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return kOk;
    }
    try {
        core::EngineHostOptions options;
        options.dataDirectory = global.dataDirectory;
        options.resumeQueuedJobs = true;
        core::EngineHost host(options);
        core::store::SettingsStore settings(host.database());
        bool portOk = true;
        const uint port = parser.isSet(QStringLiteral("port"))
                              ? parser.value(QStringLiteral("port")).toUInt(&portOk)
                              : settings.value(QStringLiteral("api_port"), kDefaultPort).toUInt(&portOk);
        if (!portOk || port > 65535) {
            printError(QStringLiteral("sonara serve: --port takes a number from 0 to 65535"));
            return kUsage;
        }
        const QStringList interrupted = host.jobs().start();
        if (!interrupted.isEmpty()) {
            printOut(QStringLiteral("%1 job(s) were interrupted by the last shutdown; retry them with "
                                    "`sonara jobs retry ID`")
                         .arg(interrupted.size()));
        }
        core::api::LocalApiServer server(host.jobs(), core::api::ApiToken::loadOrCreate());
        const quint16 bound = server.listen(static_cast<quint16>(port));
        printOut(QStringLiteral("listening on http://127.0.0.1:%1").arg(bound));
        printOut(QStringLiteral("token file: %1").arg(core::api::ApiToken::defaultPath()));
        printOut(QStringLiteral("data: %1").arg(host.dataDirectory()));
        onInterrupt(&server, [] { QCoreApplication::quit(); });
        QCoreApplication::exec();
        printOut(QStringLiteral("stopping: waiting for running jobs to stop"));
        return kOk;
    } catch (const std::exception& error) {
        printError(QStringLiteral("sonara serve: %1").arg(QString::fromUtf8(error.what())));
        return kJobFailed;
    }
}

}  // namespace sonara::cli
