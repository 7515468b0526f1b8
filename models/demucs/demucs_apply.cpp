#include "models/demucs/demucs_apply.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

#include "models/common/error.h"
#include "models/common/safetensors.h"

namespace sonara::models {

namespace {

int64_t segmentStride(const SegmentedOptions& o) {
    return static_cast<int64_t>((1.0 - o.overlap) * static_cast<double>(o.segmentLength));
}

void validate(const torch::Tensor& mix, const SegmentedOptions& o) {
    if (mix.dim() != 2 || mix.size(1) < 1 || mix.scalar_type() != torch::kFloat32 ||
        !mix.device().is_cpu()) {
        throw Error("segmented separation needs a float32 CPU mix [channels, samples], found " +
                    shapeString(mix.sizes()));
    }
    if (o.segmentLength <= 0 || !(o.overlap >= 0.0 && o.overlap < 1.0) || segmentStride(o) <= 0) {
        throw Error(
            "segmented separation needs a positive segment length and an overlap in [0, 1)"
            " that leaves a positive stride; got " +
            std::to_string(o.segmentLength) + " samples, overlap " + std::to_string(o.overlap));
    }
    if (o.batch < 1 || o.shifts < 0 || o.maxShift < 0 || !(o.transitionPower >= 1.0)) {
        throw Error(
            "segmented separation needs batch >= 1, shifts >= 0, max shift >= 0 and a transition "
            "power of at least 1");
    }
}

}  // namespace

torch::Tensor transitionWeights(int64_t segmentLength, double transitionPower) {
    const int64_t half = segmentLength / 2;
    auto weight = torch::cat({torch::arange(1, half + 1, torch::kFloat32),
                              torch::arange(segmentLength - half, 0, -1, torch::kFloat32)});
    weight = weight / weight.max();
    return transitionPower == 1.0 ? weight : weight.pow(transitionPower);
}

std::vector<SegmentSpan> segmentSpans(int64_t begin, int64_t end, const SegmentedOptions& o) {
    std::vector<SegmentSpan> spans;
    const int64_t stride = segmentStride(o);
    for (int64_t offset = 0; offset < end - begin; offset += stride) {
        SegmentSpan s;
        s.offset = begin + offset;
        s.length = std::min(o.segmentLength, end - s.offset);
        // TensorChunk.padded: the context a short last segment lacks is taken half before it.
        s.start = s.offset - (o.segmentLength - s.length) / 2;
        spans.push_back(s);
    }
    return spans;
}

torch::Tensor applySegmented(const SegmentForward& forward, const torch::Tensor& mix,
                             const SegmentedOptions& o, const ProgressFn& progress) {
    validate(mix, o);
    const int64_t channels = mix.size(0);
    const int64_t length = mix.size(1);
    const int64_t segment = o.segmentLength;

    // Each pass splits [begin, length) of the mix extended with zeros; a shifted pass starts
    // up to maxShift samples early, as apply_model's shifted TensorChunk of the padded mix does.
    std::vector<int64_t> begins;
    if (o.shifts == 0) {
        begins.push_back(0);
    } else {
        std::mt19937_64 rng(o.seed);
        std::uniform_int_distribution<int64_t> pick(0, o.maxShift);
        for (int s = 0; s < o.shifts; ++s)
            begins.push_back(pick(rng) - o.maxShift);
    }
    std::vector<std::vector<SegmentSpan>> passes;
    size_t total = 0;
    for (int64_t begin : begins) {
        passes.push_back(segmentSpans(begin, length, o));
        total += passes.back().size();
    }

    const auto weights = transitionWeights(segment, o.transitionPower);
    const double passScale = 1.0 / static_cast<double>(begins.size());
    torch::Tensor out;
    size_t done = 0;
    reportProgress(progress, 0.0, "separating");
    for (size_t pass = 0; pass < passes.size(); ++pass) {
        const auto& spans = passes[pass];
        const int64_t begin = begins[pass];
        // The weights each output sample receives in this pass, known before any network call
        // so that segments can be added straight into the output.
        auto sumWeight = torch::zeros({length - begin});
        for (const auto& s : spans)
            sumWeight.slice(0, s.offset - begin, s.offset - begin + s.length) +=
                weights.slice(0, 0, s.length);

        for (size_t first = 0; first < spans.size(); first += static_cast<size_t>(o.batch)) {
            const size_t count = std::min(spans.size() - first, static_cast<size_t>(o.batch));
            auto segments = torch::zeros({static_cast<int64_t>(count), channels, segment});
            for (size_t i = 0; i < count; ++i) {
                const auto& s = spans[first + i];
                const int64_t from = std::max<int64_t>(0, s.start);
                const int64_t to = std::min(length, s.start + segment);
                if (to > from) {
                    segments[static_cast<int64_t>(i)]
                        .slice(-1, from - s.start, to - s.start)
                        .copy_(mix.slice(-1, from, to));
                }
            }
            const auto stems = forward(segments).to(torch::kCPU, torch::kFloat32);
            if (stems.dim() != 4 || stems.size(0) != static_cast<int64_t>(count) ||
                stems.size(2) != channels || stems.size(3) != segment) {
                throw Error("segmented separation: the network returned " +
                            shapeString(stems.sizes()) + " for segments " +
                            shapeString(segments.sizes()) +
                            "; expected [segments, sources, channels, samples]");
            }
            if (!out.defined())
                out = torch::zeros({stems.size(1), channels, length});
            for (size_t i = 0; i < count; ++i) {
                const auto& s = spans[first + i];
                // Only the part of a shifted pass that lands inside the mix is kept.
                const int64_t from = std::max<int64_t>(0, s.offset);
                const int64_t to = std::min(length, s.offset + s.length);
                if (to > from) {
                    const int64_t trim = (segment - s.length) / 2;
                    const auto stem = stems[static_cast<int64_t>(i)].slice(
                        -1, trim + from - s.offset, trim + to - s.offset);
                    const auto w = weights.slice(0, from - s.offset, to - s.offset) /
                                   sumWeight.slice(0, from - begin, to - begin) * passScale;
                    out.slice(-1, from, to) += w * stem;
                }
                ++done;
                reportProgress(progress, static_cast<double>(done) / static_cast<double>(total),
                               "separating");
            }
        }
    }
    return out;
}

}  // namespace sonara::models
