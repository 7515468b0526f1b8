#pragma once

#include "core/audio/audio_buffer.h"

#include <memory>

namespace sonara::core::audio {

// EBU R128 / ITU-R BS.1770 figures. Silence (or audio shorter than one 400 ms gating block)
// has an integrated loudness of -infinity; a silent buffer has peaks of -infinity.
struct Loudness {
    double integratedLufs = 0.0;
    double truePeakDbtp = 0.0;
    double loudnessRangeLu = 0.0;
    double samplePeakDbfs = 0.0;
};

// Measured with FFmpeg's ebur128 filter, true peak included.
Loudness measureLoudness(const AudioBuffer& buffer);

// The same measurement over a stream of chunks, for audio too long to hold in memory.
class LoudnessMeter {
public:
    LoudnessMeter(int sampleRate, int channels);
    ~LoudnessMeter();
    LoudnessMeter(const LoudnessMeter&) = delete;
    LoudnessMeter& operator=(const LoudnessMeter&) = delete;

    // `chunk` must have the meter's rate and channel count.
    void add(const AudioBuffer& chunk);
    // Ends the stream; call once, after the last chunk.
    Loudness result();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Brings the integrated loudness within 0.5 LU of targetLufs with a linear gain; where that gain
// would push the true peak above maxTruePeakDbtp, FFmpeg's alimiter holds the peaks down and
// the gain is refined until both hold. Silence comes back unchanged.
AudioBuffer normalizeLoudness(const AudioBuffer& buffer, double targetLufs = -16.0,
                              double maxTruePeakDbtp = -1.0);

}  // namespace sonara::core::audio
