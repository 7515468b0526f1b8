#include "sonara_process.h"

#include <QFile>
#include <QProcess>

namespace sonara::test {

QString sonaraBinary() {
    return QString::fromLocal8Bit(qgetenv("SONARA_BINARY_DIR")) + QStringLiteral("/app/cli/sonara");
}

SonaraRun runSonara(const QStringList& arguments, int timeoutMs, const QByteArray& input) {
    QProcess process;
    process.start(sonaraBinary(), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    return SonaraRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                     QString::fromUtf8(process.readAllStandardOutput()),
                     QString::fromUtf8(process.readAllStandardError())};
}

QString sonaraConfigFile(const QString& name) {
    return QString::fromLocal8Bit(qgetenv("XDG_CONFIG_HOME")) + QStringLiteral("/sonara/") + name;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace sonara::test
