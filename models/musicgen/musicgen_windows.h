#pragma once

// Internal to models/: music longer than the model's window, made window by window. Each window
// after the first is prompted by the last codes before it, so the code stream runs on without a
// seam; and the loop fold, which crossfades music generated past the end over the start.

#include <torch/torch.h>

#include <cstdint>
#include <vector>

#include "models/common/progress.h"
#include "models/musicgen/musicgen_generation.h"

namespace sonara::models {

// One window: its new frames are [start, start + newFrames) of the whole code stream, and it is
// prompted by the contextFrames just before start.
struct MusicgenWindow {
    int64_t start = 0;
    int64_t contextFrames = 0;
    int64_t newFrames = 0;
    uint64_t seed = 0;
};

// newFrames frames after promptFrames given ones, in windows of at most windowFrames positions
// of which up to contextFrames are the previous codes. The first window samples with seed
// itself, so one window gives what a single generateMusicgenCodes call gives.
std::vector<MusicgenWindow> planMusicgenWindows(int64_t promptFrames, int64_t newFrames,
                                                int64_t windowFrames, int64_t contextFrames,
                                                uint64_t seed);

// Runs the plan: promptCodes [batch, codebooks, promptFrames] (may be undefined when the plan
// starts at 0) -> [batch, codebooks, promptFrames + new frames], on the device. sampling.frames
// and sampling.seed are taken from each window.
torch::Tensor generateWindowedCodes(MusicgenModel& model, const torch::Tensor& textHidden,
                                    const torch::Tensor& textMask, const MusicgenSampling& sampling,
                                    const std::vector<MusicgenWindow>& windows,
                                    const torch::Tensor& promptCodes,
                                    const ProgressFn& progress = {});

// audio [..., samples] -> [..., samples - overlap]: the last overlap samples, which continue the
// music past the kept end, crossfaded (equal power) over the first overlap. Played on repeat,
// the end then runs into what followed it when generated, fading into the true start.
torch::Tensor foldLoopTail(const torch::Tensor& audio, int64_t overlap);

}  // namespace sonara::models
