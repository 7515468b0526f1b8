// Issue 17's synthesis through the real `sonara` program on the tiny kNN-VC of the fixtures,
// installed with `sonara models install`: `sonara run accent-changer` (eSpeak NG's American
// speech said again in a British accent in the same voice and time, with its report), `sonara run
// tts --voice NAME` (speech in a library voice made with `sonara voices add`), and the errors a
// user meets.

#include "core/audio/audio_reader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>

#include "sonara_process.h"
#include "support/knnvc_fixtures.h"

using namespace sonara::test;

class TestAccentChangerEndToEnd : public QObject {
    Q_OBJECT

private:
    SonaraSandbox sandbox_;
    QString speech_;

    QString path(const QString& name) const { return sandbox_.path(name); }
    SonaraRun sonara(const QStringList& arguments) { return sandbox_.sonara(arguments); }
    void speak(const QString& file, const QString& words, const QStringList& extra = {}) {
        const SonaraRun spoken =
            sonara(QStringList{QStringLiteral("run"), QStringLiteral("tts"),
                               QStringLiteral("--engine"), QStringLiteral("espeak-ng"),
                               QStringLiteral("--text"), words, QStringLiteral("-o"), file} +
                   extra);
        QVERIFY2(spoken.exitCode == 0, qPrintable(spoken.err));
    }
    SonaraRun changeAccent(const QString& input, const QString& accent, const QString& out,
                           const QString& report) {
        return sonara({QStringLiteral("run"), QStringLiteral("accent-changer"), input,
                       QStringLiteral("--input"), QStringLiteral("accent=") + accent,
                       QStringLiteral("-o"), QStringLiteral("audio=") + out, QStringLiteral("-o"),
                       QStringLiteral("report=") + report});
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
        speak(speech_,
              QStringLiteral("Good morning everybody. Today we are going to talk about the "
                             "history of the railway and the people who built it."),
              {QStringLiteral("--set"), QStringLiteral("voice=en-us")});
    }

    void changesTheAccentInTheSameVoiceAndTime() {
        const QString out = path(QStringLiteral("british.wav"));
        const QString report = path(QStringLiteral("british.json"));
        const SonaraRun run = changeAccent(speech_, QStringLiteral("en-gb"), out, report);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto input = sonara::core::audio::probeFile(speech_);
        const auto changed = sonara::core::audio::probeFile(out);
        QCOMPARE(changed.sampleRate, input.sampleRate);
        QCOMPARE(changed.channels, input.channels);
        QVERIFY2(std::abs(changed.durationSeconds - input.durationSeconds) < 1e-3,
                 qPrintable(QStringLiteral("%1 s from %2 s")
                                .arg(changed.durationSeconds)
                                .arg(input.durationSeconds)));
        const QJsonObject json = QJsonDocument::fromJson(readFile(report)).object();
        QCOMPARE(json.value(QStringLiteral("accent")).toString(), QStringLiteral("en-gb"));
        const QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
        QVERIFY2(!segments.isEmpty(), qPrintable(readFile(report)));
        for (const QJsonValue& segment : segments) {
            const QJsonObject row = segment.toObject();
            QVERIFY(!row.value(QStringLiteral("text")).toString().isEmpty());
            QVERIFY(row.value(QStringLiteral("stretch")).toDouble() >= 0.8 - 1e-6);
            QVERIFY(row.value(QStringLiteral("stretch")).toDouble() <= 1.25 + 1e-6);
        }

        const SonaraRun help = sonara(
            {QStringLiteral("run"), QStringLiteral("accent-changer"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("accent")) &&
                     help.out.contains(QStringLiteral("en-gb")),
                 qPrintable(help.out));
    }

    void speaksTextInALibraryVoice() {
        const QString take1 = path(QStringLiteral("take1.wav"));
        const QString take2 = path(QStringLiteral("take2.wav"));
        speak(take1, QStringLiteral("A first recording of the narrator, read clearly and slowly."),
              {QStringLiteral("--set"), QStringLiteral("variant=f2")});
        speak(take2, QStringLiteral("And a second one, a little longer than the first one was."),
              {QStringLiteral("--set"), QStringLiteral("variant=f2")});
        const SonaraRun added =
            sonara({QStringLiteral("voices"), QStringLiteral("add"), QStringLiteral("narrator"),
                    take1, take2, QStringLiteral("--consent-by"), QStringLiteral("Narrator")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        const QString words = QStringLiteral("This sentence is read in the narrator's voice.");
        const QString plain = path(QStringLiteral("plain.wav"));
        const QString narrated = path(QStringLiteral("narrated.wav"));
        speak(plain, words);
        speak(narrated, words, {QStringLiteral("--voice"), QStringLiteral("narrator")});
        const auto spoken = sonara::core::audio::probeFile(plain);
        const auto converted = sonara::core::audio::probeFile(narrated);
        QCOMPARE(converted.sampleRate, spoken.sampleRate);
        QVERIFY2(std::abs(converted.durationSeconds - spoken.durationSeconds) < 1e-3,
                 qPrintable(QStringLiteral("%1 s from %2 s")
                                .arg(converted.durationSeconds)
                                .arg(spoken.durationSeconds)));
        QVERIFY(readFile(narrated) != readFile(plain));

        const QString never = path(QStringLiteral("never.wav"));
        const SonaraRun unknown = sonara(
            {QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--engine"),
             QStringLiteral("espeak-ng"), QStringLiteral("--text"), words,
             QStringLiteral("--voice"), QStringLiteral("nobody"), QStringLiteral("-o"), never});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains(QStringLiteral("nobody")), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(never));
    }

    void tellsWhatIsMissingOrWrong() {
        const QString out = path(QStringLiteral("never.wav"));
        const QString report = path(QStringLiteral("never.json"));
        SonaraRun run = changeAccent(speech_, QStringLiteral("en-in"), out, report);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("en-in")) &&
                     run.err.contains(QStringLiteral("install")),
                 qPrintable(run.err));
        run = changeAccent(speech_, QStringLiteral("klingon"), out, report);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("accent")), qPrintable(run.err));

        const QString notes = path(QStringLiteral("notes.wav"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a recording\n");
        file.close();
        run = changeAccent(notes, QStringLiteral("en-gb"), out, report);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("notes.wav")), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(report));
    }
};

QTEST_GUILESS_MAIN(TestAccentChangerEndToEnd)
#include "test_accent_changer_e2e.moc"
