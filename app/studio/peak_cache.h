#pragma once

#include "core/audio/audio_buffer.h"

#include <QtGlobal>
#include <utility>
#include <vector>

namespace sonara::studio {

// Minimum and maximum of every bucket of frames, all channels together, at several bucket
// sizes, so that drawing any zoom level touches at most a few values per pixel and a two-hour
// file scrolls as smoothly as a short one.
class PeakCache {
public:
    static constexpr int kBaseBucketFrames = 256;
    static constexpr int kLevelFactor = 4;
    static constexpr int kLevels = 5;  // buckets of 256, 1k, 4k, 16k and 64k frames

    void rebuild(const core::audio::AudioBuffer& buffer);
    // Recomputes the buckets from `fromFrame` to the end, after an edit that left everything
    // before it unchanged.
    void update(const core::audio::AudioBuffer& buffer, qint64 fromFrame);

    // The lowest and highest sample in [startFrame, endFrame), read from the coarsest level
    // whose buckets fit in the range, or from the samples themselves for short ranges.
    std::pair<float, float> range(const core::audio::AudioBuffer& buffer, qint64 startFrame,
                                  qint64 endFrame) const;

    int levelCount() const { return static_cast<int>(levels_.size()); }
    qint64 bucketCount(int level) const;

private:
    struct Level {
        qint64 bucketFrames = 0;
        std::vector<float> minimum;
        std::vector<float> maximum;
    };
    std::vector<Level> levels_;
};

}  // namespace sonara::studio
