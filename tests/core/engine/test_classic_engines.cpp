#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/engines/classic_engines.h"
#include "core/engine/engines/espeak_tts_engine.h"
#include "core/engine/engines/ffmpeg_denoise_engine.h"
#include "core/engine/engines/pocketsphinx_stt_engine.h"
#include "core/engine/errors.h"
#include "core/engine/transcript.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <chrono>
#include <cmath>
#include <random>
#include <thread>

using namespace sonara::core;

namespace {

const ParameterSpec* findParameter(const EngineInfo& info, const QString& id) {
    for (const ParameterSpec& spec : info.parameters) {
        if (spec.id == id) {
            return &spec;
        }
    }
    return nullptr;
}

// What the registry's validation hands an engine: every parameter with its default.
ValidatedJob jobFor(const Engine& engine, const QVariantMap& overrides = {}) {
    const EngineInfo info = engine.info();
    ValidatedJob job;
    job.capability = info.capability;
    job.engine = info.id;
    if (info.capability == QLatin1String("stt")) {
        job.parameters = {{QStringLiteral("language"), QStringLiteral("auto")},
                          {QStringLiteral("word_timestamps"), true}};
    }
    for (const ParameterSpec& spec : info.parameters) {
        job.parameters.insert(spec.id, spec.defaultValue);
    }
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        job.parameters.insert(it.key(), it.value());
    }
    return job;
}

double rmsDb(const std::vector<float>& samples, size_t begin = 0, size_t end = SIZE_MAX) {
    end = std::min(end, samples.size());
    double sum = 0;
    for (size_t i = begin; i < end; ++i) {
        sum += double(samples[i]) * samples[i];
    }
    const double rms = std::sqrt(sum / double(std::max<size_t>(1, end - begin)));
    return 20 * std::log10(std::max(rms, 1e-12));
}

audio::AudioBuffer whiteNoise(int sampleRate, int channels, double seconds, double amplitude) {
    std::mt19937 generator(7);
    std::normal_distribution<float> normal(0.0f, float(amplitude));
    audio::AudioBuffer buffer{sampleRate, channels, {}};
    buffer.samples.resize(size_t(seconds * sampleRate) * channels);
    for (float& sample : buffer.samples) {
        sample = normal(generator);
    }
    return buffer;
}

QString writeWav(const QString& path, const audio::AudioBuffer& buffer) {
    audio::EncodeOptions options;
    options.sampleFormat = audio::SampleFormat::Float32;
    audio::encodeFile(buffer, path, options);
    return path;
}

struct Run {
    QList<EngineOutput> outputs;
    audio::AudioBuffer audio;
};

class ClassicEnginesTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir scratch_;
    EspeakTtsEngine espeak_;
    PocketsphinxSttEngine pocketsphinx_;
    FfmpegDenoiseEngine denoise_;

    QString freshDir(const QString& name) {
        const QString path = scratch_.filePath(name);
        QDir(path).removeRecursively();
        QDir().mkpath(path);
        return path;
    }

    Run runEngine(Engine& engine, const ValidatedJob& job, const QString& dirName) {
        JobContext context(freshDir(dirName), nullptr, {});
        Run run;
        run.outputs = engine.run(job, context);
        if (run.outputs.size() == 1 && run.outputs.first().outputId == QLatin1String("audio")) {
            run.audio = audio::decodeFile(run.outputs.first().filePath);
        }
        return run;
    }

    Run speak(const QString& text, const QVariantMap& parameters = {}) {
        ValidatedJob job = jobFor(espeak_, parameters);
        job.inputs.setText(QStringLiteral("text"), text);
        return runEngine(espeak_, job, QStringLiteral("speak"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(scratch_.isValid()); }

    // The engines that need no model, the dubbing and accent chains among them (their models
    // are their sub-jobs').
    void registersTheEnginesWithoutModels() {
        QStringList ids;
        QStringList capabilities;
        for (const auto& engine : classicEngines()) {
            ids.append(engine->info().id);
            capabilities.append(engine->info().capability);
            QVERIFY(!engine->info().needsModel());
            QCOMPARE(engine->info().lane, ComputeLane::Cpu);
        }
        QCOMPARE(ids, (QStringList{"espeak-ng", "pocketsphinx", "ffmpeg", "voice-editor", "chain",
                                   "chain"}));
        QCOMPARE(capabilities, (QStringList{"tts", "stt", "denoise", "voice-editor", "dubbing",
                                            "accent-changer"}));
    }

    void espeakDeclaresItsParameters() {
        const EngineInfo info = espeak_.info();
        const ParameterSpec* voice = findParameter(info, QStringLiteral("voice"));
        QVERIFY(voice);
        QCOMPARE(voice->type, ParameterType::Choice);
        QCOMPARE(voice->defaultValue.toString(), QStringLiteral("en-us"));
        QVERIFY2(voice->choices.size() > 50, qPrintable(voice->choices.join(',')));
        QVERIFY(voice->choices.contains(QStringLiteral("en-us")));
        QVERIFY(voice->choices.contains(QStringLiteral("fr-fr")));
        const ParameterSpec* variant = findParameter(info, QStringLiteral("variant"));
        QVERIFY(variant);
        QCOMPARE(variant->defaultValue.toString(), QStringLiteral("none"));
        for (const char* name : {"none", "m1", "m7", "f1", "f5", "croak", "whisper", "klatt"}) {
            QVERIFY2(variant->choices.contains(QString::fromLatin1(name)), name);
        }
        struct Range {
            const char* id;
            double minimum, maximum;
            qlonglong defaultValue;
        };
        for (const Range& range : {Range{"rate", 80, 450, 175}, Range{"pitch", 0, 99, 50},
                                   Range{"volume", 0, 200, 100}}) {
            const ParameterSpec* spec = findParameter(info, QString::fromLatin1(range.id));
            QVERIFY2(spec, range.id);
            QCOMPARE(spec->type, ParameterType::Integer);
            QCOMPARE(*spec->minimum, range.minimum);
            QCOMPARE(*spec->maximum, range.maximum);
            QCOMPARE(spec->defaultValue.toLongLong(), range.defaultValue);
            QVERIFY(!spec->title.isEmpty() && !spec->help.isEmpty());
        }
        QCOMPARE(findParameter(info, QStringLiteral("rate"))->unit,
                 QStringLiteral("words per minute"));
    }

    void denoiseDeclaresItsParameters() {
        const EngineInfo info = denoise_.info();
        QCOMPARE(info.parameters.size(), 5);
        const ParameterSpec* method = findParameter(info, QStringLiteral("method"));
        QVERIFY(method);
        QCOMPARE(method->choices, (QStringList{"afftdn", "anlmdn"}));
        QCOMPARE(method->defaultValue.toString(), QStringLiteral("afftdn"));
        const ParameterSpec* strength = findParameter(info, QStringLiteral("strength"));
        QCOMPARE(strength->type, ParameterType::Number);
        QCOMPARE(strength->defaultValue.toDouble(), 0.5);
        QCOMPARE(*strength->maximum, 1.0);
        const ParameterSpec* highpass = findParameter(info, QStringLiteral("highpass"));
        QCOMPARE(highpass->defaultValue.toDouble(), 80.0);
        QCOMPARE(*highpass->maximum, 400.0);
        QCOMPARE(highpass->unit, QStringLiteral("Hz"));
        const ParameterSpec* normalize = findParameter(info, QStringLiteral("normalize"));
        QCOMPARE(normalize->type, ParameterType::Boolean);
        QCOMPARE(normalize->defaultValue.toBool(), false);
        const ParameterSpec* target = findParameter(info, QStringLiteral("target_lufs"));
        QCOMPARE(target->defaultValue.toDouble(), -16.0);
        QCOMPARE(*target->minimum, -40.0);
        QCOMPARE(*target->maximum, -5.0);
        QVERIFY(pocketsphinx_.info().parameters.isEmpty());
    }

    void denoiseGraphFollowsParameters() {
        const QVariantMap defaults = jobFor(denoise_).parameters;
        QCOMPARE(FfmpegDenoiseEngine::filterGraph(defaults, 48000, -40.0),
                 QStringLiteral("highpass=f=80.0,afftdn=nr=23.0:nf=-35.0"));
        QVariantMap strong = defaults;
        strong.insert(QStringLiteral("strength"), 1.0);
        strong.insert(QStringLiteral("highpass"), 0.0);
        QCOMPARE(FfmpegDenoiseEngine::filterGraph(strong, 48000, -120.0),
                 QStringLiteral("afftdn=nr=40.0:nf=-80.0"));
        QVariantMap nlm = defaults;
        nlm.insert(QStringLiteral("method"), QStringLiteral("anlmdn"));
        nlm.insert(QStringLiteral("highpass"), 400.0);
        QCOMPARE(FfmpegDenoiseEngine::filterGraph(nlm, 800, -45.0),
                 QStringLiteral("highpass=f=360.0,volume=10.0dB,anlmdn=s=24.5,volume=-10.0dB"));
    }

    void denoiseMeasuresTheNoiseInPauses() {
        audio::AudioBuffer buffer = whiteNoise(16000, 2, 3.0, 0.01);  // -40 dBFS
        for (size_t i = 0; i < buffer.samples.size() / 2; ++i) {
            buffer.samples[i] += 0.3f * float(std::sin(0.05 * double(i)));
        }
        const double floor = FfmpegDenoiseEngine::noiseFloorDb(buffer);
        QVERIFY2(std::abs(floor + 40.0) < 1.5, qPrintable(QString::number(floor)));
        QCOMPARE(FfmpegDenoiseEngine::noiseFloorDb(
                     audio::AudioBuffer{16000, 1, std::vector<float>(100)}),
                 -120.0);
    }

    void espeakSpeaksAudibly() {
        const Run run = speak(QStringLiteral("Hello, this is a test of the speech engine."));
        QCOMPARE(run.outputs.size(), 1);
        QCOMPARE(run.outputs.first().outputId, QStringLiteral("audio"));
        QVERIFY(run.outputs.first().filePath.endsWith(QStringLiteral("speech.wav")));
        QCOMPARE(run.audio.sampleRate, 22050);
        QCOMPARE(run.audio.channels, 1);
        QVERIFY2(run.audio.durationSeconds() > 1.0,
                 qPrintable(QString::number(run.audio.durationSeconds())));
        QVERIFY(rmsDb(run.audio.samples) > -35.0);
    }

    void espeakDurationFollowsTextAndRate() {
        const QString sentence = QStringLiteral("The weather will be sunny this afternoon. ");
        const double one = speak(sentence).audio.durationSeconds();
        const double three = speak(sentence.repeated(3)).audio.durationSeconds();
        QVERIFY2(three > 2.5 * one, qPrintable(QStringLiteral("%1 vs %2").arg(three).arg(one)));
        const double fast = speak(sentence.repeated(3), {{QStringLiteral("rate"), qlonglong(350)}})
                                .audio.durationSeconds();
        QVERIFY2(fast < 0.7 * three, qPrintable(QStringLiteral("%1 vs %2").arg(fast).arg(three)));
    }

    void espeakFollowsSsmlAndRefusesMalformedSsml() {
        const double plain =
            speak(QStringLiteral("Good morning everyone.")).audio.durationSeconds();
        const double paused =
            speak(QStringLiteral("<speak>Good morning <break time=\"3s\"/>everyone.</speak>"))
                .audio.durationSeconds();
        QVERIFY2(paused > plain + 2.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(paused).arg(plain)));
        const double slow = speak(QStringLiteral("<speak><prosody rate=\"x-slow\">Good morning "
                                                 "everyone.</prosody></speak>"))
                                .audio.durationSeconds();
        QVERIFY2(slow > 1.4 * plain, qPrintable(QStringLiteral("%1 vs %2").arg(slow).arg(plain)));
        ValidatedJob job = jobFor(espeak_, {});
        job.inputs.setText(QStringLiteral("text"),
                           QStringLiteral("<speak><voice name=\"x\">Hi</voice></speak>"));
        try {
            espeak_.check(job);
            QFAIL("an unsupported SSML element was accepted");
        } catch (const ValidationError& error) {
            QCOMPARE(error.field(), QStringLiteral("text"));
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("<voice>")),
                     error.what());
        }
    }

    void espeakSpeaksEveryVoiceAndVariant() {
        const Run french = speak(QStringLiteral("Bonjour tout le monde."),
                                 {{QStringLiteral("voice"), QStringLiteral("fr-fr")},
                                  {QStringLiteral("variant"), QStringLiteral("f2")},
                                  {QStringLiteral("pitch"), qlonglong(80)}});
        QVERIFY(rmsDb(french.audio.samples) > -35.0);
    }

    void espeakRejectsEmptyTextAndUnknownVoice() {
        QVERIFY_THROWS_EXCEPTION(EngineError, speak(QStringLiteral("  \n ")));
        try {
            speak(QStringLiteral("hello"), {{QStringLiteral("voice"), QStringLiteral("xx-none")}});
            QFAIL("an unknown voice was accepted");
        } catch (const EngineError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("xx-none")), error.what());
        }
    }

    void espeakCancelsWithinASecond() {
        ValidatedJob job = jobFor(espeak_);
        job.inputs.setText(
            QStringLiteral("text"),
            QStringLiteral("This sentence is spoken again and again, until someone stops it. ")
                .repeated(400));
        const QString dir = freshDir(QStringLiteral("cancel"));
        std::atomic_bool cancel{false};
        std::atomic<double> lastProgress{0};
        JobContext context(dir, &cancel,
                           [&](double fraction, const QString&) { lastProgress = fraction; });
        using Clock = std::chrono::steady_clock;
        Clock::time_point cancelledAt;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancelledAt = Clock::now();
            cancel = true;
        });
        bool cancelled = false;
        try {
            espeak_.run(job, context);
        } catch (const JobCancelled&) {
            cancelled = true;
        }
        const Clock::time_point stoppedAt = Clock::now();
        canceller.join();
        const auto latency =
            std::chrono::duration_cast<std::chrono::milliseconds>(stoppedAt - cancelledAt).count();
        QVERIFY(cancelled);
        QVERIFY2(latency >= 0 && latency < 1000, qPrintable(QString::number(latency)));
        QVERIFY(lastProgress < 1.0);
        QVERIFY2(QDir(dir).entryList(QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(QDir(dir).entryList(QDir::Files | QDir::Hidden).join(',')));
        QVERIFY(speak(QStringLiteral("Still working.")).audio.durationSeconds() > 0.3);
    }

    void pocketsphinxNamesAnUndecodableFile() {
        const QString path = scratch_.filePath(QStringLiteral("not-audio.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is plain text, not a recording\n").repeated(20));
        file.close();
        ValidatedJob job = jobFor(pocketsphinx_);
        job.inputs.setFiles(QStringLiteral("audio"), {path});
        try {
            runEngine(pocketsphinx_, job, QStringLiteral("stt-bad"));
            QFAIL("an undecodable file was transcribed");
        } catch (const EngineError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("not-audio.wav")), error.what());
        }
    }

    void pocketsphinxRefusesOtherLanguages() {
        ValidatedJob job =
            jobFor(pocketsphinx_, {{QStringLiteral("language"), QStringLiteral("fr")}});
        job.inputs.setFiles(QStringLiteral("audio"),
                            {writeWav(scratch_.filePath(QStringLiteral("quiet.wav")),
                                      whiteNoise(16000, 1, 0.5, 0.001))});
        try {
            runEngine(pocketsphinx_, job, QStringLiteral("stt-fr"));
            QFAIL("French was accepted");
        } catch (const EngineError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("'fr'")), error.what());
            QVERIFY2(error.message().contains(QStringLiteral("English")), error.what());
            QVERIFY2(error.message().contains(QStringLiteral("whisper")), error.what());
        }
        for (const char* accepted : {"auto", "en", "en-US"}) {
            job.parameters.insert(QStringLiteral("language"), QString::fromLatin1(accepted));
            QCOMPARE(runEngine(pocketsphinx_, job, QStringLiteral("stt-en")).outputs.size(), 1);
        }
    }

    void pocketsphinxTranscribesNoiseToAnEmptyTimedTranscript() {
        ValidatedJob job = jobFor(pocketsphinx_);
        job.inputs.setFiles(QStringLiteral("audio"),
                            {writeWav(scratch_.filePath(QStringLiteral("hiss.wav")),
                                      whiteNoise(44100, 2, 2.0, 0.0005))});
        const Run run = runEngine(pocketsphinx_, job, QStringLiteral("stt-hiss"));
        QCOMPARE(run.outputs.first().outputId, QStringLiteral("transcript"));
        QFile file(run.outputs.first().filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Transcript transcript =
            Transcript::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        QCOMPARE(transcript.engine, QStringLiteral("pocketsphinx"));
        QCOMPARE(transcript.model, QStringLiteral("en-us"));
        QCOMPARE(transcript.language, QStringLiteral("en"));
        QVERIFY2(std::abs(transcript.duration - 2.0) < 0.05,
                 qPrintable(QString::number(transcript.duration)));
    }

    void denoiseKeepsDurationRateAndChannels() {
        const audio::AudioBuffer input = whiteNoise(44100, 2, 1.5, 0.05);
        ValidatedJob job = jobFor(denoise_);
        job.inputs.setFiles(QStringLiteral("audio"),
                            {writeWav(scratch_.filePath(QStringLiteral("stereo.wav")), input)});
        const Run run = runEngine(denoise_, job, QStringLiteral("denoise"));
        QCOMPARE(run.outputs.size(), 1);
        QVERIFY(run.outputs.first().filePath.endsWith(QStringLiteral("denoised.wav")));
        QCOMPARE(run.audio.sampleRate, 44100);
        QCOMPARE(run.audio.channels, 2);
        QCOMPARE(run.audio.frames(), input.frames());
        QVERIFY(rmsDb(run.audio.samples) < rmsDb(input.samples) - 3.0);
    }

    void denoiseSurvivesOddParameters() {
        const QString input = writeWav(scratch_.filePath(QStringLiteral("low-rate.wav")),
                                       whiteNoise(8000, 1, 1.0, 0.1));
        const QString silence = writeWav(scratch_.filePath(QStringLiteral("silence.wav")),
                                         audio::AudioBuffer{16000, 1, std::vector<float>(16000)});
        const QList<QVariantMap> accepted = {
            {{"method", "anlmdn"}, {"strength", 0.0}, {"highpass", 400.0}},
            {{"method", "anlmdn"}, {"strength", 1.0}, {"normalize", true}, {"target_lufs", -5.0}},
            {{"strength", 1.0}, {"highpass", 0.0}, {"normalize", true}, {"target_lufs", -40.0}},
        };
        for (const QVariantMap& parameters : accepted) {
            for (const QString& path : {input, silence}) {
                ValidatedJob job = jobFor(denoise_, parameters);
                job.inputs.setFiles(QStringLiteral("audio"), {path});
                const Run run = runEngine(denoise_, job, QStringLiteral("odd"));
                QCOMPARE(run.audio.frames(), audio::decodeFile(path).frames());
                for (const float sample : run.audio.samples) {
                    QVERIFY(std::isfinite(sample));
                }
            }
        }
        const QList<QVariantMap> rejected = {{{"method", "rnnoise"}},
                                             {{"strength", 2.0}},
                                             {{"highpass", -10.0}},
                                             {{"target_lufs", 0.0}},
                                             {{"strength", QStringLiteral("lots")}}};
        for (const QVariantMap& parameters : rejected) {
            ValidatedJob job = jobFor(denoise_, parameters);
            job.inputs.setFiles(QStringLiteral("audio"), {input});
            const QString dir = freshDir(QStringLiteral("rejected"));
            JobContext context(dir, nullptr, {});
            QVERIFY_THROWS_EXCEPTION(EngineError, denoise_.run(job, context));
            QVERIFY(QDir(dir).isEmpty());
        }
    }

    void denoiseNamesAnUndecodableFile() {
        const QString path = scratch_.filePath(QStringLiteral("broken.flac"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        ValidatedJob job = jobFor(denoise_);
        job.inputs.setFiles(QStringLiteral("audio"), {path});
        const QString dir = freshDir(QStringLiteral("denoise-bad"));
        JobContext context(dir, nullptr, {});
        try {
            denoise_.run(job, context);
            QFAIL("an undecodable file was cleaned");
        } catch (const EngineError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("broken.flac")), error.what());
        }
        QVERIFY(QDir(dir).isEmpty());
    }
};

}  // namespace

QTEST_GUILESS_MAIN(ClassicEnginesTest)
#include "test_classic_engines.moc"
