#include "core/audio/audio_reader.h"

#include <QDir>
#include <QtTest>

#include "sonara_process.h"
#include "support/tacotron2_fixtures.h"

using namespace sonara::test;

// Installs a tiny Tacotron2 voice folder (tacotron2/ + waveglow/) the way a user installs one
// and speaks through the real `sonara` program: random weights make noise-like speech, so
// rates, formats and refusals are checked.
class TestTacotron2EndToEnd : public QObject {
    Q_OBJECT

private:
    SonaraSandbox sandbox_;

    QString path(const QString& name) const { return sandbox_.path(name); }
    SonaraRun sonara(const QStringList& arguments) { return sandbox_.sonara(arguments); }
    SonaraRun speak(const QString& text, const QString& output, const QStringList& extra = {}) {
        return sandbox_.runCapability(
            QStringLiteral("tts"), QStringLiteral("tacotron2"), QStringLiteral("tiny-tacotron2"),
            QStringList{QStringLiteral("--text"), text, QStringLiteral("-o"), output} + extra);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(sandbox_.isValid());
        const QString folder = path(QStringLiteral("tiny-tacotron2"));
        QVERIFY(writeTinyTacotron2Voice(folder, QStringLiteral("waveglow")));
        const SonaraRun install = sandbox_.installModel(QStringLiteral("tiny-tacotron2"), folder,
                                                        QStringLiteral("tacotron2"));
        QVERIFY2(install.exitCode == 0, qPrintable(install.err + install.out));
    }

    void helpListsTheEngineAndItsParameters() {
        const SonaraRun help =
            sonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* expected : {"tacotron2", "vocoder", "waveglow", "hifigan"}) {
            QVERIFY2(help.out.contains(QString::fromLatin1(expected)),
                     qPrintable(QString::fromLatin1(expected) + QLatin1Char('\n') + help.out));
        }
    }

    void speaksToTheFormatOfTheExtension() {
        const QString flac = path(QStringLiteral("speech.flac"));
        const SonaraRun run = speak(QStringLiteral("Hello there. It is 9 o'clock!"), flac,
                                    {QStringLiteral("--set"), QStringLiteral("vocoder_noise=0.5")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const sonara::core::audio::AudioInfo info = sonara::core::audio::probeFile(flac);
        QCOMPARE(info.sampleRate, 22050);
        QCOMPARE(info.channels, 1);
        QVERIFY(info.durationSeconds > 0.1);
    }

    void badInputIsRefusedWithTheReason() {
        const QString out = path(QStringLiteral("refused.wav"));
        const SonaraRun range = speak(QStringLiteral("hello."), out,
                                      {QStringLiteral("--set"), QStringLiteral("pitch=40")});
        QCOMPARE(range.exitCode, 2);
        QVERIFY2(range.err.contains(QStringLiteral("pitch")), qPrintable(range.err));
        const SonaraRun vocoder =
            speak(QStringLiteral("hello."), out,
                  {QStringLiteral("--set"), QStringLiteral("vocoder=hifigan")});
        QVERIFY(vocoder.exitCode != 0);
        QVERIFY2(vocoder.err.contains(QStringLiteral("vocoder=waveglow")), qPrintable(vocoder.err));
        QVERIFY(!vocoder.err.contains(path(QStringLiteral("data"))));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestTacotron2EndToEnd)
#include "test_tacotron2_e2e.moc"
