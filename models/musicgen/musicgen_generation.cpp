#include "models/musicgen/musicgen_generation.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/musicgen/musicgen_delay.h"

namespace sonara::models {

namespace {

void validate(const MusicgenSampling& s) {
    if (s.frames < 1)
        throw Error("MusicGen: at least one frame must be generated, asked for " +
                    std::to_string(s.frames));
    if (!s.greedy && !(s.temperature > 0.0)) {
        throw Error("MusicGen: temperature must be positive for sampling, found " +
                    std::to_string(s.temperature) + "; use greedy decoding instead");
    }
    if (!std::isfinite(s.topP))
        throw Error("MusicGen: topP must be a finite number, found " + std::to_string(s.topP));
}

// Top-k (then top-p) sampling by inverse transform: the k best logits (sorted), their cumulative
// probabilities, and one uniform draw per row, so the draws can be made up front on the CPU from
// the seed and no random generator runs on the device.
torch::Tensor sampleTopK(const torch::Tensor& logits, int64_t topK, double topP, double temperature,
                         const torch::Tensor& uniform) {
    const int64_t vocab = logits.size(-1);
    const int64_t k = topK <= 0 ? vocab : std::min(topK, vocab);
    const auto best = (logits.to(torch::kFloat32) / temperature).topk(k, -1);
    const auto& values = std::get<0>(best);
    const auto& indices = std::get<1>(best);
    auto probabilities = torch::softmax(values, -1);
    if (topP > 0.0 && topP < 1.0) {
        // Keep a code while the codes better than it hold less than topP: the best always stays.
        const auto before = probabilities.cumsum(-1) - probabilities;
        probabilities = probabilities * before.lt(topP);
    }
    const auto cdf = probabilities.cumsum(-1);
    const auto threshold = uniform.unsqueeze(-1) * cdf.narrow(-1, k - 1, 1);
    const auto choice = cdf.lt(threshold).sum(-1, true).clamp_max(k - 1);
    return indices.gather(-1, choice).squeeze(-1);
}

}  // namespace

torch::Tensor generateMusicgenCodes(MusicgenModel& model, const torch::Tensor& textHidden,
                                    const torch::Tensor& textMask, const MusicgenSampling& sampling,
                                    const ProgressFn& progress, const torch::Tensor& promptCodes) {
    validate(sampling);
    if (textHidden.dim() != 3 || textHidden.size(2) != model->config().textEncoder.dModel) {
        throw Error("MusicGen: text states must have shape [batch, length, " +
                    std::to_string(model->config().textEncoder.dModel) + "], found " +
                    shapeString(textHidden.sizes()));
    }
    auto& decoder = model->decoder;
    const int64_t batch = textHidden.size(0);
    const int64_t codebooks = decoder->config().numCodebooks;
    const int64_t pad = model->config().padTokenId;
    const auto device = textHidden.device();
    const bool prompted = promptCodes.defined() && promptCodes.size(2) > 0;
    if (promptCodes.defined() && (promptCodes.dim() != 3 || promptCodes.size(0) != batch ||
                                  promptCodes.size(1) != codebooks)) {
        throw Error("MusicGen: prompt codes must have shape [" + std::to_string(batch) + ", " +
                    std::to_string(codebooks) + ", frames], found " +
                    shapeString(promptCodes.sizes()));
    }
    const int64_t promptFrames = prompted ? promptCodes.size(2) : 0;
    const int64_t length = promptFrames + sampling.frames + codebooks;
    // Positions 0 .. promptFrames are known before sampling; every later one is sampled (or
    // fixed by the pattern or the prompt).
    const int64_t steps = length - 1 - promptFrames;

    auto text = model->projectText(textHidden, textMask);
    auto mask = textMask;
    const bool guided = sampling.guidanceScale > 1.0;
    if (guided) {
        // The unconditional half sees zeroed text states, as transformers builds it. Its
        // cross-attention output is zero whatever the mask (keys and values project zeros
        // without bias), so it reuses the conditional mask rather than masking every key.
        text = torch::cat({text, torch::zeros_like(text)});
        if (mask.defined())
            mask = torch::cat({mask, mask});
    }
    auto cache = decoder->makeCache(text, mask, length);
    // [batch, codebooks, length]: -1 where the model chooses, else the value to keep.
    auto fixed =
        delayPatternMask(codebooks, length, pad, device).unsqueeze(0).repeat({batch, 1, 1});
    if (prompted) {
        const auto delayed = delayCodes(promptCodes.to(torch::kLong), pad);
        for (int64_t k = 0; k < codebooks; ++k) {
            fixed.select(1, k)
                .narrow(1, k + 1, promptFrames)
                .copy_(delayed.select(1, k).narrow(1, k + 1, promptFrames));
        }
    }

    torch::Tensor uniforms;
    if (!sampling.greedy) {
        auto generator = at::detail::createCPUGenerator(sampling.seed);
        uniforms = torch::rand({steps, batch, codebooks}, generator, torch::kFloat32).to(device);
    }

    // Start token at position 0; fixed values wherever the prompt or the pattern sets them.
    auto sequence = fixed.masked_fill(fixed.eq(-1), pad);
    auto input = sequence.narrow(2, 0, promptFrames + 1);
    for (int64_t step = 0; step < steps; ++step) {
        reportProgress(progress, static_cast<double>(step) / static_cast<double>(steps),
                       "generating");
        auto logits = decoder->step(guided ? torch::cat({input, input}) : input, cache)
                          .select(2, input.size(2) - 1);
        if (guided) {
            const auto cond = logits.narrow(0, 0, batch);
            const auto uncond = logits.narrow(0, batch, batch);
            logits = uncond + (cond - uncond) * sampling.guidanceScale;
        }
        auto next = sampling.greedy ? logits.argmax(-1)
                                    : sampleTopK(logits, sampling.topK, sampling.topP,
                                                 sampling.temperature, uniforms[step]);
        const int64_t position = promptFrames + step + 1;
        const auto keep = fixed.select(2, position);
        next = torch::where(keep.eq(-1), next, keep);
        sequence.select(2, position).copy_(next);
        input = sequence.narrow(2, position, 1);
    }
    reportProgress(progress, 1.0, "generating");
    return undelayCodes(sequence);
}

}  // namespace sonara::models
