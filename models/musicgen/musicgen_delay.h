#pragma once

// Internal to models/: MusicGen's delay pattern. Codebook k is delayed by k + 1 positions behind
// the start token, so at sequence position t the model predicts codebook 0's frame t - 1,
// codebook 1's frame t - 2, and so on; positions outside a codebook's frames hold the pad token.

#include <torch/torch.h>

#include <cstdint>

namespace sonara::models {

// [codebooks, length] long: -1 where the model chooses the code, else pad (transformers'
// build_delay_pattern_mask for a one-token start, including position 0). A sequence of length
// L holds L - codebooks frames.
torch::Tensor delayPatternMask(int64_t codebooks, int64_t length, int64_t pad,
                               const torch::Device& device);

// Replaces the positions the pattern fixes: sequence [batch, codebooks, L], pattern from
// delayPatternMask with length >= L (apply_delay_pattern_mask).
torch::Tensor applyDelayPattern(const torch::Tensor& sequence, const torch::Tensor& pattern);

// codes [batch, codebooks, frames] -> the delayed sequence [batch, codebooks, frames +
// codebooks] that generation produces for them, pad at every fixed position.
torch::Tensor delayCodes(const torch::Tensor& codes, int64_t pad);

// The inverse: sequence [batch, codebooks, L] -> codes [batch, codebooks, L - codebooks].
torch::Tensor undelayCodes(const torch::Tensor& sequence);

}  // namespace sonara::models
