#include "models/wav2vec2/wav2vec2_config.h"

#include "models/common/error.h"

namespace sonara::models {

Wav2Vec2Config Wav2Vec2Config::fromConfig(const Config& config) {
    Wav2Vec2Config c;
    if (config.getBool("add_adapter", false)) {
        throw Error(config.source() +
                    ": add_adapter is true; Wav2Vec2ForCTC with an adapter is not supported");
    }
    c.hiddenSize = config.getInt("hidden_size", c.hiddenSize);
    c.numHiddenLayers = config.getInt("num_hidden_layers", c.numHiddenLayers);
    c.numAttentionHeads = config.getInt("num_attention_heads", c.numAttentionHeads);
    c.intermediateSize = config.getInt("intermediate_size", c.intermediateSize);
    c.convDim = config.getIntList("conv_dim", c.convDim);
    c.convKernel = config.getIntList("conv_kernel", c.convKernel);
    c.convStride = config.getIntList("conv_stride", c.convStride);
    c.convBias = config.getBool("conv_bias", c.convBias);
    c.featExtractNorm = config.getString("feat_extract_norm", c.featExtractNorm);
    c.featExtractActivation = config.getString("feat_extract_activation", c.featExtractActivation);
    c.hiddenAct = config.getString("hidden_act", c.hiddenAct);
    c.doStableLayerNorm = config.getBool("do_stable_layer_norm", c.doStableLayerNorm);
    c.numConvPosEmbeddings = config.getInt("num_conv_pos_embeddings", c.numConvPosEmbeddings);
    c.numConvPosEmbeddingGroups =
        config.getInt("num_conv_pos_embedding_groups", c.numConvPosEmbeddingGroups);
    c.layerNormEps = config.getDouble("layer_norm_eps", c.layerNormEps);
    c.vocabSize = config.getInt("vocab_size", c.vocabSize);
    c.padTokenId = config.getInt("pad_token_id", c.padTokenId);
    try {
        c.validate();
    } catch (const Error& e) {
        throw Error(config.source() + ": " + e.what());
    }
    return c;
}

Wav2Vec2Config Wav2Vec2Config::preset(const std::string& size) {
    Wav2Vec2Config c;
    if (size == "base")
        return c;
    if (size == "large") {
        c.hiddenSize = 1024;
        c.numHiddenLayers = 24;
        c.numAttentionHeads = 16;
        c.intermediateSize = 4096;
        c.convBias = true;
        c.featExtractNorm = "layer";
        c.doStableLayerNorm = true;
        return c;
    }
    throw Error("wav2vec2 size must be base or large; got '" + size + "'");
}

int64_t Wav2Vec2Config::frameStride() const {
    int64_t stride = 1;
    for (auto s : convStride)
        stride *= s;
    return stride;
}

void Wav2Vec2Config::validate() const {
    if (convDim.empty() || convDim.size() != convKernel.size() ||
        convDim.size() != convStride.size()) {
        throw Error(
            "conv_dim, conv_kernel and conv_stride must have the same non-zero length; "
            "found " +
            std::to_string(convDim.size()) + ", " + std::to_string(convKernel.size()) + " and " +
            std::to_string(convStride.size()));
    }
    if (featExtractNorm != "group" && featExtractNorm != "layer") {
        throw Error("feat_extract_norm must be \"group\" or \"layer\"; found \"" + featExtractNorm +
                    "\"");
    }
    if (hiddenSize <= 0 || numAttentionHeads <= 0 || hiddenSize % numAttentionHeads != 0) {
        throw Error("hidden_size (" + std::to_string(hiddenSize) +
                    ") must be a positive multiple of num_attention_heads (" +
                    std::to_string(numAttentionHeads) + ")");
    }
    if (numConvPosEmbeddingGroups <= 0 || hiddenSize % numConvPosEmbeddingGroups != 0) {
        throw Error("hidden_size (" + std::to_string(hiddenSize) +
                    ") must be a multiple of num_conv_pos_embedding_groups (" +
                    std::to_string(numConvPosEmbeddingGroups) + ")");
    }
    if (vocabSize <= 0 || padTokenId < 0 || padTokenId >= vocabSize) {
        throw Error("pad_token_id (" + std::to_string(padTokenId) +
                    ") must lie within vocab_size (" + std::to_string(vocabSize) + ")");
    }
}

}  // namespace sonara::models
