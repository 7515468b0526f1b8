#pragma once

#include "core/audio/audio_buffer.h"

#include <QString>
#include <memory>

namespace sonara::core::audio {

// A libavfilter chain run over a stream: push chunks, get what the filters have finished, and
// flush at the end. One graph for the whole stream, so stateful filters (afftdn, alimiter)
// behave as on the whole file while memory stays flat in its length.
class AudioFilter {
public:
    // Throws AudioError naming the graph when it does not parse or cannot run on this format.
    AudioFilter(const QString& filterGraph, int sampleRate, int channels);
    ~AudioFilter();
    AudioFilter(const AudioFilter&) = delete;
    AudioFilter& operator=(const AudioFilter&) = delete;

    int outputSampleRate() const;
    int outputChannels() const;
    // `chunk` must have the rate and channel count given at construction.
    AudioBuffer process(const AudioBuffer& chunk);
    // Ends the stream and returns what the filters still held.
    AudioBuffer finish();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sonara::core::audio
