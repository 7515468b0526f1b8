#include "core/engine/engines/musicgen_engines.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/dsp.h"
#include "core/audio/tempo.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/engines/model_audio.h"
#include "core/engine/engines/music_generation.h"
#include "core/engine/errors.h"

#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace sonara::core {
namespace {

using namespace engine_support;
using namespace music_generation;

// An audio prompt shorter than this gives the model too little to go on.
constexpr double kMinimumClipSeconds = 0.5;
// The clip hands over to its continuation over this long, where both sound the same.
constexpr double kJoinSeconds = 0.1;
constexpr int kMaxVariations = 4;
// A loop's tempo as given (0: measured).
constexpr double kMinBpm = 40.0;
constexpr double kMaxBpm = 240.0;
// A measured tempo: faster than this is most likely eighth notes, whose beat is half as fast;
// bars of 2 s where the music has no steady beat.
constexpr double kMinMeasuredBpm = 60.0;
constexpr double kMaxMeasuredBpm = 200.0;
constexpr double kUnmeasuredBpm = 120.0;
// Music generated past a loop's duration when its tempo is to be measured: the nearest whole
// bars and one bar more, at the slowest tempo measured.
constexpr double kMeasuredLoopMargin = 1.5 * 4 * 60.0 / kMinMeasuredBpm;
constexpr qint64 kMusicVramBytes = 4'000'000'000;
constexpr qint64 kSoundVramBytes = 6'000'000'000;

ParameterSpec musicDurationSpec() {
    return numberParameter(
        QStringLiteral("duration"), QT_TRANSLATE_NOOP("capability", "Duration"), 30.0, 5.0, 300.0,
        QT_TRANSLATE_NOOP("capability", "s"),
        QT_TRANSLATE_NOOP("capability",
                          "Length of the new music, 5 s to 5 min; past the model's 30 s window "
                          "each window continues from the last seconds of the one before."));
}

ParameterSpec musicLoopSpec() {
    return booleanParameter(
        QStringLiteral("loop"), QT_TRANSLATE_NOOP("capability", "Loop"), false,
        QT_TRANSLATE_NOOP("capability",
                          "Make the end flow into the start, so the music repeats without a "
                          "seam: the loop lasts the whole number of bars nearest the duration, "
                          "and the bar after its end is crossfaded over its beginning."));
}

ParameterSpec bpmSpec() {
    return numberParameter(
        QStringLiteral("bpm"), QT_TRANSLATE_NOOP("capability", "Tempo"), 0.0, 0.0, kMaxBpm,
        QT_TRANSLATE_NOOP("capability", "BPM"),
        QT_TRANSLATE_NOOP("capability",
                          "Beats per minute of the music, for a loop's bars of four beats; 0 "
                          "measures the tempo of the generated music (2 s bars when it has no "
                          "steady beat)."));
}

ParameterSpec sfxDurationSpec() {
    return numberParameter(QStringLiteral("duration"), QT_TRANSLATE_NOOP("capability", "Duration"),
                           5.0, 0.5, 30.0, QT_TRANSLATE_NOOP("capability", "s"),
                           QT_TRANSLATE_NOOP("capability", "Length of each sound, 0.5 to 30 s."));
}

ParameterSpec variationsSpec() {
    return integerParameter(
        QStringLiteral("variations"), QT_TRANSLATE_NOOP("capability", "Variations"), 1, 1,
        kMaxVariations, {},
        QT_TRANSLATE_NOOP("capability",
                          "How many different takes of the sound to make, generated together "
                          "in one batch; each is its own output (variation_1, variation_2, …)."));
}

ParameterSpec sfxLoopSpec() {
    return booleanParameter(
        QStringLiteral("loop"), QT_TRANSLATE_NOOP("capability", "Loop"), false,
        QT_TRANSLATE_NOOP("capability",
                          "Make the end flow into the start, for ambiences that repeat without "
                          "a seam."));
}

QString titled(const QString& prompt, uint64_t seed) {
    return QStringLiteral("%1 (seed %2)").arg(prompt.left(120)).arg(seed);
}

// The clip the user wants continued, at the model's rate and channel count.
audio::AudioBuffer readClip(const QString& path, const models::MusicGen& model) {
    audio::AudioBuffer clip;
    try {
        clip = audio::decodeFile(path, {model.sampleRate(), model.channels()});
    } catch (const audio::AudioError& error) {
        throw unreadableAudio(path, error, QStringLiteral("continue the audio prompt"));
    }
    if (clip.durationSeconds() < kMinimumClipSeconds) {
        throw EngineError(QStringLiteral("the audio prompt %1 lasts %2 s; give at least %3 s of "
                                         "music to continue")
                              .arg(QFileInfo(path).fileName())
                              .arg(clip.durationSeconds(), 0, 'f', 2)
                              .arg(kMinimumClipSeconds));
    }
    return clip;
}

class MusicEngine : public Engine {
public:
    EngineInfo info() const override {
        EngineInfo info;
        info.id = QStringLiteral("musicgen");
        info.capability = QStringLiteral("music");
        info.title = QT_TRANSLATE_NOOP("capability", "MusicGen");
        info.summary = QT_TRANSLATE_NOOP(
            "capability",
            "Meta's MusicGen (small, medium, large, stereo): music from a text description, "
            "continued window by window past 30 s; fast on a GPU, slow on a CPU.");
        info.architectures = {QStringLiteral("musicgen")};
        info.lane = ComputeLane::Gpu;
        info.vramBytes = kMusicVramBytes;
        info.parameters = {musicDurationSpec(), musicLoopSpec(), bpmSpec()};
        info.parameters.append(samplingSpecs());
        return info;
    }

    void check(const ValidatedJob& job) const override {
        const double bpm = numberValue(job.parameters, bpmSpec());
        if (bpm > 0 && bpm < kMinBpm) {
            throw ValidationError(ValidationError::Kind::OutOfRange, bpmSpec().id, tooSlow(bpm));
        }
    }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        const QString prompt = promptOf(job);
        const double seconds = numberValue(job.parameters, musicDurationSpec());
        const bool loop = booleanValue(job.parameters, musicLoopSpec());
        const QString clipPath = job.inputs.file(QStringLiteral("audio_prompt"));
        if (loop && !clipPath.isEmpty()) {
            throw EngineError(QStringLiteral(
                "a loop repeats from its own start, so it cannot continue an audio prompt: "
                "turn loop off or remove the audio prompt"));
        }
        const double bpm = numberValue(job.parameters, bpmSpec());
        if (bpm > 0 && bpm < kMinBpm) {
            throw EngineError(tooSlow(bpm));
        }
        const auto model = loadGenerator(job, context, info().title);
        const uint64_t seed = seedOf(job);
        auto options = samplingOptions(*model, job, seed);
        options.seconds = seconds;
        if (loop) {
            // The loop is folded here, once its bars are known: with a given tempo the music
            // is generated to the loop's end and one bar more, else with room for any tempo.
            const BarLoop given = barLoop(seconds, bpm > 0 ? bpm : kUnmeasuredBpm);
            options.seconds =
                bpm > 0 ? given.seconds() + given.barSeconds() : seconds + kMeasuredLoopMargin;
        }

        audio::AudioBuffer clip;
        if (!clipPath.isEmpty()) {
            context.progress(0.03, QStringLiteral("Reading the audio prompt"));
            clip = readClip(clipPath, *model);
        }
        const auto result = runGeneration(
            [&](const models::ProgressFn& progress) {
                if (clip.isEmpty()) {
                    return model->generate({prompt.toStdString()}, options, progress);
                }
                // Only the last window's context of the clip prompts the model.
                const double from = std::max(0.0, clip.durationSeconds() - options.contextSeconds);
                const auto tail = audio::trim(clip, from, clip.durationSeconds());
                return model->continueAudio({prompt.toStdString()}, planar(tail), options,
                                            progress);
            },
            job, context, info().title, 0.05, 0.95, QStringLiteral("Generating music"));

        context.throwIfCancelled();
        context.progress(0.96, QStringLiteral("Writing the music"));
        audio::AudioBuffer music = itemBuffer(result.audio, 0, model->sampleRate());
        if (!clip.isEmpty()) {
            music = continuedClip(clip, result, model->hopLength(), model->sampleRate());
        }
        if (loop) {
            music = foldLoop(music, barLoop(seconds, bpm > 0 ? bpm : measuredTempo(music)));
        }
        const EngineOutput output =
            writeAudioOutput(music, QStringLiteral("audio"), QStringLiteral("music.wav"),
                             titled(prompt, seed), context);
        context.workDone();
        return {output};
    }

private:
    static QString tooSlow(double bpm) {
        return QStringLiteral(
                   "a tempo of %1 BPM is too slow: give %2 to %3 BPM, or 0 to measure "
                   "the music's tempo")
            .arg(bpm)
            .arg(kMinBpm)
            .arg(kMaxBpm);
    }

    static double measuredTempo(const audio::AudioBuffer& music) {
        return audio::estimateTempo(music, {kMinMeasuredBpm, kMaxMeasuredBpm})
            .value_or(kUnmeasuredBpm);
    }

    // The user's clip as given, handing over to the generated continuation where the clip ends:
    // the model's rendering of the clip's last frames crossfades into the clip's own sound over
    // kJoinSeconds before the new music starts.
    static audio::AudioBuffer continuedClip(const audio::AudioBuffer& clip,
                                            const models::MusicGen::Result& result, int hop,
                                            int sampleRate) {
        const int64_t promptSamples = result.promptFrames * hop;
        const int64_t join =
            std::min<int64_t>(promptSamples, std::llround(kJoinSeconds * sampleRate));
        const audio::AudioBuffer generated =
            itemBuffer(result.audio, 0, sampleRate, promptSamples - join);
        return audio::concatenate({clip, generated}, double(join) / sampleRate);
    }
};

class SoundEffectsEngine : public Engine {
public:
    EngineInfo info() const override {
        EngineInfo info;
        info.id = QStringLiteral("audiogen");
        info.capability = QStringLiteral("sfx");
        info.title = QT_TRANSLATE_NOOP("capability", "AudioGen");
        info.summary = QT_TRANSLATE_NOOP(
            "capability",
            "Meta's AudioGen: sound effects and ambiences from a text description, several "
            "variations in one batch; also runs MusicGen checkpoints.");
        info.architectures = {QStringLiteral("audiogen"), QStringLiteral("musicgen")};
        info.lane = ComputeLane::Gpu;
        info.vramBytes = kSoundVramBytes;
        info.parameters = {sfxDurationSpec(), variationsSpec(), sfxLoopSpec()};
        info.parameters.append(samplingSpecs());
        return info;
    }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        const QString prompt = promptOf(job);
        const double seconds = numberValue(job.parameters, sfxDurationSpec());
        const int variations = int(integerValue(job.parameters, variationsSpec()));
        const auto model = loadGenerator(job, context, info().title);
        const uint64_t seed = seedOf(job);
        auto options = samplingOptions(*model, job, seed);
        options.seconds = seconds;
        if (booleanValue(job.parameters, sfxLoopSpec())) {
            options.loop = true;
            // A tenth of the sound, at least a code frame and at most a second.
            options.loopCrossfadeSeconds = std::clamp(seconds / 10, 1.0 / model->frameRate(), 1.0);
        }
        const std::vector<std::string> prompts(size_t(variations), prompt.toStdString());
        const auto result = runGeneration(
            [&](const models::ProgressFn& progress) {
                return model->generate(prompts, options, progress);
            },
            job, context, info().title, 0.05, 0.95, QStringLiteral("Generating sounds"));

        QList<EngineOutput> outputs;
        std::vector<std::unique_ptr<OutputFileGuard>> guards;
        for (int i = 0; i < variations; ++i) {
            context.throwIfCancelled();
            context.progress(0.95 + 0.05 * i / variations, QStringLiteral("Writing the sounds"));
            const QString id = QStringLiteral("variation_%1").arg(i + 1);
            const EngineOutput output =
                writeAudioOutput(itemBuffer(result.audio, i, model->sampleRate()), id,
                                 id + QStringLiteral(".wav"), titled(prompt, seed), context);
            guards.push_back(std::make_unique<OutputFileGuard>(output.filePath));
            outputs.append(output);
        }
        for (const auto& guard : guards) {
            guard->release();
        }
        context.workDone();
        return outputs;
    }
};

}  // namespace

std::shared_ptr<Engine> musicgenMusicEngine() {
    return std::make_shared<MusicEngine>();
}

std::shared_ptr<Engine> audiogenSoundEffectsEngine() {
    return std::make_shared<SoundEffectsEngine>();
}

}  // namespace sonara::core
