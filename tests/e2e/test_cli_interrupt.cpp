// Ctrl-C, sent as a real SIGINT to the real `sonara` program, in every long-running command:
// the job or download the command started is cancelled, a job it only waits for keeps running,
// one message says what happened ("sonara CMD: interrupted (Ctrl-C); ...") and the exit code
// is 130; `sonara serve` closes on SIGTERM and exits 0.

#include "sonara_process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace sonara::test;

class TestCliInterrupt : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const QString& name) const { return dir_.filePath(name); }

    // A text that takes speech synthesis far longer than the test waits.
    QString longText(const QString& name) const {
        QFile file(path(name));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(
                QByteArray("This is a long sentence about nothing in particular. ").repeated(3500));
        }
        return path(name);
    }

    static void start(QProcess& process, const QStringList& arguments) {
        process.start(sonaraBinary(), arguments);
        QVERIFY(process.waitForStarted());
    }

    // Whether the process handles SIGINT itself yet (its Interruption exists): before that, a
    // Ctrl-C simply ends it, which is right for a command that has not started anything.
    static bool catchesCtrlC(const QProcess& process) {
        QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
        if (!status.open(QIODevice::ReadOnly)) {
            return false;
        }
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("SigCgt:")) {
                return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (SIGINT - 1)) & 1;
            }
        }
        return false;
    }

    // Sends Ctrl-C and waits for the process to end by itself; returns its stderr.
    static QString interrupt(QProcess& process, int signal = SIGINT) {
        // Never kill(0, ...): that would signal this test's whole process group.
        if (process.state() != QProcess::Running || process.processId() <= 0) {
            return QStringLiteral("<ended before the signal> ") +
                   QString::fromUtf8(process.readAllStandardError());
        }
        if (!QTest::qWaitFor([&] { return catchesCtrlC(process); }, 30000)) {
            return QStringLiteral("<never caught SIGINT>");
        }
        if (::kill(static_cast<pid_t>(process.processId()), signal) != 0 ||
            !process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
            return QStringLiteral("<did not end by itself>");
        }
        return QString::fromUtf8(process.readAllStandardError());
    }

    static QJsonArray jobs(const QStringList& filter) {
        const SonaraRun list = runSonara(
            QStringList{QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")} +
            filter);
        return QJsonDocument::fromJson(list.out.toUtf8()).array();
    }

private Q_SLOTS:
    void runCancelsItsJob() {
        QProcess run;
        start(run, {QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text-file"),
                    longText(QStringLiteral("run.txt")), QStringLiteral("-o"),
                    path(QStringLiteral("run.wav"))});
        QTest::qWait(2500);
        const QString err = interrupt(run);
        QCOMPARE(run.exitCode(), 130);
        QVERIFY2(err.contains(QRegularExpression(QStringLiteral(
                     "sonara run tts: interrupted \\(Ctrl-C\\); job \\S+ cancelled; nothing was "
                     "written"))),
                 qPrintable(err));
        QCOMPARE(err.count(QStringLiteral("interrupted")), 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("run.wav"))));
    }

    void batchCancelsTheRunningJobsAndStartsNoMore() {
        const QString folder = path(QStringLiteral("texts"));
        QVERIFY(QDir().mkpath(folder));
        for (const char* name : {"a.txt", "b.txt", "c.txt"}) {
            QVERIFY(QFile::copy(longText(QStringLiteral("batch.txt")),
                                QDir(folder).filePath(QString::fromLatin1(name))));
        }
        const QString out = path(QStringLiteral("spoken"));
        QVERIFY(QDir().mkpath(out));
        QProcess batch;
        start(batch, {QStringLiteral("batch"), folder, QStringLiteral("--capability"),
                      QStringLiteral("tts"), QStringLiteral("--glob"), QStringLiteral("*.txt"),
                      QStringLiteral("--jobs"), QStringLiteral("1"), QStringLiteral("-o"), out});
        QTest::qWait(2500);
        const QString err = interrupt(batch);
        QCOMPARE(batch.exitCode(), 130);
        QVERIFY2(err.contains(QStringLiteral(
                     "sonara batch: interrupted (Ctrl-C); 1 running job(s) cancelled, 2 file(s) "
                     "not started, 0 written; run the same command again to resume")),
                 qPrintable(err));
        QVERIFY(QDir(out).isEmpty());
    }

    // Against a running server: `jobs wait` stops waiting and leaves the job running; the
    // `run` that started it cancels it; the server stops cleanly on SIGTERM.
    void waitingStopsWithoutCancellingAndServeStopsCleanly() {
        QProcess server;
        // A data folder of its own: nothing queued by an earlier run competes with this job.
        start(server, {QStringLiteral("--data"), path(QStringLiteral("served-data")),
                       QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
        QTRY_VERIFY_WITH_TIMEOUT(server.peek(4096).contains("listening on"), 20000);

        QProcess run;
        start(run, {QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text-file"),
                    longText(QStringLiteral("served.txt")), QStringLiteral("--label"),
                    QStringLiteral("interrupt-test"), QStringLiteral("-o"),
                    path(QStringLiteral("served.wav"))});
        const QStringList labelled{QStringLiteral("--label"), QStringLiteral("interrupt-test")};
        QTRY_VERIFY_WITH_TIMEOUT(jobs(labelled).size() == 1, 20000);
        const QString id = jobs(labelled).first().toObject().value(QStringLiteral("id")).toString();

        QProcess wait;
        start(wait, {QStringLiteral("jobs"), QStringLiteral("wait"), id});
        QTest::qWait(1500);
        QString err = interrupt(wait);
        QVERIFY2(wait.exitCode() == 130, qPrintable(err));
        QVERIFY2(err.contains(
                     QStringLiteral(
                         "sonara jobs wait %1: interrupted (Ctrl-C); stopped waiting; job %1 is "
                         "still ")
                         .arg(id)),
                 qPrintable(err));
        const QString state =
            jobs(labelled).first().toObject().value(QStringLiteral("state")).toString();
        QVERIFY2(state == QLatin1String("running") || state == QLatin1String("queued"),
                 qPrintable(state));

        err = interrupt(run);
        QVERIFY2(run.exitCode() == 130, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("job %1 cancelled; nothing was written").arg(id)),
                 qPrintable(err));
        QTRY_COMPARE_WITH_TIMEOUT(
            jobs(labelled).first().toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("cancelled"), 20000);

        err = interrupt(server, SIGTERM);
        QVERIFY2(server.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("sonara serve: interrupted (SIGTERM); stopping: "
                                             "the local API is closed")),
                 qPrintable(err));
        QVERIFY(!QFile::exists(sonaraConfigFile(QStringLiteral("api-url"))));
    }
};

QTEST_MAIN(TestCliInterrupt)
#include "test_cli_interrupt.moc"
