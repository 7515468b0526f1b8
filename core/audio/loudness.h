#pragma once

#include "core/audio/audio_buffer.h"

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

// Brings the integrated loudness within 0.5 LU of targetLufs with a linear gain; where that gain
// would push the true peak above maxTruePeakDbtp, FFmpeg's alimiter holds the peaks down and
// the gain is refined until both hold. Silence comes back unchanged.
AudioBuffer normalizeLoudness(const AudioBuffer& buffer, double targetLufs = -16.0,
                              double maxTruePeakDbtp = -1.0);

}  // namespace sonara::core::audio
