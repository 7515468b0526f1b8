#include "core/engine/engines/demucs_separation_engine.h"

#include "core/audio/audio_writer.h"
#include "core/engine/engines/demucs_stems.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"

#include <algorithm>

namespace sonara::core {
namespace {

using namespace engine_support;
using demucs_stems::Separation;

constexpr qint64 kVramBytes = 2'000'000'000;
constexpr double kSeparatedAt = 0.9;

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

std::vector<std::pair<int, float>> unitGains(const std::vector<int>& sources) {
    std::vector<std::pair<int, float>> gains;
    for (int source : sources) {
        gains.emplace_back(source, 1.0f);
    }
    return gains;
}

class DemucsSeparationEngine : public Engine {
public:
    DemucsSeparationEngine(QString id, QString title, QString summary)
        : id_(std::move(id)), title_(std::move(title)), summary_(std::move(summary)) {}

    EngineInfo info() const override {
        EngineInfo info;
        info.id = id_;
        info.capability = QStringLiteral("separate");
        info.title = title_;
        info.summary = summary_;
        info.architectures = {id_};
        info.lane = ComputeLane::Gpu;
        info.vramBytes = kVramBytes;
        info.parameters = {stemsSpec(), demucs_stems::shiftsSpec(), demucs_stems::overlapSpec()};
        return info;
    }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        const QString choice = choiceValue(job.parameters, stemsSpec());
        const Separation separation = demucs_stems::separateJobAudio(
            job, context, title_, QStringLiteral("separate"), kSeparatedAt);
        QList<EngineOutput> outputs;
        std::vector<std::unique_ptr<OutputFileGuard>> guards;
        const auto planned = plannedOutputs(separation.sources, choice);
        for (int i = 0; i < planned.size(); ++i) {
            context.throwIfCancelled();
            context.progress(kSeparatedAt + (1.0 - kSeparatedAt) * i / planned.size(),
                             QStringLiteral("Writing %1").arg(planned[i].first));
            const audio::AudioBuffer stem =
                demucs_stems::mixSources(separation, unitGains(planned[i].second));
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
        context.workDone();
        return outputs;
    }

private:
    QString id_;
    QString title_;
    QString summary_;
};

}  // namespace

std::shared_ptr<Engine> htdemucsSeparationEngine() {
    return std::make_shared<DemucsSeparationEngine>(
        QStringLiteral("htdemucs"), QT_TRANSLATE_NOOP("capability", "HTDemucs"),
        QT_TRANSLATE_NOOP("capability",
                          "Hybrid Transformer Demucs v4: the best open music separation into "
                          "vocals, drums, bass and other (six stems with htdemucs_6s); fast on a "
                          "GPU, slow on a CPU."));
}

std::shared_ptr<Engine> hdemucsSeparationEngine() {
    return std::make_shared<DemucsSeparationEngine>(
        QStringLiteral("hdemucs"), QT_TRANSLATE_NOOP("capability", "Hybrid Demucs"),
        QT_TRANSLATE_NOOP("capability",
                          "Hybrid Demucs v3 (torchaudio's hdemucs_high): four stems, lighter than "
                          "HTDemucs."));
}

}  // namespace sonara::core
