#include "core/engine/engines/music_generation.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_writer.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"
#include "models/common/error.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace sonara::core::music_generation {

using namespace engine_support;

ParameterSpec guidanceSpec() {
    return numberParameter(
        QStringLiteral("guidance_scale"), QT_TRANSLATE_NOOP("capability", "Guidance scale"), 3.0,
        1.0, 10.0, {},
        QT_TRANSLATE_NOOP("capability",
                          "How closely the sound follows the prompt (classifier-free guidance): "
                          "higher is more literal and less varied; 1 turns guidance off."));
}

ParameterSpec temperatureSpec() {
    return numberParameter(
        QStringLiteral("temperature"), QT_TRANSLATE_NOOP("capability", "Temperature"), 1.0, 0.05,
        2.0, {},
        QT_TRANSLATE_NOOP("capability",
                          "Randomness of each step: lower is safer and more repetitive, higher "
                          "more adventurous."));
}

ParameterSpec topKSpec() {
    return integerParameter(
        QStringLiteral("top_k"), QT_TRANSLATE_NOOP("capability", "Top-k"), 250, 0, 2048, {},
        QT_TRANSLATE_NOOP("capability",
                          "Each step picks among this many most likely codes; 0 allows all."));
}

ParameterSpec topPSpec() {
    return numberParameter(
        QStringLiteral("top_p"), QT_TRANSLATE_NOOP("capability", "Top-p"), 0.0, 0.0, 1.0, {},
        QT_TRANSLATE_NOOP("capability",
                          "Within the top-k, only the most likely codes that together reach "
                          "this probability; 0 turns it off."));
}

ParameterSpec seedSpec() {
    return integerParameter(
        QStringLiteral("seed"), QT_TRANSLATE_NOOP("capability", "Seed"), -1, -1, 999999999, {},
        QT_TRANSLATE_NOOP("capability",
                          "The same seed with the same prompt and settings gives the same "
                          "audio; -1 picks a new seed each run (written into the file's title)."));
}

QList<ParameterSpec> samplingSpecs() {
    return {guidanceSpec(), temperatureSpec(), topKSpec(), topPSpec(), seedSpec()};
}

QString promptOf(const ValidatedJob& job, const QString& id) {
    const QString prompt = job.inputs.text(id).trimmed();
    if (prompt.isEmpty()) {
        throw EngineError(QStringLiteral("describe the sound you want in the %1 input, e.g. "
                                         "--input %1=\"rain on a tin roof\"")
                              .arg(id));
    }
    if (prompt.size() > kMaxPromptCharacters) {
        throw EngineError(QStringLiteral("the %1 has %2 characters; the limit is %3: shorten it")
                              .arg(id)
                              .arg(prompt.size())
                              .arg(kMaxPromptCharacters));
    }
    return prompt;
}

uint64_t seedOf(const ValidatedJob& job) {
    const qlonglong seed = integerValue(job.parameters, seedSpec());
    if (seed >= 0) {
        return uint64_t(seed);
    }
    std::random_device device;
    return std::uniform_int_distribution<uint64_t>(0, 999999999)(device);
}

models::MusicGen::GenerateOptions samplingOptions(const models::MusicGen& model,
                                                  const ValidatedJob& job, uint64_t seed) {
    models::MusicGen::GenerateOptions options = model.defaultOptions();
    const QVariantMap& p = job.parameters;
    if (p.contains(guidanceSpec().id)) {
        options.guidanceScale = numberValue(p, guidanceSpec());
    }
    if (p.contains(temperatureSpec().id)) {
        options.temperature = numberValue(p, temperatureSpec());
    }
    if (p.contains(topKSpec().id)) {
        options.topK = integerValue(p, topKSpec());
    }
    if (p.contains(topPSpec().id)) {
        options.topP = numberValue(p, topPSpec());
    }
    options.seed = seed;
    return options;
}

namespace {

EngineError modelFailed(const ValidatedJob& job, const QString& engineTitle,
                        const models::Error& error) {
    return EngineError(QStringLiteral("%1 could not use model %2: %3. Reinstall it with "
                                      "`sonara models install %2`")
                           .arg(engineTitle, job.model->id, QString::fromUtf8(error.what())));
}

}  // namespace

std::shared_ptr<models::MusicGen> loadGenerator(const ValidatedJob& job, JobContext& context,
                                                const QString& engineTitle) {
    if (!job.model) {
        throw EngineError(QStringLiteral("the %1 engine needs a model: install one on the Models "
                                         "page or with `sonara models install`")
                              .arg(job.engine));
    }
    context.progress(0.0, QStringLiteral("Loading the model"));
    try {
        return loadCachedModel<models::MusicGen>(*job.model, context);
    } catch (const models::Error& error) {
        throw modelFailed(job, engineTitle, error);
    }
}

models::MusicGen::Result runGeneration(const Generation& generate, const ValidatedJob& job,
                                       JobContext& context, const QString& engineTitle, double from,
                                       double to, const QString& stage) {
    context.throwIfCancelled();
    try {
        return generate([&](double fraction, std::string_view) {
            return context.progress(from + (to - from) * fraction, stage);
        });
    } catch (const models::Cancelled&) {
        throw JobCancelled();
    } catch (const models::Error& error) {
        if (context.isCancelled()) {
            throw JobCancelled();
        }
        throw modelFailed(job, engineTitle, error);
    }
}

audio::AudioBuffer itemBuffer(const models::FloatArray& audio, int64_t item, int sampleRate,
                              int64_t fromSample) {
    const int64_t channels = audio.dim(1);
    const int64_t samples = audio.dim(2);
    const int64_t frames = std::max<int64_t>(0, samples - fromSample);
    audio::AudioBuffer buffer{sampleRate, int(channels),
                              std::vector<float>(size_t(channels * frames))};
    const float* data = audio.data.data() + size_t(item * channels * samples);
    for (int64_t frame = 0; frame < frames; ++frame) {
        for (int64_t c = 0; c < channels; ++c) {
            // Decoded audio may overshoot full scale by a hair; files hold [-1, 1].
            buffer.samples[size_t(frame * channels + c)] =
                std::clamp(data[c * samples + fromSample + frame], -1.0f, 1.0f);
        }
    }
    return buffer;
}

BarLoop barLoop(double seconds, double bpm) {
    BarLoop loop;
    loop.bpm = bpm;
    loop.bars = std::max(1, int(std::lround(seconds / loop.barSeconds())));
    return loop;
}

audio::AudioBuffer foldLoop(const audio::AudioBuffer& music, const BarLoop& loop) {
    const int64_t frames = std::llround(loop.seconds() * music.sampleRate);
    const int64_t overlap = std::llround(loop.barSeconds() * music.sampleRate);
    if (frames + overlap > music.frames()) {
        throw EngineError(
            QStringLiteral("the music came out shorter than its loop: generate "
                           "it again, or set a faster tempo"));
    }
    const int channels = music.channels;
    audio::AudioBuffer looped{
        music.sampleRate, channels,
        std::vector<float>(music.samples.begin(), music.samples.begin() + frames * channels)};
    for (int64_t frame = 0; frame < overlap; ++frame) {
        const double t = double(frame) / double(overlap) * (M_PI / 2);
        for (int c = 0; c < channels; ++c) {
            float& head = looped.samples[size_t(frame * channels + c)];
            const float tail = music.samples[size_t((frames + frame) * channels + c)];
            head = float(head * std::sin(t) + tail * std::cos(t));
        }
    }
    return looped;
}

EngineOutput writeAudioOutput(const audio::AudioBuffer& buffer, const QString& outputId,
                              const QString& fileName, const QString& title, JobContext& context) {
    const QString path = context.outputPath(fileName);
    audio::EncodeOptions encode;
    encode.sampleFormat = audio::SampleFormat::Float32;
    encode.metadata.title = title;
    try {
        audio::encodeFile(buffer, path, encode);
    } catch (const audio::AudioError& error) {
        throw EngineError(QStringLiteral("could not save the result: %1. Free some disk space "
                                         "or check the data folder's permissions")
                              .arg(error.reason()));
    }
    return EngineOutput{outputId, path};
}

}  // namespace sonara::core::music_generation
