#pragma once

// Internal to models/demucs: demucs.transformer.CrossTransformerEncoder, the cross-domain
// transformer between HTDemucs's encoders and decoders, with demucs' parameter names
// (norm_in, norm_in_t, layers.N, layers_t.N; nn.MultiheadAttention's in_proj_weight/out_proj).

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace sonara::models {

struct HTDemucsTransformerOptions {
    int64_t dim = 0;
    int64_t hidden = 0;  // feed-forward width: int(dim * t_hidden_scale)
    int64_t heads = 8;
    int64_t layers = 5;
    bool crossFirst = false;  // layer 0 is a cross-attention layer
    bool normIn = true;       // LayerNorm on the inputs
    int64_t normInGroup = 0;  // else GroupNorm over time and channels with this many groups
    int64_t groupNorm = 0;    // the layers' norms as such GroupNorms (0: LayerNorm)
    bool normFirst = true;
    int64_t normOut = 1;  // GroupNorm groups closing each norm-first layer (0: none)
    bool layerScale = true;
    bool gelu = true;  // else ReLU
    double maxPeriod = 10000.0;
    double weightPosEmbed = 1.0;
};

// LayerNorm over channels, or demucs' MyGroupNorm (GroupNorm over time and channels) for
// [batch, time, channels] inputs; both keep their parameters as weight and bias.
class HTDemucsNormImpl : public torch::nn::Module {
public:
    HTDemucsNormImpl(int64_t dim, int64_t groups);  // groups 0: LayerNorm
    torch::Tensor forward(const torch::Tensor& x);

private:
    int64_t groups_;
    torch::Tensor weight_, bias_;
};
TORCH_MODULE(HTDemucsNorm);

// torch.nn.MultiheadAttention (batch first, no extra key/value biases) in inference.
class HTDemucsAttentionImpl : public torch::nn::Module {
public:
    HTDemucsAttentionImpl(int64_t dim, int64_t heads);
    // query [B, T, C]; memory [B, S, C] (the query itself for self-attention) -> [B, T, C]
    torch::Tensor forward(const torch::Tensor& query, const torch::Tensor& memory);

private:
    int64_t heads_;
    torch::Tensor inProjWeight_, inProjBias_;
    torch::nn::Linear outProj_{nullptr};
};
TORCH_MODULE(HTDemucsAttention);

// MyTransformerEncoderLayer (self-attention) or CrossTransformerEncoderLayer (attending to the
// other branch): attention and feed-forward blocks with LayerScale, norm-first or norm-after.
class HTDemucsTransformerLayerImpl : public torch::nn::Module {
public:
    HTDemucsTransformerLayerImpl(const HTDemucsTransformerOptions& options, bool cross);
    // x [B, T, C]; other [B, S, C], the other branch, for a cross layer
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& other = {});
    bool cross() const { return cross_; }

private:
    torch::Tensor feedForward(const torch::Tensor& x);
    torch::Tensor scaled(const torch::Tensor& gamma, const torch::Tensor& x) const;

    bool cross_;
    bool normFirst_;
    bool gelu_;
    HTDemucsAttention attention_{nullptr};
    torch::nn::Linear linear1_{nullptr}, linear2_{nullptr};
    HTDemucsNorm norm1_{nullptr}, norm2_{nullptr}, norm3_{nullptr}, normOut_{nullptr};
    torch::Tensor gamma1_, gamma2_;  // LayerScale; undefined without layer scale
};
TORCH_MODULE(HTDemucsTransformerLayer);

class HTDemucsCrossTransformerImpl : public torch::nn::Module {
public:
    explicit HTDemucsCrossTransformerImpl(const HTDemucsTransformerOptions& options);
    // x [B, C, F, T1] (frequency branch), xt [B, C, T2] (time branch) -> both, same shapes.
    std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& x,
                                                    const torch::Tensor& xt);

private:
    HTDemucsTransformerOptions options_;
    HTDemucsNorm normIn_{nullptr}, normInT_{nullptr};
    std::vector<HTDemucsTransformerLayer> layers_, layersT_;
};
TORCH_MODULE(HTDemucsCrossTransformer);

// demucs' create_sin_embedding: [length, 1, dim] (time, batch, channels), cos then sin halves.
torch::Tensor sinEmbedding(int64_t length, int64_t dim, double maxPeriod,
                           const torch::TensorOptions& options);
// demucs' create_2d_sin_embedding: [1, dim, height, width].
torch::Tensor sinEmbedding2d(int64_t dim, int64_t height, int64_t width, double maxPeriod,
                             const torch::TensorOptions& options);

}  // namespace sonara::models
