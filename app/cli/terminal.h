#pragma once

#include <QCommandLineParser>
#include <QString>

namespace sonara::cli {

void printOut(const QString& text);
// Prints to stderr, worded for a terminal (see commandLineWording); with JSON errors on, the last
// message is also kept for printJsonError.
void printError(const QString& text);

// Rewrites the pointers to the studio's pages and menus that shared (engine, API) messages
// carry into the command that does the same, e.g. "the Models page" → `sonara models install`.
QString commandLineWording(QString message);

// For --json: a command that fails without printing anything on stdout prints
// {"error": {"message", "exit_code"}} there instead, so scripts always get JSON.
void setJsonErrors(bool enabled);
// Prints the JSON error object when JSON errors are on, `exitCode` is not 0 and stdout is still
// empty; returns exitCode.
int finishJsonErrors(int exitCode);

// A one-line progress bar on stderr, drawn only when stderr is a terminal.
class ProgressBar {
public:
    explicit ProgressBar(bool enabled);
    ~ProgressBar();
    void update(double fraction, const QString& stage, double etaSeconds);
    void finish();

private:
    bool enabled_;
    bool drawn_ = false;
};

bool stderrIsTerminal();

// -h/--help without Qt's --help-all, whose options do not apply to sonara's commands.
void addHelp(QCommandLineParser& parser);
// The parser's help with its first line ("Usage: sonara [options] ...") replaced by `usage`.
QString helpText(const QCommandLineParser& parser, const QString& usage);

}  // namespace sonara::cli
