#include "models/t5/t5_config.h"

#include "models/common/error.h"

namespace sonara::models {

T5Config T5Config::fromConfig(const Config& c) {
    T5Config d;
    T5Config cfg;
    cfg.vocabSize = c.getInt("vocab_size", d.vocabSize);
    cfg.dModel = c.getInt("d_model", d.dModel);
    cfg.dKv = c.getInt("d_kv", d.dKv);
    cfg.dFf = c.getInt("d_ff", d.dFf);
    cfg.numLayers = c.getInt("num_layers", d.numLayers);
    cfg.numHeads = c.getInt("num_heads", d.numHeads);
    cfg.relativeAttentionNumBuckets =
        c.getInt("relative_attention_num_buckets", d.relativeAttentionNumBuckets);
    cfg.relativeAttentionMaxDistance =
        c.getInt("relative_attention_max_distance", d.relativeAttentionMaxDistance);
    cfg.layerNormEpsilon = c.getDouble("layer_norm_epsilon", d.layerNormEpsilon);
    cfg.padTokenId = c.getInt("pad_token_id", d.padTokenId);
    cfg.eosTokenId = c.getInt("eos_token_id", d.eosTokenId);

    // transformers derives both from feed_forward_proj: "[gated-]ACT".
    const std::string proj = c.getString("feed_forward_proj", "relu");
    const std::string gated = "gated-";
    cfg.isGatedAct = proj.rfind(gated, 0) == 0;
    cfg.denseActFn = cfg.isGatedAct ? proj.substr(gated.size()) : proj;
    // "gated-gelu" means the tanh approximation, for backwards compatibility with T5 v1.1.
    if (proj == "gated-gelu")
        cfg.denseActFn = "gelu_new";
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(c.source() + ": " + e.what());
    }
    return cfg;
}

T5Config T5Config::preset(const std::string& name) {
    T5Config cfg;
    if (name == "t5-small")
        return cfg;
    if (name == "t5-base") {
        cfg.dModel = 768;
        cfg.dFf = 3072;
        cfg.numLayers = 12;
        cfg.numHeads = 12;
        return cfg;
    }
    if (name == "t5-large") {
        cfg.dModel = 1024;
        cfg.dFf = 4096;
        cfg.numLayers = 24;
        cfg.numHeads = 16;
        return cfg;
    }
    throw Error("unknown T5 size '" + name + "': use t5-small, t5-base or t5-large");
}

void T5Config::validate() const {
    if (vocabSize < 1 || dModel < 1 || dKv < 1 || dFf < 1 || numLayers < 1 || numHeads < 1) {
        throw Error(
            "T5: vocab_size, d_model, d_kv, d_ff, num_layers and num_heads must be positive");
    }
    if (relativeAttentionNumBuckets < 4) {
        throw Error("T5: relative_attention_num_buckets must be at least 4, found " +
                    std::to_string(relativeAttentionNumBuckets));
    }
    if (relativeAttentionMaxDistance <= relativeAttentionNumBuckets / 4) {
        throw Error("T5: relative_attention_max_distance " +
                    std::to_string(relativeAttentionMaxDistance) +
                    " must exceed a quarter of relative_attention_num_buckets");
    }
    if (denseActFn != "relu" && denseActFn != "gelu_new" && denseActFn != "gelu") {
        throw Error("T5: feed-forward activation '" + denseActFn +
                    "' is not supported; use relu, gelu or gelu_new (feed_forward_proj relu, "
                    "gated-gelu)");
    }
}

}  // namespace sonara::models
