#pragma once

#include "core/audio/audio_buffer.h"

#include <functional>
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

// What FFmpeg's loudnorm aims for (EBU R128): integrated loudness, true-peak ceiling, range.
struct LoudnormTarget {
    double integratedLufs = -14.0;
    double truePeakDbtp = -1.5;
    double loudnessRangeLu = 11.0;
};

// FFmpeg's loudnorm in two passes, as its authors advise for files: the first measures the
// audio (integrated loudness, range, true peak, gating threshold), the second normalises with
// those figures, linearly wherever the range and peaks allow; a last linear trim corrects what
// loudnorm's 192 kHz measurement and the meter at the buffer's rate disagree on (audio heavy
// near its Nyquist frequency), within the true-peak ceiling. The result keeps the buffer's rate
// and channels. Silence, or audio shorter than one 400 ms block, comes back unchanged. Throws
// AudioError naming loudnorm when FFmpeg cannot run it. `progress` (optional) gets the fraction
// done about once a second of audio and returns false to stop: the result is then empty.
using LoudnormProgress = std::function<bool(double fraction)>;
AudioBuffer loudnormTwoPass(const AudioBuffer& buffer, const LoudnormTarget& target = {},
                            const LoudnormProgress& progress = {});

}  // namespace sonara::core::audio
