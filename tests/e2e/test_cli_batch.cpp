#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "sonara_process.h"

using namespace sonara::test;

// `sonara batch` over a folder: N at a time, killed halfway, resumed; every output exactly once.
class TestCliBatch : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString in() const { return dir_.filePath(QStringLiteral("in")); }
    QString out() const { return dir_.filePath(QStringLiteral("out")); }

    // Its own data directory: every run starts with a fresh credit grant.
    QStringList data() const {
        return {QStringLiteral("--data"), dir_.filePath(QStringLiteral("data"))};
    }

    QStringList batch() const {
        return data() + QStringList{QStringLiteral("batch"),        in(),
                                    QStringLiteral("--capability"), QStringLiteral("denoise"),
                                    QStringLiteral("--engine"),     QStringLiteral("ffmpeg"),
                                    QStringLiteral("--set"),        QStringLiteral("strength=0.5"),
                                    QStringLiteral("--glob"),       QStringLiteral("*.wav"),
                                    QStringLiteral("--jobs"),       QStringLiteral("4"),
                                    QStringLiteral("-o"),           out()};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QDir().mkpath(in()));
        QStringList sentences;
        for (int i = 0; i < 12; ++i) {
            sentences.append(
                QStringLiteral(
                    "Sentence %1 of the batch input, long enough to keep the filter busy.")
                    .arg(i + 1));
        }
        const QString seed = dir_.filePath(QStringLiteral("seed.wav"));
        const SonaraRun spoken = runSonara(
            data() + QStringList{QStringLiteral("run"), QStringLiteral("tts"),
                                 QStringLiteral("--text"), sentences.join(QLatin1Char(' ')),
                                 QStringLiteral("-o"), seed});
        QVERIFY2(spoken.exitCode == 0, qPrintable(spoken.err));
        for (int i = 0; i < 20; ++i) {
            QVERIFY(QFile::copy(
                seed, QDir(in()).filePath(
                          QStringLiteral("take-%1.wav").arg(i, 2, 10, QLatin1Char('0')))));
        }
        QFile notes(QDir(in()).filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not audio, and not matched by --glob\n");
    }

    void killedHalfwayThenResumedWritesEveryOutputOnce() {
        QProcess first;
        first.start(sonaraBinary(), batch());
        QVERIFY(first.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        int written = 0;
        while (clock.elapsed() < 120000 && first.state() == QProcess::Running) {
            written = QDir(out()).entryList({QStringLiteral("*.wav")}, QDir::Files).size();
            if (written >= 4) {
                break;
            }
            QTest::qWait(10);
        }
        QVERIFY2(first.state() == QProcess::Running,
                 "the batch ended before it could be interrupted");
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        written = QDir(out()).entryList({QStringLiteral("*.wav")}, QDir::Files).size();
        QVERIFY2(written >= 4 && written < 20, qPrintable(QString::number(written)));

        const SonaraRun resumed = runSonara(batch() << QStringLiteral("--json"));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        const QJsonObject summary = QJsonDocument::fromJson(resumed.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("skipped")).toArray().size(), written);
        QCOMPARE(summary.value(QStringLiteral("done")).toArray().size(), 20 - written);
        QVERIFY(summary.value(QStringLiteral("failed")).toArray().isEmpty());

        const QStringList outputs = QDir(out()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(outputs.size(), 20);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(
                outputs.contains(QStringLiteral("take-%1.wav").arg(i, 2, 10, QLatin1Char('0'))));
        }

        const SonaraRun again = runSonara(batch());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("done 0, skipped 20")), qPrintable(again.out));
    }

    void aFailingFileMakesTheBatchExitNonZero() {
        QFile bogus(QDir(in()).filePath(QStringLiteral("zz-broken.wav")));
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("this is not audio\n");
        bogus.close();
        const SonaraRun result = runSonara(batch());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("failed 1")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("zz-broken.wav")), qPrintable(result.out));
        QVERIFY(!QFile::exists(QDir(out()).filePath(QStringLiteral("zz-broken.wav"))));
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "test_cli_batch.moc"
