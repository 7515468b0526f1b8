#pragma once

// Internal to models/: T5's encoder stack as torch modules with transformers' T5EncoderModel
// names (shared.*, encoder.block.N.layer.{0,1}.*, encoder.final_layer_norm.*), as MusicGen's
// text encoder stores them under "text_encoder.".

#include <torch/torch.h>

#include <string>
#include <vector>

#include "models/t5/t5_config.h"

namespace sonara::models {

// RMS norm without mean subtraction or bias, computed in float32.
class T5LayerNormImpl : public torch::nn::Module {
public:
    T5LayerNormImpl(int64_t dim, double eps);
    torch::Tensor forward(const torch::Tensor& x);

private:
    double eps_;
    torch::Tensor weight_;
};
TORCH_MODULE(T5LayerNorm);

// Unscaled multi-head self-attention (q, k, v, o without bias); the first block also owns the
// relative position bias table that every block adds to its scores.
class T5AttentionImpl : public torch::nn::Module {
public:
    T5AttentionImpl(const T5Config& config, bool hasRelativeBias);
    // x [batch, length, dModel], bias [1 or batch, heads, length, length] (position bias plus
    // padding mask) -> [batch, length, dModel]
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& bias);
    // Position bias [1, heads, length, length] from the bidirectional bucket table.
    torch::Tensor positionBias(int64_t length, const torch::Device& device);

private:
    T5Config config_;
    torch::nn::Linear q_{nullptr}, k_{nullptr}, v_{nullptr}, o_{nullptr};
    torch::nn::Embedding relativeAttentionBias_{nullptr};
};
TORCH_MODULE(T5Attention);

// DenseReluDense: wi, activation, wo; or the gated form act(wi_0 x) * wi_1 x, then wo.
class T5DenseImpl : public torch::nn::Module {
public:
    explicit T5DenseImpl(const T5Config& config);
    torch::Tensor forward(const torch::Tensor& x);

private:
    std::string act_;
    torch::nn::Linear wi_{nullptr}, wi0_{nullptr}, wi1_{nullptr}, wo_{nullptr};
};
TORCH_MODULE(T5Dense);

// One encoder block: layer.0 (SelfAttention + layer_norm) and layer.1 (DenseReluDense +
// layer_norm), each pre-normed with a residual connection.
class T5BlockImpl : public torch::nn::Module {
public:
    T5BlockImpl(const T5Config& config, bool hasRelativeBias);
    torch::Tensor forward(torch::Tensor x, const torch::Tensor& bias);
    T5Attention attention() const { return attention_; }

private:
    T5Attention attention_{nullptr};
    T5LayerNorm attentionNorm_{nullptr}, denseNorm_{nullptr};
    T5Dense dense_{nullptr};
};
TORCH_MODULE(T5Block);

class T5EncoderImpl : public torch::nn::Module {
public:
    explicit T5EncoderImpl(const T5Config& config);
    // ids [batch, length] (long), mask [batch, length] (1 = token, 0 = padding; undefined: all
    // tokens) -> last hidden state [batch, length, dModel]
    torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& mask = {});
    const T5Config& config() const { return config_; }

private:
    T5Config config_;
    torch::nn::Embedding shared_{nullptr};
    std::vector<T5Block> blocks_;
    T5LayerNorm finalLayerNorm_{nullptr};
};
TORCH_MODULE(T5Encoder);

// Builds the encoder in float32 on CPU from a checkpoint (directory or file) whose tensors carry
// T5EncoderModel names after prefix ("" for a T5 checkpoint, "text_encoder." inside MusicGen).
T5Encoder loadT5Encoder(const std::string& checkpointPath, const std::string& prefix,
                        const T5Config& config);

}  // namespace sonara::models
