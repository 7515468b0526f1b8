#include "core/audio/pitch_shift.h"

#include <rubberband/RubberBandStretcher.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace sonara::core::audio {
namespace {

constexpr size_t kBlockFrames = 16384;

using Planes = std::vector<std::vector<float>>;

Planes deinterleave(const AudioBuffer& buffer) {
    const size_t frames = size_t(buffer.frames());
    Planes planes(size_t(buffer.channels), std::vector<float>(frames));
    for (size_t f = 0; f < frames; ++f) {
        for (size_t c = 0; c < planes.size(); ++c) {
            planes[c][f] = buffer.samples[f * planes.size() + c];
        }
    }
    return planes;
}

// Pointers to each plane at `offset`, as Rubber Band takes them.
std::vector<float*> at(Planes& planes, size_t offset) {
    std::vector<float*> pointers;
    for (auto& plane : planes) {
        pointers.push_back(plane.data() + offset);
    }
    return pointers;
}

// Runs Rubber Band offline over the whole buffer (study, then process) and returns exactly
// round(frames * timeRatio) frames.
AudioBuffer stretchOffline(const AudioBuffer& buffer,
                           RubberBand::RubberBandStretcher::Options extraOptions, double timeRatio,
                           double pitchScale) {
    using RubberBand::RubberBandStretcher;
    const RubberBandStretcher::Options options =
        RubberBandStretcher::OptionProcessOffline | RubberBandStretcher::OptionEngineFiner |
        RubberBandStretcher::OptionChannelsTogether | extraOptions;
    RubberBandStretcher stretcher(size_t(buffer.sampleRate), size_t(buffer.channels), options,
                                  timeRatio, pitchScale);
    const size_t frames = size_t(buffer.frames());
    stretcher.setExpectedInputDuration(frames);
    stretcher.setMaxProcessSize(kBlockFrames);

    Planes input = deinterleave(buffer);
    for (size_t done = 0; done < frames; done += kBlockFrames) {
        const size_t count = std::min(kBlockFrames, frames - done);
        stretcher.study(at(input, done).data(), count, done + count == frames);
    }
    Planes output(input.size());
    auto collect = [&] {
        for (int available = stretcher.available(); available > 0;
             available = stretcher.available()) {
            Planes chunk(input.size(), std::vector<float>(size_t(available)));
            const size_t got = stretcher.retrieve(at(chunk, 0).data(), size_t(available));
            for (size_t c = 0; c < chunk.size(); ++c) {
                output[c].insert(output[c].end(), chunk[c].begin(), chunk[c].begin() + got);
            }
        }
    };
    for (size_t done = 0; done < frames; done += kBlockFrames) {
        const size_t count = std::min(kBlockFrames, frames - done);
        stretcher.process(at(input, done).data(), count, done + count == frames);
        collect();
    }
    collect();

    // Offline mode already gives the requested length; the guard keeps it exact regardless.
    const size_t wanted = size_t(std::llround(double(frames) * timeRatio));
    AudioBuffer result{buffer.sampleRate, buffer.channels, {}};
    result.samples.assign(wanted * output.size(), 0.0f);
    for (size_t c = 0; c < output.size(); ++c) {
        const size_t count = std::min(wanted, output[c].size());
        for (size_t f = 0; f < count; ++f) {
            result.samples[f * output.size() + c] = output[c][f];
        }
    }
    return result;
}

}  // namespace

AudioBuffer shiftPitch(const AudioBuffer& buffer, double semitones, bool preserveFormants) {
    if (semitones == 0.0 || buffer.isEmpty()) {
        return buffer;
    }
    using RubberBand::RubberBandStretcher;
    return stretchOffline(buffer,
                          preserveFormants ? RubberBandStretcher::OptionFormantPreserved
                                           : RubberBandStretcher::OptionFormantShifted,
                          1.0, std::pow(2.0, semitones / 12.0));
}

AudioBuffer timeStretch(const AudioBuffer& buffer, double ratio) {
    if (buffer.isEmpty() || std::abs(ratio - 1.0) < 1e-6) {
        return buffer;
    }
    return stretchOffline(buffer, RubberBand::RubberBandStretcher::OptionFormantShifted, ratio,
                          1.0);
}

}  // namespace sonara::core::audio
