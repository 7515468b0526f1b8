#include "core/engine/engines/speech_chunks.h"

#include "core/audio/audio_reader.h"
#include "core/engine/job_context.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sonara::core {
namespace {

// One second per read: a cancel is noticed within a second.
constexpr qint64 kBlockFrames = kSpeechSampleRate;

struct FrameRange {
    qint64 start = 0;
    qint64 end = 0;
};

qint64 toFrame(double seconds) {
    return std::llround(std::max(seconds, 0.0) * kSpeechSampleRate);
}

std::vector<FrameRange> frameRanges(const std::vector<TimeRange>* chunks) {
    if (chunks == nullptr) {
        return {FrameRange{0, std::numeric_limits<qint64>::max()}};
    }
    std::vector<FrameRange> ranges;
    for (const TimeRange& chunk : *chunks) {
        const FrameRange range{toFrame(chunk.start), toFrame(chunk.end)};
        if (range.end > range.start) {
            ranges.push_back(range);
        }
    }
    return ranges;
}

// Walks the chunks along the stream of blocks, opening and closing them on the sink.
class ChunkRouter {
public:
    ChunkRouter(std::vector<FrameRange> ranges, ChunkSink& sink)
        : ranges_(std::move(ranges)), sink_(sink) {}

    bool wantsMore() const { return current_ < ranges_.size(); }

    void route(const std::vector<float>& block, qint64 blockStart) {
        const qint64 blockEnd = blockStart + qint64(block.size());
        qint64 cursor = blockStart;
        while (wantsMore() && cursor < blockEnd) {
            const FrameRange& range = ranges_[current_];
            if (range.start >= blockEnd) {
                return;
            }
            if (range.end <= cursor) {  // overlaps the chunk before it: nothing of it is left
                close();
                continue;
            }
            const qint64 from = std::max(range.start, cursor);
            const qint64 to = std::min(range.end, blockEnd);
            if (!open_) {
                sink_.beginChunk(double(from) / kSpeechSampleRate);
                open_ = true;
            }
            sink_.feed(block.data() + (from - blockStart), to - from);
            cursor = to;
            if (to == range.end) {
                close();
            }
        }
    }

    void close() {
        if (open_) {
            sink_.endChunk();
            open_ = false;
        }
        ++current_;
    }

    void finish() {
        if (open_) {
            sink_.endChunk();
            open_ = false;
        }
    }

private:
    std::vector<FrameRange> ranges_;
    ChunkSink& sink_;
    size_t current_ = 0;
    bool open_ = false;
};

}  // namespace

SpeechDetection detectSpeech(const QString& path, JobContext& context, const ReadProgress& progress,
                             const audio::SilenceDetector::Options& options) {
    audio::AudioReader reader(path, audio::DecodeOptions{kSpeechSampleRate, 1});
    audio::SilenceDetector detector(kSpeechSampleRate, 1, options);
    qint64 position = 0;
    for (;;) {
        context.throwIfCancelled();
        const audio::AudioBuffer block = reader.read(kBlockFrames);
        if (block.isEmpty()) {
            break;
        }
        detector.process(block);
        position += block.frames();
        if (progress) {
            progress(double(position) / kSpeechSampleRate);
        }
    }
    SpeechDetection detection;
    detection.duration = double(position) / kSpeechSampleRate;
    detection.regions = audio::soundBetween(detector.finish(), detection.duration);
    return detection;
}

std::vector<TimeRange> mergeIntoChunks(const std::vector<TimeRange>& regions, double duration,
                                       double padding, double maxChunkSeconds) {
    std::vector<TimeRange> chunks;
    for (const TimeRange& region : regions) {
        const TimeRange padded{std::max(region.start - padding, 0.0),
                               std::min(region.end + padding, duration)};
        if (padded.end <= padded.start) {
            continue;
        }
        if (!chunks.empty()) {
            TimeRange& last = chunks.back();
            const bool touching = padded.start <= last.end;
            if (touching || padded.end - last.start <= maxChunkSeconds) {
                last.end = std::max(last.end, padded.end);
                continue;
            }
        }
        chunks.push_back(padded);
    }
    return chunks;
}

double streamChunks(const QString& path, const std::vector<TimeRange>* chunks, ChunkSink& sink,
                    JobContext& context, const ReadProgress& progress) {
    audio::AudioReader reader(path, audio::DecodeOptions{kSpeechSampleRate, 1});
    ChunkRouter router(frameRanges(chunks), sink);
    qint64 position = 0;
    while (router.wantsMore()) {
        context.throwIfCancelled();
        const audio::AudioBuffer block = reader.read(kBlockFrames);
        if (block.isEmpty()) {
            break;
        }
        router.route(block.samples, position);
        position += block.frames();
        if (progress) {
            progress(double(position) / kSpeechSampleRate);
        }
    }
    router.finish();
    return double(position) / kSpeechSampleRate;
}

}  // namespace sonara::core
