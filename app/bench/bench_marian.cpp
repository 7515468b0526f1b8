#include <algorithm>

#include "bench_registry.h"
#include "models/common/device.h"
#include "models/marian/marian_model.h"
#include "models/marian/marian_search.h"

namespace sonara::bench {

namespace marian {

using namespace sonara::models;

// DESIGN.md's reference work unit: 16 sentences x 48 greedy tokens on opus-mt's dimensions.
constexpr int64_t kDefaultTokens = 48;
constexpr int64_t kSourceTokens = 32;

BenchCase makeMarian(const BenchOptions& options) {
    BenchCase c;
    c.device = parseDevice(options.device);
    c.dtype = parseDtype(options.dtype, c.device);

    MarianModel model{nullptr};
    std::string size = "base";
    if (options.checkpoint.empty()) {
        model = MarianModel(MarianConfig{});
    } else {
        model = loadMarianModel(options.checkpoint);
        size = "checkpoint";
    }
    model->to(c.device, c.dtype);
    model->eval();
    const auto& config = model->config();
    const int64_t tokens = options.tokens > 0 ? options.tokens : kDefaultTokens;
    const int64_t sourceTokens = std::min(kSourceTokens, config.maxPositionEmbeddings);

    InferenceGuard guard;
    // Random source ids below the pad; each sentence ends with </s>.
    auto ids = torch::randint(1, config.padTokenId, {options.batch, sourceTokens},
                              torch::TensorOptions().dtype(torch::kLong).device(c.device));
    ids.select(1, sourceTokens - 1).fill_(config.eosTokenId);
    MarianSearchOptions search;
    search.beams = 1;
    search.maxNewTokens = std::min(tokens, config.maxPositionEmbeddings - 1);
    search.forceEos = false;
    // Random weights may end a sentence at any step; banning </s> makes every run decode the
    // same number of tokens.
    search.badWordIds = {config.padTokenId, config.eosTokenId};

    c.labels = {{"size", size}, {"search", "greedy"}};
    c.work = {{"sentences", double(options.batch)}, {"tokens", double(search.maxNewTokens)}};
    c.throughputKey = "tokens_per_s";
    c.throughputUnits = double(search.maxNewTokens * options.batch);
    c.run = [model, ids, search]() mutable {
        InferenceGuard inference;
        marianGenerate(*model, ids, search, {});
    };
    return c;
}

const BenchRegistrar registrar(
    "marian",
    "MarianMTModel (opus-mt base: 512 wide, 6+6 layers, 58101 tokens), --batch sentences of 32 "
    "source tokens, greedy decoding of --tokens tokens each (default 48) with the KV cache; "
    "--checkpoint loads an opus-mt checkpoint instead of random weights",
    makeMarian);

}  // namespace marian

}  // namespace sonara::bench
