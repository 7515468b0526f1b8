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

int runCommand(const GlobalOptions& global, const QStringList& arguments);
int serveCommand(const GlobalOptions& global, const QStringList& arguments);
int convertCommand(const GlobalOptions& global, const QStringList& arguments);
int jobsCommand(const GlobalOptions& global, const QStringList& arguments);
int capabilitiesCommand(const GlobalOptions& global, const QStringList& arguments);
int batchCommand(const GlobalOptions& global, const QStringList& arguments);
int modelsCommand(const GlobalOptions& global, const QStringList& arguments);
int voicesCommand(const GlobalOptions& global, const QStringList& arguments);
int accountCommand(const GlobalOptions& global, const QStringList& arguments);

}  // namespace sonara::cli
