#include "core/audio/loudness.h"

#include "core/audio/audio_error.h"

#include "core/audio/dsp.h"
#include "core/audio/ffmpeg_support.h"
#include "core/audio/filter_graph.h"

extern "C" {
#include <libavfilter/buffersrc.h>
}

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
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

}  // namespace sonara::core::audio
