#pragma once

// Internal to models/: demucs.apply.apply_model's long-input splitting, independent of the network
// (Hybrid Demucs and Hybrid Transformer Demucs share it). Segments of a fixed length overlap and
// are cross-faded with triangular weights; every network call sees exactly one segment length, so
// segments batch and memory on the device does not grow with the input.

#include <torch/torch.h>

#include <cstdint>
#include <functional>
#include <vector>

#include "models/common/progress.h"

namespace sonara::models {

struct SegmentedOptions {
    int64_t segmentLength = 0;  // samples per network call
    double overlap = 0.25;      // fraction of a segment shared with the next, in [0, 1)
    // Random time shifts averaged (demucs' "shift trick"); 0 runs the input once, unshifted.
    int shifts = 0;
    int64_t maxShift = 0;          // largest shift in samples; demucs uses half a second
    uint64_t seed = 0;             // for the shift offsets
    int64_t batch = 1;             // segments per network call
    double transitionPower = 1.0;  // at least 1, as apply_model asserts
};

// The network: segments [n, channels, segmentLength] (float32, CPU) -> stems
// [n, sources, channels, segmentLength] on any device or dtype.
using SegmentForward = std::function<torch::Tensor(const torch::Tensor& segments)>;

// apply_model's cross-fade weights: a triangle peaking mid-segment, scaled to a maximum of 1 and
// raised to transitionPower. [segmentLength] float32.
torch::Tensor transitionWeights(int64_t segmentLength, double transitionPower = 1.0);

// Where each network call of one unshifted pass reads and writes: segment k covers
// [offset, offset + length) of the output; the network sees the segmentLength samples from
// `start` (zeros outside the input), centred on that span, and its output is centre-trimmed.
struct SegmentSpan {
    int64_t offset = 0;
    int64_t length = 0;
    int64_t start = 0;
};
std::vector<SegmentSpan> segmentSpans(int64_t begin, int64_t end, const SegmentedOptions& options);

// mix [channels, samples] float32 on CPU -> stems [sources, channels, samples] float32 on CPU.
// Progress is reported once per segment; a false return throws Cancelled.
torch::Tensor applySegmented(const SegmentForward& forward, const torch::Tensor& mix,
                             const SegmentedOptions& options, const ProgressFn& progress = {});

}  // namespace sonara::models
