#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"
#include "core/engine/errors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>
#include <cstdio>

namespace sonara::cli {
namespace {

const char* const kAccountUsage =
    R"(usage: sonara account [status | sign-in --service URL --email EMAIL [--password-stdin] |
                      sync | sign-out] [--json]
  status    the credits exports are charged to: the signed-in account's (its balance and
            offline lease, and when the service last answered) or this computer's
  sign-in   sign the data folder in to a Sonara account; exports are then charged to it, and
            while the service cannot be reached, to its offline lease. Asks for the password
            on the terminal, or reads one line from standard input with --password-stdin
  sync      report what was exported offline, top the offline lease up, read the balance
  sign-out  return the offline lease and sign out)";

QString minutes(qint64 seconds) {
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// One line from the terminal without echoing it, or from a pipe as it is.
QString readPassword(bool fromStdin) {
    const bool terminal = !fromStdin && isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs("password: ", stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return line;
}

void printCredits(const QJsonObject& credits, bool json) {
    if (json) {
        printOut(QString::fromUtf8(QJsonDocument(credits).toJson(QJsonDocument::Compact)));
        return;
    }
    const qint64 balance = credits.value(QStringLiteral("balance_seconds")).toInteger();
    const QJsonObject account = credits.value(QStringLiteral("account")).toObject();
    if (account.isEmpty()) {
        printOut(QStringLiteral("not signed in; exports are charged to this computer's credits: "
                                "%1 min")
                     .arg(minutes(balance)));
        printOut(
            QStringLiteral("to buy minutes, sign in with `sonara account sign-in --service "
                           "URL --email ADDRESS` and buy them on that service"));
        return;
    }
    printOut(QStringLiteral("%1 at %2: %3 min (%4 min held for offline exports)")
                 .arg(account.value(QStringLiteral("email")).toString(),
                      account.value(QStringLiteral("service_url")).toString(), minutes(balance),
                      minutes(account.value(QStringLiteral("lease_seconds")).toInteger())));
    printOut(QStringLiteral("to buy minutes, buy them on %1, then `sonara account sync`")
                 .arg(account.value(QStringLiteral("service_url")).toString()));
    const QString lastError = account.value(QStringLiteral("last_error")).toString();
    if (!lastError.isEmpty()) {
        printOut(QStringLiteral("last contact failed: %1").arg(lastError));
    }
}

// The value after `option`, removing both; empty when absent.
QString takeOption(QStringList& arguments, const QString& option) {
    const int at = arguments.indexOf(option);
    if (at < 0 || at + 1 >= arguments.size()) {
        return {};
    }
    const QString value = arguments.at(at + 1);
    arguments.remove(at, 2);
    return value;
}

}  // namespace

int accountCommand(const GlobalOptions& global, const QStringList& given) {
    QStringList arguments = given;
    const bool json = arguments.removeAll(QStringLiteral("--json")) > 0;
    const bool passwordStdin = arguments.removeAll(QStringLiteral("--password-stdin")) > 0;
    const QString service = takeOption(arguments, QStringLiteral("--service"));
    const QString email = takeOption(arguments, QStringLiteral("--email"));
    const QString action = arguments.value(0, QStringLiteral("status"));
    if (action == QLatin1String("--help")) {
        printOut(QString::fromUtf8(kAccountUsage));
        return kOk;
    }
    static const QStringList actions = {QStringLiteral("status"), QStringLiteral("sign-in"),
                                        QStringLiteral("sync"), QStringLiteral("sign-out")};
    if (!actions.contains(action) || arguments.size() > 1 ||
        (action == QLatin1String("sign-in") && (service.isEmpty() || email.isEmpty()))) {
        printError(QString::fromUtf8(kAccountUsage));
        return kUsage;
    }
    try {
        ApiClient api(global);
        ApiReply reply;
        if (action == QLatin1String("status")) {
            reply = api.get(QStringLiteral("/v1/credits"));
        } else if (action == QLatin1String("sign-in")) {
            reply = api.post(QStringLiteral("/v1/account/sign-in"),
                             {{QStringLiteral("service_url"), service},
                              {QStringLiteral("email"), email},
                              {QStringLiteral("password"), readPassword(passwordStdin)}});
        } else {
            reply = api.post(QStringLiteral("/v1/account/") + action, {});
        }
        if (!reply.ok()) {
            printError(QStringLiteral("sonara account %1: %2").arg(action, reply.message()));
            return exitCodeFor(reply);
        }
        printCredits(reply.json(), json);
        return kOk;
    } catch (const core::Error& error) {
        printError(QStringLiteral("sonara account: %1").arg(error.message()));
        return kNoServer;
    }
}

}  // namespace sonara::cli
