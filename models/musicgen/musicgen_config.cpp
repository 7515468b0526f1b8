#include "models/musicgen/musicgen_config.h"

#include <filesystem>

#include "models/common/error.h"

namespace sonara::models {

MusicgenDecoderConfig MusicgenDecoderConfig::fromConfig(const Config& c) {
    MusicgenDecoderConfig d;
    MusicgenDecoderConfig cfg;
    cfg.vocabSize = c.getInt("vocab_size", d.vocabSize);
    cfg.hiddenSize = c.getInt("hidden_size", d.hiddenSize);
    cfg.numHiddenLayers = c.getInt("num_hidden_layers", d.numHiddenLayers);
    cfg.ffnDim = c.getInt("ffn_dim", d.ffnDim);
    cfg.numAttentionHeads = c.getInt("num_attention_heads", d.numAttentionHeads);
    cfg.numCodebooks = c.getInt("num_codebooks", d.numCodebooks);
    cfg.maxPositionEmbeddings = c.getInt("max_position_embeddings", d.maxPositionEmbeddings);
    cfg.audioChannels = c.getInt("audio_channels", d.audioChannels);
    cfg.activationFunction = c.getString("activation_function", d.activationFunction);
    cfg.padTokenId = c.getInt("pad_token_id", d.padTokenId);
    cfg.bosTokenId = c.getInt("bos_token_id", d.bosTokenId);
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(c.source() + ": " + e.what());
    }
    return cfg;
}

void MusicgenDecoderConfig::validate() const {
    if (vocabSize < 1 || hiddenSize < 1 || numHiddenLayers < 1 || ffnDim < 1 ||
        numAttentionHeads < 1 || numCodebooks < 1) {
        throw Error("MusicGen decoder: sizes and counts must be positive");
    }
    if (hiddenSize % numAttentionHeads != 0) {
        throw Error("MusicGen decoder: hidden_size " + std::to_string(hiddenSize) +
                    " is not divisible by num_attention_heads " +
                    std::to_string(numAttentionHeads));
    }
    if (audioChannels != 1) {
        throw Error(
            "MusicGen decoder: stereo models (audio_channels 2) are not supported; use a mono "
            "checkpoint such as facebook/musicgen-small");
    }
    if (activationFunction != "gelu" && activationFunction != "gelu_new" &&
        activationFunction != "relu" && activationFunction != "silu") {
        throw Error("MusicGen decoder: activation_function '" + activationFunction +
                    "' is not supported; use gelu, gelu_new, relu or silu");
    }
    if (padTokenId < 0 || padTokenId > vocabSize || bosTokenId < 0 || bosTokenId > vocabSize) {
        throw Error("MusicGen decoder: pad_token_id and bos_token_id must lie in [0, vocab_size]");
    }
}

MusicgenConfig MusicgenConfig::load(const std::string& checkpointDir) {
    const auto root = Config::load(checkpointDir);
    MusicgenConfig cfg;
    cfg.textEncoder = T5Config::fromConfig(root.child("text_encoder"));
    cfg.audioEncoder = EncodecConfig::fromConfig(root.child("audio_encoder"));
    cfg.decoder = MusicgenDecoderConfig::fromConfig(root.child("decoder"));
    cfg.padTokenId = cfg.decoder.padTokenId;
    const auto generation = std::filesystem::path(checkpointDir) / "generation_config.json";
    if (std::filesystem::is_directory(checkpointDir) && std::filesystem::exists(generation)) {
        const auto g = Config::load(generation.string());
        cfg.padTokenId = g.getInt("pad_token_id", cfg.padTokenId);
        cfg.guidanceScale = g.getDouble("guidance_scale", cfg.guidanceScale);
        cfg.topK = g.getInt("top_k", cfg.topK);
        cfg.temperature = g.getDouble("temperature", cfg.temperature);
    }
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(root.source() + ": " + e.what());
    }
    return cfg;
}

MusicgenConfig MusicgenConfig::preset(const std::string& size) {
    MusicgenConfig cfg;
    EncodecConfig& audio = cfg.audioEncoder;
    audio.samplingRate = 32000;
    audio.upsamplingRatios = {8, 5, 4, 4};
    audio.targetBandwidths = {2.2};
    audio.useCausalConv = false;
    audio.codebookSize = 2048;
    audio.numFilters = 64;
    if (size == "small") {
        cfg.textEncoder = T5Config::preset("t5-base");
        return cfg;
    }
    if (size == "tiny") {
        cfg.textEncoder = T5Config::preset("t5-small");
        cfg.textEncoder.numLayers = 2;
        cfg.textEncoder.dModel = 64;
        cfg.textEncoder.dFf = 128;
        cfg.textEncoder.numHeads = 2;
        cfg.textEncoder.dKv = 32;
        cfg.decoder.hiddenSize = 64;
        cfg.decoder.ffnDim = 128;
        cfg.decoder.numHiddenLayers = 2;
        cfg.decoder.numAttentionHeads = 2;
        audio.numFilters = 4;
        audio.hiddenSize = 16;
        audio.codebookDim = 16;
        audio.numLstmLayers = 1;
        return cfg;
    }
    throw Error("unknown MusicGen size '" + size + "': use small or tiny");
}

void MusicgenConfig::validate() const {
    textEncoder.validate();
    audioEncoder.validate();
    decoder.validate();
    if (audioEncoder.codebookSize != decoder.vocabSize) {
        throw Error("MusicGen: the decoder's vocab_size " + std::to_string(decoder.vocabSize) +
                    " differs from EnCodec's codebook_size " +
                    std::to_string(audioEncoder.codebookSize));
    }
    if (decoder.numCodebooks > audioEncoder.numQuantizers()) {
        throw Error("MusicGen: the decoder predicts " + std::to_string(decoder.numCodebooks) +
                    " codebooks; EnCodec has " + std::to_string(audioEncoder.numQuantizers()));
    }
    if (padTokenId < 0 || padTokenId > decoder.vocabSize) {
        throw Error("MusicGen: pad_token_id must lie in [0, vocab_size]");
    }
}

}  // namespace sonara::models
