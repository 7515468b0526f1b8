#pragma once

#include "core/audio/audio_buffer.h"

#include <memory>
#include <vector>

namespace sonara::core::audio {

struct TimeRange {
    double start = 0.0;  // seconds from the start of the stream
    double end = 0.0;
};

// Finds the silent stretches of a stream with FFmpeg's silencedetect filter: push chunks as they
// are decoded, then finish(). Memory stays flat in the stream's length; only the list of
// silences grows.
class SilenceDetector {
public:
    struct Options {
        // Audio below this level counts as silence.
        double noiseDb = -40.0;
        // Quiet stretches shorter than this are pauses within speech, not silences.
        double minSilenceSeconds = 0.5;
    };

    // Throws AudioError when FFmpeg cannot build the detection graph for this format.
    SilenceDetector(int sampleRate, int channels, const Options& options);
    ~SilenceDetector();
    SilenceDetector(const SilenceDetector&) = delete;
    SilenceDetector& operator=(const SilenceDetector&) = delete;

    // `chunk` must have the rate and channel count given at construction.
    void process(const AudioBuffer& chunk);
    // Ends the stream; a silence still open at the end closes at the stream's end.
    std::vector<TimeRange> finish();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The stretches of [0, duration) that are not silent, in order.
std::vector<TimeRange> soundBetween(const std::vector<TimeRange>& silences, double duration);

}  // namespace sonara::core::audio
