#pragma once

// Internal to models/: greedy and beam-search decoding for MarianModel, as transformers'
// generate() does it for opus-mt (bad words, forced end of sentence at the last position,
// length penalty on finished beams).

#include <torch/torch.h>

#include <functional>
#include <vector>

#include "models/marian/marian_model.h"

namespace sonara::models {

struct MarianSearchOptions {
    int64_t beams = 1;         // 1: greedy
    int64_t maxNewTokens = 0;  // decoder tokens after the start token
    double lengthPenalty = 1.0;
    bool forceEos = true;             // the config's forced_eos_token_id at the last position
    bool renormalize = false;         // log-softmax again after masking (renormalize_logits)
    std::vector<int64_t> badWordIds;  // never generated
};

// Called after each decoding step with the steps done and the most there can be; returning
// false stops the search with Cancelled.
using MarianStepFn = std::function<bool(int64_t step, int64_t maxSteps)>;

// ids [batch, sourceLength] (long, on the model's device, right-padded with the pad id) -> for
// each source, the generated tokens after the start token, ending with the end-of-sentence
// token when one was generated.
std::vector<std::vector<int64_t>> marianGenerate(MarianModelImpl& model, const torch::Tensor& ids,
                                                 const MarianSearchOptions& options,
                                                 const MarianStepFn& onStep);

}  // namespace sonara::models
