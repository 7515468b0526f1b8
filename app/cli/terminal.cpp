#include "app/cli/terminal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <unistd.h>
#include <cstdio>

namespace sonara::cli {
namespace {

bool jsonErrors = false;
bool stdoutWritten = false;
QString lastError;

}  // namespace

void printOut(const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    stdoutWritten = true;
}

void printError(const QString& text) {
    const QString worded = commandLineWording(text);
    std::fputs(worded.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
    lastError = worded;
}

QString commandLineWording(QString message) {
    static const QList<std::pair<QRegularExpression, QString>> replacements = {
        {QRegularExpression(QStringLiteral(
             "install (it|one) (from|on) the Models page or (with )?`sonara models install")),
         QStringLiteral("install \\1 with `sonara models install")},
        {QRegularExpression(QStringLiteral("choose one with --model or on the Models page")),
         QStringLiteral("choose one with --model (`sonara models list` shows the installed "
                        "ones)")},
        {QRegularExpression(QStringLiteral("on the Models page")),
         QStringLiteral("with `sonara models install ID` (`sonara models list` shows the "
                        "catalog)")},
        {QRegularExpression(QStringLiteral("\\(the studio's account menu, Buy minutes…\\)")),
         QStringLiteral("(`sonara account` shows the balance and where to buy them)")},
        {QRegularExpression(QStringLiteral("the studio's account menu")),
         QStringLiteral("`sonara account`")},
    };
    for (const auto& [pattern, replacement] : replacements) {
        message.replace(pattern, replacement);
    }
    return message;
}

void setJsonErrors(bool enabled) {
    jsonErrors = enabled;
}

int finishJsonErrors(int exitCode) {
    if (jsonErrors && exitCode != 0 && !stdoutWritten) {
        const QJsonObject error{
            {QStringLiteral("message"),
             lastError.isEmpty() ? QStringLiteral("the command failed") : lastError.trimmed()},
            {QStringLiteral("exit_code"), exitCode}};
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
                                       .toJson(QJsonDocument::Compact)));
    }
    return exitCode;
}

void addHelp(QCommandLineParser& parser) {
    parser.addOption(
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
}

QString helpText(const QCommandLineParser& parser, const QString& usage) {
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    text.replace(0, end < 0 ? text.size() : end, usage);
    return text.trimmed();
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
