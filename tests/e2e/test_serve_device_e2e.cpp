// `sonara serve --device` over loopback: the device a job's model ran on comes back in the job
// (API JSON and `sonara jobs show`), and a pinned GPU this machine lacks sends the job to the CPU
// with a notice. The real wav2vec2 engine runs on a tiny checkpoint.

#include "core/audio/audio_writer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "sonara_process.h"
#include "support/stt_fixtures.h"

using namespace sonara::test;

class TestServeDevice : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString speech_;
    bool modelInstalled_ = false;
    int runs_ = 0;

    QString path(const QString& name) const { return dir_.filePath(name); }

    // Starts `sonara serve --port 0 --device DEVICE`; empty when it does not come up.
    QString startServer(QProcess& server, const QString& device) {
        server.start(sonaraBinary(), {QStringLiteral("serve"), QStringLiteral("--port"),
                                      QStringLiteral("0"), QStringLiteral("--device"), device});
        if (!server.waitForStarted()) {
            return {};
        }
        QString port;
        for (int i = 0; i < 300 && port.isEmpty() && server.state() == QProcess::Running; ++i) {
            server.waitForReadyRead(100);
            port = QRegularExpression(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"))
                       .match(QString::fromUtf8(server.peek(4096)))
                       .captured(1);
        }
        return port;
    }

    void stop(QProcess& server) {
        server.terminate();
        QVERIFY(server.waitForFinished(20000));
        QCOMPARE(server.exitCode(), 0);
    }

    // Transcribes the speech through the running server; returns the finished job's JSON and
    // leaves `run` with what `sonara run` printed.
    QJsonObject transcribe(SonaraRun& run) {
        if (!modelInstalled_) {
            const SonaraRun install =
                runSonara({QStringLiteral("--no-autostart"), QStringLiteral("models"),
                           QStringLiteral("install"), QStringLiteral("tiny-wav2vec2"),
                           QStringLiteral("--from"), path(QStringLiteral("tiny-wav2vec2"))});
            modelInstalled_ = install.exitCode == 0;
            if (!modelInstalled_) {
                qWarning("install: %s", qPrintable(install.err + install.out));
                return {};
            }
        }
        run = runSonara({QStringLiteral("--no-autostart"), QStringLiteral("run"),
                         QStringLiteral("stt"), QStringLiteral("--engine"),
                         QStringLiteral("wav2vec2"), QStringLiteral("--model"),
                         QStringLiteral("tiny-wav2vec2"), speech_, QStringLiteral("-o"),
                         path(QStringLiteral("t%1.json").arg(++runs_)), QStringLiteral("--json")});
        const QString id = QJsonDocument::fromJson(run.out.toUtf8())
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        const SonaraRun show = runSonara({QStringLiteral("--no-autostart"), QStringLiteral("jobs"),
                                          QStringLiteral("show"), id, QStringLiteral("--json")});
        return QJsonDocument::fromJson(show.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // A data directory of its own, found by `sonara serve` without --data.
        qputenv("XDG_DATA_HOME", QFile::encodeName(path(QStringLiteral("xdg-data"))));
        QVERIFY(writeTinyWav2Vec2(path(QStringLiteral("tiny-wav2vec2"))));
        speech_ = path(QStringLiteral("tone.wav"));
        sonara::core::audio::AudioBuffer tone;
        tone.sampleRate = 16000;
        tone.channels = 1;
        for (int i = 0; i < 32000; ++i) {
            tone.samples.push_back(float(0.3 * std::sin(2 * M_PI * 220.0 * i / 16000)));
        }
        sonara::core::audio::encodeFile(tone, speech_);
    }

    void aPinnedCpuRunsTheJobOnTheCpu() {
        QProcess server;
        QVERIFY2(!startServer(server, QStringLiteral("cpu")).isEmpty(),
                 server.readAllStandardError().constData());
        SonaraRun run;
        const QJsonObject job = transcribe(run);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(job.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
        QVERIFY2(job.value(QStringLiteral("notices")).toArray().isEmpty(),
                 qPrintable(QJsonDocument(job).toJson()));
        QVERIFY2(!run.err.contains(QStringLiteral("note:")), qPrintable(run.err));
        stop(server);
    }

    // This machine has no GPU 9: the job still runs, on the CPU, and says why, in the job, on
    // `sonara run`'s stderr and in `sonara jobs show`.
    void aMissingGpuFallsBackToTheCpuWithANotice() {
        QProcess server;
        QVERIFY2(!startServer(server, QStringLiteral("cuda:9")).isEmpty(),
                 server.readAllStandardError().constData());
        QTRY_VERIFY2(QString::fromUtf8(server.peek(8192))
                         .contains(QStringLiteral("device: cpu (compute device cuda:9)")),
                     server.peek(8192).constData());
        SonaraRun run;
        const QJsonObject job = transcribe(run);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(job.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
        const QJsonArray notices = job.value(QStringLiteral("notices")).toArray();
        QCOMPARE(notices.size(), 1);
        const QString notice = notices.first().toString();
        QVERIFY2(notice.contains(QStringLiteral("cuda:9")) &&
                     notice.contains(QStringLiteral("ran on the CPU")),
                 qPrintable(notice));
        QVERIFY2(run.err.contains(QStringLiteral("note: ") + notice), qPrintable(run.err));

        const SonaraRun show =
            runSonara({QStringLiteral("--no-autostart"), QStringLiteral("jobs"),
                       QStringLiteral("show"), job.value(QStringLiteral("id")).toString()});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(QRegularExpression(QStringLiteral("device: +cpu"))),
                 qPrintable(show.out));
        QVERIFY2(show.out.contains(QRegularExpression(QStringLiteral("note: +.*cuda:9"))),
                 qPrintable(show.out));
        const SonaraRun list = runSonara(
            {QStringLiteral("--no-autostart"), QStringLiteral("jobs"), QStringLiteral("list")});
        QVERIFY2(list.out.contains(QStringLiteral(" on cpu")), qPrintable(list.out));
        stop(server);
    }

    void anInvalidDeviceIsRefusedNamingTheOption() {
        const SonaraRun run =
            runSonara({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--device"), QStringLiteral("gpu7")},
                      60000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--device")) &&
                     run.err.contains(QStringLiteral("'gpu7'")),
                 qPrintable(run.err));
    }

    // On a machine with a GPU (the device check sets SONARA_TEST_DEVICE=cuda), auto runs the
    // job there.
    void autoUsesTheGpuWhenThereIsOne() {
        if (qEnvironmentVariable("SONARA_TEST_DEVICE") != QLatin1String("cuda")) {
            QSKIP("no CUDA device in this run (SONARA_TEST_DEVICE=cuda on a GPU machine)");
        }
        QProcess server;
        QVERIFY(!startServer(server, QStringLiteral("auto")).isEmpty());
        SonaraRun run;
        const QJsonObject job = transcribe(run);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(job.value(QStringLiteral("device")).toString().startsWith(QStringLiteral("cuda:")),
                 qPrintable(QJsonDocument(job).toJson()));
        stop(server);
    }
};

QTEST_GUILESS_MAIN(TestServeDevice)
#include "test_serve_device_e2e.moc"
