#include "app/cloud/cloud_cli.h"

#include "app/cloud/cloud_service.h"
#include "app/cloud/problem.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <sys/socket.h>
#include <unistd.h>
#include <csignal>

namespace sonara::cloud {
namespace {

const char* const kUsage =
    "usage:\n"
    "  sonara-cloud --help | --version\n"
    "  sonara-cloud serve --listen HOST:PORT --data DIR [--database postgres://...]\n"
    "                     [--config FILE.json] [--tls-cert CHAIN.pem --tls-key KEY.pem]\n"
    "  sonara-cloud user create [--admin] EMAIL --password-stdin --data DIR "
    "[--database postgres://...]\n"
    "environment: SONARA_CLOUD_JWT_SECRET, SONARA_CLOUD_SIGNING_KEY (base64 Ed25519 seed),\n"
    "  SONARA_CLOUD_STRIPE_WEBHOOK_SECRET, SONARA_CLOUD_RAZORPAY_WEBHOOK_SECRET\n";

int usageError(const QString& message) {
    std::fprintf(stderr, "sonara-cloud: %s\n%s", qPrintable(message), kUsage);
    return 2;
}

struct Options {
    QString listen;
    QString data;
    QString database;
    QString config;
    QString tlsCert;
    QString tlsKey;
    bool admin = false;
    bool passwordStdin = false;
    QStringList positional;
};

bool parse(const QStringList& arguments, Options& options, QString& error) {
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        auto value = [&](QString& target) {
            if (i + 1 >= arguments.size()) {
                error = QStringLiteral("%1 needs a value").arg(argument);
                return false;
            }
            target = arguments.at(++i);
            return true;
        };
        if (argument == QStringLiteral("--listen")) {
            if (!value(options.listen))
                return false;
        } else if (argument == QStringLiteral("--data")) {
            if (!value(options.data))
                return false;
        } else if (argument == QStringLiteral("--database")) {
            if (!value(options.database))
                return false;
        } else if (argument == QStringLiteral("--config")) {
            if (!value(options.config))
                return false;
        } else if (argument == QStringLiteral("--tls-cert")) {
            if (!value(options.tlsCert))
                return false;
        } else if (argument == QStringLiteral("--tls-key")) {
            if (!value(options.tlsKey))
                return false;
        } else if (argument == QStringLiteral("--admin")) {
            options.admin = true;
        } else if (argument == QStringLiteral("--password-stdin")) {
            options.passwordStdin = true;
        } else if (argument.startsWith(QStringLiteral("--"))) {
            error = QStringLiteral("unknown option %1").arg(argument);
            return false;
        } else {
            options.positional.append(argument);
        }
    }
    if (options.data.isEmpty()) {
        error = QStringLiteral("--data DIR is required");
        return false;
    }
    return true;
}

int signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

int serve(const Options& options) {
    const qsizetype colon = options.listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? options.listen.mid(colon + 1).toInt(&portOk) : -1;
    QString host = colon > 0 ? options.listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    const QHostAddress address(host == QStringLiteral("localhost") ? QStringLiteral("127.0.0.1")
                                                                   : host);
    if (!portOk || port < 0 || port > 65535 || address.isNull()) {
        return usageError(
            QStringLiteral("--listen must be HOST:PORT with a numeric address, e.g. "
                           "127.0.0.1:8080 (port 0 picks a free one)"));
    }
    if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty()) {
        return usageError(QStringLiteral("--tls-cert and --tls-key go together"));
    }
    CloudConfig config = CloudConfig::fromEnvironment(options.data, options.database);
    if (!options.config.isEmpty()) {
        config.readFile(options.config);
    }
    CloudService service(config);
    const bool tls = !options.tlsCert.isEmpty();
    if (tls) {
        service.useTls(options.tlsCert, options.tlsKey);
    }
    const quint16 bound = service.listen(address, static_cast<quint16>(port));
    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol
                                  ? QStringLiteral("[%1]").arg(host)
                                  : host;
    std::printf("listening on %s://%s:%u\n", tls ? "https" : "http", qPrintable(shownHost), bound);
    std::fflush(stdout);

    // SIGTERM and SIGINT stop the event loop between requests, so none is cut off midway.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    std::fprintf(stderr, "{\"level\":\"info\",\"message\":\"stopped\"}\n");
    return code;
}

int createUser(const Options& options, std::FILE* in) {
    if (options.positional.size() != 3 || !options.passwordStdin) {
        return usageError(QStringLiteral("user create needs EMAIL and --password-stdin"));
    }
    QTextStream input(in);
    const QString password = input.readLine();
    CloudService service(CloudConfig::fromEnvironment(options.data, options.database));
    const QString id =
        service.createAccount(options.positional.at(2), password,
                              options.admin ? QStringLiteral("admin") : QStringLiteral("user"));
    std::printf("created %s %s\n", options.admin ? "admin" : "user", qPrintable(id));
    return 0;
}

}  // namespace

int runCloudCommand(const QStringList& arguments, std::FILE* in) {
    Options options;
    QString error;
    if (arguments.isEmpty()) {
        return usageError(QStringLiteral("no command given"));
    }
    if (arguments.first() == QStringLiteral("--help")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (arguments.first() == QStringLiteral("--version")) {
        std::printf("sonara-cloud %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!parse(arguments, options, error)) {
        return usageError(error);
    }
    const QString command = options.positional.value(0);
    try {
        if (command == QStringLiteral("serve") && options.positional.size() == 1) {
            return serve(options);
        }
        if (command == QStringLiteral("user") &&
            options.positional.value(1) == QStringLiteral("create")) {
            return createUser(options, in);
        }
    } catch (const HttpError& failure) {
        std::fprintf(stderr, "sonara-cloud: %s\n", failure.what());
        return 1;
    } catch (const std::exception& failure) {
        std::fprintf(stderr, "sonara-cloud: %s\n", failure.what());
        return 1;
    }
    return usageError(
        QStringLiteral("unknown command '%1'").arg(options.positional.join(QLatin1Char(' '))));
}

}  // namespace sonara::cloud
