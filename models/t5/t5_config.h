#pragma once

#include <cstdint>
#include <string>

#include "models/common/config.h"

namespace sonara::models {

// transformers' T5Config, the fields the encoder uses; defaults are t5-small's.
struct T5Config {
    int64_t vocabSize = 32128;
    int64_t dModel = 512;
    int64_t dKv = 64;
    int64_t dFf = 2048;
    int64_t numLayers = 6;
    int64_t numHeads = 8;
    int64_t relativeAttentionNumBuckets = 32;
    int64_t relativeAttentionMaxDistance = 128;
    double layerNormEpsilon = 1e-6;
    // feed_forward_proj "relu" or "gated-gelu": the activation, and whether wi is split in two
    // (wi_0 through the activation, times wi_1).
    std::string denseActFn = "relu";  // relu | gelu_new | gelu
    bool isGatedAct = false;
    int64_t padTokenId = 0;
    int64_t eosTokenId = 1;

    // A T5 checkpoint's config.json, or the "text_encoder" object of a MusicGen config.
    static T5Config fromConfig(const Config& config);
    // t5-small | t5-base | t5-large (the original T5 sizes, relu feed-forward).
    static T5Config preset(const std::string& name);

    int64_t innerDim() const { return numHeads * dKv; }
    void validate() const;  // throws Error on sizes the architecture cannot take
};

}  // namespace sonara::models
