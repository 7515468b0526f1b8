#include "core/audio/loudness.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_filter.h"

#include "core/audio/dsp.h"
#include "core/audio/ffmpeg_support.h"
#include "core/audio/filter_graph.h"

extern "C" {
#include <libavfilter/buffersrc.h>
}

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <stdexcept>

namespace sonara::core::audio {

using namespace detail;

namespace {

constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();
// ebur128 reports this when no block passes the absolute gate.
constexpr double kGateLufs = -70.0;

bool readMeta(const AVFrame& frame, const char* key, double* value) {
    const AVDictionaryEntry* entry = av_dict_get(frame.metadata, key, nullptr, 0);
    if (entry == nullptr)
        return false;
    *value = std::strtod(entry->value, nullptr);
    return true;
}

double toDb(double linear) {
    return linear > 0.0 ? 20.0 * std::log10(linear) : kMinusInfinity;
}

}  // namespace

struct LoudnessMeter::Impl {
    int sampleRate = 0;
    int channels = 0;
    BuiltGraph built;
    int64_t pts = 0;
    float peak = 0.0f;
    double integrated = kGateLufs;
    double range = 0.0;
    double truePeak = 0.0;
    bool hasAudio = false;

    [[noreturn]] static void fail(int errnum) {
        throw AudioError(
            QStringLiteral("ebur128"),
            QStringLiteral("loudness measurement failed (%1)").arg(ffmpegErrorText(errnum)));
    }

    // Each frame carries the running totals of every block finished so far; the last frame that
    // finished a block holds the final integrated loudness and range. Peaks come as linear
    // running maxima.
    void drain() {
        const int status = drainSink(built.sink, nullptr, [this](const AVFrame& frame) {
            double value = 0.0;
            if (readMeta(frame, "lavfi.r128.I", &value))
                integrated = value;
            if (readMeta(frame, "lavfi.r128.LRA", &value))
                range = value;
            if (readMeta(frame, "lavfi.r128.true_peak", &value))
                truePeak = std::max(truePeak, value);
        });
        if (status < 0)
            fail(status);
    }
};

LoudnessMeter::LoudnessMeter(int sampleRate, int channels) : impl_(std::make_unique<Impl>()) {
    impl_->sampleRate = sampleRate;
    impl_->channels = channels;
    impl_->built = buildGraph({InputFormat{sampleRate, channels}},
                              QStringLiteral("ebur128=peak=true:metadata=1"));
}

LoudnessMeter::~LoudnessMeter() = default;

void LoudnessMeter::add(const AudioBuffer& chunk) {
    if (chunk.sampleRate != impl_->sampleRate || chunk.channels != impl_->channels)
        throw std::invalid_argument("LoudnessMeter::add: chunk format differs from the meter's");
    for (float sample : chunk.samples)
        impl_->peak = std::max(impl_->peak, std::fabs(sample));
    // Small frames keep what ebur128 holds at once small.
    constexpr qint64 kFrameSize = 4096;
    for (qint64 start = 0; start < chunk.frames(); start += kFrameSize) {
        const int frames = static_cast<int>(std::min(kFrameSize, chunk.frames() - start));
        const int result =
            pushFrames(impl_->built.sources.front(), chunk, start, frames, impl_->pts);
        if (result < 0)
            Impl::fail(result);
        impl_->pts += frames;
        impl_->hasAudio = true;
        impl_->drain();
    }
}

Loudness LoudnessMeter::result() {
    const int result = av_buffersrc_add_frame_flags(impl_->built.sources.front(), nullptr, 0);
    if (result < 0)
        Impl::fail(result);
    impl_->drain();
    Loudness loudness{kMinusInfinity, kMinusInfinity, 0.0, kMinusInfinity};
    if (!impl_->hasAudio)
        return loudness;
    // The source's own samples: ebur128 would report them after its resampling to 48 kHz.
    loudness.samplePeakDbfs = toDb(impl_->peak);
    loudness.integratedLufs = impl_->integrated <= kGateLufs ? kMinusInfinity : impl_->integrated;
    loudness.loudnessRangeLu = impl_->range;
    // True peak is never below the sample peak; this also covers the final few milliseconds,
    // which end after the last block ebur128 reports on.
    loudness.truePeakDbtp = toDb(std::max(impl_->truePeak, static_cast<double>(impl_->peak)));
    return loudness;
}

Loudness measureLoudness(const AudioBuffer& buffer) {
    if (buffer.isEmpty() || buffer.sampleRate <= 0)
        return Loudness{kMinusInfinity, kMinusInfinity, 0.0, kMinusInfinity};
    LoudnessMeter meter(buffer.sampleRate, buffer.channels);
    meter.add(buffer);
    return meter.result();
}

AudioBuffer normalizeLoudness(const AudioBuffer& buffer, double targetLufs,
                              double maxTruePeakDbtp) {
    const Loudness source = measureLoudness(buffer);
    if (!std::isfinite(source.integratedLufs))
        return buffer;

    constexpr double kTolerance = 0.2;
    // alimiter accepts a ceiling between -24 dBFS and 0 dBFS.
    auto clampCeiling = [](double db) { return std::clamp(db, -24.0, 0.0); };
    double gainDb = targetLufs - source.integratedLufs;
    // alimiter limits sample peaks; inter-sample peaks may overshoot, so start a little lower.
    double ceilingDb = clampCeiling(maxTruePeakDbtp - 0.5);
    AudioBuffer best;
    double bestError = std::numeric_limits<double>::infinity();
    for (int attempt = 0; attempt < 6; ++attempt) {
        AudioBuffer candidate = buffer;
        applyGainDb(candidate, gainDb);
        const bool needsLimiter = source.truePeakDbtp + gainDb > maxTruePeakDbtp;
        if (needsLimiter) {
            // latency=1 keeps the output aligned with the input; level=0 stops alimiter from
            // re-amplifying the limited signal to full scale.
            candidate = runFilterGraph(
                {&candidate}, QStringLiteral("alimiter=limit=%1:attack=5:release=50:level=0:"
                                             "latency=1")
                                  .arg(std::pow(10.0, ceilingDb / 20.0), 0, 'f', 6));
        }
        const Loudness measured = measureLoudness(candidate);
        const double loudnessError = std::fabs(measured.integratedLufs - targetLufs);
        const double peakExcess = std::max(0.0, measured.truePeakDbtp - maxTruePeakDbtp);
        const double error = loudnessError + 10.0 * peakExcess;
        if (error < bestError) {
            bestError = error;
            best = std::move(candidate);
        }
        if (loudnessError <= kTolerance && peakExcess <= 0.0)
            break;
        gainDb += targetLufs - measured.integratedLufs;
        if (peakExcess > 0.0)
            ceilingDb = clampCeiling(ceilingDb - peakExcess - 0.1);
    }
    return best;
}

namespace {

// loudnorm's first-pass figures, from the JSON it logs when the graph closes.
struct LoudnormMeasurement {
    double inputI = 0, inputTp = 0, inputLra = 0, inputThresh = 0, targetOffset = 0;
};

std::optional<LoudnormMeasurement> parseLoudnormJson(const QString& log) {
    const qsizetype open = log.lastIndexOf(QLatin1Char('{'));
    const qsizetype close = log.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || close < open)
        return std::nullopt;
    const QJsonObject json =
        QJsonDocument::fromJson(log.mid(open, close - open + 1).toUtf8()).object();
    LoudnormMeasurement m;
    const std::pair<const char*, double*> fields[] = {{"input_i", &m.inputI},
                                                      {"input_tp", &m.inputTp},
                                                      {"input_lra", &m.inputLra},
                                                      {"input_thresh", &m.inputThresh},
                                                      {"target_offset", &m.targetOffset}};
    for (const auto& [key, value] : fields) {
        bool ok = false;
        *value = json.value(QLatin1String(key)).toString().toDouble(&ok);
        // Silence measures as -inf, which loudnorm cannot take back in.
        if (!ok || !std::isfinite(*value))
            return std::nullopt;
    }
    return m;
}

QString loudnormFilter(const LoudnormTarget& target) {
    return QStringLiteral("loudnorm=I=%1:TP=%2:LRA=%3")
        .arg(target.integratedLufs, 0, 'f', 2)
        .arg(target.truePeakDbtp, 0, 'f', 2)
        .arg(target.loudnessRangeLu, 0, 'f', 2);
}

}  // namespace

namespace {

// Runs `graph` over `buffer` a second at a time, asking `progress` (scaled to [from, to])
// between seconds; the output when `keep`, else nothing. nullopt when progress said stop.
std::optional<AudioBuffer> filterBySeconds(const AudioBuffer& buffer, const QString& graph,
                                           bool keep, const LoudnormProgress& progress, double from,
                                           double to) {
    AudioFilter filter(graph, buffer.sampleRate, buffer.channels);
    AudioBuffer out{filter.outputSampleRate(), filter.outputChannels(), {}};
    const auto append = [&](const AudioBuffer& part) {
        if (keep)
            out.samples.insert(out.samples.end(), part.samples.begin(), part.samples.end());
    };
    const qint64 frames = buffer.frames();
    const qint64 step = buffer.sampleRate;
    for (qint64 start = 0; start < frames; start += step) {
        if (progress && !progress(from + (to - from) * double(start) / double(frames)))
            return std::nullopt;
        const qint64 count = std::min(step, frames - start);
        AudioBuffer chunk{buffer.sampleRate, buffer.channels, {}};
        chunk.samples.assign(buffer.samples.begin() + start * buffer.channels,
                             buffer.samples.begin() + (start + count) * buffer.channels);
        append(filter.process(chunk));
    }
    append(filter.finish());
    return out;
}

}  // namespace

AudioBuffer loudnormTwoPass(const AudioBuffer& buffer, const LoudnormTarget& target,
                            const LoudnormProgress& progress) {
    constexpr double kBlockSeconds = 0.4;
    if (buffer.isEmpty() || buffer.sampleRate <= 0 || buffer.durationSeconds() < kBlockSeconds)
        return buffer;
    std::optional<LoudnormMeasurement> measured;
    {
        // loudnorm logs its measurement when its graph closes, inside this scope.
        FfmpegLogCapture log;
        if (!filterBySeconds(buffer, loudnormFilter(target) + QStringLiteral(":print_format=json"),
                             false, progress, 0.0, 0.5))
            return {};
        measured = parseLoudnormJson(log.text());
    }
    if (!measured)
        return buffer;
    // loudnorm works at 192 kHz; aformat brings the result back to the buffer's rate.
    const QString second = loudnormFilter(target) +
                           QStringLiteral(
                               ":measured_I=%1:measured_TP=%2:measured_LRA=%3:measured_thresh=%4:"
                               "offset=%5:linear=true:print_format=none,"
                               "aformat=sample_fmts=flt:sample_rates=%6:channel_layouts=%7")
                               .arg(measured->inputI, 0, 'f', 2)
                               .arg(measured->inputTp, 0, 'f', 2)
                               .arg(measured->inputLra, 0, 'f', 2)
                               .arg(measured->inputThresh, 0, 'f', 2)
                               .arg(measured->targetOffset, 0, 'f', 2)
                               .arg(buffer.sampleRate)
                               .arg(QString::fromLatin1(ChannelLayout(buffer.channels).describe()));
    std::optional<AudioBuffer> normalised =
        filterBySeconds(buffer, second, true, progress, 0.5, 1.0);
    if (!normalised)
        return {};
    AudioBuffer out = std::move(*normalised);
    // loudnorm's look-ahead may leave the length a few samples off the input's.
    out.samples.resize(size_t(buffer.frames()) * size_t(out.channels), 0.0f);
    // loudnorm measures at 192 kHz. Audio with much energy near its own Nyquist frequency reads
    // a little differently on the BS.1770 meter at its own rate, by up to about a decibel; a
    // final linear trim brings that reading to the target, never raising the true peak past the
    // ceiling.
    const Loudness result = measureLoudness(out);
    double trimDb = target.integratedLufs - result.integratedLufs;
    if (trimDb > 0.0)
        trimDb = std::clamp(target.truePeakDbtp - result.truePeakDbtp, 0.0, trimDb);
    if (std::isfinite(trimDb) && std::fabs(trimDb) > 0.05)
        applyGainDb(out, trimDb);
    if (progress)
        progress(1.0);
    return out;
}

}  // namespace sonara::core::audio
