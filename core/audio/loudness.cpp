#include "core/audio/loudness.h"

#include "core/audio/dsp.h"
#include "core/audio/ffmpeg_support.h"
#include "core/audio/filter_graph.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

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

Loudness measureLoudness(const AudioBuffer& buffer) {
    Loudness result{kMinusInfinity, kMinusInfinity, 0.0, kMinusInfinity};
    if (buffer.isEmpty() || buffer.sampleRate <= 0)
        return result;

    float peak = 0.0f;
    for (float sample : buffer.samples)
        peak = std::max(peak, std::fabs(sample));
    // The source's own samples: ebur128 would report them after its resampling to 48 kHz.
    result.samplePeakDbfs = toDb(peak);

    double integrated = kGateLufs;
    double range = 0.0;
    double truePeak = 0.0;
    // Each frame carries the running totals of every block finished so far; the last frame that
    // finished a block holds the final integrated loudness and range. Peaks come as linear
    // running maxima.
    runFilterGraph({&buffer}, QStringLiteral("ebur128=peak=true:metadata=1"),
                   [&](const AVFrame& frame) {
                       double value = 0.0;
                       if (readMeta(frame, "lavfi.r128.I", &value))
                           integrated = value;
                       if (readMeta(frame, "lavfi.r128.LRA", &value))
                           range = value;
                       if (readMeta(frame, "lavfi.r128.true_peak", &value))
                           truePeak = std::max(truePeak, value);
                   });
    result.integratedLufs = integrated <= kGateLufs ? kMinusInfinity : integrated;
    result.loudnessRangeLu = range;
    // True peak is never below the sample peak; this also covers the final few milliseconds,
    // which end after the last block ebur128 reports on.
    result.truePeakDbtp = toDb(std::max(truePeak, static_cast<double>(peak)));
    return result;
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
