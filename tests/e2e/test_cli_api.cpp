#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "sonara_process.h"

using namespace sonara::test;

// The command line as a client of a running `sonara serve`, found through the config directory.
class TestCliApi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString startServer(QProcess& server, const QStringList& extra = {}) {
        server.start(sonaraBinary(), QStringList{QStringLiteral("serve"), QStringLiteral("--port"),
                                                 QStringLiteral("0")} +
                                         extra);
        if (!server.waitForStarted()) {
            return {};
        }
        QString port;
        for (int i = 0; i < 200 && port.isEmpty(); ++i) {
            server.waitForReadyRead(100);
            const auto match =
                QRegularExpression(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"))
                    .match(QString::fromUtf8(server.peek(4096)));
            port = match.captured(1);
        }
        return port;
    }

    void stop(QProcess& server) {
        server.terminate();
        QVERIFY(server.waitForFinished(20000));
        QCOMPARE(server.exitCode(), 0);
    }

private Q_SLOTS:
    // A fresh data directory each run, so that exports never run out of the starter credit grant
    // however often the suite is run; the config directory stays the one the test was given.
    void initTestCase() {
        QVERIFY(dir_.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(dir_.filePath(QStringLiteral("xdg-data"))));
    }

    void withNoServerNoAutostartRefuses() {
        QFile::remove(sonaraConfigFile(QStringLiteral("api-url")));
        const SonaraRun result = runSonara(
            {QStringLiteral("--no-autostart"), QStringLiteral("jobs"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QStringLiteral("sonara serve")), qPrintable(result.err));
    }

    void commandsUseTheRunningServer() {
        QProcess server;
        const QString port = startServer(server);
        QVERIFY(!port.isEmpty());
        QCOMPARE(readFile(sonaraConfigFile(QStringLiteral("api-url"))).trimmed(),
                 QByteArray("http://127.0.0.1:") + port.toLatin1());

        const QString speech = dir_.filePath(QStringLiteral("hello.wav"));
        SonaraRun result = runSonara({QStringLiteral("--no-autostart"), QStringLiteral("run"),
                                      QStringLiteral("tts"), QStringLiteral("--text"),
                                      QStringLiteral("Hello through the server."),
                                      QStringLiteral("-o"), speech, QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString id = QJsonDocument::fromJson(result.out.toUtf8())
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY(QFile::exists(speech));

        // The server, not this short-lived command, ran and kept the job.
        result = runSonara({QStringLiteral("--no-autostart"), QStringLiteral("jobs"),
                            QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())
                     .object()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("succeeded"));
        result = runSonara({QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:") + port,
                            QStringLiteral("capabilities"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(result.out.toUtf8()).array().size() >= 3);
        result = runSonara({QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:") + port,
                            QStringLiteral("--token"), QString(64, QLatin1Char('a')),
                            QStringLiteral("jobs"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 4);
        result = runSonara(
            {QStringLiteral("--no-autostart"), QStringLiteral("models"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        stop(server);
        QVERIFY(!QFile::exists(sonaraConfigFile(QStringLiteral("api-url"))));
    }

    void rotatingTheTokenRefusesTheOldOne() {
        QProcess first;
        QVERIFY(!startServer(first).isEmpty());
        const QByteArray before = readFile(sonaraConfigFile(QStringLiteral("api-token"))).trimmed();
        stop(first);
        QProcess second;
        const QString port = startServer(second, {QStringLiteral("--rotate-token")});
        QVERIFY(!port.isEmpty());
        const QByteArray after = readFile(sonaraConfigFile(QStringLiteral("api-token"))).trimmed();
        QCOMPARE(after.size(), 64);
        QVERIFY(after != before);
        const SonaraRun old =
            runSonara({QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:") + port,
                       QStringLiteral("--token"), QString::fromLatin1(before),
                       QStringLiteral("jobs"), QStringLiteral("list")});
        QCOMPARE(old.exitCode, 4);
        const SonaraRun current = runSonara(
            {QStringLiteral("--no-autostart"), QStringLiteral("jobs"), QStringLiteral("list")});
        QCOMPARE(current.exitCode, 0);
        stop(second);
    }
};

QTEST_GUILESS_MAIN(TestCliApi)
#include "test_cli_api.moc"
