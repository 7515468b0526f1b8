#include "core/engine/engines/ffmpeg_denoise_engine.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_filter.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"
#include "core/audio/loudness.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"

#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace sonara::core {
namespace {

using namespace engine_support;

constexpr double kChunkSeconds = 1.0;
// Reduction range afftdn is given for strength 0..1, in dB.
constexpr double kMinReductionDb = 6.0;
constexpr double kMaxReductionDb = 40.0;
// afftdn's own noise tracking (tn=1) barely moved from its starting floor in tests, so the
// floor is measured here and handed over slightly above the noise, which is where afftdn
// removes it fully without touching louder speech.
constexpr double kNoiseFloorMarginDb = 5.0;
constexpr double kMinAfftdnFloorDb = -80.0;
constexpr double kMaxAfftdnFloorDb = -20.0;
// anlmdn's strength only means something relative to the noise level, so its input is brought
// to a fixed noise level first and back afterwards; at that level s = 10 is light, 60 strong.
constexpr double kNlmReferenceNoiseDb = -35.0;
constexpr double kMinNlmStrength = 10.0;
constexpr double kMaxNlmStrength = 60.0;
constexpr double kMaxNlmGainDb = 60.0;
// The noise floor is the level the quietest tenth of 50 ms windows stays below: pauses.
constexpr double kFloorWindowSeconds = 0.05;
constexpr double kFloorQuantile = 0.1;
constexpr double kSilenceDb = -120.0;
constexpr double kMaxTruePeakDbtp = -1.0;
// A high-pass above this fraction of the sample rate would cut everything or be unstable.
constexpr double kMaxHighpassFraction = 0.45;

const QString kAfftdn = QStringLiteral("afftdn");
const QString kAnlmdn = QStringLiteral("anlmdn");

ParameterSpec methodSpec() {
    return choiceParameter(
        QStringLiteral("method"), QT_TRANSLATE_NOOP("capability", "Method"), kAfftdn,
        {kAfftdn, kAnlmdn},
        QT_TRANSLATE_NOOP("capability",
                          "afftdn: spectral denoiser that follows the noise, good "
                          "for hiss and hum; anlmdn: non-local means, gentler on "
                          "voices but slower."));
}

ParameterSpec strengthSpec() {
    return numberParameter(
        QStringLiteral("strength"), QT_TRANSLATE_NOOP("capability", "Strength"), 0.5, 0.0, 1.0, {},
        QT_TRANSLATE_NOOP("capability",
                          "How much noise to remove: 0 is light, 1 is strong and "
                          "may sound watery."));
}

ParameterSpec highpassSpec() {
    return numberParameter(
        QStringLiteral("highpass"), QT_TRANSLATE_NOOP("capability", "High-pass"), 80.0, 0.0, 400.0,
        QT_TRANSLATE_NOOP("capability", "Hz"),
        QT_TRANSLATE_NOOP("capability", "Cuts rumble below this frequency; 0 turns it off."));
}

ParameterSpec normalizeSpec() {
    return booleanParameter(
        QStringLiteral("normalize"), QT_TRANSLATE_NOOP("capability", "Normalize loudness"), false,
        QT_TRANSLATE_NOOP("capability", "Bring the result to the target loudness."));
}

ParameterSpec targetSpec() {
    return numberParameter(QStringLiteral("target_lufs"),
                           QT_TRANSLATE_NOOP("capability", "Target loudness"), -16.0, -40.0, -5.0,
                           QT_TRANSLATE_NOOP("capability", "LUFS"),
                           QT_TRANSLATE_NOOP("capability",
                                             "Integrated loudness when normalizing: -16 for "
                                             "podcasts, -14 for streaming, -23 for broadcast."));
}

QString afftdnFilter(double strength, double noiseFloorDb) {
    const double reduction = kMinReductionDb + strength * (kMaxReductionDb - kMinReductionDb);
    const double floor =
        std::clamp(noiseFloorDb + kNoiseFloorMarginDb, kMinAfftdnFloorDb, kMaxAfftdnFloorDb);
    return QStringLiteral("afftdn=nr=%1:nf=%2").arg(reduction, 0, 'f', 1).arg(floor, 0, 'f', 1);
}

QString anlmdnFilter(double strength, double noiseFloorDb) {
    const double gain =
        std::clamp(kNlmReferenceNoiseDb - noiseFloorDb, -kMaxNlmGainDb, kMaxNlmGainDb);
    const double s = kMinNlmStrength * std::pow(kMaxNlmStrength / kMinNlmStrength, strength);
    return QStringLiteral("volume=%1dB,anlmdn=s=%2,volume=%3dB")
        .arg(gain, 0, 'f', 1)
        .arg(s, 0, 'f', 1)
        .arg(-gain, 0, 'f', 1);
}

double windowLevelDb(const float* begin, const float* end) {
    double sum = 0;
    for (const float* sample = begin; sample != end; ++sample) {
        sum += double(*sample) * *sample;
    }
    const double meanSquare = sum / double(std::max<std::ptrdiff_t>(1, end - begin));
    return std::max(kSilenceDb, 10 * std::log10(std::max(meanSquare, 1e-30)));
}

QString audioInput(const ValidatedJob& job) {
    const QString path = job.inputs.file(QStringLiteral("audio"));
    if (path.isEmpty()) {
        throw EngineError(QStringLiteral("no recording to clean: add an audio file"));
    }
    return path;
}

// Level windows are 50 ms of interleaved samples; a chunk's tail that does not fill a window
// waits for the next chunk, so the floor does not depend on how the audio was chunked.
class NoiseFloorMeter {
public:
    explicit NoiseFloorMeter(int sampleRate, int channels)
        : window_(
              std::max<size_t>(1, size_t(kFloorWindowSeconds * sampleRate) * size_t(channels))) {}

    void add(const std::vector<float>& samples) {
        pending_.insert(pending_.end(), samples.begin(), samples.end());
        size_t begin = 0;
        for (; begin + window_ <= pending_.size(); begin += window_) {
            levels_.push_back(
                windowLevelDb(pending_.data() + begin, pending_.data() + begin + window_));
        }
        pending_.erase(pending_.begin(), pending_.begin() + std::ptrdiff_t(begin));
    }

    double result() {
        if (levels_.empty()) {
            return windowLevelDb(pending_.data(), pending_.data() + pending_.size());
        }
        const auto quantile =
            levels_.begin() + std::ptrdiff_t(kFloorQuantile * double(levels_.size()));
        std::nth_element(levels_.begin(), quantile, levels_.end());
        return *quantile;
    }

private:
    size_t window_;
    std::vector<float> pending_;
    std::vector<double> levels_;
};

struct Scan {
    double noiseFloorDb = kSilenceDb;
    qint64 frames = 0;
    int sampleRate = 0;
    int channels = 0;
};

// Streams through `path` once, calling `consume` for each chunk and reporting progress over
// [progressFrom, progressTo]; cancellation is checked every chunk, so it lands within a second.
template <typename Consume>
void streamFile(const QString& path, JobContext& context, double progressFrom, double progressTo,
                const QString& stage, Consume&& consume) {
    audio::AudioReader reader(path);
    const double total = std::max(reader.info().durationSeconds, 1e-3);
    const qint64 chunkFrames = qint64(kChunkSeconds * std::max(reader.sampleRate(), 1));
    double done = 0;
    for (;;) {
        context.progress(progressFrom + (progressTo - progressFrom) * std::min(done / total, 1.0),
                         stage);
        context.throwIfCancelled();
        const audio::AudioBuffer chunk = reader.read(chunkFrames);
        if (chunk.isEmpty()) {
            return;
        }
        done += chunk.durationSeconds();
        consume(chunk);
    }
}

Scan scanNoise(const QString& path, JobContext& context) {
    Scan scan;
    std::optional<NoiseFloorMeter> meter;
    streamFile(path, context, 0.0, 0.15, QStringLiteral("Measuring the noise"),
               [&](const audio::AudioBuffer& chunk) {
                   if (!meter) {
                       meter.emplace(chunk.sampleRate, chunk.channels);
                       scan.sampleRate = chunk.sampleRate;
                       scan.channels = chunk.channels;
                   }
                   meter->add(chunk.samples);
                   scan.frames += chunk.frames();
               });
    if (meter) {
        scan.noiseFloorDb = meter->result();
    }
    return scan;
}

// Writes filter output, holding the result to the input's length: filters may add or drop a
// few frames at the edges.
class LengthKeepingWriter {
public:
    LengthKeepingWriter(const QString& path, const Scan& scan, audio::LoudnessMeter* meter)
        : writer_(path, scan.sampleRate, scan.channels, floatOptions()),
          remaining_(scan.frames),
          meter_(meter) {}

    void write(audio::AudioBuffer chunk) {
        const qint64 frames = std::min(chunk.frames(), remaining_);
        if (frames <= 0) {
            return;
        }
        chunk.samples.resize(static_cast<size_t>(frames * chunk.channels));
        remaining_ -= frames;
        if (meter_) {
            meter_->add(chunk);
        }
        writer_.write(chunk);
    }

    void finish(int sampleRate, int channels) {
        if (remaining_ > 0) {
            write(audio::AudioBuffer{
                sampleRate, channels,
                std::vector<float>(static_cast<size_t>(remaining_ * channels), 0.0f)});
        }
        writer_.finish();
    }

private:
    static audio::EncodeOptions floatOptions() {
        audio::EncodeOptions options;
        options.sampleFormat = audio::SampleFormat::Float32;
        return options;
    }

    audio::AudioWriter writer_;
    qint64 remaining_;
    audio::LoudnessMeter* meter_;
};

void filterFile(const QString& from, const QString& to, const QString& graph, const Scan& scan,
                JobContext& context, double progressFrom, double progressTo, const QString& stage,
                audio::LoudnessMeter* meter = nullptr) {
    audio::AudioFilter filter(graph, scan.sampleRate, scan.channels);
    LengthKeepingWriter writer(to, scan, meter);
    streamFile(from, context, progressFrom, progressTo, stage,
               [&](const audio::AudioBuffer& chunk) { writer.write(filter.process(chunk)); });
    writer.write(filter.finish());
    writer.finish(scan.sampleRate, scan.channels);
}

// One measured gain, with alimiter only when the gain would push the true peak over the ceiling.
QString normalizationGraph(const audio::Loudness& loudness, double targetLufs) {
    const double gainDb = targetLufs - loudness.integratedLufs;
    QString graph = QStringLiteral("volume=%1dB").arg(gainDb, 0, 'f', 2);
    if (loudness.truePeakDbtp + gainDb > kMaxTruePeakDbtp) {
        // latency=1 keeps the output aligned with the input; level=0 stops alimiter from
        // re-amplifying the limited signal to full scale.
        const double ceiling = std::pow(10.0, (kMaxTruePeakDbtp - 0.5) / 20.0);
        graph += QStringLiteral(",alimiter=limit=%1:attack=5:release=50:level=0:latency=1")
                     .arg(ceiling, 0, 'f', 6);
    }
    return graph;
}

}  // namespace

EngineInfo FfmpegDenoiseEngine::info() const {
    EngineInfo info;
    info.id = QStringLiteral("ffmpeg");
    info.capability = QStringLiteral("denoise");
    info.title = QT_TRANSLATE_NOOP("capability", "FFmpeg denoiser");
    info.summary = QT_TRANSLATE_NOOP(
        "capability", "Classic spectral noise reduction for steady hiss and hum; fast on any CPU.");
    info.lane = ComputeLane::Cpu;
    info.parameters = {methodSpec(), strengthSpec(), highpassSpec(), normalizeSpec(), targetSpec()};
    return info;
}

double FfmpegDenoiseEngine::noiseFloorDb(const audio::AudioBuffer& buffer) {
    NoiseFloorMeter meter(buffer.sampleRate, buffer.channels);
    meter.add(buffer.samples);
    return meter.result();
}

QString FfmpegDenoiseEngine::filterGraph(const QVariantMap& parameters, int sampleRate,
                                         double noiseFloorDb) {
    const QString method = choiceValue(parameters, methodSpec());
    const double strength = numberValue(parameters, strengthSpec());
    const double highpass =
        std::min(numberValue(parameters, highpassSpec()), kMaxHighpassFraction * sampleRate);
    QStringList filters;
    if (highpass > 0) {
        filters.append(QStringLiteral("highpass=f=%1").arg(highpass, 0, 'f', 1));
    }
    filters.append(method == kAnlmdn ? anlmdnFilter(strength, noiseFloorDb)
                                     : afftdnFilter(strength, noiseFloorDb));
    return filters.join(QLatin1Char(','));
}

QList<EngineOutput> FfmpegDenoiseEngine::run(const ValidatedJob& job, JobContext& context) {
    const bool normalizeLevel = booleanValue(job.parameters, normalizeSpec());
    const double targetLufs = numberValue(job.parameters, targetSpec());
    filterGraph(job.parameters, 48000, kSilenceDb);  // rejects bad parameters before reading
    return cleanWithGraph(
        job, context,
        [&](int sampleRate, double noiseFloor) {
            return filterGraph(job.parameters, sampleRate, noiseFloor);
        },
        normalizeLevel ? std::optional<double>(targetLufs) : std::nullopt,
        QStringLiteral("Check that the file plays, or try the other method"));
}

QList<EngineOutput> FfmpegDenoiseEngine::cleanWithGraph(const ValidatedJob& job,
                                                        JobContext& context,
                                                        const GraphFor& graphFor,
                                                        std::optional<double> targetLufs,
                                                        const QString& retryHint) {
    const QString input = audioInput(job);
    OutputFileGuard output(context.outputPath(QStringLiteral("denoised.wav")));
    try {
        const Scan scan = scanNoise(input, context);
        if (scan.frames == 0) {
            throw EngineError(QStringLiteral("%1 holds no audio: choose a recording that is not "
                                             "empty")
                                  .arg(QFileInfo(input).fileName()));
        }
        const QString graph = graphFor(scan.sampleRate, scan.noiseFloorDb);
        if (!targetLufs) {
            filterFile(input, output.path(), graph, scan, context, 0.15, 1.0,
                       QStringLiteral("Removing noise"));
        } else {
            OutputFileGuard filtered(context.outputPath(QStringLiteral("filtered.wav")));
            audio::LoudnessMeter meter(scan.sampleRate, scan.channels);
            filterFile(input, filtered.path(), graph, scan, context, 0.15, 0.6,
                       QStringLiteral("Removing noise"), &meter);
            const audio::Loudness loudness = meter.result();
            // Silence has no loudness to correct; it is kept as it is.
            const QString levelGraph = std::isfinite(loudness.integratedLufs)
                                           ? normalizationGraph(loudness, *targetLufs)
                                           : QStringLiteral("anull");
            filterFile(filtered.path(), output.path(), levelGraph, scan, context, 0.6, 1.0,
                       QStringLiteral("Normalizing loudness"));
        }
    } catch (const audio::AudioError& error) {
        throw EngineError(QStringLiteral("noise removal failed on %1: %2. %3")
                              .arg(QFileInfo(input).fileName(), error.reason(), retryHint));
    }
    context.workDone();
    output.release();
    return {EngineOutput{QStringLiteral("audio"), output.path()}};
}

}  // namespace sonara::core
