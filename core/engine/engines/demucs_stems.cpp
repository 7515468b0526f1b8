#include "core/engine/engines/demucs_stems.h"

#include "core/audio/audio_reader.h"
#include "core/audio/dsp.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/engines/model_audio.h"
#include "core/engine/errors.h"
#include "models/common/error.h"
#include "models/demucs/demucs.h"
#include "models/demucs/htdemucs.h"

#include <QFileInfo>
#include <algorithm>

namespace sonara::core::demucs_stems {
namespace {

using namespace engine_support;

constexpr double kMinimumSeconds = 0.1;
// Segments per network call: a GPU gains from several; a CPU answers a cancel sooner with one.
constexpr int kGpuBatch = 4;
constexpr int kCpuBatch = 1;
constexpr double kLoadedAt = 0.02;
constexpr double kReadAt = 0.05;

EngineError modelFailed(const ValidatedJob& job, const QString& engineTitle,
                        const models::Error& error) {
    return EngineError(QStringLiteral("%1 could not use model %2: %3. Reinstall it with "
                                      "`sonara models install %2`")
                           .arg(engineTitle, job.model->id, QString::fromUtf8(error.what())));
}

template <typename Model>
Separation separateWith(const ValidatedJob& job, JobContext& context, const QString& engineTitle,
                        const QString& work, double progressTo) {
    const QString input = job.inputs.file(QStringLiteral("audio"));
    context.progress(0.0, QStringLiteral("Loading the model"));
    std::shared_ptr<Model> model;
    try {
        model = loadCachedModel<Model>(*job.model, context);
    } catch (const models::Error& error) {
        throw modelFailed(job, engineTitle, error);
    }
    context.throwIfCancelled();

    context.progress(kLoadedAt, QStringLiteral("Reading the audio"));
    audio::AudioInfo source;
    audio::AudioBuffer mix;
    try {
        source = audio::probeFile(input);
        mix = audio::decodeFile(input, {model->sampleRate(), model->audioChannels()});
    } catch (const audio::AudioError& error) {
        throw unreadableAudio(input, error, work);
    }
    if (mix.durationSeconds() < kMinimumSeconds || mix.frames() < model->minimumSamples()) {
        throw EngineError(QStringLiteral("%1 is too short to %2: it lasts %3 s; give at least "
                                         "%4 s")
                              .arg(QFileInfo(input).fileName(), work)
                              .arg(mix.durationSeconds(), 0, 'f', 2)
                              .arg(kMinimumSeconds));
    }

    typename Model::SeparateOptions options;
    options.shifts = int(integerValue(job.parameters, shiftsSpec()));
    options.overlap = numberValue(job.parameters, overlapSpec());
    options.batch = model->device().rfind("cuda", 0) == 0 ? kGpuBatch : kCpuBatch;
    Separation separation;
    try {
        separation.stems =
            model->separate(planar(mix), options, [&](double fraction, std::string_view) {
                return context.progress(kReadAt + (progressTo - kReadAt) * fraction,
                                        QStringLiteral("Separating"));
            });
    } catch (const models::Cancelled&) {
        throw JobCancelled();
    } catch (const models::Error& error) {
        if (context.isCancelled()) {
            throw JobCancelled();
        }
        throw modelFailed(job, engineTitle, error);
    }
    separation.sources = model->sources();
    separation.modelSampleRate = model->sampleRate();
    separation.inputSampleRate = source.sampleRate;
    separation.inputChannels = source.channels;
    return separation;
}

}  // namespace

ParameterSpec shiftsSpec() {
    return integerParameter(
        QStringLiteral("shifts"), QT_TRANSLATE_NOOP("capability", "Shifts"), 0, 0, 10, {},
        QT_TRANSLATE_NOOP("capability",
                          "Runs the model again on the mix shifted by up to half a second and "
                          "averages: each shift adds one pass and a little quality; 0 is one "
                          "pass, repeatable."));
}

ParameterSpec overlapSpec() {
    return numberParameter(
        QStringLiteral("overlap"), QT_TRANSLATE_NOOP("capability", "Overlap"), 0.25, 0.0, 0.9, {},
        QT_TRANSLATE_NOOP("capability",
                          "Share of each segment overlapping the next: more hides the seams "
                          "better and takes longer."));
}

Separation separateJobAudio(const ValidatedJob& job, JobContext& context,
                            const QString& engineTitle, const QString& work, double progressTo) {
    if (!job.model) {
        throw EngineError(QStringLiteral("%1 needs a Demucs model (htdemucs or hdemucs): install "
                                         "one on the Models page or with `sonara models install`")
                              .arg(engineTitle));
    }
    if (job.model->architecture == QLatin1String("hdemucs")) {
        return separateWith<models::HDemucs>(job, context, engineTitle, work, progressTo);
    }
    return separateWith<models::HTDemucs>(job, context, engineTitle, work, progressTo);
}

audio::AudioBuffer mixSources(const Separation& separation,
                              const std::vector<std::pair<int, float>>& gains) {
    const models::FloatArray& stems = separation.stems;
    const int64_t channels = stems.shape.at(1);
    const int64_t frames = stems.shape.at(2);
    audio::AudioBuffer buffer{separation.modelSampleRate, int(channels),
                              std::vector<float>(size_t(channels * frames), 0.0f)};
    for (const auto& [source, gain] : gains) {
        if (gain == 0.0f) {
            continue;
        }
        const float* data = stems.data.data() + size_t(source) * size_t(channels * frames);
        for (int64_t frame = 0; frame < frames; ++frame) {
            for (int64_t c = 0; c < channels; ++c) {
                buffer.samples[size_t(frame * channels + c)] += gain * data[c * frames + frame];
            }
        }
    }
    if (separation.inputChannels > 0 && separation.inputChannels != buffer.channels) {
        buffer = audio::remix(buffer, separation.inputChannels);
    }
    if (separation.inputSampleRate > 0 && separation.inputSampleRate != buffer.sampleRate) {
        buffer = audio::resample(buffer, separation.inputSampleRate);
    }
    return buffer;
}

int sourceIndex(const Separation& separation, const std::string& name) {
    const auto found = std::find(separation.sources.begin(), separation.sources.end(), name);
    return found == separation.sources.end() ? -1 : int(found - separation.sources.begin());
}

}  // namespace sonara::core::demucs_stems
