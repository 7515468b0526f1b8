#include "core/engine/engines/status_music_engine.h"

#include "core/audio/audio_error.h"
#include "core/audio/dsp.h"
#include "core/audio/loudness.h"
#include "core/audio/waveform_video.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/engines/music_generation.h"
#include "core/engine/errors.h"

#include <algorithm>

namespace sonara::core {
namespace {

using namespace engine_support;
using namespace music_generation;

// Where statuses and stories are played: phones, loud enough next to other posts.
constexpr audio::LoudnormTarget kStatusLoudness{-14.0, -1.5, 11.0};
constexpr int kChannels = 2;
constexpr int kSampleRate = 48000;
constexpr qint64 kVramBytes = 4'000'000'000;
const QString kPresetLength = QStringLiteral("auto");
constexpr int kFreePromptSeconds = 30;

ParameterSpec lengthSpec() {
    return choiceParameter(
        QStringLiteral("duration"), QT_TRANSLATE_NOOP("capability", "Length"), kPresetLength,
        {kPresetLength, QStringLiteral("15"), QStringLiteral("30"), QStringLiteral("60")},
        QT_TRANSLATE_NOOP("capability",
                          "15, 30 or 60 seconds; auto takes the vibe's usual length (30 s for a "
                          "free prompt)."));
}

ParameterSpec fadeInSpec() {
    return numberParameter(QStringLiteral("fade_in"), QT_TRANSLATE_NOOP("capability", "Fade in"),
                           0.5, 0.0, 5.0, QT_TRANSLATE_NOOP("capability", "s"),
                           QT_TRANSLATE_NOOP("capability", "Seconds the music takes to rise."));
}

ParameterSpec fadeOutSpec() {
    return numberParameter(QStringLiteral("fade_out"), QT_TRANSLATE_NOOP("capability", "Fade out"),
                           2.0, 0.0, 10.0, QT_TRANSLATE_NOOP("capability", "s"),
                           QT_TRANSLATE_NOOP("capability", "Seconds the music takes to end."));
}

ParameterSpec videoSpec() {
    return booleanParameter(
        QStringLiteral("video"), QT_TRANSLATE_NOOP("capability", "Waveform video"), true,
        QT_TRANSLATE_NOOP("capability",
                          "Also make a vertical 1080×1920 MP4 of the music, animated over your "
                          "picture or a plain background, ready to post as a status or story."));
}

ParameterSpec animationSpec() {
    return choiceParameter(
        QStringLiteral("video_animation"), QT_TRANSLATE_NOOP("capability", "Video animation"),
        QStringLiteral("waveform"),
        {QStringLiteral("waveform"), QStringLiteral("spectrum"), QStringLiteral("none")},
        QT_TRANSLATE_NOOP("capability",
                          "What moves with the music over the background or your picture: its "
                          "waveform, a scrolling spectrum, or nothing (your picture alone)."));
}

audio::VideoAnimation animationOf(const QVariantMap& parameters) {
    const QString choice = choiceValue(parameters, animationSpec());
    if (choice == QLatin1String("spectrum")) {
        return audio::VideoAnimation::Spectrum;
    }
    return choice == QLatin1String("none") ? audio::VideoAnimation::None
                                           : audio::VideoAnimation::Waveform;
}

std::optional<StatusVibe> findVibe(const QString& id) {
    for (const StatusVibe& vibe : statusVibes()) {
        if (vibe.id == id) {
            return vibe;
        }
    }
    return std::nullopt;
}

int lengthOf(const QString& choice, const std::optional<StatusVibe>& vibe) {
    if (choice == kPresetLength) {
        return vibe ? vibe->seconds : kFreePromptSeconds;
    }
    return choice.toInt();
}

class StatusMusicEngine : public Engine {
public:
    EngineInfo info() const override {
        EngineInfo info;
        info.id = QStringLiteral("musicgen");
        info.capability = QStringLiteral("status-music");
        info.title = QT_TRANSLATE_NOOP("capability", "MusicGen");
        info.summary = QT_TRANSLATE_NOOP(
            "capability",
            "MusicGen with vibe presets and a finishing chain: fades, -14 LUFS loudness, a "
            "vertical status video.");
        info.architectures = {QStringLiteral("musicgen")};
        info.lane = ComputeLane::Gpu;
        info.vramBytes = kVramBytes;
        info.parameters = {lengthSpec(), fadeInSpec(),    fadeOutSpec(),
                           videoSpec(),  animationSpec(), seedSpec()};
        return info;
    }

    void check(const ValidatedJob& job) const override {
        if (!hasVibeOrPrompt(job)) {
            throw ValidationError(ValidationError::Kind::Missing, QStringLiteral("vibe"),
                                  vibeOrPromptNeeded());
        }
        const QString picture = job.inputs.file(QStringLiteral("picture"));
        if (picture.isEmpty() && booleanValue(job.parameters, videoSpec()) &&
            animationOf(job.parameters) == audio::VideoAnimation::None) {
            throw ValidationError(ValidationError::Kind::Missing, QStringLiteral("picture"),
                                  QStringLiteral("a video without animation shows your picture "
                                                 "alone: give one with --input picture=FILE, "
                                                 "or choose the waveform or spectrum animation"));
        }
        if (!picture.isEmpty()) {
            try {
                audio::checkPicture(picture);
            } catch (const audio::AudioError& error) {
                throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("picture"),
                                      QStringLiteral("the picture %1").arg(error.reason()));
            }
        }
    }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        if (!hasVibeOrPrompt(job)) {
            throw EngineError(vibeOrPromptNeeded());
        }
        const std::optional<StatusVibe> vibe = chosenVibe(job);
        const QString words = job.inputs.text(QStringLiteral("prompt")).trimmed();
        if (!words.isEmpty()) {
            promptOf(job);  // the same length limit as a music prompt
        }
        const int seconds = lengthOf(choiceValue(job.parameters, lengthSpec()), vibe);
        const auto model = loadGenerator(job, context, info().title);
        const uint64_t seed = seedOf(job);
        auto options = samplingOptions(*model, job, seed);
        options.seconds = seconds;
        const std::string prompt = statusPrompt(vibe, words).toStdString();
        const auto result = runGeneration(
            [&](const models::ProgressFn& progress) {
                return model->generate({prompt}, options, progress);
            },
            job, context, info().title, 0.05, 0.75, QStringLiteral("Generating music"));

        context.throwIfCancelled();
        const audio::AudioBuffer clip = finished(itemBuffer(result.audio, 0, model->sampleRate()),
                                                 job.parameters, seconds, context);
        context.throwIfCancelled();
        QList<EngineOutput> outputs{writeAudioOutput(
            clip, QStringLiteral("audio"), QStringLiteral("status.wav"),
            QStringLiteral("%1 (seed %2)").arg(QString::fromStdString(prompt).left(120)).arg(seed),
            context)};
        OutputFileGuard audioGuard(outputs.first().filePath);
        if (booleanValue(job.parameters, videoSpec())) {
            audio::WaveformVideoOptions video;
            video.animation = animationOf(job.parameters);
            video.picturePath = job.inputs.file(QStringLiteral("picture"));
            outputs.append(writeVideo(clip, video, context));
        }
        audioGuard.release();
        context.workDone();
        return outputs;
    }

private:
    static bool hasVibeOrPrompt(const ValidatedJob& job) {
        return !job.inputs.text(QStringLiteral("vibe")).trimmed().isEmpty() ||
               !job.inputs.text(QStringLiteral("prompt")).trimmed().isEmpty();
    }

    static QString vibeOrPromptNeeded() {
        return QStringLiteral(
                   "choose a vibe (%1) with --input vibe=NAME, or describe the music "
                   "with --input prompt=TEXT")
            .arg(statusVibeIds().join(QStringLiteral(", ")));
    }

    static std::optional<StatusVibe> chosenVibe(const ValidatedJob& job) {
        const QString id = job.inputs.text(QStringLiteral("vibe")).trimmed();
        if (id.isEmpty()) {
            return std::nullopt;
        }
        const std::optional<StatusVibe> vibe = findVibe(id);
        if (!vibe) {
            throw EngineError(QStringLiteral("there is no vibe '%1'; choose one of %2")
                                  .arg(id, statusVibeIds().join(QStringLiteral(", "))));
        }
        return vibe;
    }

    // Stereo at 48 kHz, as phones play it and as the video carries it, faded in and out, then
    // at -14 LUFS: the fades come first so that the loudness measured is the loudness heard.
    static audio::AudioBuffer finished(audio::AudioBuffer clip, const QVariantMap& parameters,
                                       int seconds, JobContext& context) {
        context.progress(0.76, QStringLiteral("Fading and normalising the loudness"));
        if (clip.channels != kChannels) {
            clip = audio::remix(clip, kChannels);
        }
        if (clip.sampleRate != kSampleRate) {
            clip = audio::resample(clip, kSampleRate);
        }
        const double half = seconds / 2.0;
        clip = audio::fadeIn(clip, std::min(numberValue(parameters, fadeInSpec()), half));
        clip = audio::fadeOut(clip, std::min(numberValue(parameters, fadeOutSpec()), half));
        audio::AudioBuffer normalised;
        try {
            normalised = audio::loudnormTwoPass(clip, kStatusLoudness, [&](double fraction) {
                return context.progress(0.76 + 0.04 * fraction,
                                        QStringLiteral("Fading and normalising the loudness"));
            });
        } catch (const audio::AudioError& error) {
            throw EngineError(
                QStringLiteral("could not normalise the clip's loudness: %1").arg(error.reason()));
        }
        if (normalised.isEmpty()) {
            throw JobCancelled();
        }
        return normalised;
    }

    static EngineOutput writeVideo(const audio::AudioBuffer& clip,
                                   const audio::WaveformVideoOptions& options,
                                   JobContext& context) {
        const QString path = context.outputPath(QStringLiteral("status.mp4"));
        bool written = false;
        try {
            written = audio::writeWaveformVideo(clip, path, options, [&](double fraction) {
                return context.progress(0.8 + 0.2 * fraction, QStringLiteral("Drawing the video"));
            });
        } catch (const audio::AudioError& error) {
            throw EngineError(QStringLiteral("could not make the status video: %1. Free some "
                                             "disk space, or turn the video off")
                                  .arg(error.reason()));
        }
        if (!written) {
            throw JobCancelled();
        }
        return EngineOutput{QStringLiteral("video"), path};
    }
};

}  // namespace

const QList<StatusVibe>& statusVibes() {
    static const QList<StatusVibe> vibes = {
        {QStringLiteral("chill"),
         QStringLiteral("chill downtempo track with mellow electric piano, soft drums and warm "
                        "bass, relaxed and smooth"),
         90, 30},
        {QStringLiteral("romantic"),
         QStringLiteral("romantic ballad with gentle acoustic guitar, soft strings and piano, "
                        "tender and warm"),
         72, 30},
        {QStringLiteral("party"),
         QStringLiteral("upbeat party dance track with punchy four-on-the-floor drums, bright "
                        "synths and a catchy hook"),
         124, 15},
        {QStringLiteral("devotional"),
         QStringLiteral("peaceful devotional music with harmonium, tabla and soft temple bells, "
                        "serene and spiritual"),
         80, 60},
        {QStringLiteral("lo-fi"),
         QStringLiteral("lo-fi hip hop beat with dusty vinyl crackle, jazzy piano chords and "
                        "laid-back drums"),
         80, 30},
        {QStringLiteral("epic"),
         QStringLiteral("epic cinematic orchestral music with thundering drums, powerful brass "
                        "and soaring strings"),
         100, 30},
        {QStringLiteral("sad"),
         QStringLiteral("sad emotional piano melody with soft strings, slow and melancholic"), 66,
         30},
        {QStringLiteral("happy"),
         QStringLiteral("happy cheerful pop tune with ukulele, hand claps and whistling, bright "
                        "and sunny"),
         116, 15},
    };
    return vibes;
}

QStringList statusVibeIds() {
    QStringList ids;
    for (const StatusVibe& vibe : statusVibes()) {
        ids.append(vibe.id);
    }
    return ids;
}

QString statusPrompt(const std::optional<StatusVibe>& vibe, const QString& userPrompt) {
    if (!vibe) {
        return userPrompt;
    }
    QString prompt = QStringLiteral("%1, %2 bpm").arg(vibe->description).arg(vibe->bpm);
    if (!userPrompt.isEmpty()) {
        prompt += QStringLiteral(", ") + userPrompt;
    }
    return prompt;
}

std::shared_ptr<Engine> statusMusicEngine() {
    return std::make_shared<StatusMusicEngine>();
}

}  // namespace sonara::core
