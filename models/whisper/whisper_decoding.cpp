#include "models/whisper/whisper_decoding.h"

#include <limits>

namespace sonara::models {

namespace {

// Checkpoints list ids beyond their vocabulary (English-only ids in multilingual files); those
// can never be sampled, so they are dropped.
torch::Tensor validIds(const std::vector<int64_t>& ids, int64_t vocab,
                       const torch::Device& device) {
    std::vector<int64_t> valid;
    for (auto id : ids) {
        if (id >= 0 && id < vocab)
            valid.push_back(id);
    }
    return torch::tensor(valid, torch::kLong).to(device);
}

}  // namespace

WhisperLogitRules WhisperLogitRules::fromConfig(const WhisperConfig& config, bool timestamps,
                                                int64_t promptLength, const torch::Device& device) {
    WhisperLogitRules rules;
    rules.suppress = validIds(config.suppressTokens, config.vocabSize, device);
    rules.beginSuppress = validIds(config.beginSuppressTokens, config.vocabSize, device);
    rules.columns =
        torch::arange(config.vocabSize, torch::TensorOptions(torch::kLong).device(device))
            .unsqueeze(0);
    rules.timestamps = timestamps && config.hasTimestamps();
    rules.promptLength = promptLength;
    return rules;
}

void WhisperLogitRules::apply(torch::Tensor& logits, const torch::Tensor& tokens,
                              const WhisperConfig& config) const {
    const double ninf = -std::numeric_limits<double>::infinity();
    const int64_t vocab = logits.size(-1);
    const int64_t generated = tokens.size(1) - promptLength;
    if (suppress.numel())
        logits.index_fill_(-1, suppress, ninf);
    if (generated == 0 && beginSuppress.numel())
        logits.index_fill_(-1, beginSuppress, ninf);
    if (!config.hasTimestamps())
        return;
    const int64_t tsBegin = config.timestampBegin();
    if (tsBegin >= vocab)
        return;
    logits.select(-1, config.noTimestampsTokenId).fill_(ninf);
    if (!timestamps) {
        logits.narrow(-1, tsBegin, vocab - tsBegin).fill_(ninf);
        return;
    }
    if (generated == 0) {
        logits.narrow(-1, 0, tsBegin).fill_(ninf);
        const int64_t lastAllowed = tsBegin + config.maxInitialTimestampIndex;
        if (lastAllowed + 1 < vocab)
            logits.narrow(-1, lastAllowed + 1, vocab - lastAllowed - 1).fill_(ninf);
        return;
    }
    const auto seq = tokens.narrow(1, promptLength, generated);
    const auto isTsColumn = columns >= tsBegin;
    const auto lastTs = seq.select(1, -1) >= tsBegin;
    const auto penultimateTs =
        generated >= 2 ? seq.select(1, -2) >= tsBegin : torch::ones_like(lastTs);
    // A timestamp pair closes a segment: text must follow. A lone timestamp opens one: another
    // timestamp or the end must follow, not text.
    auto forbid = (lastTs & penultimateTs).unsqueeze(1) & isTsColumn;
    forbid = forbid | ((lastTs & ~penultimateTs).unsqueeze(1) & (columns < config.eosTokenId));
    // Timestamps never decrease; after a lone timestamp the same one may close the segment.
    const auto lastValue =
        std::get<0>(torch::where(seq >= tsBegin, seq, torch::full_like(seq, -1)).max(1));
    const auto bound = lastValue + (lastTs & ~penultimateTs).logical_not().to(lastValue.dtype());
    forbid = forbid | ((lastValue >= 0).unsqueeze(1) & isTsColumn & (columns < bound.unsqueeze(1)));
    logits.masked_fill_(forbid, ninf);
    // When the timestamps together are likelier than any single text token, emit a timestamp.
    const auto logprobs = torch::log_softmax(logits.to(torch::kFloat32), -1);
    const auto tsMass = logprobs.narrow(-1, tsBegin, vocab - tsBegin).logsumexp(-1);
    const auto textMax = std::get<0>(logprobs.narrow(-1, 0, tsBegin).max(-1));
    logits.masked_fill_((tsMass > textMax).unsqueeze(1) & (columns < tsBegin), ninf);
}

}  // namespace sonara::models
