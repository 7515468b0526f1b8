#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "models/common/config.h"

namespace sonara::models {

// transformers' MarianConfig (the fields the model uses) and the generation settings that
// Helsinki-NLP's opus-mt checkpoints publish in generation_config.json (older ones only in
// config.json). Defaults are opus-mt's.
struct MarianConfig {
    int64_t vocabSize = 58101;
    int64_t decoderVocabSize = 58101;
    int64_t dModel = 512;
    int64_t encoderLayers = 6;
    int64_t decoderLayers = 6;
    int64_t encoderHeads = 8;
    int64_t decoderHeads = 8;
    int64_t encoderFfnDim = 2048;
    int64_t decoderFfnDim = 2048;
    int64_t maxPositionEmbeddings = 512;
    std::string activation = "swish";  // swish | silu | gelu | gelu_new | relu
    bool scaleEmbedding = true;        // token embeddings times sqrt(d_model)
    bool shareEncoderDecoderEmbeddings = true;
    int64_t padTokenId = 58100;
    int64_t eosTokenId = 0;
    int64_t decoderStartTokenId = 58100;

    // Generation.
    int64_t numBeams = 4;
    int64_t maxLength = 512;  // decoder sequence length, the start token included
    double lengthPenalty = 1.0;
    int64_t forcedEosTokenId = -1;    // forced at the last position; -1: none
    std::vector<int64_t> badWordIds;  // single-token bad_words_ids (opus-mt: the pad)
    bool renormalizeLogits = false;   // log-softmax again after the masks (renormalize_logits)

    // A checkpoint directory: config.json, and generation_config.json when present.
    static MarianConfig load(const std::string& checkpointDir);
    static MarianConfig fromConfig(const Config& config, const Config* generation = nullptr);

    int64_t encoderHeadDim() const { return dModel / encoderHeads; }
    int64_t decoderHeadDim() const { return dModel / decoderHeads; }
    void validate() const;  // throws Error on sizes the architecture cannot take
};

}  // namespace sonara::models
