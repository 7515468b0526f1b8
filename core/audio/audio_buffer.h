#pragma once

#include <QtGlobal>

#include <vector>

namespace sonara::core::audio {

// Decoded audio held in memory: interleaved float samples, nominal range [-1, 1].
struct AudioBuffer {
    int sampleRate = 0;
    int channels = 0;
    std::vector<float> samples;

    qint64 frames() const;
    double durationSeconds() const;
    bool isEmpty() const;
};

}  // namespace sonara::core::audio
