#include "core/audio/audio_writer.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <csignal>

using namespace sonara::core;
using store::JobState;

namespace {

QString longText(int sentences) {
    QStringList text;
    for (int i = 0; i < sentences; ++i) {
        text.append(QStringLiteral("This is sentence number %1 of a long text that keeps the "
                                   "speech engine busy for a while.")
                        .arg(i + 1));
    }
    return text.join(QLatin1Char(' '));
}

JobRequest ttsRequest(const QString& text) {
    return JobRequest{QStringLiteral("tts"),
                      QStringLiteral("espeak-ng"),
                      {},
                      {},
                      JobInputs({{QStringLiteral("text"), text}})};
}

// A mono 16-bit WAV whose header states `statedSeconds` but holds `presentSeconds` of a tone.
QByteArray cutWav(double statedSeconds, double presentSeconds, int rate = 16000) {
    auto le32 = [](quint32 value) {
        QByteArray bytes(4, '\0');
        for (int i = 0; i < 4; ++i) {
            bytes[i] = char((value >> (8 * i)) & 0xFF);
        }
        return bytes;
    };
    const quint32 stated = quint32(statedSeconds * rate) * 2;
    QByteArray wav = "RIFF" + le32(36 + stated) + "WAVEfmt " + le32(16);
    wav += QByteArray::fromHex("01000100") + le32(rate) + le32(rate * 2) +
           QByteArray::fromHex("02001000");
    wav += "data" + le32(stated);
    const int present = int(presentSeconds * rate);
    for (int i = 0; i < present; ++i) {
        const auto sample = qint16(8000 * std::sin(2 * M_PI * 440.0 * i / rate));
        wav.append(char(sample & 0xFF)).append(char((sample >> 8) & 0xFF));
    }
    return wav;
}

QString sonaraBinary() {
    return QString::fromLocal8Bit(qgetenv("SONARA_BINARY_DIR")) + QStringLiteral("/app/cli/sonara");
}

}  // namespace

class TestJobManager : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    std::unique_ptr<EngineHost> host(const QString& name, int cpuWorkers = 2) {
        EngineHostOptions options;
        options.dataDirectory = dir_.filePath(name);
        options.cpuWorkers = cpuWorkers;
        return std::make_unique<EngineHost>(options);
    }

private Q_SLOTS:
    void runsAJobToAnAudioAsset() {
        auto engine = host(QStringLiteral("run"));
        engine->jobs().start();
        QSignalSpy progress(&engine->jobs(), &JobManager::jobProgress);
        QSignalSpy states(&engine->jobs(), &JobManager::jobStateChanged);
        const QString id =
            engine->jobs().submit(ttsRequest(QStringLiteral("Hello from the job manager.")));
        const auto job = engine->jobs().waitForFinished(id, 60000);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Succeeded);
        QCOMPARE(job->progress, 1.0);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(states.first().at(1).value<JobState>(), JobState::Queued);
        const auto asset = engine->assets().find(job->outputs.value(QStringLiteral("audio")));
        QVERIFY(asset);
        QVERIFY(QFile::exists(asset->path));
        QCOMPARE(asset->originJob, id);
        QVERIFY(asset->duration.value_or(0) > 0.5);
        QVERIFY(QDir(engine->dataDirectory() + QStringLiteral("/work/") + id).exists() == false);
    }

    void rejectsInvalidRequestsWithoutStoringThem() {
        auto engine = host(QStringLiteral("invalid"));
        QVERIFY_EXCEPTION_THROWN(engine->jobs().submit(ttsRequest(QString())), ValidationError);
        QVERIFY(engine->jobs().jobs().isEmpty());
    }

    void cancelsARunningJobWithinASecond() {
        auto engine = host(QStringLiteral("cancel"));
        engine->jobs().start();
        const QString id = engine->jobs().submit(ttsRequest(longText(400)));
        QSignalSpy progress(&engine->jobs(), &JobManager::jobProgress);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toDouble() > 0,
                                 30000);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(engine->jobs().cancel(id));
        const auto job = engine->jobs().waitForFinished(id, 5000);
        QVERIFY2(clock.elapsed() < 1000,
                 qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
        QCOMPARE(job->state, JobState::Cancelled);
        QVERIFY(job->outputs.isEmpty());
        QVERIFY(engine->assets().list().isEmpty());
    }

    void cancelsAQueuedJobAtOnce() {
        auto engine = host(QStringLiteral("queued"), 1);
        engine->jobs().start();
        const QString first = engine->jobs().submit(ttsRequest(longText(200)));
        const QString second = engine->jobs().submit(ttsRequest(QStringLiteral("never spoken")));
        QTRY_COMPARE_WITH_TIMEOUT(engine->jobs().job(first)->state, JobState::Running, 10000);
        QCOMPARE(engine->jobs().job(second)->state, JobState::Queued);
        QVERIFY(engine->jobs().cancel(second));
        QCOMPARE(engine->jobs().job(second)->state, JobState::Cancelled);
        engine->jobs().cancel(first);
        QCOMPARE(engine->jobs().waitForFinished(first, 5000)->state, JobState::Cancelled);
    }

    void reportsAFailureNamingTheFile() {
        auto engine = host(QStringLiteral("fail"));
        engine->jobs().start();
        const QString bogus = dir_.filePath(QStringLiteral("notes.wav"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are meeting notes, not audio\n");
        file.close();
        const QString id =
            engine->jobs().submit(JobRequest{QStringLiteral("denoise"),
                                             QStringLiteral("ffmpeg"),
                                             {},
                                             {},
                                             JobInputs({{QStringLiteral("audio"), bogus}})});
        const auto job = engine->jobs().waitForFinished(id, 30000);
        QCOMPARE(job->state, JobState::Failed);
        QVERIFY2(job->error.contains(QStringLiteral("notes.wav")), qPrintable(job->error));
    }

    // One rule for every format: a file that stops before its header's length is used as far as
    // it goes, and the job says so, naming the file, in notices that are stored with it.
    void truncatedInputsRunOnWhatIsThereAndSaySo() {
        auto engine = host(QStringLiteral("truncated"));
        engine->jobs().start();
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile file(dir_.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(bytes);
            return file.fileName();
        };
        const QString whole = dir_.filePath(QStringLiteral("whole.mp3"));
        sonara::core::audio::AudioBuffer tone;
        tone.sampleRate = 44100;
        tone.channels = 1;
        for (int i = 0; i < 4 * 44100; ++i) {
            tone.samples.push_back(float(0.3 * std::sin(2 * M_PI * 440.0 * i / 44100)));
        }
        sonara::core::audio::encodeFile(tone, whole);
        QFile mp3(whole);
        QVERIFY(mp3.open(QIODevice::ReadOnly));
        const struct {
            QString path;
            double present;
            double stated;
        } cases[] = {
            {write(QStringLiteral("cut.wav"), cutWav(4.0, 1.5)), 1.5, 4.0},
            {write(QStringLiteral("claims-ten-hours.wav"), cutWav(36000.0, 2.0)), 2.0, 36000.0},
            {write(QStringLiteral("half.mp3"), mp3.readAll().left(mp3.size() / 2)), 2.0, 4.0},
        };
        for (const auto& input : cases) {
            const QString name = QFileInfo(input.path).fileName();
            const QString id = engine->jobs().submit(
                JobRequest{QStringLiteral("denoise"),
                           QStringLiteral("ffmpeg"),
                           {},
                           {},
                           JobInputs({{QStringLiteral("audio"), input.path}})});
            const auto job = engine->jobs().waitForFinished(id, 60000);
            QVERIFY(job);
            QVERIFY2(job->state == JobState::Succeeded, qPrintable(name + job->error));
            QCOMPARE(job->notices.size(), 1);
            const QString notice = job->notices.first();
            QVERIFY2(notice.startsWith(name + QStringLiteral(" is truncated at ")),
                     qPrintable(notice));
            QVERIFY2(notice.contains(QStringLiteral("states %1 s").arg(input.stated, 0, 'f', 1)),
                     qPrintable(notice));
            QVERIFY2(!notice.contains(dir_.path()), qPrintable(notice));
            const auto asset = engine->assets().find(job->outputs.value(QStringLiteral("audio")));
            QVERIFY(asset);
            QVERIFY2(std::abs(asset->duration.value_or(0) - input.present) < 0.3,
                     qPrintable(name + QString::number(asset->duration.value_or(0))));
            QCOMPARE(job->toJson().value(QStringLiteral("notices")).toArray().size(), 1);
        }
        // A whole file tells nothing; a retried job starts without its old notices.
        const QString id =
            engine->jobs().submit(JobRequest{QStringLiteral("denoise"),
                                             QStringLiteral("ffmpeg"),
                                             {},
                                             {},
                                             JobInputs({{QStringLiteral("audio"), whole}})});
        const auto job = engine->jobs().waitForFinished(id, 60000);
        QCOMPARE(job->state, JobState::Succeeded);
        QVERIFY2(job->notices.isEmpty(), qPrintable(job->notices.join(QLatin1Char('|'))));
    }

    void noticesAreKeptOnceAndSharedWithSubContexts() {
        JobContext context(dir_.filePath(QStringLiteral("context")), nullptr, {});
        JobContext child = context.subContext(QStringLiteral("sub"), 0.0, 0.5);
        context.addNotice(QStringLiteral("first"));
        child.addNotice(QStringLiteral("second"));
        child.addNotice(QStringLiteral("first"));
        context.addNotice(QString());
        QCOMPARE(context.notices(),
                 (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        QCOMPARE(child.notices(), context.notices());
    }

    void aKilledProcessLeavesItsJobInterruptedAndRetryable() {
        const QString data = dir_.filePath(QStringLiteral("killed"));
        QProcess sonara;
        sonara.start(sonaraBinary(),
                     {QStringLiteral("--data"), data, QStringLiteral("run"), QStringLiteral("tts"),
                      QStringLiteral("--quiet"), QStringLiteral("--text"), longText(400),
                      QStringLiteral("-o"), dir_.filePath(QStringLiteral("never.wav"))});
        QVERIFY2(sonara.waitForStarted(), qPrintable(sonaraBinary()));
        QString id;
        {
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(data + QStringLiteral("/sonara.db")), 20000);
            store::Database database(data + QStringLiteral("/sonara.db"));
            store::JobStore jobs(database);
            store::JobFilter running;
            running.state = JobState::Running;
            QTRY_VERIFY_WITH_TIMEOUT(!jobs.list(running).isEmpty(), 20000);
            id = jobs.list(running).first().id;
            ::kill(static_cast<pid_t>(sonara.processId()), SIGKILL);
            QVERIFY(sonara.waitForFinished());
        }
        EngineHostOptions options;
        options.dataDirectory = data;
        options.resumeQueuedJobs = false;
        EngineHost engine(options);
        QCOMPARE(engine.jobs().start(), QStringList{id});
        QCOMPARE(engine.jobs().job(id)->state, JobState::Interrupted);
        engine.jobs().retry(id);
        QTRY_COMPARE_WITH_TIMEOUT(engine.jobs().job(id)->state, JobState::Running, 10000);
        engine.jobs().cancel(id);
        QCOMPARE(engine.jobs().waitForFinished(id, 5000)->state, JobState::Cancelled);
        QCOMPARE(engine.jobs().job(id)->attempts, 2);
    }
};

QTEST_GUILESS_MAIN(TestJobManager)
#include "test_job_manager.moc"
