#include "sonara_process.h"

#include <QDir>
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

SonaraSandbox::SonaraSandbox()
    : data_(dir_.filePath(QStringLiteral("data"))),
      valid_(dir_.isValid() && QDir().mkpath(data_)) {}

SonaraRun SonaraSandbox::sonara(const QStringList& arguments) const {
    return runSonara(QStringList{QStringLiteral("--data"), data_} + arguments);
}

SonaraRun SonaraSandbox::installModel(const QString& id, const QString& folder,
                                      const QString& architecture) const {
    QStringList arguments{QStringLiteral("models"), QStringLiteral("install"), id,
                          QStringLiteral("--from"), folder};
    if (!architecture.isEmpty())
        arguments << QStringLiteral("--architecture") << architecture;
    return sonara(arguments);
}

SonaraRun SonaraSandbox::runCapability(const QString& capability, const QString& engine,
                                       const QString& model, const QStringList& arguments) const {
    QStringList command{QStringLiteral("run"), capability};
    if (!engine.isEmpty())
        command << QStringLiteral("--engine") << engine;
    if (!model.isEmpty())
        command << QStringLiteral("--model") << model;
    return sonara(command + arguments);
}

}  // namespace sonara::test
