#include "core/engine/engines/demucs_separation_engine.h"

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"
#include "models/common/error.h"
#include "models/demucs/demucs.h"
#include "models/demucs/htdemucs.h"

#include <QFileInfo>
#include <algorithm>

namespace sonara::core {
namespace {

using namespace engine_support;

constexpr double kMinimumSeconds = 0.1;
// Segments per network call: a GPU gains from several; a CPU answers a cancel sooner with one.
constexpr int kGpuBatch = 4;
constexpr int kCpuBatch = 1;
constexpr qint64 kVramBytes = 2'000'000'000;

const QString kAllStems = QStringLiteral("all");
const QString kTwoStems = QStringLiteral("vocals-accompaniment");

ParameterSpec stemsSpec() {
    return choiceParameter(
        QStringLiteral("stems"), QT_TRANSLATE_NOOP("capability", "Stems"), kAllStems,
        {kAllStems, kTwoStems},
        QT_TRANSLATE_NOOP("capability",
                          "all: every stem the model makes (vocals, drums, bass, other; guitar "
                          "and piano too with a six-source model); vocals-accompaniment: the "
                          "vocals, and everything else as one accompaniment."));
}

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

// [channels, frames] planar, as the models take it.
models::FloatArray planar(const audio::AudioBuffer& buffer) {
    const int64_t frames = buffer.frames();
    models::FloatArray mix({buffer.channels, frames});
    for (int64_t frame = 0; frame < frames; ++frame) {
        for (int c = 0; c < buffer.channels; ++c) {
            mix.data[size_t(c * frames + frame)] =
                buffer.samples[size_t(frame * buffer.channels + c)];
        }
    }
    return mix;
}

// Stem `stem` of stems [sources, channels, frames], summed over `sources`, interleaved.
audio::AudioBuffer stemBuffer(const models::FloatArray& stems, const std::vector<int>& sources,
                              int sampleRate) {
    const int64_t channels = stems.dim(1);
    const int64_t frames = stems.dim(2);
    audio::AudioBuffer buffer{sampleRate, int(channels),
                              std::vector<float>(size_t(channels * frames), 0.0f)};
    for (int source : sources) {
        const float* data = stems.data.data() + size_t(source) * size_t(channels * frames);
        for (int64_t frame = 0; frame < frames; ++frame) {
            for (int64_t c = 0; c < channels; ++c) {
                buffer.samples[size_t(frame * channels + c)] += data[c * frames + frame];
            }
        }
    }
    return buffer;
}

// Output id -> indices of the model's sources summed into it.
QList<QPair<QString, std::vector<int>>> plannedOutputs(const std::vector<std::string>& sources,
                                                       const QString& stems) {
    QList<QPair<QString, std::vector<int>>> outputs;
    const auto vocals = std::find(sources.begin(), sources.end(), "vocals");
    if (stems == kTwoStems && vocals != sources.end()) {
        std::vector<int> rest;
        for (int i = 0; i < int(sources.size()); ++i) {
            if (sources[size_t(i)] != "vocals") {
                rest.push_back(i);
            }
        }
        outputs.append({QStringLiteral("vocals"), {int(vocals - sources.begin())}});
        outputs.append({QStringLiteral("accompaniment"), rest});
        return outputs;
    }
    for (int i = 0; i < int(sources.size()); ++i) {
        outputs.append({QString::fromStdString(sources[size_t(i)]), {i}});
    }
    return outputs;
}

template <typename Model>
class DemucsSeparationEngine : public Engine {
public:
    DemucsSeparationEngine(QString id, QString architecture, QString title, QString summary)
        : id_(std::move(id)),
          architecture_(std::move(architecture)),
          title_(std::move(title)),
          summary_(std::move(summary)) {}

    EngineInfo info() const override {
        EngineInfo info;
        info.id = id_;
        info.capability = QStringLiteral("separate");
        info.title = title_;
        info.summary = summary_;
        info.architectures = {architecture_};
        info.lane = ComputeLane::Gpu;
        info.vramBytes = kVramBytes;
        info.parameters = {stemsSpec(), shiftsSpec(), overlapSpec()};
        return info;
    }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        if (!job.model) {
            throw EngineError(QStringLiteral("the %1 engine needs a %2 model: install one on the "
                                             "Models page or with `sonara models install`")
                                  .arg(id_, architecture_));
        }
        const QString input = job.inputs.file(QStringLiteral("audio"));
        context.progress(0.0, QStringLiteral("Loading the model"));
        std::shared_ptr<Model> model;
        try {
            model = loadCachedModel<Model>(*job.model, context);
        } catch (const models::Error& error) {
            throw modelFailed(job, error);
        }
        context.throwIfCancelled();

        context.progress(0.02, QStringLiteral("Reading the mix"));
        audio::AudioInfo source;
        audio::AudioBuffer mix;
        try {
            source = audio::probeFile(input);
            mix = audio::decodeFile(input, {model->sampleRate(), model->audioChannels()});
        } catch (const audio::AudioError& error) {
            throw unreadableAudio(input, error, QStringLiteral("separate"));
        }
        if (mix.durationSeconds() < kMinimumSeconds || mix.frames() < model->minimumSamples()) {
            throw EngineError(QStringLiteral("%1 is too short to separate: it lasts %2 s; give "
                                             "at least %3 s")
                                  .arg(QFileInfo(input).fileName())
                                  .arg(mix.durationSeconds(), 0, 'f', 2)
                                  .arg(kMinimumSeconds));
        }

        const models::FloatArray stems = separate(*model, job, mix, context);
        const QString choice = choiceValue(job.parameters, stemsSpec());
        QList<EngineOutput> outputs;
        std::vector<std::unique_ptr<OutputFileGuard>> guards;
        const auto planned = plannedOutputs(model->sources(), choice);
        for (int i = 0; i < planned.size(); ++i) {
            context.throwIfCancelled();
            context.progress(0.9 + 0.1 * i / planned.size(),
                             QStringLiteral("Writing %1").arg(planned[i].first));
            audio::AudioBuffer stem = stemBuffer(stems, planned[i].second, model->sampleRate());
            if (source.channels > 0 && source.channels != stem.channels) {
                stem = audio::remix(stem, source.channels);
            }
            if (source.sampleRate > 0 && source.sampleRate != stem.sampleRate) {
                stem = audio::resample(stem, source.sampleRate);
            }
            guards.push_back(std::make_unique<OutputFileGuard>(
                context.outputPath(planned[i].first + QStringLiteral(".wav"))));
            audio::EncodeOptions encode;
            encode.sampleFormat = audio::SampleFormat::Float32;
            audio::encodeFile(stem, guards.back()->path(), encode);
            outputs.append(EngineOutput{planned[i].first, guards.back()->path()});
        }
        for (const auto& guard : guards) {
            guard->release();
        }
        context.progress(1.0, QStringLiteral("Done"));
        return outputs;
    }

private:
    models::FloatArray separate(const Model& model, const ValidatedJob& job,
                                const audio::AudioBuffer& mix, JobContext& context) const {
        typename Model::SeparateOptions options;
        options.shifts = int(integerValue(job.parameters, shiftsSpec()));
        options.overlap = numberValue(job.parameters, overlapSpec());
        options.batch = model.device().rfind("cuda", 0) == 0 ? kGpuBatch : kCpuBatch;
        try {
            return model.separate(planar(mix), options, [&](double fraction, std::string_view) {
                return context.progress(0.05 + 0.85 * fraction, QStringLiteral("Separating"));
            });
        } catch (const models::Cancelled&) {
            throw JobCancelled();
        } catch (const models::Error& error) {
            if (context.isCancelled()) {
                throw JobCancelled();
            }
            throw modelFailed(job, error);
        }
    }

    EngineError modelFailed(const ValidatedJob& job, const models::Error& error) const {
        return EngineError(QStringLiteral("%1 could not use model %2: %3. Reinstall it with "
                                          "`sonara models install %2`")
                               .arg(title_, job.model->id, QString::fromUtf8(error.what())));
    }

    QString id_;
    QString architecture_;
    QString title_;
    QString summary_;
};

}  // namespace

std::shared_ptr<Engine> htdemucsSeparationEngine() {
    return std::make_shared<DemucsSeparationEngine<models::HTDemucs>>(
        QStringLiteral("htdemucs"), QStringLiteral("htdemucs"),
        QT_TRANSLATE_NOOP("capability", "HTDemucs"),
        QT_TRANSLATE_NOOP("capability",
                          "Hybrid Transformer Demucs v4: the best open music separation into "
                          "vocals, drums, bass and other (six stems with htdemucs_6s); fast on a "
                          "GPU, slow on a CPU."));
}

std::shared_ptr<Engine> hdemucsSeparationEngine() {
    return std::make_shared<DemucsSeparationEngine<models::HDemucs>>(
        QStringLiteral("hdemucs"), QStringLiteral("hdemucs"),
        QT_TRANSLATE_NOOP("capability", "Hybrid Demucs"),
        QT_TRANSLATE_NOOP("capability",
                          "Hybrid Demucs v3 (torchaudio's hdemucs_high): four stems, lighter than "
                          "HTDemucs."));
}

}  // namespace sonara::core
