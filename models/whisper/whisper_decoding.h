#pragma once

// Internal to models/: Whisper's logit rules (transformers' SuppressTokens,
// SuppressTokensAtBegin and WhisperTimeStamp logits processors) as batched tensor ops, so a
// decode step never waits on the host.

#include <torch/torch.h>

#include <cstdint>
#include <vector>

#include "models/whisper/whisper_config.h"

namespace sonara::models {

struct WhisperLogitRules {
    // Token ids on the decoding device, built once so a step copies nothing from the host.
    torch::Tensor suppress;       // always
    torch::Tensor beginSuppress;  // at the first generated token
    torch::Tensor columns;        // [1, vocab]: 0, 1, ...
    bool timestamps = false;      // apply the timestamp rules (else forbid timestamps)
    int64_t promptLength = 0;     // generated tokens start here

    static WhisperLogitRules fromConfig(const WhisperConfig& config, bool timestamps,
                                        int64_t promptLength,
                                        const torch::Device& device = torch::kCPU);

    // logits [batch, vocab] edited in place; tokens [batch, length] is the sequence so far,
    // length >= promptLength.
    void apply(torch::Tensor& logits, const torch::Tensor& tokens,
               const WhisperConfig& config) const;
};

}  // namespace sonara::models
