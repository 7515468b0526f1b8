// `sonara voices rename | consent | export | import`: a voice's management beyond adding and
// removing it.
#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"
#include "core/engine/errors.h"
#include "core/engine/voice_library.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace sonara::cli {
namespace {

const char* const kManageUsage =
    R"(usage: sonara voices rename NAME_OR_ID NEW_NAME
       sonara voices consent NAME_OR_ID --by WHO [--statement TEXT]
       sonara voices export NAME_OR_ID FILE
       sonara voices import FILE [--name NAME]
  consent   records that WHO confirms the speaker agreed to TEXT, by default:
            "%1"
  export    writes the voice's recordings as given, its consent and metadata to FILE
            (a tar; .sonaravoice by convention)
  import    adds the voice FILE holds; a damaged or foreign file is refused, adding nothing)";

QString usage() {
    return QString::fromUtf8(kManageUsage).arg(core::standardConsentStatement());
}

// The voice's id, or an exit code after saying why there is none.
std::optional<QString> voiceId(ApiClient& api, const QString& idOrName, int* exitCode) {
    ApiReply failure;
    const QString id = resolveVoice(api, idOrName, &failure);
    if (!id.isEmpty()) {
        return id;
    }
    if (failure.status != 0 || !failure.localError.isEmpty()) {
        printError(QStringLiteral("sonara voices: %1").arg(failure.message()));
        *exitCode = exitCodeFor(failure);
    } else {
        printError(QStringLiteral("sonara voices: there is no voice '%1'; `sonara voices list` "
                                  "shows them")
                       .arg(idOrName));
        *exitCode = kUsage;
    }
    return std::nullopt;
}

}  // namespace

bool isVoicesManageAction(const QString& action) {
    return action == QLatin1String("rename") || action == QLatin1String("consent") ||
           action == QLatin1String("export") || action == QLatin1String("import");
}

int voicesManageCommand(const GlobalOptions& global, const QStringList& given, bool json) {
    QStringList arguments = given;
    const QString action = arguments.value(0);
    if (arguments.contains(QStringLiteral("--help"))) {
        printOut(usage());
        return kOk;
    }
    QString by;
    QString statement = core::standardConsentStatement();
    QString name;
    const bool optionsOk = takeOption(arguments, QStringLiteral("--by"), &by) &&
                           takeOption(arguments, QStringLiteral("--statement"), &statement) &&
                           takeOption(arguments, QStringLiteral("--name"), &name);
    const bool shaped =
        optionsOk && ((action == QLatin1String("rename") && arguments.size() == 3) ||
                      (action == QLatin1String("consent") && arguments.size() == 2) ||
                      (action == QLatin1String("export") && arguments.size() == 3) ||
                      (action == QLatin1String("import") && arguments.size() == 2));
    if (!shaped) {
        printError(usage());
        return kUsage;
    }
    if (action == QLatin1String("consent") && by.trimmed().isEmpty()) {
        printError(QStringLiteral("sonara voices consent: --by is required: the name of who "
                                  "confirms that the speaker agreed to:\n  %1")
                       .arg(statement));
        return kUsage;
    }
    if (action == QLatin1String("import") && !QFileInfo(arguments.at(1)).isFile()) {
        printError(QStringLiteral("sonara voices: %1 is not a file").arg(arguments.at(1)));
        return kUsage;
    }
    try {
        ApiClient api(global);
        ApiReply reply;
        QString done;
        if (action == QLatin1String("import")) {
            QList<QPair<QString, QString>> query;
            if (!name.isEmpty()) {
                query.append({QStringLiteral("name"), name});
            }
            reply = api.upload(arguments.at(1), QStringLiteral("/v1/voices/import"), query);
            done = QStringLiteral("imported voice %1 (%2) from %3")
                       .arg(reply.json().value(QStringLiteral("name")).toString(),
                            reply.json().value(QStringLiteral("id")).toString(), arguments.at(1));
        } else {
            int exitCode = kOk;
            const std::optional<QString> id = voiceId(api, arguments.at(1), &exitCode);
            if (!id) {
                return exitCode;
            }
            const QString path = QStringLiteral("/v1/voices/") + *id;
            if (action == QLatin1String("export")) {
                reply = api.download(path + QStringLiteral("/export"), arguments.at(2));
                done =
                    QStringLiteral("exported voice %1 to %2").arg(arguments.at(1), arguments.at(2));
            } else {
                const QJsonObject body =
                    action == QLatin1String("rename")
                        ? QJsonObject{{QStringLiteral("name"), arguments.at(2)}}
                        : QJsonObject{{QStringLiteral("consent"),
                                       QJsonObject{{QStringLiteral("by"), by},
                                                   {QStringLiteral("statement"), statement}}}};
                reply = api.send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
                done = action == QLatin1String("rename")
                           ? QStringLiteral("renamed voice %1 to %2")
                                 .arg(arguments.at(1), arguments.at(2))
                           : QStringLiteral("recorded %1's consent for voice %2")
                                 .arg(by, arguments.at(1));
            }
        }
        if (!reply.ok()) {
            printError(QStringLiteral("sonara voices %1: %2").arg(action, reply.message()));
            return exitCodeFor(reply);
        }
        if (json && action != QLatin1String("export")) {
            printOut(QString::fromUtf8(QJsonDocument(reply.json()).toJson(QJsonDocument::Compact)));
        } else {
            printOut(done);
        }
        return kOk;
    } catch (const core::Error& error) {
        printError(QStringLiteral("sonara voices: %1").arg(error.message()));
        return kNoServer;
    }
}

}  // namespace sonara::cli
