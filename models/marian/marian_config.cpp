#include "models/marian/marian_config.h"

#include <filesystem>

#include "models/common/error.h"

namespace sonara::models {

namespace {

// Single-token entries of bad_words_ids; longer sequences would need a matcher over the
// generated text, and no opus-mt checkpoint has one.
std::vector<int64_t> singleTokenBadWords(const Config& c, const std::vector<int64_t>& fallback) {
    if (!c.has("bad_words_ids"))
        return fallback;
    std::vector<int64_t> ids;
    for (const auto& words : c.getIntListList("bad_words_ids", {})) {
        if (words.size() == 1)
            ids.push_back(words.front());
    }
    return ids;
}

void readGeneration(const Config& c, MarianConfig& cfg) {
    cfg.numBeams = c.getInt("num_beams", cfg.numBeams);
    cfg.maxLength = c.getInt("max_length", cfg.maxLength);
    cfg.lengthPenalty = c.getDouble("length_penalty", cfg.lengthPenalty);
    cfg.forcedEosTokenId = c.getInt("forced_eos_token_id", cfg.forcedEosTokenId);
    cfg.badWordIds = singleTokenBadWords(c, cfg.badWordIds);
    cfg.renormalizeLogits = c.getBool("renormalize_logits", cfg.renormalizeLogits);
    cfg.decoderStartTokenId = c.getInt("decoder_start_token_id", cfg.decoderStartTokenId);
    cfg.eosTokenId = c.getInt("eos_token_id", cfg.eosTokenId);
}

}  // namespace

MarianConfig MarianConfig::fromConfig(const Config& c, const Config* generation) {
    const MarianConfig d;
    MarianConfig cfg;
    cfg.vocabSize = c.getInt("vocab_size", d.vocabSize);
    cfg.decoderVocabSize = c.getInt("decoder_vocab_size", cfg.vocabSize);
    cfg.dModel = c.getInt("d_model", d.dModel);
    cfg.encoderLayers = c.getInt("encoder_layers", d.encoderLayers);
    cfg.decoderLayers = c.getInt("decoder_layers", d.decoderLayers);
    cfg.encoderHeads = c.getInt("encoder_attention_heads", d.encoderHeads);
    cfg.decoderHeads = c.getInt("decoder_attention_heads", d.decoderHeads);
    cfg.encoderFfnDim = c.getInt("encoder_ffn_dim", d.encoderFfnDim);
    cfg.decoderFfnDim = c.getInt("decoder_ffn_dim", d.decoderFfnDim);
    cfg.maxPositionEmbeddings = c.getInt("max_position_embeddings", d.maxPositionEmbeddings);
    cfg.activation = c.getString("activation_function", d.activation);
    cfg.scaleEmbedding = c.getBool("scale_embedding", d.scaleEmbedding);
    cfg.shareEncoderDecoderEmbeddings =
        c.getBool("share_encoder_decoder_embeddings", d.shareEncoderDecoderEmbeddings);
    cfg.padTokenId = c.getInt("pad_token_id", d.padTokenId);
    cfg.eosTokenId = c.getInt("eos_token_id", d.eosTokenId);
    cfg.decoderStartTokenId = c.getInt("decoder_start_token_id", cfg.padTokenId);
    // opus-mt's generate() never emits the pad (transformers used to hard-code this for Marian).
    cfg.badWordIds = {cfg.padTokenId};
    cfg.maxLength = cfg.maxPositionEmbeddings;
    readGeneration(c, cfg);
    if (generation)
        readGeneration(*generation, cfg);
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(c.source() + ": " + e.what());
    }
    return cfg;
}

MarianConfig MarianConfig::load(const std::string& checkpointDir) {
    const auto config = Config::load(checkpointDir);
    const auto generationFile = std::filesystem::path(checkpointDir) / "generation_config.json";
    if (std::filesystem::is_regular_file(generationFile)) {
        const auto generation = Config::load(generationFile.string());
        return fromConfig(config, &generation);
    }
    return fromConfig(config);
}

void MarianConfig::validate() const {
    auto positive = [](int64_t value, const char* key) {
        if (value <= 0)
            throw Error(std::string(key) + " must be positive, found " + std::to_string(value));
    };
    positive(vocabSize, "vocab_size");
    positive(decoderVocabSize, "decoder_vocab_size");
    positive(dModel, "d_model");
    positive(encoderLayers, "encoder_layers");
    positive(decoderLayers, "decoder_layers");
    positive(encoderHeads, "encoder_attention_heads");
    positive(decoderHeads, "decoder_attention_heads");
    positive(maxPositionEmbeddings, "max_position_embeddings");
    positive(numBeams, "num_beams");
    if (dModel % encoderHeads != 0 || dModel % decoderHeads != 0)
        throw Error("d_model " + std::to_string(dModel) +
                    " is not a multiple of the attention heads");
    for (const char* known : {"swish", "silu", "gelu", "gelu_new", "relu"}) {
        if (activation == known)
            return;
    }
    throw Error("activation_function \"" + activation +
                "\" is not supported (swish, silu, gelu, gelu_new, relu)");
}

}  // namespace sonara::models
