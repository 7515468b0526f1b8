#include "models/whisper/whisper_config.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "models/common/error.h"

namespace sonara::models {

namespace {

std::vector<int64_t> intListOrEmpty(const nlohmann::json& j, const char* key) {
    if (!j.contains(key) || j[key].is_null())
        return {};
    return j[key].get<std::vector<int64_t>>();
}

void readGenerationConfig(const std::string& path, WhisperConfig& cfg) {
    std::ifstream in(path);
    if (!in)
        throw Error("cannot open " + path);
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(in);
        if (j.contains("decoder_start_token_id") && j["decoder_start_token_id"].is_number())
            cfg.decoderStartTokenId = j["decoder_start_token_id"].get<int64_t>();
        if (j.contains("eos_token_id") && j["eos_token_id"].is_number())
            cfg.eosTokenId = j["eos_token_id"].get<int64_t>();
        if (j.contains("pad_token_id") && j["pad_token_id"].is_number())
            cfg.padTokenId = j["pad_token_id"].get<int64_t>();
        if (j.contains("no_timestamps_token_id") && j["no_timestamps_token_id"].is_number())
            cfg.noTimestampsTokenId = j["no_timestamps_token_id"].get<int64_t>();
        if (j.contains("max_initial_timestamp_index") &&
            j["max_initial_timestamp_index"].is_number())
            cfg.maxInitialTimestampIndex = j["max_initial_timestamp_index"].get<int64_t>();
        if (j.contains("is_multilingual") && j["is_multilingual"].is_boolean())
            cfg.isMultilingual = j["is_multilingual"].get<bool>();
        if (j.contains("suppress_tokens"))
            cfg.suppressTokens = intListOrEmpty(j, "suppress_tokens");
        if (j.contains("begin_suppress_tokens"))
            cfg.beginSuppressTokens = intListOrEmpty(j, "begin_suppress_tokens");
        if (j.contains("lang_to_id") && j["lang_to_id"].is_object()) {
            for (const auto& [k, v] : j["lang_to_id"].items())
                cfg.langToId[k] = v.get<int64_t>();
        }
        if (j.contains("task_to_id") && j["task_to_id"].is_object()) {
            for (const auto& [k, v] : j["task_to_id"].items())
                cfg.taskToId[k] = v.get<int64_t>();
        }
        if (j.contains("alignment_heads") && j["alignment_heads"].is_array()) {
            for (const auto& pair : j["alignment_heads"]) {
                cfg.alignmentHeads.emplace_back(pair.at(0).get<int64_t>(),
                                                pair.at(1).get<int64_t>());
            }
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error(path + ": not a valid Whisper generation config: " + e.what());
    }
    if (!cfg.langToId.empty())
        cfg.isMultilingual = true;
}

}  // namespace

WhisperConfig WhisperConfig::fromConfig(const Config& c) {
    WhisperConfig d;
    WhisperConfig cfg;
    cfg.vocabSize = c.getInt("vocab_size", d.vocabSize);
    cfg.numMelBins = c.getInt("num_mel_bins", d.numMelBins);
    cfg.dModel = c.getInt("d_model", d.dModel);
    cfg.encoderLayers = c.getInt("encoder_layers", d.encoderLayers);
    cfg.encoderAttentionHeads = c.getInt("encoder_attention_heads", d.encoderAttentionHeads);
    cfg.encoderFfnDim = c.getInt("encoder_ffn_dim", d.encoderFfnDim);
    cfg.decoderLayers = c.getInt("decoder_layers", d.decoderLayers);
    cfg.decoderAttentionHeads = c.getInt("decoder_attention_heads", d.decoderAttentionHeads);
    cfg.decoderFfnDim = c.getInt("decoder_ffn_dim", d.decoderFfnDim);
    cfg.maxSourcePositions = c.getInt("max_source_positions", d.maxSourcePositions);
    cfg.maxTargetPositions = c.getInt("max_target_positions", d.maxTargetPositions);
    cfg.scaleEmbedding = c.getBool("scale_embedding", d.scaleEmbedding);
    cfg.decoderStartTokenId = c.getInt("decoder_start_token_id", d.decoderStartTokenId);
    cfg.eosTokenId = c.getInt("eos_token_id", d.eosTokenId);
    cfg.padTokenId = c.getInt("pad_token_id", d.padTokenId);
    cfg.suppressTokens = c.getIntList("suppress_tokens", {});
    cfg.beginSuppressTokens = c.getIntList("begin_suppress_tokens", {});
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(c.source() + ": " + e.what());
    }
    return cfg;
}

WhisperConfig WhisperConfig::load(const std::string& checkpointDir) {
    namespace fs = std::filesystem;
    const fs::path dir(checkpointDir);
    const fs::path configPath = fs::is_directory(dir) ? dir / "config.json" : dir;
    WhisperConfig cfg = fromConfig(Config::load(configPath.string()));
    const fs::path generation = configPath.parent_path() / "generation_config.json";
    if (fs::exists(generation))
        readGenerationConfig(generation.string(), cfg);
    return cfg;
}

WhisperConfig WhisperConfig::preset(const std::string& size) {
    struct Dims {
        const char* name;
        int64_t d, encLayers, decLayers, heads, mels, vocab;
    };
    static const Dims table[] = {
        {"tiny", 384, 4, 4, 6, 80, 51865},          {"base", 512, 6, 6, 8, 80, 51865},
        {"small", 768, 12, 12, 12, 80, 51865},      {"medium", 1024, 24, 24, 16, 80, 51865},
        {"large-v3", 1280, 32, 32, 20, 128, 51866}, {"large-v3-turbo", 1280, 32, 4, 20, 128, 51866},
    };
    std::string known;
    for (const auto& t : table) {
        known += std::string(known.empty() ? "" : ", ") + t.name;
        if (size != t.name)
            continue;
        WhisperConfig cfg;
        cfg.dModel = t.d;
        cfg.encoderLayers = t.encLayers;
        cfg.decoderLayers = t.decLayers;
        cfg.encoderAttentionHeads = cfg.decoderAttentionHeads = t.heads;
        cfg.encoderFfnDim = cfg.decoderFfnDim = 4 * t.d;
        cfg.numMelBins = t.mels;
        cfg.vocabSize = t.vocab;
        // Multilingual token layout: <|endoftext|> then <|startoftranscript|>, 99 or 100
        // languages, the two tasks, <|startoflm|>, <|startofprev|>, <|nospeech|>,
        // <|notimestamps|>.
        const int64_t languages = t.vocab == 51866 ? 100 : 99;
        cfg.eosTokenId = cfg.padTokenId = 50257;
        cfg.decoderStartTokenId = 50258;
        cfg.noTimestampsTokenId = 50258 + languages + 6;
        cfg.isMultilingual = true;
        cfg.taskToId = {{"translate", 50258 + languages + 1},
                        {"transcribe", 50258 + languages + 2}};
        cfg.langToId = {{"<|en|>", 50259}};
        return cfg;
    }
    throw Error("unknown Whisper size '" + size + "' (known: " + known + ")");
}

void WhisperConfig::validate() const {
    if (vocabSize <= 0 || numMelBins <= 0 || dModel <= 0 || encoderLayers <= 0 ||
        decoderLayers <= 0 || encoderFfnDim <= 0 || decoderFfnDim <= 0 || maxSourcePositions <= 0 ||
        maxTargetPositions <= 0) {
        throw Error(
            "Whisper config needs positive vocab_size, num_mel_bins, d_model, layer "
            "counts, ffn dims and max positions");
    }
    if (encoderAttentionHeads <= 0 || dModel % encoderAttentionHeads != 0 ||
        decoderAttentionHeads <= 0 || dModel % decoderAttentionHeads != 0) {
        throw Error("Whisper config: d_model " + std::to_string(dModel) +
                    " must be divisible by encoder_attention_heads " +
                    std::to_string(encoderAttentionHeads) + " and decoder_attention_heads " +
                    std::to_string(decoderAttentionHeads));
    }
}

}  // namespace sonara::models
