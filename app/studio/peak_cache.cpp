#include "app/studio/peak_cache.h"

#include <algorithm>
#include <limits>

namespace sonara::studio {

void PeakCache::rebuild(const core::audio::AudioBuffer& buffer) {
    levels_.clear();
    update(buffer, 0);
}

void PeakCache::update(const core::audio::AudioBuffer& buffer, qint64 fromFrame) {
    const qint64 frames = buffer.frames();
    const int channels = std::max(buffer.channels, 1);
    if (levels_.size() != static_cast<size_t>(kLevels)) {
        levels_.assign(kLevels, Level{});
        qint64 size = kBaseBucketFrames;
        for (Level& level : levels_) {
            level.bucketFrames = size;
            size *= kLevelFactor;
        }
        fromFrame = 0;
    }
    fromFrame = std::clamp<qint64>(fromFrame, 0, frames);

    Level& base = levels_.front();
    const qint64 baseBuckets = (frames + base.bucketFrames - 1) / base.bucketFrames;
    const qint64 firstBucket = fromFrame / base.bucketFrames;
    base.minimum.resize(static_cast<size_t>(baseBuckets));
    base.maximum.resize(static_cast<size_t>(baseBuckets));
    const float* samples = buffer.samples.data();
    for (qint64 bucket = firstBucket; bucket < baseBuckets; ++bucket) {
        const qint64 begin = bucket * base.bucketFrames * channels;
        const qint64 end = std::min(frames, (bucket + 1) * base.bucketFrames) * channels;
        float low = std::numeric_limits<float>::max();
        float high = std::numeric_limits<float>::lowest();
        for (qint64 i = begin; i < end; ++i) {
            low = std::min(low, samples[i]);
            high = std::max(high, samples[i]);
        }
        base.minimum[static_cast<size_t>(bucket)] = low;
        base.maximum[static_cast<size_t>(bucket)] = high;
    }

    for (size_t index = 1; index < levels_.size(); ++index) {
        const Level& finer = levels_[index - 1];
        Level& level = levels_[index];
        const qint64 buckets = (frames + level.bucketFrames - 1) / level.bucketFrames;
        const qint64 first = fromFrame / level.bucketFrames;
        level.minimum.resize(static_cast<size_t>(buckets));
        level.maximum.resize(static_cast<size_t>(buckets));
        const qint64 finerCount = static_cast<qint64>(finer.minimum.size());
        for (qint64 bucket = first; bucket < buckets; ++bucket) {
            const qint64 begin = bucket * kLevelFactor;
            const qint64 end = std::min(finerCount, begin + kLevelFactor);
            float low = std::numeric_limits<float>::max();
            float high = std::numeric_limits<float>::lowest();
            for (qint64 i = begin; i < end; ++i) {
                low = std::min(low, finer.minimum[static_cast<size_t>(i)]);
                high = std::max(high, finer.maximum[static_cast<size_t>(i)]);
            }
            level.minimum[static_cast<size_t>(bucket)] = low;
            level.maximum[static_cast<size_t>(bucket)] = high;
        }
    }
}

qint64 PeakCache::bucketCount(int level) const {
    return static_cast<qint64>(levels_.at(static_cast<size_t>(level)).minimum.size());
}

std::pair<float, float> PeakCache::range(const core::audio::AudioBuffer& buffer, qint64 startFrame,
                                         qint64 endFrame) const {
    const qint64 frames = buffer.frames();
    startFrame = std::clamp<qint64>(startFrame, 0, frames);
    endFrame = std::clamp<qint64>(endFrame, startFrame, frames);
    if (endFrame <= startFrame) {
        return {0.0f, 0.0f};
    }
    float low = std::numeric_limits<float>::max();
    float high = std::numeric_limits<float>::lowest();
    const int channels = std::max(buffer.channels, 1);
    auto scanSamples = [&](qint64 from, qint64 to) {
        for (qint64 i = from * channels; i < to * channels; ++i) {
            low = std::min(low, buffer.samples[static_cast<size_t>(i)]);
            high = std::max(high, buffer.samples[static_cast<size_t>(i)]);
        }
    };

    if (levels_.empty() || endFrame - startFrame < 2 * kBaseBucketFrames) {
        scanSamples(startFrame, endFrame);
        return {low, high};
    }
    // Bucket-aligned at the base level (a pixel spans at least two buckets here, so the edges'
    // rounding never shows), then each level takes the whole buckets of the next coarser one
    // and keeps only its ragged ends: a handful of values per pixel at any zoom.
    qint64 first = startFrame / kBaseBucketFrames;
    qint64 last = (endFrame + kBaseBucketFrames - 1) / kBaseBucketFrames;
    auto scanBuckets = [&](const Level& level, qint64 from, qint64 to) {
        for (qint64 bucket = from; bucket < to; ++bucket) {
            low = std::min(low, level.minimum[static_cast<size_t>(bucket)]);
            high = std::max(high, level.maximum[static_cast<size_t>(bucket)]);
        }
    };
    for (size_t index = 0; index < levels_.size(); ++index) {
        const Level& level = levels_[index];
        last = std::min<qint64>(last, static_cast<qint64>(level.minimum.size()));
        const qint64 coarseFirst = (first + kLevelFactor - 1) / kLevelFactor;
        const qint64 coarseLast = last / kLevelFactor;
        if (index + 1 == levels_.size() || coarseFirst >= coarseLast) {
            scanBuckets(level, first, last);
            break;
        }
        scanBuckets(level, first, coarseFirst * kLevelFactor);
        scanBuckets(level, coarseLast * kLevelFactor, last);
        first = coarseFirst;
        last = coarseLast;
    }
    return {low, high};
}

}  // namespace sonara::studio
