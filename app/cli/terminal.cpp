#include "app/cli/terminal.h"

#include <unistd.h>
#include <cstdio>

namespace sonara::cli {

void printOut(const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

bool stderrIsTerminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

ProgressBar::ProgressBar(bool enabled) : enabled_(enabled) {}

ProgressBar::~ProgressBar() {
    finish();
}

void ProgressBar::update(double fraction, const QString& stage, double etaSeconds) {
    if (!enabled_) {
        return;
    }
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(fraction * kWidth);
    const QString bar =
        QString(filled, QLatin1Char('#')) + QString(kWidth - filled, QLatin1Char(' '));
    QString line = QStringLiteral("\r[%1] %2% %3")
                       .arg(bar)
                       .arg(static_cast<int>(fraction * 100), 3)
                       .arg(stage.left(40));
    if (etaSeconds >= 0) {
        line += QStringLiteral(" (%1 s left)").arg(static_cast<int>(etaSeconds + 0.5));
    }
    std::fprintf(stderr, "%-90s", line.toLocal8Bit().constData());
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressBar::finish() {
    if (drawn_) {
        std::fputc('\n', stderr);
        drawn_ = false;
    }
}

}  // namespace sonara::cli
