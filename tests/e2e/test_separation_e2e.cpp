#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"

#include <QDir>
#include <QtTest>
#include <cmath>

#include "sonara_process.h"
#include "support/demucs_fixtures.h"

using namespace sonara::test;

// Installs the tiny Hybrid Demucs of the fixtures and separates through the real `sonara`
// program, writing the stems it names with -o NAME=FILE.
class TestSeparationEndToEnd : public QObject {
    Q_OBJECT

private:
    SonaraSandbox sandbox_;
    QString mix_;

    QString path(const QString& name) const { return sandbox_.path(name); }
    SonaraRun sonara(const QStringList& arguments) { return sandbox_.sonara(arguments); }
    SonaraRun separate(const QStringList& extra) {
        return sonara(QStringList{QStringLiteral("run"), QStringLiteral("separate"),
                                  QStringLiteral("--engine"), QStringLiteral("hdemucs"),
                                  QStringLiteral("--model"), QStringLiteral("tiny-hdemucs"), mix_} +
                      extra);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(sandbox_.isValid());
        const QString checkpoint = path(QStringLiteral("tiny-hdemucs"));
        QVERIFY(writeTinyDemucs(QStringLiteral("hdemucs"), checkpoint));
        const SonaraRun install = sandbox_.installModel(QStringLiteral("tiny-hdemucs"), checkpoint,
                                                        QStringLiteral("hdemucs"));
        QVERIFY2(install.exitCode == 0, qPrintable(install.err + install.out));
        sonara::core::audio::AudioBuffer song{48000, 2, {}};
        for (int i = 0; i < 48000 * 2; ++i) {
            const float s = float(0.3 * std::sin(2 * M_PI * 220 * i / 48000.0));
            song.samples.push_back(s);
            song.samples.push_back(-s);
        }
        mix_ = path(QStringLiteral("song.wav"));
        sonara::core::audio::encodeFile(song, mix_);
    }

    void writesTheStemsItIsAskedFor() {
        const SonaraRun run = separate(
            {QStringLiteral("--set"), QStringLiteral("stems=vocals-accompaniment"),
             QStringLiteral("-o"), QStringLiteral("vocals=") + path(QStringLiteral("v.wav")),
             QStringLiteral("-o"),
             QStringLiteral("accompaniment=") + path(QStringLiteral("a.flac"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString& name : {QStringLiteral("v.wav"), QStringLiteral("a.flac")}) {
            const auto info = sonara::core::audio::probeFile(path(name));
            QCOMPARE(info.sampleRate, 48000);
            QCOMPARE(info.channels, 2);
            QVERIFY(std::abs(info.durationSeconds - 2.0) < 0.01);
        }
        const SonaraRun help =
            sonara({QStringLiteral("run"), QStringLiteral("separate"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("accompaniment")) &&
                     help.out.contains(QStringLiteral("htdemucs")),
                 qPrintable(help.out));
    }

    void aStemTheJobDidNotMakeIsAnError() {
        const SonaraRun run = separate(
            {QStringLiteral("--set"), QStringLiteral("stems=vocals-accompaniment"),
             QStringLiteral("-o"), QStringLiteral("drums=") + path(QStringLiteral("d.wav"))});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("drums")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("d.wav"))));
    }
};

QTEST_GUILESS_MAIN(TestSeparationEndToEnd)
#include "test_separation_e2e.moc"
