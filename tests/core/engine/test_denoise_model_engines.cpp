// The `denoise` engines that load a model: Demucs speech isolation (the vocals stem of the tiny
// random-weight Hybrid Demucs of the fixtures, with the background kept at a chosen level) and
// RNNoise through FFmpeg's arnndn with a tiny model file in the rnnn format.

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/capability_registry.h"
#include "core/engine/engines/demucs_denoise_engine.h"
#include "core/engine/engines/demucs_separation_engine.h"
#include "core/engine/engines/rnnoise_denoise_engine.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/engine/standard_capabilities.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "support/demucs_fixtures.h"
#include "support/rnnoise_fixtures.h"

using namespace sonara::core;

namespace {

audio::AudioBuffer speechWithHum(int rate, int channels, double seconds) {
    audio::AudioBuffer buffer{rate, channels, {}};
    const int frames = int(rate * seconds);
    for (int i = 0; i < frames; ++i) {
        const double t = double(i) / rate;
        const float voice =
            float(0.3 * std::sin(2 * M_PI * 180 * t) * (0.5 + 0.5 * std::sin(2 * M_PI * 3 * t)));
        const float hum = float(0.05 * std::sin(2 * M_PI * 50 * t));
        for (int c = 0; c < channels; ++c) {
            buffer.samples.push_back(voice + (c == 0 ? hum : -hum));
        }
    }
    return buffer;
}

double largestDifference(const audio::AudioBuffer& a, const audio::AudioBuffer& b) {
    if (a.samples.size() != b.samples.size()) {
        return INFINITY;
    }
    double worst = 0;
    for (size_t i = 0; i < a.samples.size(); ++i) {
        worst = std::max(worst, double(std::abs(a.samples[i] - b.samples[i])));
    }
    return worst;
}

}  // namespace

class TestDenoiseModelEngines : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString hdemucs_;
    QString rnnoise_;
    int jobs_ = 0;

    QString input(const QString& name, const audio::AudioBuffer& buffer) {
        const QString path = dir_.filePath(name);
        audio::EncodeOptions options;
        options.sampleFormat = audio::SampleFormat::Float32;
        audio::encodeFile(buffer, path, options);
        return path;
    }

    ValidatedJob job(const QString& capability, const QString& engine, const InstalledModel& model,
                     const QString& audio, QVariantMap parameters = {}) {
        ValidatedJob job;
        job.capability = capability;
        job.engine = engine;
        job.model = model;
        job.inputs.setFiles(QStringLiteral("audio"), {audio});
        job.parameters = parameters;
        return job;
    }
    InstalledModel hdemucs() const {
        return {QStringLiteral("tiny-hdemucs"), QStringLiteral("hdemucs"), hdemucs_, 0};
    }
    InstalledModel rnnoise(const QString& directory = {}) const {
        return {QStringLiteral("tiny-rnnoise"), QStringLiteral("rnnoise"),
                directory.isEmpty() ? rnnoise_ : directory, 0};
    }

    QMap<QString, audio::AudioBuffer> run(const std::shared_ptr<Engine>& engine,
                                          const ValidatedJob& request, QString* work = nullptr) {
        const QString folder = dir_.filePath(QStringLiteral("job-%1").arg(++jobs_));
        QDir().mkpath(folder);
        if (work) {
            *work = folder;
        }
        JobContext context(folder, nullptr, {});
        QMap<QString, audio::AudioBuffer> outputs;
        for (const EngineOutput& output : engine->run(request, context)) {
            outputs.insert(output.outputId, audio::decodeFile(output.filePath));
        }
        return outputs;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        hdemucs_ = dir_.filePath(QStringLiteral("hdemucs"));
        QVERIFY(sonara::test::writeTinyDemucs(QStringLiteral("hdemucs"), hdemucs_));
        rnnoise_ = dir_.filePath(QStringLiteral("rnnoise"));
        QVERIFY(sonara::test::writeTinyRnnoise(rnnoise_));
    }

    void denoiseListsTheModelEnginesAfterFfmpeg() {
        CapabilityRegistry registry;
        registerBuiltinEngines(registry);
        QStringList ids;
        for (const EngineInfo& info : registry.engines(QStringLiteral("denoise"))) {
            ids << info.id;
            if (info.id == QLatin1String("demucs")) {
                QCOMPARE(info.architectures,
                         (QStringList{QStringLiteral("htdemucs"), QStringLiteral("hdemucs")}));
            }
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("ffmpeg"), QStringLiteral("demucs"),
                                   QStringLiteral("rnnoise")}));
        // With no model installed the classic engine stays the default.
        QCOMPARE(registry.defaultEngine(QStringLiteral("denoise"), nullptr),
                 QStringLiteral("ffmpeg"));
    }

    void demucsKeepsTheVocalsStemAndAsMuchBackgroundAsAsked() {
        const QString mono = input(QStringLiteral("talk.wav"), speechWithHum(22050, 1, 1.5));
        const auto stems =
            run(hdemucsSeparationEngine(),
                job(QStringLiteral("separate"), QStringLiteral("hdemucs"), hdemucs(), mono));
        const auto voice =
            run(demucsDenoiseEngine(),
                job(QStringLiteral("denoise"), QStringLiteral("demucs"), hdemucs(), mono))
                .value(QStringLiteral("audio"));
        QCOMPARE(voice.sampleRate, 22050);
        QCOMPARE(voice.channels, 1);
        const double alone = largestDifference(voice, stems.value(QStringLiteral("vocals")));
        QVERIFY2(alone < 1e-5, qPrintable(QString::number(alone)));

        const auto bed = run(demucsDenoiseEngine(),
                             job(QStringLiteral("denoise"), QStringLiteral("demucs"), hdemucs(),
                                 mono, {{QStringLiteral("keep_background_db"), -20.0}}))
                             .value(QStringLiteral("audio"));
        audio::AudioBuffer expected = stems.value(QStringLiteral("vocals"));
        double background = 0;
        for (const QString& other :
             {QStringLiteral("drums"), QStringLiteral("bass"), QStringLiteral("other")}) {
            const auto& stem = stems.value(other);
            QCOMPARE(stem.samples.size(), expected.samples.size());
            for (size_t i = 0; i < expected.samples.size(); ++i) {
                expected.samples[i] += 0.1f * stem.samples[i];
                background += double(stem.samples[i]) * stem.samples[i];
            }
        }
        QVERIFY(background > 0);
        const double kept = largestDifference(bed, expected);
        QVERIFY2(kept < 1e-4, qPrintable(QString::number(kept)));
        QVERIFY(largestDifference(bed, voice) > 1e-4);
    }

    void demucsRefusesAShortFileByName() {
        const QString blip = input(QStringLiteral("blip.wav"), speechWithHum(44100, 2, 0.05));
        QString work;
        try {
            run(demucsDenoiseEngine(),
                job(QStringLiteral("denoise"), QStringLiteral("demucs"), hdemucs(), blip), &work);
            QFAIL("a 50 ms file was cleaned");
        } catch (const EngineError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("blip.wav")) &&
                         error.message().contains(QStringLiteral("too short to clean")),
                     qPrintable(error.message()));
        }
        QVERIFY(QDir(work).entryList(QDir::Files).isEmpty());
    }

    void rnnoiseWithMixZeroGivesTheInputBackFrameForFrame() {
        // arnndn's mix=0 passes its input through: the result equals the recording only if the
        // filter's one-step delay is taken back and the length kept.
        const audio::AudioBuffer original = speechWithHum(48000, 2, 1.23);
        const QString path = input(QStringLiteral("aligned.wav"), original);
        const auto out =
            run(rnnoiseDenoiseEngine(), job(QStringLiteral("denoise"), QStringLiteral("rnnoise"),
                                            rnnoise(), path, {{QStringLiteral("mix"), 0.0}}))
                .value(QStringLiteral("audio"));
        QCOMPARE(out.sampleRate, 48000);
        QCOMPARE(out.channels, 2);
        const double difference = largestDifference(out, original);
        QVERIFY2(difference < 1e-6, qPrintable(QString::number(difference)));
    }

    void rnnoiseCleansAtTheInputsRateAndChannels() {
        const audio::AudioBuffer original = speechWithHum(22050, 1, 1.0);
        const QString path = input(QStringLiteral("mono.wav"), original);
        const auto out =
            run(rnnoiseDenoiseEngine(),
                job(QStringLiteral("denoise"), QStringLiteral("rnnoise"), rnnoise(), path))
                .value(QStringLiteral("audio"));
        QCOMPARE(out.sampleRate, 22050);
        QCOMPARE(out.channels, 1);
        QCOMPARE(out.frames(), original.frames());
        double energy = 0;
        for (float sample : out.samples) {
            QVERIFY(std::isfinite(sample));
            energy += double(sample) * sample;
        }
        QVERIFY(energy > 0);
        QVERIFY(largestDifference(out, original) > 1e-3);
    }

    void rnnoiseModelPathsWithFilterSyntaxWork() {
        const QString odd = dir_.filePath(QStringLiteral("it's a, [model]; dir:x=y\\z"));
        QVERIFY(sonara::test::writeTinyRnnoise(odd));
        const QString path = input(QStringLiteral("odd.wav"), speechWithHum(48000, 1, 0.5));
        const auto out =
            run(rnnoiseDenoiseEngine(), job(QStringLiteral("denoise"), QStringLiteral("rnnoise"),
                                            rnnoise(odd), path, {{QStringLiteral("mix"), 0.0}}))
                .value(QStringLiteral("audio"));
        QVERIFY(largestDifference(out, audio::decodeFile(path)) < 1e-6);
    }

    void rnnoiseRefusesABrokenModelFileWithoutRunningFfmpeg() {
        const QString broken = dir_.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(broken));
        QFile file(QDir(broken).filePath(QStringLiteral("cut.rnnn")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sonara::test::tinyRnnoiseModel().left(900));
        file.close();
        QVERIFY(!rnnoise::modelFileProblem(file.fileName()).isEmpty());
        QVERIFY(rnnoise::modelFileProblem(QDir(rnnoise_).filePath(QStringLiteral("tiny.rnnn")))
                    .isEmpty());
        const QString path = input(QStringLiteral("b.wav"), speechWithHum(48000, 1, 0.5));
        QString work;
        try {
            run(rnnoiseDenoiseEngine(),
                job(QStringLiteral("denoise"), QStringLiteral("rnnoise"), rnnoise(broken), path),
                &work);
            QFAIL("a cut model file was used");
        } catch (const EngineError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("tiny-rnnoise")) &&
                         error.message().contains(QStringLiteral("reinstall")),
                     qPrintable(error.message()));
            QVERIFY(!error.message().contains(dir_.path()));
        }
        QVERIFY(QDir(work).entryList(QDir::Files).isEmpty());
    }

    void filterOptionValuesAreEscapedForBothParsers() {
        QCOMPARE(rnnoise::filterOptionValue(QStringLiteral("/a/b.rnnn")),
                 QStringLiteral("/a/b.rnnn"));
        QCOMPARE(rnnoise::filterOptionValue(QStringLiteral("a:b,c")),
                 QStringLiteral("a\\\\:b\\,c"));
    }
};

QTEST_GUILESS_MAIN(TestDenoiseModelEngines)
#include "test_denoise_model_engines.moc"
