#pragma once

#include <QStringList>

namespace sonara::cli {

// Exit codes, documented in `sonara --help` and docs/cli.md.
enum ExitCode {
    kOk = 0,
    kJobFailed = 1,
    kUsage = 2,
    kNoCredits = 3,
    kNoServer = 4,
    // Ctrl-C or SIGTERM stopped the command (128 + SIGINT, as a shell reports it).
    kInterrupted = 130
};

// Runs `sonara` with its arguments (without the program name); returns the exit code.
int run(const QStringList& arguments);

}  // namespace sonara::cli
