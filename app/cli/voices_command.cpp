#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"
#include "core/engine/errors.h"
#include "core/engine/voice_library.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sonara::cli {
namespace {

const char* const kVoicesUsage =
    R"(usage: sonara voices [list | add NAME FILE... --consent-by WHO [--consent-statement TEXT]
                     [--language L] [--notes TEXT] | remove NAME_OR_ID |
                     rename NAME_OR_ID NEW_NAME | consent NAME_OR_ID --by WHO [--statement TEXT] |
                     export NAME_OR_ID FILE | import FILE [--name NAME]] [--json]
  list               the voice library
  add NAME FILE...   create a voice from recordings (each 1 s to 5 min of readable audio),
                     cleaned once (silence trimmed, noise reduced, loudness normalised);
                     --consent-by names who confirms the speaker agreed to the statement
                     (by default the standard one, shown by `sonara voices consent --help`)
  remove NAME_OR_ID  delete a voice, and its recordings when nothing else uses them
  rename             give a voice another name
  consent            record the owner's consent for a voice that has none
  export             write the voice (recordings, consent, metadata) to one .sonaravoice file
  import FILE        add the voice a .sonaravoice file holds (checked whole first))";

}  // namespace

// The voice's id: `idOrName` itself when a voice has that id, else the voice so named.
QString resolveVoice(ApiClient& api, const QString& idOrName, ApiReply* failure) {
    const ApiReply list = api.get(QStringLiteral("/v1/voices"));
    if (!list.ok()) {
        *failure = list;
        return {};
    }
    for (const QJsonValue& value : list.json().value(QStringLiteral("voices")).toArray()) {
        const QJsonObject voice = value.toObject();
        if (voice.value(QStringLiteral("id")).toString() == idOrName) {
            return idOrName;
        }
    }
    for (const QJsonValue& value : list.json().value(QStringLiteral("voices")).toArray()) {
        const QJsonObject voice = value.toObject();
        if (voice.value(QStringLiteral("name")).toString().compare(idOrName, Qt::CaseInsensitive) ==
            0) {
            return voice.value(QStringLiteral("id")).toString();
        }
    }
    return {};
}

int voicesCommand(const GlobalOptions& global, const QStringList& given) {
    QStringList arguments = given;
    const bool json = arguments.removeAll(QStringLiteral("--json")) > 0;
    const QString action = arguments.value(0, QStringLiteral("list"));
    if (action == QLatin1String("--help")) {
        printOut(QString::fromUtf8(kVoicesUsage));
        return kOk;
    }
    if (isVoicesManageAction(action)) {
        return voicesManageCommand(global, arguments, json);
    }
    QString language;
    QString notes;
    QString consentBy;
    QString consentStatement = core::standardConsentStatement();
    bool optionsOk = true;
    const QList<QPair<QString, QString*>> options{
        {QStringLiteral("--language"), &language},
        {QStringLiteral("--notes"), &notes},
        {QStringLiteral("--consent-by"), &consentBy},
        {QStringLiteral("--consent-statement"), &consentStatement}};
    for (const auto& [option, value] : options) {
        const int at = arguments.indexOf(option);
        if (at < 0) {
            continue;
        }
        if (at + 1 >= arguments.size()) {
            optionsOk = false;
            break;
        }
        *value = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    const bool list = optionsOk && action == QLatin1String("list") && arguments.size() <= 1;
    const bool add = optionsOk && action == QLatin1String("add") && arguments.size() >= 3;
    const bool remove = optionsOk && action == QLatin1String("remove") && arguments.size() == 2;
    if (!list && !add && !remove) {
        printError(QString::fromUtf8(kVoicesUsage));
        return kUsage;
    }
    if (add && consentBy.trimmed().isEmpty()) {
        printError(
            QStringLiteral("sonara voices add: --consent-by is required: give the name of who "
                           "confirms that the speaker agreed to this statement:\n  %1\n(or pass "
                           "your own with --consent-statement)")
                .arg(consentStatement));
        return kUsage;
    }
    if (add) {
        for (const QString& file : arguments.mid(2)) {
            if (!QFileInfo(file).isFile()) {
                printError(QStringLiteral("sonara voices: %1 is not a file").arg(file));
                return kUsage;
            }
        }
    }
    try {
        ApiClient api(global);
        ApiReply reply;
        if (add) {
            QJsonArray samples;
            for (const QString& file : arguments.mid(2)) {
                const ApiReply uploaded = api.upload(file);
                if (!uploaded.ok()) {
                    printError(
                        QStringLiteral("sonara voices: %1: %2").arg(file, uploaded.message()));
                    return exitCodeFor(uploaded);
                }
                samples.append(uploaded.json().value(QStringLiteral("id")).toString());
            }
            reply = api.post(
                QStringLiteral("/v1/voices"),
                QJsonObject{{QStringLiteral("name"), arguments.at(1)},
                            {QStringLiteral("language"), language},
                            {QStringLiteral("notes"), notes},
                            {QStringLiteral("samples"), samples},
                            {QStringLiteral("consent"),
                             QJsonObject{{QStringLiteral("by"), consentBy},
                                         {QStringLiteral("statement"), consentStatement}}}});
        } else if (remove) {
            const QString id = resolveVoice(api, arguments.at(1), &reply);
            if (id.isEmpty() && reply.status == 0) {
                printError(QStringLiteral("sonara voices: there is no voice '%1'; `sonara voices "
                                          "list` shows them")
                               .arg(arguments.at(1)));
                return kUsage;
            }
            if (!id.isEmpty()) {
                reply = api.send("DELETE", QStringLiteral("/v1/voices/") + id);
            }
        } else {
            reply = api.get(QStringLiteral("/v1/voices"));
        }
        if (!reply.ok()) {
            printError(QStringLiteral("sonara voices: %1").arg(reply.message()));
            return exitCodeFor(reply);
        }
        if (json) {
            printOut(QString::fromUtf8(
                reply.body.isEmpty() ? QByteArrayLiteral("{}")
                                     : QJsonDocument(reply.json()).toJson(QJsonDocument::Compact)));
            return kOk;
        }
        if (add) {
            const QJsonObject voice = reply.json();
            printOut(QStringLiteral("added voice %1 (%2, %3 s of samples)")
                         .arg(voice.value(QStringLiteral("name")).toString(),
                              voice.value(QStringLiteral("id")).toString())
                         .arg(voice.value(QStringLiteral("sample_seconds")).toDouble(), 0, 'f', 1));
        } else if (remove) {
            printOut(QStringLiteral("removed voice %1").arg(arguments.at(1)));
        } else {
            for (const QJsonValue& value : reply.json().value(QStringLiteral("voices")).toArray()) {
                const QJsonObject voice = value.toObject();
                printOut(
                    QStringLiteral("%1  %2  %3  %4 s")
                        .arg(voice.value(QStringLiteral("name")).toString(), -20)
                        .arg(voice.value(QStringLiteral("language")).toString(), -8)
                        .arg(voice.value(QStringLiteral("id")).toString())
                        .arg(voice.value(QStringLiteral("sample_seconds")).toDouble(), 0, 'f', 1));
            }
        }
        return kOk;
    } catch (const core::Error& error) {
        printError(QStringLiteral("sonara voices: %1").arg(error.message()));
        return kNoServer;
    } catch (const std::exception& error) {
        printError(QStringLiteral("sonara voices: %1").arg(QString::fromUtf8(error.what())));
        return kJobFailed;
    }
}

}  // namespace sonara::cli
