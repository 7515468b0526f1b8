#include "core/audio/audio_reader.h"

#include <QDir>
#include <QtTest>

#include "sonara_process.h"
#include "support/tts_fixtures.h"

using namespace sonara::test;

// Installs the tiny VITS checkpoint of the fixtures and speaks through the real `sonara`
// program: random weights make noise-like speech, so lengths, formats and errors are checked.
class TestVitsEndToEnd : public QObject {
    Q_OBJECT

private:
    SonaraSandbox sandbox_;

    QString path(const QString& name) const { return sandbox_.path(name); }
    SonaraRun sonara(const QStringList& arguments) { return sandbox_.sonara(arguments); }
    SonaraRun speak(const QString& text, const QString& output, const QStringList& extra = {}) {
        return sandbox_.runCapability(
            QStringLiteral("tts"), QStringLiteral("vits"), QStringLiteral("tiny-vits"),
            QStringList{QStringLiteral("--text"), text, QStringLiteral("-o"), output} + extra);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(sandbox_.isValid());
        const QString checkpoint = path(QStringLiteral("tiny-vits"));
        QVERIFY(writeTinyVits(checkpoint, QStringLiteral("eng")));
        const SonaraRun install = sandbox_.installModel(QStringLiteral("tiny-vits"), checkpoint);
        QVERIFY2(install.exitCode == 0, qPrintable(install.err + install.out));
    }

    void helpListsTheEngineAndItsParameters() {
        const SonaraRun help =
            sonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* expected : {"vits", "speaking_rate", "expressiveness", "seed"}) {
            QVERIFY2(help.out.contains(QString::fromLatin1(expected)),
                     qPrintable(QString::fromLatin1(expected) + QLatin1Char('\n') + help.out));
        }
    }

    void speaksToTheFormatOfTheExtension() {
        const QString flac = path(QStringLiteral("speech.flac"));
        const SonaraRun run = speak(QStringLiteral("Hello there. It is 9 o'clock!"), flac,
                                    {QStringLiteral("--set"), QStringLiteral("speaking_rate=1.5"),
                                     QStringLiteral("--set"), QStringLiteral("seed=3")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const sonara::core::audio::AudioInfo info = sonara::core::audio::probeFile(flac);
        QCOMPARE(info.sampleRate, 16000);
        QCOMPARE(info.channels, 1);
        QVERIFY(info.durationSeconds > 0.1);
    }

    void badInputIsRefusedWithTheReason() {
        const QString out = path(QStringLiteral("refused.wav"));
        const SonaraRun range = speak(QStringLiteral("hello."), out,
                                      {QStringLiteral("--set"), QStringLiteral("speaking_rate=9")});
        QCOMPARE(range.exitCode, 2);
        QVERIFY2(range.err.contains(QStringLiteral("speaking_rate")), qPrintable(range.err));
        const SonaraRun script = speak(QStringLiteral("नमस्ते दुनिया"), out);
        QCOMPARE(script.exitCode, 1);
        QVERIFY2(script.err.contains(QStringLiteral("cannot read this text")),
                 qPrintable(script.err));
        QVERIFY(!script.err.contains(QStringLiteral("/tmp")));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestVitsEndToEnd)
#include "test_vits_e2e.moc"
