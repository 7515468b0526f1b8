#include "test_signals.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace sonara::core::audio::test {

namespace {

struct Hit {
    double beat;       // position in beats from the start of the bar
    double frequency;  // 0: noise, -1: hiss (noise above a few kHz)
    double amplitude;
    double decaySeconds;
};

// Bars of four beats at `bpm`, mono, each hit a decaying tone or noise burst.
AudioBuffer drumPattern(const std::vector<Hit>& bar, double bpm, double seconds, int sampleRate) {
    AudioBuffer buffer{sampleRate, 1, std::vector<float>(size_t(seconds * sampleRate), 0.0f)};
    std::mt19937 random(7);
    std::uniform_real_distribution<float> noise(-1.0f, 1.0f);
    const double beatSeconds = 60.0 / bpm;
    for (int b = 0; b * 4 * beatSeconds < seconds; ++b) {
        for (const Hit& hit : bar) {
            const auto start = int64_t((b * 4 + hit.beat) * beatSeconds * sampleRate);
            const auto length = int64_t(5 * hit.decaySeconds * sampleRate);
            float last = 0.0f;
            for (int64_t i = 0; i < length && start + i < int64_t(buffer.samples.size()); ++i) {
                const double t = double(i) / sampleRate;
                const float white = noise(random);
                const double source = hit.frequency > 0   ? std::sin(2 * M_PI * hit.frequency * t)
                                      : hit.frequency < 0 ? 0.5 * (white - last)
                                                          : white;
                last = white;
                buffer.samples[size_t(start + i)] +=
                    float(hit.amplitude * std::exp(-t / hit.decaySeconds) * source);
            }
        }
    }
    return buffer;
}

}  // namespace

AudioBuffer clickTrack(double bpm, double seconds, int sampleRate) {
    return drumPattern(
        {{0, 1760, 0.8, 0.01}, {1, 880, 0.5, 0.01}, {2, 880, 0.5, 0.01}, {3, 880, 0.5, 0.01}}, bpm,
        seconds, sampleRate);
}

AudioBuffer rockBeat(double bpm, double seconds, int sampleRate) {
    std::vector<Hit> bar = {{0, 55, 0.9, 0.08},  {2, 55, 0.9, 0.08}, {1, 0, 0.5, 0.05},
                            {1, 190, 0.4, 0.05}, {3, 0, 0.5, 0.05},  {3, 190, 0.4, 0.05}};
    for (int eighth = 0; eighth < 8; ++eighth) {
        bar.push_back({eighth / 2.0, -1, 0.3, 0.01});
    }
    return drumPattern(bar, bpm, seconds, sampleRate);
}

AudioBuffer sine(int sampleRate, int channels, double frequency, double seconds, double amplitude) {
    AudioBuffer buffer;
    buffer.sampleRate = sampleRate;
    buffer.channels = channels;
    const auto frames = static_cast<qint64>(std::llround(seconds * sampleRate));
    buffer.samples.resize(static_cast<size_t>(frames * channels));
    for (qint64 i = 0; i < frames; ++i) {
        const auto value =
            static_cast<float>(amplitude * std::sin(2.0 * M_PI * frequency * i / sampleRate));
        for (int c = 0; c < channels; ++c)
            buffer.samples[static_cast<size_t>(i * channels + c)] = value;
    }
    return buffer;
}

AudioBuffer noiseBursts(int sampleRate, int channels, double seconds, double amplitude,
                        std::uint32_t seed) {
    AudioBuffer buffer;
    buffer.sampleRate = sampleRate;
    buffer.channels = channels;
    const auto frames = static_cast<qint64>(std::llround(seconds * sampleRate));
    buffer.samples.assign(static_cast<size_t>(frames * channels), 0.0f);
    std::mt19937 random(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::uniform_real_distribution<double> level(0.3, 1.0);
    // 350 ms "words" separated by 150 ms pauses, each at its own level, low-passed a little
    // so that the spectrum leans towards speech.
    const qint64 word = sampleRate * 35 / 100;
    const qint64 pause = sampleRate * 15 / 100;
    double smoothed = 0.0;
    for (qint64 start = 0; start < frames; start += word + pause) {
        const double gain = amplitude * level(random);
        for (qint64 i = start; i < std::min(frames, start + word); ++i) {
            smoothed = 0.6 * smoothed + 0.4 * noise(random);
            const auto value = static_cast<float>(std::clamp(gain * smoothed, -1.0, 1.0));
            for (int c = 0; c < channels; ++c)
                buffer.samples[static_cast<size_t>(i * channels + c)] = value;
        }
    }
    return buffer;
}

AudioBuffer quantized16(AudioBuffer buffer) {
    for (float& sample : buffer.samples)
        sample =
            static_cast<float>(std::lround(std::clamp(sample, -1.0f, 1.0f) * 32767.0)) / 32768.0f;
    return buffer;
}

std::vector<float> channelSamples(const AudioBuffer& buffer, int channel) {
    std::vector<float> result;
    result.reserve(static_cast<size_t>(buffer.frames()));
    for (qint64 i = 0; i < buffer.frames(); ++i)
        result.push_back(buffer.samples[static_cast<size_t>(i * buffer.channels + channel)]);
    return result;
}

double zeroCrossingFrequency(const AudioBuffer& buffer, int channel) {
    const std::vector<float> x = channelSamples(buffer, channel);
    double first = -1.0;
    double last = -1.0;
    int crossings = 0;
    for (size_t i = 1; i < x.size(); ++i) {
        if (x[i - 1] < 0.0f && x[i] >= 0.0f) {
            const double t = (i - 1) + x[i - 1] / (x[i - 1] - x[i]);
            if (first < 0.0)
                first = t;
            last = t;
            ++crossings;
        }
    }
    if (crossings < 2)
        return 0.0;
    return (crossings - 1) * static_cast<double>(buffer.sampleRate) / (last - first);
}

double rms(const AudioBuffer& buffer, int channel) {
    double sum = 0.0;
    qint64 count = 0;
    for (size_t i = 0; i < buffer.samples.size(); ++i) {
        if (channel >= 0 && static_cast<int>(i % buffer.channels) != channel)
            continue;
        sum += double(buffer.samples[i]) * buffer.samples[i];
        ++count;
    }
    return count > 0 ? std::sqrt(sum / count) : 0.0;
}

double peak(const AudioBuffer& buffer) {
    float result = 0.0f;
    for (float sample : buffer.samples)
        result = std::max(result, std::fabs(sample));
    return result;
}

double bestCorrelation(const AudioBuffer& a, const AudioBuffer& b, int maxLag) {
    const std::vector<float> x = channelSamples(a, 0);
    const std::vector<float> y = channelSamples(b, 0);
    double best = -1.0;
    // A window from the middle keeps this cheap for long buffers and clear of codec edges.
    const size_t begin = x.size() / 4;
    const size_t end = std::min(x.size(), begin + 9600);
    for (int lag = -maxLag; lag <= maxLag; ++lag) {
        double xy = 0.0, xx = 0.0, yy = 0.0;
        for (size_t i = begin; i < end; ++i) {
            const long j = static_cast<long>(i) + lag;
            if (j < 0 || j >= static_cast<long>(y.size()))
                continue;
            xy += double(x[i]) * y[j];
            xx += double(x[i]) * x[i];
            yy += double(y[j]) * y[j];
        }
        if (xx > 0.0 && yy > 0.0)
            best = std::max(best, xy / std::sqrt(xx * yy));
    }
    return best;
}

}  // namespace sonara::core::audio::test
