#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "models/common/config.h"

namespace sonara::models {

// transformers' Wav2Vec2Config, the fields Wav2Vec2ForCTC inference reads; defaults are that
// class's defaults (the base layout).
struct Wav2Vec2Config {
    int64_t hiddenSize = 768;
    int64_t numHiddenLayers = 12;
    int64_t numAttentionHeads = 12;
    int64_t intermediateSize = 3072;
    std::vector<int64_t> convDim = {512, 512, 512, 512, 512, 512, 512};
    std::vector<int64_t> convKernel = {10, 3, 3, 3, 3, 2, 2};
    std::vector<int64_t> convStride = {5, 2, 2, 2, 2, 2, 2};
    bool convBias = false;
    std::string featExtractNorm = "group";  // group | layer
    std::string featExtractActivation = "gelu";
    std::string hiddenAct = "gelu";
    bool doStableLayerNorm = false;
    int64_t numConvPosEmbeddings = 128;
    int64_t numConvPosEmbeddingGroups = 16;
    double layerNormEps = 1e-5;
    int64_t vocabSize = 32;
    int64_t padTokenId = 0;

    static Wav2Vec2Config fromConfig(const Config& config);
    // Real dimensions for benchmarks: "base" (group norm, post-LN) and "large" (layer norm,
    // stable layer norm, as large-lv60, robust and XLS-R checkpoints).
    static Wav2Vec2Config preset(const std::string& size);

    int64_t frameStride() const;  // input samples per output frame
    void validate() const;        // throws Error naming the offending field
};

}  // namespace sonara::models
