#pragma once

// Internal to sonara_audio: runs in-memory audio through a libavfilter graph.

#include "core/audio/audio_buffer.h"
#include "core/audio/ffmpeg_support.h"

#include <QString>

#include <functional>
#include <vector>

struct AVFrame;
struct AVFilterContext;

namespace sonara::core::audio::detail {

// Called for every frame the graph outputs, before its samples are appended; lets callers read
// per-frame metadata such as ebur128's measurements.
using FrameObserver = std::function<void(const AVFrame& frame)>;

enum class FeedOrder {
    // Inputs advance together, for filters that consume them side by side (amix).
    Interleaved,
    // Each input whole, then the next, for filters that consume them one after another
    // (acrossfade, which mishandles a second input that ends before the first).
    Sequential,
};

struct InputFormat {
    int sampleRate = 0;
    int channels = 0;
};

// A configured graph: one abuffer source per input, one float abuffersink.
struct BuiltGraph {
    FilterGraphPtr graph;
    std::vector<AVFilterContext*> sources;
    AVFilterContext* sink = nullptr;
};

// Parses and configures `graph` between the sources and the sink, with the labelling rules
// described at runFilterGraph. Throws AudioError(graph, reason) when it does not fit.
BuiltGraph buildGraph(const std::vector<InputFormat>& inputs, const QString& graph);

// Sends `frames` frames of `buffer`, from `startFrame` on, into `source` as one float frame
// stamped `pts`. Returns FFmpeg's status (negative on failure).
int pushFrames(AVFilterContext* source, const AudioBuffer& buffer, qint64 startFrame, int frames,
               int64_t pts);

// Takes every frame `sink` has ready: passes it to `observer` (if any), then appends its samples
// to `output` (if any). Returns 0, or FFmpeg's negative status on failure.
int drainSink(AVFilterContext* sink, AudioBuffer* output, const FrameObserver& observer = {});

// Feeds the inputs (each with its own rate and channel count) into `graph`. With several inputs
// the graph's open input pads are labelled [in0], [in1], ...; a single input is [in]. The one
// output is [out]. A one-input chain may leave its ends unlabelled, as in "highpass=f=80,afftdn".
// The result keeps whatever rate and channel count the graph produces. A graph that does not parse
// or configure throws AudioError(graph, reason).
AudioBuffer runFilterGraph(const std::vector<const AudioBuffer*>& inputs, const QString& graph,
                           const FrameObserver& observer = {},
                           FeedOrder order = FeedOrder::Interleaved);

}  // namespace sonara::core::audio::detail
