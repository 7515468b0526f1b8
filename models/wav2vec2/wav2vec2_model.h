#pragma once

// Internal to models/: transformers' Wav2Vec2ForCTC as torch modules, parameter names matching
// its state dict (wav2vec2.feature_extractor..., wav2vec2.encoder..., lm_head).

#include <torch/torch.h>

#include <functional>

#include <string>
#include <vector>

#include "models/wav2vec2/wav2vec2_config.h"

namespace sonara::models {

// One feature-extractor layer: conv, then GroupNorm (group layout, first layer only) or
// LayerNorm over channels (layer layout), then the activation.
class Wav2Vec2ConvLayerImpl : public torch::nn::Module {
public:
    Wav2Vec2ConvLayerImpl(const Wav2Vec2Config& config, size_t index);
    torch::Tensor forward(torch::Tensor x);  // [batch, channels, time]

private:
    std::string activation_;
    torch::nn::Conv1d conv_{nullptr};
    torch::nn::GroupNorm groupNorm_{nullptr};
    torch::nn::LayerNorm layerNorm_{nullptr};
};
TORCH_MODULE(Wav2Vec2ConvLayer);

class Wav2Vec2AttentionImpl : public torch::nn::Module {
public:
    Wav2Vec2AttentionImpl(int64_t hidden, int64_t heads);
    torch::Tensor forward(const torch::Tensor& x);  // [batch, time, hidden]

private:
    int64_t heads_;
    torch::nn::Linear qProj_{nullptr}, kProj_{nullptr}, vProj_{nullptr}, outProj_{nullptr};
};
TORCH_MODULE(Wav2Vec2Attention);

class Wav2Vec2EncoderLayerImpl : public torch::nn::Module {
public:
    explicit Wav2Vec2EncoderLayerImpl(const Wav2Vec2Config& config);
    torch::Tensor forward(torch::Tensor x);

private:
    bool stable_;
    std::string activation_;
    Wav2Vec2Attention attention_{nullptr};
    torch::nn::LayerNorm layerNorm_{nullptr};
    torch::nn::Linear intermediateDense_{nullptr};
    torch::nn::Linear outputDense_{nullptr};
    torch::nn::LayerNorm finalLayerNorm_{nullptr};
};
TORCH_MODULE(Wav2Vec2EncoderLayer);

struct Wav2Vec2Output {
    torch::Tensor logits;                     // [batch, frames, vocab]
    std::vector<torch::Tensor> hiddenStates;  // as output_hidden_states=True returns them
};

class Wav2Vec2ForCtcImpl : public torch::nn::Module {
public:
    explicit Wav2Vec2ForCtcImpl(const Wav2Vec2Config& config);

    // input_values [batch, samples] -> logits; hidden states are kept only when asked for.
    // afterLayer(i, count) runs after each transformer layer (it may throw to stop).
    Wav2Vec2Output forward(const torch::Tensor& inputValues, bool keepHiddenStates = false,
                           const std::function<void(size_t, size_t)>& afterLayer = {});

    const Wav2Vec2Config& config() const { return config_; }

private:
    torch::Tensor positionalEmbedding(const torch::Tensor& x);

    Wav2Vec2Config config_;
    std::vector<Wav2Vec2ConvLayer> convLayers_;
    torch::nn::LayerNorm projectionLayerNorm_{nullptr};
    torch::nn::Linear projection_{nullptr};
    torch::nn::Conv1d posConv_{nullptr};
    torch::nn::LayerNorm encoderLayerNorm_{nullptr};
    std::vector<Wav2Vec2EncoderLayer> layers_;
    torch::nn::Linear lmHead_{nullptr};
};
TORCH_MODULE(Wav2Vec2ForCtc);

// Builds the model from a checkpoint directory (config.json + safetensors) in float32 on CPU; the
// caller moves it to its device and dtype.
Wav2Vec2ForCtc loadWav2Vec2ForCtc(const std::string& checkpointDir);

}  // namespace sonara::models
