#include "models/demucs/htdemucs_transformer.h"

#include <ATen/ATen.h>
#include <torch/nn/init.h>
#include <torch/version.h>

#include <cmath>
#include <string>

namespace sonara::models {

namespace {

constexpr double kNormEps = 1e-5;
constexpr double kLayerScaleInit = 1e-4;

// einops' "b c fr t1 -> b (t1 fr) c": one token per (frame, frequency), frequency fastest.
torch::Tensor toTokens(const torch::Tensor& x) {
    return x.permute({0, 3, 2, 1}).reshape({x.size(0), x.size(3) * x.size(2), x.size(1)});
}

}  // namespace

HTDemucsNormImpl::HTDemucsNormImpl(int64_t dim, int64_t groups) : groups_(groups) {
    // demucs names them normX.weight and normX.bias, with no submodule level.
    weight_ = register_parameter("weight", torch::ones({dim}));
    bias_ = register_parameter("bias", torch::zeros({dim}));
}

torch::Tensor HTDemucsNormImpl::forward(const torch::Tensor& x) {
    if (groups_ == 0)
        return at::layer_norm(x, {x.size(-1)}, weight_, bias_, kNormEps);
    // MyGroupNorm: [B, T, C] normalised over all of T and C per group of channels.
    return at::group_norm(x.transpose(1, 2), groups_, weight_, bias_, kNormEps).transpose(1, 2);
}

HTDemucsAttentionImpl::HTDemucsAttentionImpl(int64_t dim, int64_t heads) : heads_(heads) {
    inProjWeight_ = register_parameter("in_proj_weight", torch::empty({3 * dim, dim}));
    torch::nn::init::xavier_uniform_(inProjWeight_);
    inProjBias_ = register_parameter("in_proj_bias", torch::zeros({3 * dim}));
    outProj_ = register_module("out_proj", torch::nn::Linear(dim, dim));
}

torch::Tensor HTDemucsAttentionImpl::forward(const torch::Tensor& query,
                                             const torch::Tensor& memory) {
    const int64_t batch = query.size(0), steps = query.size(1), dim = query.size(2);
    const int64_t headDim = dim / heads_;
    // [B, T, 3 or 2 or 1, C] -> per projection [B, heads, T, headDim]
    auto heads = [&](const torch::Tensor& t, int64_t parts) {
        return t.view({batch, t.size(1), parts, heads_, headDim}).permute({2, 0, 3, 1, 4});
    };
    torch::Tensor q, k, v;
    if (memory.is_same(query)) {
        const auto qkv = heads(at::linear(query, inProjWeight_, inProjBias_), 3);
        q = qkv[0];
        k = qkv[1];
        v = qkv[2];
    } else {
        q = heads(at::linear(query, inProjWeight_.slice(0, 0, dim), inProjBias_.slice(0, 0, dim)),
                  1)[0];
        const auto kv =
            heads(at::linear(memory, inProjWeight_.slice(0, dim), inProjBias_.slice(0, dim)), 2);
        k = kv[0];
        v = kv[1];
    }
#if TORCH_VERSION_MAJOR >= 2
    const auto attended = at::scaled_dot_product_attention(q, k, v);
#else
    const auto scores =
        at::matmul(q * (1.0 / std::sqrt(static_cast<double>(headDim))), k.transpose(-2, -1));
    const auto attended = at::matmul(at::softmax(scores, -1), v);
#endif
    return outProj_->forward(attended.transpose(1, 2).reshape({batch, steps, dim}));
}

HTDemucsTransformerLayerImpl::HTDemucsTransformerLayerImpl(const HTDemucsTransformerOptions& o,
                                                           bool cross)
    : cross_(cross), normFirst_(o.normFirst), gelu_(o.gelu) {
    attention_ =
        register_module(cross ? "cross_attn" : "self_attn", HTDemucsAttention(o.dim, o.heads));
    linear1_ = register_module("linear1", torch::nn::Linear(o.dim, o.hidden));
    linear2_ = register_module("linear2", torch::nn::Linear(o.hidden, o.dim));
    norm1_ = register_module("norm1", HTDemucsNorm(o.dim, o.groupNorm));
    norm2_ = register_module("norm2", HTDemucsNorm(o.dim, o.groupNorm));
    if (cross)
        norm3_ = register_module("norm3", HTDemucsNorm(o.dim, o.groupNorm));
    if (o.normFirst && o.normOut > 0)
        normOut_ = register_module("norm_out", HTDemucsNorm(o.dim, o.normOut));
    if (o.layerScale) {
        auto gamma = [&](const char* name) {
            auto holder = register_module(name, std::make_shared<torch::nn::Module>());
            return holder->register_parameter("scale", torch::full({o.dim}, kLayerScaleInit));
        };
        gamma1_ = gamma("gamma_1");
        gamma2_ = gamma("gamma_2");
    }
}

torch::Tensor HTDemucsTransformerLayerImpl::scaled(const torch::Tensor& gamma,
                                                   const torch::Tensor& x) const {
    return gamma.defined() ? gamma * x : x;
}

torch::Tensor HTDemucsTransformerLayerImpl::feedForward(const torch::Tensor& x) {
    const auto h = linear1_->forward(x);
    return linear2_->forward(gelu_ ? at::gelu(h) : at::relu(h));
}

torch::Tensor HTDemucsTransformerLayerImpl::forward(const torch::Tensor& input,
                                                    const torch::Tensor& other) {
    torch::Tensor x = input;
    if (normFirst_) {
        const auto h = norm1_->forward(x);
        const auto memory = cross_ ? norm2_->forward(other) : h;
        x = x + scaled(gamma1_, attention_->forward(h, memory));
        x = x + scaled(gamma2_, feedForward((cross_ ? norm3_ : norm2_)->forward(x)));
        return normOut_ ? normOut_->forward(x) : x;
    }
    x = norm1_->forward(x + scaled(gamma1_, attention_->forward(x, cross_ ? other : x)));
    return norm2_->forward(x + scaled(gamma2_, feedForward(x)));
}

HTDemucsCrossTransformerImpl::HTDemucsCrossTransformerImpl(const HTDemucsTransformerOptions& o)
    : options_(o) {
    if (o.normIn || o.normInGroup > 0) {
        const int64_t groups = o.normIn ? 0 : o.normInGroup;
        normIn_ = register_module("norm_in", HTDemucsNorm(o.dim, groups));
        normInT_ = register_module("norm_in_t", HTDemucsNorm(o.dim, groups));
    }
    torch::nn::ModuleList layers, layersT;
    const int64_t classicParity = o.crossFirst ? 1 : 0;
    for (int64_t idx = 0; idx < o.layers; ++idx) {
        const bool cross = idx % 2 != classicParity;
        layers_.emplace_back(o, cross);
        layersT_.emplace_back(o, cross);
        layers->push_back(layers_.back());
        layersT->push_back(layersT_.back());
    }
    register_module("layers", layers);
    register_module("layers_t", layersT);
}

std::pair<torch::Tensor, torch::Tensor> HTDemucsCrossTransformerImpl::forward(
    const torch::Tensor& x, const torch::Tensor& xt) {
    const int64_t batch = x.size(0), dim = x.size(1), freqs = x.size(2), frames = x.size(3);
    const auto embeddingOptions = x.options().dtype(torch::kFloat32);
    const double weight = options_.weightPosEmbed;

    auto h = toTokens(x);
    if (normIn_)
        h = normIn_->forward(h);
    const auto pos2d = sinEmbedding2d(dim, freqs, frames, options_.maxPeriod, embeddingOptions);
    h = h + weight * toTokens(pos2d).to(h.scalar_type());

    auto ht = xt.transpose(1, 2);
    if (normInT_)
        ht = normInT_->forward(ht);
    const auto pos1d = sinEmbedding(xt.size(2), dim, options_.maxPeriod, embeddingOptions);
    ht = ht + weight * pos1d.transpose(0, 1).to(ht.scalar_type());

    for (size_t idx = 0; idx < layers_.size(); ++idx) {
        if (!layers_[idx]->cross()) {
            h = layers_[idx]->forward(h);
            ht = layersT_[idx]->forward(ht);
        } else {
            const auto previous = h;
            h = layers_[idx]->forward(h, ht);
            ht = layersT_[idx]->forward(ht, previous);
        }
    }
    return {h.reshape({batch, frames, freqs, dim}).permute({0, 3, 2, 1}), ht.transpose(1, 2)};
}

// The float32 arithmetic of the reference, operation for operation, so that positions far along
// the sequence round the same way.
torch::Tensor sinEmbedding(int64_t length, int64_t dim, double maxPeriod,
                           const torch::TensorOptions& options) {
    const int64_t half = dim / 2;
    const auto pos = torch::arange(length, options.dtype(torch::kLong)).view({-1, 1, 1});
    const auto adim = torch::arange(half, options.dtype(torch::kLong)).view({1, 1, -1});
    const auto period = torch::full({}, maxPeriod, options);
    const auto phase = pos / at::pow(period, adim / (half - 1));
    return torch::cat({torch::cos(phase), torch::sin(phase)}, -1);
}

torch::Tensor sinEmbedding2d(int64_t dim, int64_t height, int64_t width, double maxPeriod,
                             const torch::TensorOptions& options) {
    const auto period = torch::full({}, maxPeriod, options);
    auto pe = torch::zeros({dim, height, width}, options);
    const int64_t half = dim / 2;
    const auto divTerm = torch::exp(torch::arange(0.0, static_cast<double>(half), 2.0, options) *
                                    -(torch::log(period) / half));
    const auto posW = torch::arange(0.0, static_cast<double>(width), options).unsqueeze(1);
    const auto posH = torch::arange(0.0, static_cast<double>(height), options).unsqueeze(1);
    using at::indexing::None;
    using at::indexing::Slice;
    const auto alongWidth = [&](const torch::Tensor& v) {
        return v.transpose(0, 1).unsqueeze(1).repeat({1, height, 1});
    };
    const auto alongHeight = [&](const torch::Tensor& v) {
        return v.transpose(0, 1).unsqueeze(2).repeat({1, 1, width});
    };
    pe.index_put_({Slice(0, half, 2)}, alongWidth(torch::sin(posW * divTerm)));
    pe.index_put_({Slice(1, half, 2)}, alongWidth(torch::cos(posW * divTerm)));
    pe.index_put_({Slice(half, None, 2)}, alongHeight(torch::sin(posH * divTerm)));
    pe.index_put_({Slice(half + 1, None, 2)}, alongHeight(torch::cos(posH * divTerm)));
    return pe.unsqueeze(0);
}

}  // namespace sonara::models
