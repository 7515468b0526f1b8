#pragma once

// Internal to models/: transformers' WavLMModel as torch modules, parameter names matching its
// state dict (feature_extractor..., feature_projection..., encoder...).

#include <torch/torch.h>

#include <functional>
#include <string>
#include <vector>

#include "models/wav2vec2/wav2vec2_model.h"
#include "models/wavlm/wavlm_config.h"

namespace sonara::models {

// Self-attention with a relative position bias shared by every layer and gated per layer, per head
// and per query frame by a projection of that frame's input (gru_rel_pos_*).
class WavLMAttentionImpl : public torch::nn::Module {
public:
    WavLMAttentionImpl(const WavLMConfig& config, bool hasRelativeBias);
    // x [batch, time, hidden]; positionBias [heads, time, time] as positionBias() makes it.
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& positionBias);
    // The ungated bias from rel_attn_embed; only the first layer owns that table.
    torch::Tensor positionBias(int64_t time);

private:
    int64_t heads_;
    int64_t numBuckets_;
    int64_t maxDistance_;
    torch::nn::Linear qProj_{nullptr}, kProj_{nullptr}, vProj_{nullptr}, outProj_{nullptr};
    torch::Tensor gruRelPosConst_;
    torch::nn::Linear gruRelPosLinear_{nullptr};
    torch::nn::Embedding relAttnEmbed_{nullptr};
};
TORCH_MODULE(WavLMAttention);

class WavLMEncoderLayerImpl : public torch::nn::Module {
public:
    WavLMEncoderLayerImpl(const WavLMConfig& config, bool hasRelativeBias);
    torch::Tensor forward(torch::Tensor x, const torch::Tensor& positionBias);
    WavLMAttention attention() const { return attention_; }

private:
    bool stable_;
    std::string activation_;
    WavLMAttention attention_{nullptr};
    torch::nn::LayerNorm layerNorm_{nullptr};
    torch::nn::Linear intermediateDense_{nullptr};
    torch::nn::Linear outputDense_{nullptr};
    torch::nn::LayerNorm finalLayerNorm_{nullptr};
};
TORCH_MODULE(WavLMEncoderLayer);

class WavLMModelImpl : public torch::nn::Module {
public:
    explicit WavLMModelImpl(const WavLMConfig& config);

    // input_values [batch, samples] -> hidden states [batch, frames, hidden] numbered as
    // transformers' output_hidden_states: 0 is the transformer's input, i the output of layer i.
    // Runs no layer past upToLayer; returns states 0..upToLayer when keepAll, else only
    // state upToLayer. afterLayer(i, count) runs after each layer (it may throw to stop).
    std::vector<torch::Tensor> forward(const torch::Tensor& inputValues, int64_t upToLayer,
                                       bool keepAll,
                                       const std::function<void(size_t, size_t)>& afterLayer = {});

    const WavLMConfig& config() const { return config_; }

private:
    torch::Tensor positionalEmbedding(const torch::Tensor& x);

    WavLMConfig config_;
    std::vector<Wav2Vec2ConvLayer> convLayers_;
    torch::nn::LayerNorm projectionLayerNorm_{nullptr};
    torch::nn::Linear projection_{nullptr};
    torch::nn::Conv1d posConv_{nullptr};
    torch::nn::LayerNorm encoderLayerNorm_{nullptr};
    std::vector<WavLMEncoderLayer> layers_;
};
TORCH_MODULE(WavLMModel);

// Builds the model from a checkpoint directory (config.json + safetensors or pytorch_model.bin)
// in float32 on CPU; the caller moves it to its device and dtype. Checkpoints of WavLM heads
// (WavLMForCTC, ...) load too: their "wavlm." backbone is taken and the head ignored.
WavLMModel loadWavLMModel(const std::string& checkpointDir);

}  // namespace sonara::models
