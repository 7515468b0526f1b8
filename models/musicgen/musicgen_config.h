#pragma once

#include <cstdint>
#include <string>

#include "models/common/config.h"
#include "models/encodec/encodec_config.h"
#include "models/t5/t5_config.h"

namespace sonara::models {

// transformers' MusicgenDecoderConfig: the language model over EnCodec codes.
struct MusicgenDecoderConfig {
    int64_t vocabSize = 2048;  // codes per codebook; embeddings hold one more row, the pad token
    int64_t hiddenSize = 1024;
    int64_t numHiddenLayers = 24;
    int64_t ffnDim = 4096;
    int64_t numAttentionHeads = 16;
    int64_t numCodebooks = 4;
    int64_t maxPositionEmbeddings = 2048;
    int64_t audioChannels = 1;
    std::string activationFunction = "gelu";  // gelu | gelu_new | relu | silu
    int64_t padTokenId = 2048;
    int64_t bosTokenId = 2048;

    static MusicgenDecoderConfig fromConfig(const Config& config);
    int64_t headDim() const { return hiddenSize / numAttentionHeads; }
    void validate() const;
};

// transformers' MusicgenConfig (config.json) with the generation defaults of
// generation_config.json.
struct MusicgenConfig {
    T5Config textEncoder;
    EncodecConfig audioEncoder;
    MusicgenDecoderConfig decoder;
    // The delay pattern's pad token, which is also the start token (the pattern pads position 0).
    int64_t padTokenId = 2048;
    double guidanceScale = 3.0;
    int64_t topK = 250;
    double temperature = 1.0;

    // A checkpoint directory: config.json, and generation_config.json when present.
    static MusicgenConfig load(const std::string& checkpointDir);
    // Real dimensions with no weights: "small" (facebook/musicgen-small: T5-base, 24 layers of
    // 1024, EnCodec 32 kHz) or "tiny" (a few layers of 64, for smoke tests).
    static MusicgenConfig preset(const std::string& size);

    // enc_to_dec_proj exists when the text and decoder widths differ.
    bool projectsText() const { return textEncoder.dModel != decoder.hiddenSize; }
    void validate() const;
};

}  // namespace sonara::models
