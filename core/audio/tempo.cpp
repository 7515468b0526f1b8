#include "core/audio/tempo.h"

extern "C" {
#include <libavutil/tx.h>
}

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace sonara::core::audio {
namespace {

// 5 ms frames place an onset well within 1% of a beat at 200 bpm.
constexpr double kFramesPerSecond = 200.0;
// About 46 ms of audio per spectrum: a kick's or a chord's attack, not its whole note.
constexpr double kSpectrumSeconds = 0.046;
// Below this the log spectrum ignores the level: quiet hiss makes no onsets.
constexpr double kLogGain = 1000.0;
constexpr int kBands = 24;
constexpr double kBottomHz = 30.0;
constexpr double kTopHz = 11000.0;
// Onsets are compared with the envelope's mean over this long, so a crescendo is no onset.
constexpr double kLocalMeanSeconds = 1.0;
// Candidate tempi are this far apart (relative): 0.2%, well inside the accuracy wanted.
constexpr double kTempoStep = 0.002;
// The first this many seconds decide the beat; the whole then makes its tempo exact.
constexpr double kSearchSeconds = 30.0;
// Refined, the tempo keeps the grid within this share of a beat of the onsets to the end.
constexpr double kFineBeatShare = 0.1;
// The beat grid's onsets must stand this far above the envelope's mean to be a pulse.
constexpr double kMinimumClarity = 2.0;
// Onsets stronger than this share of the 90th percentile onset are strong alike.
constexpr double kStrongPeakRank = 0.9;
constexpr double kStrongPeakShare = 0.5;
constexpr size_t kMinimumOnsets = 4;
// Maxima of the envelope below this share of the strongest are no onsets.
constexpr double kOnsetShare = 0.05;

std::vector<float> monoOf(const AudioBuffer& buffer) {
    const int64_t frames = buffer.frames();
    std::vector<float> mono(size_t(frames), 0.0f);
    for (int64_t frame = 0; frame < frames; ++frame) {
        float sum = 0.0f;
        for (int c = 0; c < buffer.channels; ++c) {
            sum += buffer.samples[size_t(frame * buffer.channels + c)];
        }
        mono[size_t(frame)] = sum / float(buffer.channels);
    }
    return mono;
}

struct RealFft {
    AVTXContext* context = nullptr;
    av_tx_fn transform = nullptr;
    explicit RealFft(int size) {
        const float scale = 1.0f;
        if (av_tx_init(&context, &transform, AV_TX_FLOAT_RDFT, 0, size, &scale, AV_TX_UNALIGNED) <
            0) {
            throw std::runtime_error("FFmpeg has no real FFT of this size");
        }
    }
    ~RealFft() { av_tx_uninit(&context); }
    RealFft(const RealFft&) = delete;
    RealFft& operator=(const RealFft&) = delete;
};

// Bands a third of an octave wide or so up to where cymbals end: each octave weighs the same,
// so a hi-hat's thousands of high bins do not outweigh a kick's few low ones (as on the mel
// scale onset detectors use).
std::vector<std::pair<int, int>> logBands(int size, int sampleRate) {
    const double binHz = double(sampleRate) / size;
    const double top = std::min(kTopHz, sampleRate / 2.0);
    std::vector<std::pair<int, int>> bands;
    for (int k = 0; k < kBands; ++k) {
        const double low = kBottomHz * std::pow(top / kBottomHz, double(k) / kBands);
        const double high = kBottomHz * std::pow(top / kBottomHz, double(k + 1) / kBands);
        const int first = int(low / binHz);
        const int last = std::max(first + 1, int(high / binHz));
        if (bands.empty() || bands.back().first != first) {
            bands.emplace_back(first, last);
        }
    }
    return bands;
}

// Spectral flux: per frame, how much the log band spectrum rose since the frame before, summed
// over the bands.
std::vector<double> onsetStrength(const std::vector<float>& mono, int sampleRate, double* fps) {
    const int hop = std::max(1, int(std::lround(sampleRate / kFramesPerSecond)));
    *fps = double(sampleRate) / hop;
    int size = 256;
    while (size < sampleRate * kSpectrumSeconds) {
        size *= 2;
    }
    const int bins = size / 2 + 1;
    std::vector<float> window(static_cast<size_t>(size));
    for (int i = 0; i < size; ++i) {
        window[size_t(i)] = float(0.5 - 0.5 * std::cos(2 * M_PI * i / size));
    }
    const auto bands = logBands(size, sampleRate);
    RealFft fft(size);
    std::vector<float> frame(static_cast<size_t>(size));
    std::vector<AVComplexFloat> spectrum(static_cast<size_t>(bins));
    std::vector<double> previous(bands.size(), 0.0), current(bands.size());
    const int64_t frames = int64_t(mono.size()) / hop;
    std::vector<double> flux(size_t(frames), 0.0);
    const double norm = 2.0 / size;
    for (int64_t f = 0; f < frames; ++f) {
        // Centred on the frame's time; zeros outside the audio.
        const int64_t start = f * hop - size / 2;
        for (int i = 0; i < size; ++i) {
            const int64_t s = start + i;
            frame[size_t(i)] =
                s >= 0 && s < int64_t(mono.size()) ? mono[size_t(s)] * window[size_t(i)] : 0.0f;
        }
        fft.transform(fft.context, spectrum.data(), frame.data(), sizeof(AVComplexFloat));
        double rise = 0.0;
        for (size_t b = 0; b < bands.size(); ++b) {
            double magnitude = 0.0;
            for (int bin = bands[b].first; bin < bands[b].second && bin < bins; ++bin) {
                magnitude += std::hypot(spectrum[size_t(bin)].re, spectrum[size_t(bin)].im);
            }
            magnitude /= bands[b].second - bands[b].first;
            current[b] = std::log1p(kLogGain * norm * magnitude);
            rise += std::max(0.0, current[b] - previous[b]);
        }
        flux[size_t(f)] = f == 0 ? 0.0 : rise;
        std::swap(previous, current);
    }
    return flux;
}

// The envelope above its local mean, slightly smeared so that a grid point a frame off an
// onset still finds it.
std::vector<double> peaksOf(const std::vector<double>& flux, double fps) {
    const int64_t n = int64_t(flux.size());
    std::vector<double> prefix(size_t(n + 1), 0.0);
    std::partial_sum(flux.begin(), flux.end(), prefix.begin() + 1);
    const int64_t half = std::max<int64_t>(1, std::llround(kLocalMeanSeconds * fps / 2));
    std::vector<double> above(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
        const int64_t from = std::max<int64_t>(0, i - half);
        const int64_t to = std::min(n, i + half + 1);
        const double mean = (prefix[size_t(to)] - prefix[size_t(from)]) / double(to - from);
        above[size_t(i)] = std::max(0.0, flux[size_t(i)] - mean);
    }
    std::vector<double> smeared(size_t(n), 0.0);
    for (int64_t i = 0; i < n; ++i) {
        for (int64_t d = -2; d <= 2; ++d) {
            if (i + d >= 0 && i + d < n) {
                smeared[size_t(i)] += above[size_t(i + d)] * (3 - std::abs(d)) / 9.0;
            }
        }
    }
    return smeared;
}

// Onsets above a level shared by the strong ones count alike: a downbeat's accent or a kick
// louder than the snare is no reason to hear half the tempo, while weak onsets between the
// beats (hi-hats, ghost notes) stay weak. Returns how many onsets the envelope has.
size_t saturate(std::vector<double>& envelope) {
    std::vector<double> peaks;
    for (size_t i = 1; i + 1 < envelope.size(); ++i) {
        if (envelope[i] > 0 && envelope[i] >= envelope[i - 1] && envelope[i] > envelope[i + 1]) {
            peaks.push_back(envelope[i]);
        }
    }
    if (peaks.empty()) {
        return 0;
    }
    // The smeared envelope has many tiny maxima in a note's decay; they are no onsets.
    const double strongest = *std::max_element(peaks.begin(), peaks.end());
    peaks.erase(std::remove_if(peaks.begin(), peaks.end(),
                               [&](double peak) { return peak < kOnsetShare * strongest; }),
                peaks.end());
    const auto high = peaks.begin() + std::ptrdiff_t(double(peaks.size() - 1) * kStrongPeakRank);
    std::nth_element(peaks.begin(), high, peaks.end());
    const double level = kStrongPeakShare * *high;
    for (double& value : envelope) {
        value = std::min(value, level);
    }
    return peaks.size();
}

double sampleAt(const std::vector<double>& envelope, double position) {
    const auto index = int64_t(position);
    const double fraction = position - double(index);
    return envelope[size_t(index)] * (1 - fraction) + envelope[size_t(index + 1)] * fraction;
}

// The mean onset strength on the beat grid of `period` frames at its best phase.
double gridStrength(const std::vector<double>& envelope, double period) {
    const double last = double(envelope.size()) - 1.0;
    double best = 0.0;
    for (int phase = 0; phase < int(period); ++phase) {
        double sum = 0.0;
        int count = 0;
        for (double position = phase; position < last; position += period) {
            sum += sampleAt(envelope, position);
            ++count;
        }
        if (count > 0) {
            best = std::max(best, sum / count);
        }
    }
    return best;
}

struct Peak {
    double bpm = 0;
    double strength = 0;  // the mean onset strength on its beat grid
};

// The best tempo from `low` to `high` bpm, candidates `step` apart (relative). Its score is
// the grid's strength squared per frame of period: a period that skips every other beat halves
// it, a grid with a point between every two onsets halves the strength and doubles the points.
Peak bestTempo(const std::vector<double>& envelope, double fps, double low, double high,
               double step) {
    std::vector<double> tempi, scores;
    for (double bpm = low; bpm <= high; bpm *= 1 + step) {
        const double period = 60.0 * fps / bpm;
        const double strength = gridStrength(envelope, period);
        tempi.push_back(bpm);
        scores.push_back(strength * strength / period);
    }
    const auto best = size_t(std::max_element(scores.begin(), scores.end()) - scores.begin());
    Peak peak{tempi[best], std::sqrt(scores[best] * 60.0 * fps / tempi[best])};
    if (best > 0 && best + 1 < scores.size()) {
        // The peak between the candidates, on the logarithmic axis they are spaced on.
        const double a = scores[best - 1], b = scores[best], c = scores[best + 1];
        const double denominator = a - 2 * b + c;
        if (denominator < 0) {
            peak.bpm *= std::pow(1 + step, std::clamp(0.5 * (a - c) / denominator, -0.5, 0.5));
        }
    }
    return peak;
}

}  // namespace

std::optional<double> estimateTempo(const AudioBuffer& buffer, TempoRange range) {
    if (buffer.isEmpty() || buffer.sampleRate <= 0 || buffer.channels <= 0 ||
        !(range.minimumBpm > 0) || !(range.maximumBpm > range.minimumBpm)) {
        return std::nullopt;
    }
    double fps = 0.0;
    std::vector<double> envelope =
        peaksOf(onsetStrength(monoOf(buffer), buffer.sampleRate, &fps), fps);
    // A pulse needs a few beats to be heard; a drone has one onset, where it starts.
    if (saturate(envelope) < kMinimumOnsets ||
        double(envelope.size()) < kMinimumOnsets * 60.0 * fps / range.minimumBpm) {
        return std::nullopt;
    }
    // The beat is found on the first half minute: over minutes, a candidate 0.2% off the tempo
    // drifts off the beat and hears nothing.
    const std::vector<double> opening(
        envelope.begin(),
        envelope.begin() + std::min<std::ptrdiff_t>(std::ptrdiff_t(envelope.size()),
                                                    std::llround(kSearchSeconds * fps)));
    const double mean =
        std::accumulate(opening.begin(), opening.end(), 0.0) / double(opening.size());
    if (!(mean > 0)) {
        return std::nullopt;
    }
    const Peak coarse = bestTempo(opening, fps, range.minimumBpm, range.maximumBpm, kTempoStep);
    if (coarse.strength < kMinimumClarity * mean) {
        return std::nullopt;
    }
    // Then made exact on the whole: candidates close enough that the best stays within a tenth
    // of a beat of every onset to the end, so a loop of many bars ends on its bar line.
    const double beats = double(envelope.size()) * coarse.bpm / (60.0 * fps);
    const double step = kFineBeatShare / beats;
    if (step >= kTempoStep) {
        return coarse.bpm;
    }
    const double low = std::max(range.minimumBpm, coarse.bpm / (1 + kTempoStep));
    const double high = std::min(range.maximumBpm, coarse.bpm * (1 + kTempoStep));
    return bestTempo(envelope, fps, low, high, step).bpm;
}

}  // namespace sonara::core::audio
