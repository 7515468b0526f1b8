#pragma once

#include "core/audio/silence_detector.h"

#include <QString>
#include <QtGlobal>
#include <functional>
#include <vector>

namespace sonara::core {

class JobContext;

// Speech recognisers get 16 kHz mono.
constexpr int kSpeechSampleRate = 16000;

using audio::TimeRange;

// Called with the seconds of audio read so far, so an engine can place that on its progress bar.
using ReadProgress = std::function<void(double secondsRead)>;

struct SpeechDetection {
    std::vector<TimeRange> regions;  // where there is sound, in order
    double duration = 0;             // of the audio as decoded
};

// First pass of voice-activity chunking: streams the file through FFmpeg's silencedetect and
// returns the stretches between silences. Throws audio::AudioError for an unreadable file and
// JobCancelled within a second of a cancel.
SpeechDetection detectSpeech(const QString& path, JobContext& context,
                             const ReadProgress& progress = {},
                             const audio::SilenceDetector::Options& options = {});

// Widens each region by `padding` (so the first and last sounds of a word are not clipped) and
// merges neighbours while the merged chunk stays within `maxChunkSeconds`. A region longer than
// that stays whole; the engines window long audio themselves.
std::vector<TimeRange> mergeIntoChunks(const std::vector<TimeRange>& regions, double duration,
                                       double padding = 0.2, double maxChunkSeconds = 30.0);

// Receives the audio of each chunk in order, block by block.
class ChunkSink {
public:
    virtual ~ChunkSink() = default;
    virtual void beginChunk(double startSeconds) = 0;
    virtual void feed(const float* samples, qint64 count) = 0;
    virtual void endChunk() = 0;
};

// Reads the file once, front to back, at 16 kHz mono in blocks of a second, and hands `sink`
// the samples of each chunk (all of the file when `chunks` is null); audio between chunks is
// decoded and dropped, so memory stays flat however long the file is. Reading stops after the
// last chunk; returns the seconds read.
// Throws audio::AudioError for an unreadable file, JobCancelled within a second of a cancel.
double streamChunks(const QString& path, const std::vector<TimeRange>* chunks, ChunkSink& sink,
                    JobContext& context, const ReadProgress& progress = {});

}  // namespace sonara::core
