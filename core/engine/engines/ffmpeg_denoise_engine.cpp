#include "core/engine/engines/ffmpeg_denoise_engine.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"
#include "core/audio/loudness.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"

#include <QFileInfo>
#include <algorithm>
#include <cmath>
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
    return choiceParameter(QStringLiteral("method"), QStringLiteral("Method"), kAfftdn,
                           {kAfftdn, kAnlmdn},
                           QStringLiteral("afftdn: spectral denoiser that follows the noise, good "
                                          "for hiss and hum; anlmdn: non-local means, gentler on "
                                          "voices but slower."));
}

ParameterSpec strengthSpec() {
    return numberParameter(QStringLiteral("strength"), QStringLiteral("Strength"), 0.5, 0.0, 1.0,
                           {},
                           QStringLiteral("How much noise to remove: 0 is light, 1 is strong and "
                                          "may sound watery."));
}

ParameterSpec highpassSpec() {
    return numberParameter(QStringLiteral("highpass"), QStringLiteral("High-pass"), 80.0, 0.0,
                           400.0, QStringLiteral("Hz"),
                           QStringLiteral("Cuts rumble below this frequency; 0 turns it off."));
}

ParameterSpec normalizeSpec() {
    return booleanParameter(QStringLiteral("normalize"), QStringLiteral("Normalize loudness"),
                            false, QStringLiteral("Bring the result to the target loudness."));
}

ParameterSpec targetSpec() {
    return numberParameter(QStringLiteral("target_lufs"), QStringLiteral("Target loudness"), -16.0,
                           -40.0, -5.0, QStringLiteral("LUFS"),
                           QStringLiteral("Integrated loudness when normalizing: -16 for "
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
    if (job.audioInputs.isEmpty()) {
        throw EngineError(QStringLiteral("no recording to clean: add an audio file"));
    }
    return job.audioInputs.first();
}

audio::AudioBuffer readAll(const QString& path, JobContext& context) {
    audio::AudioReader reader(path);
    const double total = std::max(reader.info().durationSeconds, 1e-3);
    const qint64 chunkFrames = qint64(kChunkSeconds * std::max(reader.sampleRate(), 1));
    audio::AudioBuffer all{reader.sampleRate(), reader.channels(), {}};
    for (;;) {
        context.progress(0.2 * std::min(all.durationSeconds() / total, 1.0),
                         QStringLiteral("Reading audio"));
        context.throwIfCancelled();
        const audio::AudioBuffer chunk = reader.read(chunkFrames);
        if (chunk.isEmpty()) {
            return all;
        }
        all.samples.insert(all.samples.end(), chunk.samples.begin(), chunk.samples.end());
    }
}

// Filters may add or drop a few frames at the edges; the output keeps the input's length.
void matchLength(audio::AudioBuffer& buffer, qint64 frames) {
    buffer.samples.resize(static_cast<size_t>(frames * buffer.channels), 0.0f);
}

void normalize(audio::AudioBuffer& buffer, double targetLufs) {
    const audio::Loudness loudness = audio::measureLoudness(buffer);
    if (std::isfinite(loudness.integratedLufs)) {
        buffer = audio::normalizeLoudness(buffer, targetLufs, kMaxTruePeakDbtp);
    }
}

void writeAll(const audio::AudioBuffer& buffer, const QString& path, JobContext& context) {
    audio::EncodeOptions options;
    options.sampleFormat = audio::SampleFormat::Float32;
    audio::AudioWriter writer(path, buffer.sampleRate, buffer.channels, options);
    const size_t chunkSamples =
        static_cast<size_t>(kChunkSeconds * buffer.sampleRate) * buffer.channels;
    for (size_t begin = 0; begin < buffer.samples.size(); begin += chunkSamples) {
        context.progress(0.9 + 0.1 * double(begin) / double(buffer.samples.size()),
                         QStringLiteral("Writing"));
        context.throwIfCancelled();
        const size_t end = std::min(buffer.samples.size(), begin + chunkSamples);
        writer.write(audio::AudioBuffer{
            buffer.sampleRate, buffer.channels,
            std::vector<float>(buffer.samples.begin() + begin, buffer.samples.begin() + end)});
    }
    writer.finish();
}

}  // namespace

EngineInfo FfmpegDenoiseEngine::info() const {
    EngineInfo info;
    info.id = QStringLiteral("ffmpeg");
    info.capability = QStringLiteral("denoise");
    info.title = QStringLiteral("FFmpeg denoiser");
    info.summary = QStringLiteral(
        "Classic spectral noise reduction for steady hiss and hum; fast on any CPU.");
    info.lane = ComputeLane::Cpu;
    info.parameters = {methodSpec(), strengthSpec(), highpassSpec(), normalizeSpec(), targetSpec()};
    return info;
}

double FfmpegDenoiseEngine::noiseFloorDb(const audio::AudioBuffer& buffer) {
    const size_t window = std::max<size_t>(
        1, size_t(kFloorWindowSeconds * buffer.sampleRate) * size_t(buffer.channels));
    std::vector<double> levels;
    for (size_t begin = 0; begin + window <= buffer.samples.size(); begin += window) {
        const float* first = buffer.samples.data() + begin;
        levels.push_back(windowLevelDb(first, first + window));
    }
    if (levels.empty()) {
        return windowLevelDb(buffer.samples.data(), buffer.samples.data() + buffer.samples.size());
    }
    const auto quantile = levels.begin() + std::ptrdiff_t(kFloorQuantile * double(levels.size()));
    std::nth_element(levels.begin(), quantile, levels.end());
    return *quantile;
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
    const QString input = audioInput(job);
    const bool normalizeLevel = booleanValue(job.parameters, normalizeSpec());
    const double targetLufs = numberValue(job.parameters, targetSpec());
    filterGraph(job.parameters, 48000, kSilenceDb);  // rejects bad parameters before reading

    OutputFileGuard output(context.outputPath(QStringLiteral("denoised.wav")));
    try {
        audio::AudioBuffer buffer = readAll(input, context);
        if (buffer.isEmpty()) {
            throw EngineError(QStringLiteral("%1 holds no audio: choose a recording that is not "
                                             "empty")
                                  .arg(QFileInfo(input).fileName()));
        }
        const qint64 frames = buffer.frames();
        context.progress(0.2, QStringLiteral("Removing noise"));
        const QString graph = filterGraph(job.parameters, buffer.sampleRate, noiseFloorDb(buffer));
        buffer = audio::applyFilterGraph(buffer, graph);
        matchLength(buffer, frames);
        context.throwIfCancelled();
        if (normalizeLevel) {
            context.progress(0.75, QStringLiteral("Normalizing loudness"));
            normalize(buffer, targetLufs);
            context.throwIfCancelled();
        }
        writeAll(buffer, output.path(), context);
    } catch (const audio::AudioError& error) {
        throw EngineError(QStringLiteral("noise removal failed on %1: %2. Check that the file "
                                         "plays, or try the other method")
                              .arg(QFileInfo(input).fileName(), error.reason()));
    }
    context.progress(1.0, QStringLiteral("Done"));
    output.release();
    return {EngineOutput{QStringLiteral("audio"), output.path()}};
}

}  // namespace sonara::core
