#include "core/engine/engines/room_tone.h"

#include <algorithm>
#include <cmath>

namespace sonara::core::voice_editor {
namespace {

constexpr double kBlockSeconds = 0.01;
constexpr double kLoopCrossfadeSeconds = 0.05;

}  // namespace

double rmsDb(const audio::AudioBuffer& buffer, qint64 first, qint64 last) {
    first = std::clamp<qint64>(first, 0, buffer.frames());
    last = std::clamp<qint64>(last, first, buffer.frames());
    double sum = 0;
    for (qint64 i = first * buffer.channels; i < last * buffer.channels; ++i) {
        sum += double(buffer.samples[size_t(i)]) * buffer.samples[size_t(i)];
    }
    const qint64 count = std::max<qint64>(1, (last - first) * buffer.channels);
    return 10 * std::log10(std::max(sum / double(count), 1e-12));
}

TimeRange findQuietestStretch(const audio::AudioBuffer& buffer, double seconds) {
    const double total = buffer.durationSeconds();
    if (total <= seconds) {
        return TimeRange{0, total};
    }
    const qint64 block = std::max<qint64>(1, std::llround(kBlockSeconds * buffer.sampleRate));
    const qint64 blocks = buffer.frames() / block;
    const qint64 span = std::max<qint64>(1, std::llround(seconds / kBlockSeconds));
    std::vector<double> energy(size_t(blocks), 0.0);
    for (qint64 b = 0; b < blocks; ++b) {
        for (qint64 i = b * block * buffer.channels; i < (b + 1) * block * buffer.channels; ++i) {
            energy[size_t(b)] += double(buffer.samples[size_t(i)]) * buffer.samples[size_t(i)];
        }
    }
    double window = 0;
    for (qint64 b = 0; b < std::min(span, blocks); ++b) {
        window += energy[size_t(b)];
    }
    double best = window;
    qint64 bestStart = 0;
    for (qint64 b = span; b < blocks; ++b) {
        window += energy[size_t(b)] - energy[size_t(b - span)];
        if (window < best) {
            best = window;
            bestStart = b - span + 1;
        }
    }
    const double start = double(bestStart * block) / buffer.sampleRate;
    return TimeRange{start, std::min(total, start + seconds)};
}

RoomTone::RoomTone(const audio::AudioBuffer& buffer, const TimeRange& stretch)
    : channels_(std::max(1, buffer.channels)) {
    const qint64 first =
        std::clamp<qint64>(std::llround(stretch.start * buffer.sampleRate), 0, buffer.frames());
    const qint64 last =
        std::clamp<qint64>(std::llround(stretch.end * buffer.sampleRate), first, buffer.frames());
    frames_ = last - first;
    samples_.assign(buffer.samples.begin() + first * channels_,
                    buffer.samples.begin() + last * channels_);
    crossfade_ =
        std::min<qint64>(frames_ / 4, std::llround(kLoopCrossfadeSeconds * buffer.sampleRate));
    levelDb_ = rmsDb(buffer, first, last);
}

float RoomTone::sample(qint64 frame, int channel) const {
    if (frames_ == 0) {
        return 0.0f;
    }
    channel = std::min(channel, channels_ - 1);
    const qint64 period = frames_ - crossfade_;
    const qint64 position = frame % period;
    const float current = samples_[size_t(position * channels_ + channel)];
    if (frame < period || position >= crossfade_) {
        return current;
    }
    // The previous repeat's tail fades out while this one's head fades in, at equal power:
    // the stretch is noise, uncorrelated with itself at this distance.
    const double t = (double(position) + 0.5) / double(crossfade_);
    const float tail = samples_[size_t((period + position) * channels_ + channel)];
    return float(current * std::sin(t * M_PI / 2) + tail * std::cos(t * M_PI / 2));
}

}  // namespace sonara::core::voice_editor
