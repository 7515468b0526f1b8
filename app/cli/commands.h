#pragma once

#include <QString>
#include <QStringList>

namespace sonara::cli {

// Options every subcommand shares, parsed before the subcommand's own.
struct GlobalOptions {
    QString dataDirectory;
    // The local API to talk to; empty: the one `sonara serve` announced in the config directory.
    QString url;
    QString token;
    // Refuse to start a headless server when none is running.
    bool noAutostart = false;
};

// Takes `--option VALUE` out of `arguments` into `value` (left as it is when the option is
// absent); false when the option is given without a value.
bool takeOption(QStringList& arguments, const QString& option, QString* value);

int runCommand(const GlobalOptions& global, const QStringList& arguments);
int serveCommand(const GlobalOptions& global, const QStringList& arguments);
int convertCommand(const GlobalOptions& global, const QStringList& arguments);
int jobsCommand(const GlobalOptions& global, const QStringList& arguments);
int capabilitiesCommand(const GlobalOptions& global, const QStringList& arguments);
int batchCommand(const GlobalOptions& global, const QStringList& arguments);
int modelsCommand(const GlobalOptions& global, const QStringList& arguments);
int voicesCommand(const GlobalOptions& global, const QStringList& arguments);
class ApiClient;
struct ApiReply;
// The id of the voice with that id or name; empty when there is none, or when listing failed
// (then `failure` holds the reply).
QString resolveVoice(ApiClient& api, const QString& idOrName, ApiReply* failure);
// `sonara voices rename|consent|export|import` (voices_manage_command.cpp).
bool isVoicesManageAction(const QString& action);
int voicesManageCommand(const GlobalOptions& global, const QStringList& arguments, bool json);
int accountCommand(const GlobalOptions& global, const QStringList& arguments);

}  // namespace sonara::cli
