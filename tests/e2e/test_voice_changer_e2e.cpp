// `sonara run voice-changer` end to end through the real program: the tiny kNN-VC of the
// fixtures installed with `sonara models install`, eSpeak NG speech from `sonara run tts`, a
// library voice made with `sonara voices add`, and the errors a user meets.

#include "core/audio/audio_reader.h"

#include <QDir>
#include <QFile>
#include <QtTest>
#include <algorithm>
#include <cmath>

#include "sonara_process.h"
#include "support/demucs_fixtures.h"
#include "support/knnvc_fixtures.h"

using namespace sonara::test;

class TestVoiceChangerEndToEnd : public QObject {
    Q_OBJECT

private:
    SonaraSandbox sandbox_;
    QString speech_;

    QString path(const QString& name) const { return sandbox_.path(name); }
    SonaraRun sonara(const QStringList& arguments) { return sandbox_.sonara(arguments); }
    SonaraRun change(const QString& input, const QStringList& extra) {
        return sonara(QStringList{QStringLiteral("run"), QStringLiteral("voice-changer"),
                                  QStringLiteral("--engine"), QStringLiteral("knn-vc"),
                                  QStringLiteral("--model"), QStringLiteral("tiny-knnvc"), input} +
                      extra);
    }
    void speak(const QString& file, const QString& words, const QString& variant) {
        const SonaraRun spoken = sonara(
            {QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--engine"),
             QStringLiteral("espeak-ng"), QStringLiteral("--text"), words, QStringLiteral("--set"),
             QStringLiteral("variant=") + variant, QStringLiteral("-o"), file});
        QVERIFY2(spoken.exitCode == 0, qPrintable(spoken.err));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(sandbox_.isValid());
        const QString fixtures =
            qEnvironmentVariable("SONARA_FIXTURES", qEnvironmentVariable("SONARA_SOURCE_DIR") +
                                                        QStringLiteral("/tests/fixtures"));
        const QString checkpoint = path(QStringLiteral("tiny-knnvc"));
        writeTinyKnnVc(fixtures.toStdString(), checkpoint.toStdString());
        const SonaraRun install = sandbox_.installModel(QStringLiteral("tiny-knnvc"), checkpoint,
                                                        QStringLiteral("knn-vc"));
        QVERIFY2(install.exitCode == 0, qPrintable(install.err + install.out));

        speech_ = path(QStringLiteral("speech.wav"));
        speak(speech_, QStringLiteral("Please convert this sentence into another voice."),
              QStringLiteral("m3"));
        const QString take1 = path(QStringLiteral("take1.wav"));
        const QString take2 = path(QStringLiteral("take2.wav"));
        speak(take1, QStringLiteral("A first recording of the narrator, read clearly and slowly."),
              QStringLiteral("f2"));
        speak(take2, QStringLiteral("And a second one, a little longer than the first one was."),
              QStringLiteral("f2"));
        const SonaraRun added =
            sonara({QStringLiteral("voices"), QStringLiteral("add"), QStringLiteral("narrator"),
                    take1, take2, QStringLiteral("--consent-by"), QStringLiteral("Narrator")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    void convertsSpeechIntoALibraryVoice() {
        const QString out = path(QStringLiteral("narrated.wav"));
        const SonaraRun run =
            change(speech_, {QStringLiteral("--input"), QStringLiteral("voice=narrator"),
                             QStringLiteral("-o"), QStringLiteral("audio=") + out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto input = sonara::core::audio::probeFile(speech_);
        const auto converted = sonara::core::audio::probeFile(out);
        QCOMPARE(converted.sampleRate, input.sampleRate);
        QCOMPARE(converted.channels, input.channels);
        QVERIFY2(std::abs(converted.durationSeconds - input.durationSeconds) < 1e-3,
                 qPrintable(QStringLiteral("%1 s from %2 s")
                                .arg(converted.durationSeconds)
                                .arg(input.durationSeconds)));

        const SonaraRun help = sonara(
            {QStringLiteral("run"), QStringLiteral("voice-changer"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("reference")) &&
                     help.out.contains(QStringLiteral("keep_timing")) &&
                     help.out.contains(QStringLiteral("knn-vc")),
                 qPrintable(help.out));
    }

    void referenceRecordingsAndThePitchWorkToo() {
        const QString out = path(QStringLiteral("referenced.flac"));
        const SonaraRun run = change(
            speech_, {QStringLiteral("--input"), QStringLiteral("reference=") + path("take1.wav"),
                      QStringLiteral("--input"), QStringLiteral("reference=") + path("take2.wav"),
                      QStringLiteral("--set"), QStringLiteral("pitch=5"), QStringLiteral("-o"),
                      QStringLiteral("audio=") + out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(sonara::core::audio::probeFile(out).durationSeconds > 1.0);
    }

    // mix=keep-background converts the separated speech and mixes the rest back under it; it
    // needs a stem separation model, and says so until one is installed.
    void keepsTheBackgroundUnderTheConvertedVoice() {
        const QString out = path(QStringLiteral("with-background.wav"));
        const QStringList keep{QStringLiteral("--input"), QStringLiteral("voice=narrator"),
                               QStringLiteral("--set"),   QStringLiteral("mix=keep-background"),
                               QStringLiteral("-o"),      QStringLiteral("audio=") + out};
        const SonaraRun refused = change(speech_, keep);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("stem separation model")) &&
                     refused.err.contains(QStringLiteral("mix=voice-only")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(out));

        const QString separator = path(QStringLiteral("tiny-htdemucs"));
        QVERIFY(writeTinyDemucs(QStringLiteral("htdemucs"), separator));
        const SonaraRun install = sandbox_.installModel(QStringLiteral("tiny-htdemucs"), separator,
                                                        QStringLiteral("htdemucs"));
        QVERIFY2(install.exitCode == 0, qPrintable(install.err + install.out));

        const SonaraRun run = change(speech_, keep);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto input = sonara::core::audio::probeFile(speech_);
        const auto mixed = sonara::core::audio::probeFile(out);
        QCOMPARE(mixed.sampleRate, input.sampleRate);
        QCOMPARE(mixed.channels, input.channels);
        QVERIFY2(std::abs(mixed.durationSeconds - input.durationSeconds) < 1e-3,
                 qPrintable(QStringLiteral("%1 s from %2 s")
                                .arg(mixed.durationSeconds)
                                .arg(input.durationSeconds)));
        const auto samples = sonara::core::audio::decodeFile(out).samples;
        QVERIFY(std::all_of(samples.begin(), samples.end(),
                            [](float s) { return std::isfinite(s) && std::abs(s) <= 1.0f; }));
    }

    void tellsWhatIsMissingOrWrong() {
        const QString out = path(QStringLiteral("never.wav"));
        SonaraRun run = change(speech_, {QStringLiteral("-o"), QStringLiteral("audio=") + out});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("voice")) &&
                     run.err.contains(QStringLiteral("reference")),
                 qPrintable(run.err));

        run = change(speech_, {QStringLiteral("--input"), QStringLiteral("voice=nobody"),
                               QStringLiteral("-o"), QStringLiteral("audio=") + out});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("nobody")), qPrintable(run.err));

        const QString notes = path(QStringLiteral("notes.wav"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a recording\n");
        file.close();
        run = change(notes, {QStringLiteral("--input"), QStringLiteral("voice=narrator"),
                             QStringLiteral("-o"), QStringLiteral("audio=") + out});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("notes.wav")), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    // A voice whose recordings vanished from the data folder cannot be converted to.
    void aVoiceWithoutItsRecordingsIsRefused() {
        const QString only = path(QStringLiteral("only.wav"));
        speak(only, QStringLiteral("A single recording for a voice that will lose it soon."),
              QStringLiteral("f4"));
        const SonaraRun added =
            sonara({QStringLiteral("voices"), QStringLiteral("add"), QStringLiteral("fleeting"),
                    only, QStringLiteral("--consent-by"), QStringLiteral("Fleeting")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QDir assets(QDir(path(QStringLiteral("data"))).filePath(QStringLiteral("assets")));
        int removed = 0;
        for (const QString& folder : assets.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QDir sub(assets.filePath(folder));
            for (const QString& name : sub.entryList(QDir::Files)) {
                const QString candidate = sub.filePath(name);
                if (readFile(candidate) == readFile(only)) {
                    removed += QFile::remove(candidate) ? 1 : 0;
                }
            }
        }
        QVERIFY2(removed == 1, qPrintable(QString::number(removed)));
        const QString out = path(QStringLiteral("fleeting.wav"));
        const SonaraRun run =
            change(speech_, {QStringLiteral("--voice"), QStringLiteral("fleeting"),
                             QStringLiteral("-o"), QStringLiteral("audio=") + out});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("fleeting")) ||
                     run.err.contains(QStringLiteral("recording")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestVoiceChangerEndToEnd)
#include "test_voice_changer_e2e.moc"
