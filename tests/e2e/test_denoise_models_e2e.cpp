#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"

#include <QDir>
#include <QtTest>
#include <cmath>

#include "sonara_process.h"
#include "support/demucs_fixtures.h"
#include "support/rnnoise_fixtures.h"

using namespace sonara::test;

// `sonara run denoise --engine demucs|rnnoise` through the real program: the tiny Hybrid Demucs
// of the fixtures and a tiny RNNoise model file written here in the rnnn format, each installed
// with `sonara models install ID --from DIR --architecture A`.
class TestDenoiseModelsEndToEnd : public QObject {
    Q_OBJECT

private:
    SonaraSandbox sandbox_;
    QString recording_;

    QString path(const QString& name) const { return sandbox_.path(name); }
    SonaraRun sonara(const QStringList& arguments) { return sandbox_.sonara(arguments); }
    SonaraRun install(const QString& id, const QString& folder, const QString& architecture) {
        return sandbox_.installModel(id, folder, architecture);
    }
    SonaraRun denoise(const QString& engine, const QString& model, const QStringList& extra) {
        return sonara(QStringList{QStringLiteral("run"), QStringLiteral("denoise"),
                                  QStringLiteral("--engine"), engine, QStringLiteral("--model"),
                                  model, recording_} +
                      extra);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(sandbox_.isValid());
        QVERIFY(writeTinyDemucs(QStringLiteral("hdemucs"), path(QStringLiteral("tiny-hdemucs"))));
        SonaraRun installed =
            install(QStringLiteral("tiny-hdemucs"), path(QStringLiteral("tiny-hdemucs")),
                    QStringLiteral("hdemucs"));
        QVERIFY2(installed.exitCode == 0, qPrintable(installed.err + installed.out));
        QVERIFY(writeTinyRnnoise(path(QStringLiteral("tiny-rnnoise"))));
        installed = install(QStringLiteral("tiny-rnnoise"), path(QStringLiteral("tiny-rnnoise")),
                            QStringLiteral("rnnoise"));
        QVERIFY2(installed.exitCode == 0, qPrintable(installed.err + installed.out));

        sonara::core::audio::AudioBuffer talk{48000, 2, {}};
        for (int i = 0; i < 48000 * 3 / 2; ++i) {
            const double t = i / 48000.0;
            const float voice = float(0.3 * std::sin(2 * M_PI * 200 * t));
            const float hiss = float(0.02 * std::sin(2 * M_PI * 7919 * t * t));
            talk.samples.push_back(voice + hiss);
            talk.samples.push_back(voice - hiss);
        }
        recording_ = path(QStringLiteral("talk.wav"));
        sonara::core::audio::EncodeOptions options;
        options.sampleFormat = sonara::core::audio::SampleFormat::Float32;
        sonara::core::audio::encodeFile(talk, recording_, options);
    }

    void demucsIsolatesTheVoice() {
        const QString out = path(QStringLiteral("voice.flac"));
        const SonaraRun run =
            denoise(QStringLiteral("demucs"), QStringLiteral("tiny-hdemucs"),
                    {QStringLiteral("--set"), QStringLiteral("keep_background_db=-30"),
                     QStringLiteral("-o"), QStringLiteral("audio=") + out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto info = sonara::core::audio::probeFile(out);
        QCOMPARE(info.sampleRate, 48000);
        QCOMPARE(info.channels, 2);
        QVERIFY(std::abs(info.durationSeconds - 1.5) < 0.01);
    }

    void rnnoiseRunsTheWrittenModelFile() {
        const QString passed = path(QStringLiteral("passed.wav"));
        SonaraRun run = denoise(QStringLiteral("rnnoise"), QStringLiteral("tiny-rnnoise"),
                                {QStringLiteral("--set"), QStringLiteral("mix=0"),
                                 QStringLiteral("-o"), QStringLiteral("audio=") + passed});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto original = sonara::core::audio::decodeFile(recording_);
        const auto same = sonara::core::audio::decodeFile(passed);
        QCOMPARE(same.samples.size(), original.samples.size());
        double worst = 0;
        for (size_t i = 0; i < same.samples.size(); ++i) {
            worst = std::max(worst, double(std::abs(same.samples[i] - original.samples[i])));
        }
        // 16-bit WAV output: one step is 3e-5.
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));

        const QString cleaned = path(QStringLiteral("cleaned.wav"));
        run = denoise(QStringLiteral("rnnoise"), QStringLiteral("tiny-rnnoise"),
                      {QStringLiteral("-o"), QStringLiteral("audio=") + cleaned});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(sonara::core::audio::decodeFile(cleaned).frames(), original.frames());
    }

    void aModelOfAnotherKindIsRefusedByName() {
        const SonaraRun run = denoise(
            QStringLiteral("rnnoise"), QStringLiteral("tiny-hdemucs"),
            {QStringLiteral("-o"), QStringLiteral("audio=") + path(QStringLiteral("x.wav"))});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("tiny-hdemucs")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.wav"))));
        const SonaraRun help =
            sonara({QStringLiteral("run"), QStringLiteral("denoise"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("rnnoise")) &&
                     help.out.contains(QStringLiteral("keep_background_db")),
                 qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestDenoiseModelsEndToEnd)
#include "test_denoise_models_e2e.moc"
