#include "models/musicgen/musicgen_delay.h"

#include "models/common/error.h"
#include "models/common/safetensors.h"

namespace sonara::models {

torch::Tensor delayPatternMask(int64_t codebooks, int64_t length, int64_t pad,
                               const torch::Device& device) {
    if (codebooks < 1 || length <= codebooks) {
        throw Error("MusicGen delay pattern: a sequence of " + std::to_string(length) +
                    " positions holds no frame for " + std::to_string(codebooks) + " codebooks");
    }
    const auto longs = torch::TensorOptions(torch::kLong).device(device);
    const auto t = torch::arange(length, longs).unsqueeze(0);
    const auto k = torch::arange(codebooks, longs).unsqueeze(1);
    // Codebook k's frames occupy positions k + 1 .. length - codebooks + k.
    const auto free = t.gt(k).logical_and(t.lt(k + (length - codebooks + 1)));
    return torch::where(free, torch::full({}, -1, longs), torch::full({}, pad, longs));
}

torch::Tensor applyDelayPattern(const torch::Tensor& sequence, const torch::Tensor& pattern) {
    if (sequence.dim() != 3 || pattern.dim() != 2 || sequence.size(1) != pattern.size(0) ||
        sequence.size(2) > pattern.size(1)) {
        throw Error("MusicGen delay pattern " + shapeString(pattern.sizes()) +
                    " does not cover a sequence of shape " + shapeString(sequence.sizes()));
    }
    const auto fixed = pattern.narrow(1, 0, sequence.size(2)).unsqueeze(0);
    return torch::where(fixed.eq(-1), sequence, fixed);
}

torch::Tensor delayCodes(const torch::Tensor& codes, int64_t pad) {
    if (codes.dim() != 3)
        throw Error("MusicGen codes must have shape [batch, codebooks, frames], found " +
                    shapeString(codes.sizes()));
    const int64_t codebooks = codes.size(1);
    const int64_t frames = codes.size(2);
    auto sequence = torch::full({codes.size(0), codebooks, frames + codebooks}, pad,
                                codes.options().dtype(torch::kLong));
    for (int64_t k = 0; k < codebooks; ++k)
        sequence.select(1, k).narrow(1, k + 1, frames).copy_(codes.select(1, k));
    return sequence;
}

torch::Tensor undelayCodes(const torch::Tensor& sequence) {
    if (sequence.dim() != 3 || sequence.size(2) <= sequence.size(1)) {
        throw Error(
            "MusicGen delayed sequence must have shape [batch, codebooks, length] with "
            "length > codebooks, found " +
            shapeString(sequence.sizes()));
    }
    const int64_t codebooks = sequence.size(1);
    const int64_t frames = sequence.size(2) - codebooks;
    std::vector<torch::Tensor> rows;
    for (int64_t k = 0; k < codebooks; ++k)
        rows.push_back(sequence.select(1, k).narrow(1, k + 1, frames));
    return torch::stack(rows, 1);
}

}  // namespace sonara::models
