#include "models/tacotron2/tacotron2_nvidia.h"

#include <utility>
#include <vector>

#include "models/common/error.h"

namespace sonara::models::tacotron2_nvidia {

namespace {

const std::string kEmbedding = "embedding.weight";
const std::string kProjection = "decoder.linear_projection.linear_layer.weight";

// NVIDIA's argument name -> torchaudio's, for the integer arguments.
const std::vector<std::pair<std::string, std::string>> kIntArguments = {
    {"n_mel_channels", "n_mels"},
    {"n_symbols", "n_symbol"},
    {"n_frames_per_step", "n_frames_per_step"},
    {"symbols_embedding_dim", "symbol_embedding_dim"},
    {"encoder_embedding_dim", "encoder_embedding_dim"},
    {"encoder_n_convolutions", "encoder_n_convolution"},
    {"encoder_kernel_size", "encoder_kernel_size"},
    {"decoder_rnn_dim", "decoder_rnn_dim"},
    {"max_decoder_steps", "decoder_max_step"},
    {"attention_rnn_dim", "attention_rnn_dim"},
    {"attention_dim", "attention_hidden_dim"},
    {"attention_location_n_filters", "attention_location_n_filter"},
    {"attention_location_kernel_size", "attention_location_kernel_size"},
    {"prenet_dim", "prenet_dim"},
    {"postnet_n_convolutions", "postnet_n_convolution"},
    {"postnet_kernel_size", "postnet_kernel_size"},
    {"postnet_embedding_dim", "postnet_embedding_dim"},
    {"sampling_rate", "sampling_rate"},
};

// NVIDIA/tacotron2's hparams.py stops the decoder at 1,000 frames; the rest of its defaults are
// torchaudio's.
constexpr int64_t kNvidiaMaxDecoderSteps = 1000;

// The hub's config dict rewritten as the config.json torchaudio's names would give.
Config torchaudioNames(const Config& saved) {
    std::string json = "{";
    auto add = [&](const std::string& key, const std::string& value) {
        json += (json.size() > 1 ? ",\"" : "\"") + key + "\":" + value;
    };
    for (const auto& [nvidia, torchaudio] : kIntArguments) {
        if (saved.has(nvidia))
            add(torchaudio, std::to_string(saved.getInt(nvidia)));
    }
    if (saved.has("gate_threshold"))
        add("gate_threshold", std::to_string(saved.getDouble("gate_threshold")));
    if (saved.has("mask_padding"))
        add("mask_padding", saved.getBool("mask_padding") ? "true" : "false");
    if (saved.has("decoder_no_early_stopping"))
        add("decoder_early_stopping",
            saved.getBool("decoder_no_early_stopping") ? "false" : "true");
    if (!saved.has("max_decoder_steps"))
        add("decoder_max_step", std::to_string(kNvidiaMaxDecoderSteps));
    return Config::parse(json + "}", saved.source());
}

}  // namespace

bool isNvidiaLayout(const Checkpoint& checkpoint) {
    return checkpoint.contains(kProjection);
}

WeightMapping weightMapping(const Tacotron2Config& config) {
    WeightMapping mapping;
    mapping.modelName = "Tacotron2 (NVIDIA layout)";
    auto convNorms = [&](const std::string& stack, int64_t count) {
        for (int64_t i = 0; i < count; ++i) {
            const std::string at = stack + "." + std::to_string(i) + ".0.";
            mapping.renames.emplace_back(at + "conv.", at);
        }
    };
    convNorms("encoder.convolutions", config.encoderNConvolution);
    convNorms("postnet.convolutions", config.postnetNConvolution);
    for (const std::string layer :
         {"decoder.prenet.layers.0", "decoder.prenet.layers.1", "decoder.linear_projection",
          "decoder.gate_layer", "decoder.attention_layer.query_layer",
          "decoder.attention_layer.memory_layer", "decoder.attention_layer.v",
          "decoder.attention_layer.location_layer.location_dense"}) {
        mapping.renames.emplace_back(layer + ".linear_layer.", layer + ".");
    }
    mapping.renames.emplace_back("decoder.attention_layer.location_layer.location_conv.conv.",
                                 "decoder.attention_layer.location_layer.location_conv.");
    return mapping;
}

Tacotron2Config config(const std::optional<Config>& saved, const Checkpoint& checkpoint,
                       const std::string& source) {
    if (saved)
        return Tacotron2Config::fromConfig(torchaudioNames(*saved));
    if (!checkpoint.contains(kEmbedding)) {
        throw Error(source + " has no config.json beside it and no " + kEmbedding +
                    ", so it is not an NVIDIA Tacotron2 checkpoint");
    }
    Tacotron2Config result = Tacotron2Config::fromConfig(Config::parse("{}", source));
    result.decoderMaxStep = kNvidiaMaxDecoderSteps;
    result.nSymbol = checkpoint.tensor(kEmbedding).size(0);
    result.nMels = checkpoint.tensor(kProjection).size(0) / result.nFramesPerStep;
    result.validate();
    return result;
}

}  // namespace sonara::models::tacotron2_nvidia
