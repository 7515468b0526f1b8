#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "models/common/config.h"

namespace sonara::models {

// transformers' WhisperConfig plus the decoding fields of generation_config.json; defaults are
// those of whisper-tiny.
struct WhisperConfig {
    int64_t vocabSize = 51865;
    int64_t numMelBins = 80;
    int64_t dModel = 384;
    int64_t encoderLayers = 4;
    int64_t encoderAttentionHeads = 6;
    int64_t encoderFfnDim = 1536;
    int64_t decoderLayers = 4;
    int64_t decoderAttentionHeads = 6;
    int64_t decoderFfnDim = 1536;
    int64_t maxSourcePositions = 1500;
    int64_t maxTargetPositions = 448;
    bool scaleEmbedding = false;

    // generation_config.json (falling back to config.json where the field lives there).
    int64_t decoderStartTokenId = 50258;
    int64_t eosTokenId = 50257;
    int64_t padTokenId = 50257;
    int64_t noTimestampsTokenId = -1;  // -1: the checkpoint has no timestamp tokens
    int64_t maxInitialTimestampIndex = 50;
    bool isMultilingual = false;
    std::vector<int64_t> suppressTokens;
    std::vector<int64_t> beginSuppressTokens;
    std::map<std::string, int64_t> langToId;                  // "<|en|>" -> id
    std::map<std::string, int64_t> taskToId;                  // "transcribe" / "translate" -> id
    std::vector<std::pair<int64_t, int64_t>> alignmentHeads;  // (layer, head)

    // config.json alone.
    static WhisperConfig fromConfig(const Config& config);
    // A checkpoint directory: config.json and, when present, generation_config.json.
    static WhisperConfig load(const std::string& checkpointDir);
    // The published dimensions of tiny, base, small, medium, large-v3 and large-v3-turbo.
    static WhisperConfig preset(const std::string& size);

    int64_t encoderHeadDim() const { return dModel / encoderAttentionHeads; }
    int64_t decoderHeadDim() const { return dModel / decoderAttentionHeads; }
    bool hasTimestamps() const { return noTimestampsTokenId >= 0; }
    // First timestamp token <|0.00|>, right after <|notimestamps|>.
    int64_t timestampBegin() const { return noTimestampsTokenId + 1; }
    void validate() const;  // throws Error on non-positive or indivisible sizes
};

}  // namespace sonara::models
