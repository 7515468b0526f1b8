#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/interrupts.h"
#include "app/cli/terminal.h"
#include "core/api/api_token.h"
#include "core/api/cors.h"
#include "core/api/local_api_server.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/store/settings_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace sonara::cli {
namespace {

constexpr quint16 kDefaultPort = 7870;
// How often a signed-in server settles offline exports and tops its lease up on its own.
constexpr int kAccountSyncMs = 10 * 60 * 1000;

// Keeps the signed-in account in step while the server runs, so that what was exported while
// the service was unreachable is reported soon after it is back, not only at the next export.
void syncAccountNow(const std::shared_ptr<core::account::CreditAccount>& account) {
    if (!account->isSignedIn()) {
        return;
    }
    (void)QtConcurrent::run([account] {
        try {
            account->sync();
        } catch (const std::exception&) {
            // Recorded in the account's status (GET /v1/credits shows it); tried again later.
        }
    });
}

}  // namespace

int serveCommand(const GlobalOptions& global, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs the engine and the local API headless."));
    addHelp(parser);
    parser.addOption(
        {QStringLiteral("port"),
         QStringLiteral(
             "Port on 127.0.0.1 (default: the api_port setting, else 7870; 0 picks a free one)."),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("rotate-token"),
         QStringLiteral(
             "Replace the API token before starting; clients holding the old one are refused.")});
    parser.addOption(
        {QStringLiteral("allow-origin"),
         QStringLiteral("Let web pages from ORIGIN (e.g. http://localhost:5173) call the API, "
                        "with the token; repeatable. Also the api_allowed_origins setting and "
                        "SONARA_ORIGINS, comma-separated. Default: no browser origin."),
         QStringLiteral("ORIGIN")});
    parser.addOption(
        {QStringLiteral("device"),
         QStringLiteral("Where models run: auto (the best CUDA GPU, else the CPU), cpu, cuda or "
                        "cuda:N (default: the compute_device setting, else auto)."),
         QStringLiteral("DEVICE")});
    if (!parser.parse(QStringList{QStringLiteral("sonara serve")} + arguments)) {
        printError(QStringLiteral("sonara serve: %1").arg(parser.errorText()));
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText(parser, QStringLiteral("usage: sonara serve [options]")));
        return kOk;
    }
    try {
        core::EngineHostOptions options;
        options.dataDirectory = global.dataDirectory;
        options.resumeQueuedJobs = true;
        options.computeDevice = parser.value(QStringLiteral("device"));
        std::unique_ptr<core::EngineHost> owned;
        try {
            owned = std::make_unique<core::EngineHost>(options);
        } catch (const core::ValidationError& error) {
            printError(QStringLiteral("sonara serve: --device: %1").arg(error.message()));
            return kUsage;
        }
        core::EngineHost& host = *owned;
        core::store::SettingsStore settings(host.database());
        bool portOk = true;
        const uint port =
            parser.isSet(QStringLiteral("port"))
                ? parser.value(QStringLiteral("port")).toUInt(&portOk)
                : settings.value(QStringLiteral("api_port"), kDefaultPort).toUInt(&portOk);
        if (!portOk || port > 65535) {
            printError(QStringLiteral("sonara serve: --port takes a number from 0 to 65535"));
            return kUsage;
        }
        core::api::LocalApiOptions apiOptions;
        apiOptions.allowedOrigins = parser.values(QStringLiteral("allow-origin"));
        QStringList origins;
        try {
            origins = core::api::allowedOrigins(
                apiOptions.allowedOrigins,
                settings.value(QString::fromLatin1(core::api::kAllowedOriginsSetting)).toString(),
                qEnvironmentVariable(core::api::kAllowedOriginsVariable));
        } catch (const core::ValidationError& error) {
            printError(QStringLiteral("sonara serve: %1").arg(QString::fromUtf8(error.what())));
            return kUsage;
        }
        const QStringList interrupted = host.jobs().start();
        if (!interrupted.isEmpty()) {
            printOut(
                QStringLiteral("%1 job(s) were interrupted by the last shutdown; retry them with "
                               "`sonara jobs retry ID`")
                    .arg(interrupted.size()));
        }
        core::api::LocalApiServer server(host,
                                         parser.isSet(QStringLiteral("rotate-token"))
                                             ? core::api::ApiToken::rotate()
                                             : core::api::ApiToken::loadOrCreate(),
                                         apiOptions);
        const quint16 bound = server.listen(static_cast<quint16>(port));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(bound);
        // Announced in the config directory so that other commands find this server.
        QFile endpoint(ApiClient::endpointFilePath());
        QDir().mkpath(QFileInfo(endpoint).absolutePath());
        if (endpoint.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            endpoint.write(url.toUtf8() + '\n');
            endpoint.close();
        }
        // Ready for a stop request before anyone can learn the server is up.
        const Interruption interruption(QStringLiteral("sonara serve"),
                                        [] { QCoreApplication::quit(); });
        printOut(QStringLiteral("listening on %1").arg(url));
        printOut(QStringLiteral("token file: %1").arg(core::api::ApiToken::defaultPath()));
        printOut(QStringLiteral("data: %1").arg(host.dataDirectory()));
        // Where models run, and the setting it came from (a pinned GPU missing here: the CPU).
        printOut(QStringLiteral("device: %1 (compute device %2)")
                     .arg(host.devices().place().device.id, host.devices().setting()));
        if (!origins.isEmpty()) {
            printOut(QStringLiteral("web pages allowed (with the token): %1")
                         .arg(origins.join(QStringLiteral(", "))));
        }
        const std::shared_ptr<core::account::CreditAccount> account = host.sharedAccount();
        QTimer accountSync;
        QObject::connect(&accountSync, &QTimer::timeout, [account] { syncAccountNow(account); });
        accountSync.start(kAccountSyncMs);
        syncAccountNow(account);
        QCoreApplication::exec();
        if (endpoint.open(QIODevice::ReadOnly) && endpoint.readAll().trimmed() == url.toUtf8()) {
            endpoint.close();
            endpoint.remove();
        }
        // Ctrl-C (or systemd's SIGTERM) is how a server stops: exit code 0.
        const QString stopping = QStringLiteral(
            "stopping: the local API is closed and running jobs are cancelled (`sonara jobs "
            "retry ID` runs one again)");
        if (interruption.requested()) {
            interruption.report(stopping);
        } else {
            printOut(stopping);
        }
        return kOk;
    } catch (const std::exception& error) {
        printError(QStringLiteral("sonara serve: %1").arg(QString::fromUtf8(error.what())));
        return kJobFailed;
    }
}

}  // namespace sonara::cli
