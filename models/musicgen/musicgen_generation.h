#pragma once

// Internal to models/: MusicGen's autoregressive loop over the delay pattern, with
// classifier-free guidance and top-k / top-p sampling.

#include <torch/torch.h>

#include <cstdint>

#include "models/common/progress.h"
#include "models/musicgen/musicgen_decoder.h"

namespace sonara::models {

struct MusicgenSampling {
    int64_t frames = 0;          // code frames to produce (50 per second at 32 kHz)
    double guidanceScale = 3.0;  // > 1: logits = uncond + scale * (cond - uncond)
    int64_t topK = 250;          // <= 0 or >= vocab: the whole vocabulary
    // Nucleus sampling within the top k: the fewest best codes whose probabilities reach topP;
    // <= 0 or >= 1 keeps all k.
    double topP = 0.0;
    double temperature = 1.0;
    uint64_t seed = 0;
    bool greedy = false;  // argmax instead of sampling
};

// textHidden [batch, textLength, textWidth] (T5 states, in the model's dtype and device),
// textMask [batch, textLength] or undefined -> codes [batch, codebooks, frames] (long, on the
// device), the delay pattern undone. Progress goes from 0 to 1 over the decoding steps.
//
// promptCodes [batch, codebooks, promptFrames] (long, on the device), when defined, continue
// earlier codes as audiocraft and transformers do: the delayed sequence holds them, one
// teacher-forced pass reads them, and sampling starts at the first position they leave open,
// keeping their values where later codebooks still overlap them. The result then starts with
// the prompt: [batch, codebooks, promptFrames + frames]. The random draws do not depend on the
// prompt's length, so a seed means the same draws with or without one.
torch::Tensor generateMusicgenCodes(MusicgenModel& model, const torch::Tensor& textHidden,
                                    const torch::Tensor& textMask, const MusicgenSampling& sampling,
                                    const ProgressFn& progress = {},
                                    const torch::Tensor& promptCodes = {});

}  // namespace sonara::models
