#pragma once

#include <QString>

namespace sonara::cli {

void printOut(const QString& text);
void printError(const QString& text);

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

}  // namespace sonara::cli
