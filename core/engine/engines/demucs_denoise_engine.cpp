#include "core/engine/engines/demucs_denoise_engine.h"

#include "core/audio/audio_writer.h"
#include "core/engine/engines/demucs_stems.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"

#include <cmath>

namespace sonara::core {
namespace {

using namespace engine_support;

constexpr qint64 kVramBytes = 2'000'000'000;
constexpr double kSeparatedAt = 0.95;
// The lowest level offered, which removes the background altogether.
constexpr double kBackgroundOffDb = -60.0;

ParameterSpec keepBackgroundSpec() {
    return numberParameter(
        QStringLiteral("keep_background_db"), QT_TRANSLATE_NOOP("capability", "Keep background"),
        kBackgroundOffDb, kBackgroundOffDb, 0.0, QT_TRANSLATE_NOOP("capability", "dB"),
        QT_TRANSLATE_NOOP("capability",
                          "How much of everything but the voice (music, noise, room) stays, "
                          "relative to how loud it was: -60, the lowest, removes it; -20 keeps "
                          "a faint bed so the speech does not sound cut out."));
}

float backgroundGain(double db) {
    return db <= kBackgroundOffDb ? 0.0f : float(std::pow(10.0, db / 20.0));
}

class DemucsDenoiseEngine : public Engine {
public:
    EngineInfo info() const override {
        EngineInfo info;
        info.id = QStringLiteral("demucs");
        info.capability = QStringLiteral("denoise");
        info.title = title();
        info.summary = QT_TRANSLATE_NOOP(
            "capability",
            "Keeps only the voice with a Demucs stem separation model (HTDemucs or Hybrid "
            "Demucs): removes music, crowd and changing noise that a classic denoiser cannot; "
            "fast on a GPU.");
        info.architectures = {QStringLiteral("htdemucs"), QStringLiteral("hdemucs")};
        info.lane = ComputeLane::Gpu;
        info.vramBytes = kVramBytes;
        info.parameters = {keepBackgroundSpec(), demucs_stems::shiftsSpec(),
                           demucs_stems::overlapSpec()};
        return info;
    }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        const float rest = backgroundGain(numberValue(job.parameters, keepBackgroundSpec()));
        const demucs_stems::Separation separation = demucs_stems::separateJobAudio(
            job, context, title(), QStringLiteral("clean"), kSeparatedAt);
        const int vocals = demucs_stems::sourceIndex(separation, "vocals");
        if (vocals < 0) {
            throw EngineError(QStringLiteral("model %1 makes no vocals stem, so it cannot isolate "
                                             "speech: choose a model that separates vocals, "
                                             "such as htdemucs")
                                  .arg(job.model->id));
        }
        std::vector<std::pair<int, float>> gains;
        for (int i = 0; i < int(separation.sources.size()); ++i) {
            gains.emplace_back(i, i == vocals ? 1.0f : rest);
        }
        context.throwIfCancelled();
        context.progress(kSeparatedAt, QStringLiteral("Writing the voice"));
        OutputFileGuard output(context.outputPath(QStringLiteral("denoised.wav")));
        audio::EncodeOptions encode;
        encode.sampleFormat = audio::SampleFormat::Float32;
        audio::encodeFile(demucs_stems::mixSources(separation, gains), output.path(), encode);
        output.release();
        context.workDone();
        return {EngineOutput{QStringLiteral("audio"), output.path()}};
    }

private:
    static QString title() { return QT_TRANSLATE_NOOP("capability", "Demucs speech isolation"); }
};

}  // namespace

std::shared_ptr<Engine> demucsDenoiseEngine() {
    return std::make_shared<DemucsDenoiseEngine>();
}

}  // namespace sonara::core
