#include "core/engine/engines/edit_render.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace sonara::core::voice_editor {
namespace {

using Fill = std::function<float(qint64 frame, int channel)>;

qint64 frameAt(double seconds, const audio::AudioBuffer& buffer) {
    return std::clamp<qint64>(std::llround(seconds * buffer.sampleRate), 0, buffer.frames());
}

// Equal-power gains of the incoming signal at step `i` of `steps`.
double fadeIn(qint64 i, qint64 steps) {
    return std::sin((double(i) + 0.5) / double(steps) * M_PI / 2);
}
double fadeOut(qint64 i, qint64 steps) {
    return std::cos((double(i) + 0.5) / double(steps) * M_PI / 2);
}

// Replaces [first, last) with `fill`, fading from the recording into it over the `fade`
// frames before `first` and back out over the `fade` frames after `last`.
void cover(audio::AudioBuffer& buffer, qint64 first, qint64 last, qint64 fade, const Fill& fill) {
    const int channels = buffer.channels;
    const qint64 fadeStart = std::max<qint64>(0, first - fade);
    const qint64 fadeEnd = std::min(buffer.frames(), last + fade);
    auto at = [&](qint64 frame, int channel) -> float& {
        return buffer.samples[size_t(frame * channels + channel)];
    };
    for (qint64 f = fadeStart; f < first; ++f) {
        const qint64 step = f - fadeStart;
        for (int c = 0; c < channels; ++c) {
            at(f, c) = float(at(f, c) * fadeOut(step, first - fadeStart) +
                             fill(f - fadeStart, c) * fadeIn(step, first - fadeStart));
        }
    }
    for (qint64 f = first; f < last; ++f) {
        for (int c = 0; c < channels; ++c) {
            at(f, c) = fill(f - fadeStart, c);
        }
    }
    for (qint64 f = last; f < fadeEnd; ++f) {
        const qint64 step = f - last;
        for (int c = 0; c < channels; ++c) {
            at(f, c) = float(fill(f - fadeStart, c) * fadeOut(step, fadeEnd - last) +
                             at(f, c) * fadeIn(step, fadeEnd - last));
        }
    }
}

Fill fillFor(const Edit& edit, const RenderOptions& options, const RoomTone* roomTone,
             int sampleRate) {
    if (edit.action == EditAction::Bleep) {
        const double amplitude = std::pow(10.0, options.bleepDb / 20.0);
        const double step = 2 * M_PI * options.bleepHz / sampleRate;
        return [amplitude, step](qint64 frame, int) {
            return float(amplitude * std::sin(step * double(frame)));
        };
    }
    if (options.muteFill == MuteFill::RoomTone && roomTone) {
        return [roomTone](qint64 frame, int channel) { return roomTone->sample(frame, channel); };
    }
    return [](qint64, int) { return 0.0f; };
}

// One frame of a cut's join, `step` of `steps`. Without room tone the leaving side crossfades
// straight into the arriving one. With it the join is three equal parts: the leaving side fades
// into the room tone, the room tone alone, the arriving side fades in out of it; so a join
// never butts two words together or drops to digital silence. Gains stay equal-power.
float joinSample(float leaving, float arriving, float tone, qint64 step, qint64 steps,
                 bool throughTone) {
    if (!throughTone) {
        return float(leaving * fadeOut(step, steps) + arriving * fadeIn(step, steps));
    }
    const qint64 third = steps / 3;
    if (step < third) {
        return float(leaving * fadeOut(step, third) + tone * fadeIn(step, third));
    }
    if (step < steps - third) {
        return tone;
    }
    const qint64 last = step - (steps - third);
    return float(tone * fadeOut(last, third) + arriving * fadeIn(last, third));
}

void append(audio::AudioBuffer& out, const audio::AudioBuffer& source, qint64 first, qint64 last) {
    out.samples.insert(out.samples.end(), source.samples.begin() + first * source.channels,
                       source.samples.begin() + last * source.channels);
}

}  // namespace

audio::AudioBuffer renderEdits(const audio::AudioBuffer& source, const EditPlan& plan,
                               const RenderOptions& options, const RoomTone* roomTone) {
    audio::AudioBuffer covered = source;
    const qint64 fade = std::llround(options.crossfadeSeconds * source.sampleRate);
    for (const Edit& edit : plan.covers) {
        cover(covered, frameAt(edit.range.start, source), frameAt(edit.range.end, source), fade,
              fillFor(edit, options, roomTone, source.sampleRate));
    }

    audio::AudioBuffer out{source.sampleRate, source.channels, {}};
    out.samples.reserve(covered.samples.size());
    const bool throughTone = options.muteFill == MuteFill::RoomTone && roomTone != nullptr;
    qint64 position = 0;  // the next source frame to copy
    for (qsizetype i = 0; i < plan.cuts.size(); ++i) {
        const qint64 first = frameAt(plan.cuts.at(i).start, source);
        const qint64 last = frameAt(plan.cuts.at(i).end, source);
        const qint64 next = i + 1 < plan.cuts.size() ? frameAt(plan.cuts.at(i + 1).start, source)
                                                     : covered.frames();
        // Half the crossfade on each side of the join (through room tone: a whole one, a fade
        // out and a fade in), as far as the audio around it allows.
        const qint64 half =
            std::max<qint64>(0, std::min({throughTone ? fade : fade / 2, first - position,
                                          (next - last) / 2, covered.frames() - last}));
        append(out, covered, position, first - half);
        for (qint64 step = 0; step < 2 * half; ++step) {
            for (int c = 0; c < source.channels; ++c) {
                const float leaving =
                    covered.samples[size_t((first - half + step) * source.channels + c)];
                const float arriving =
                    covered.samples[size_t((last - half + step) * source.channels + c)];
                const float tone = throughTone ? roomTone->sample(step, c) : 0.0f;
                out.samples.push_back(
                    joinSample(leaving, arriving, tone, step, 2 * half, throughTone));
            }
        }
        position = last + half;
    }
    append(out, covered, position, covered.frames());
    return out;
}

}  // namespace sonara::core::voice_editor
