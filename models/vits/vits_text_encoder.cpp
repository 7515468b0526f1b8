#include "models/vits/vits_text_encoder.h"
#include "models/vits/vits_conv.h"

#include <cmath>
#include <limits>

namespace sonara::models {

namespace {

// [bh, len, 2len-1] logits per relative distance -> [bh, len, len] per key position: pad and
// reshape so each row shifts by one, as the reference's _relative_position_to_absolute_position.
torch::Tensor relativeToAbsolute(const torch::Tensor& x) {
    const int64_t bh = x.size(0);
    const int64_t len = x.size(1);
    auto flat = torch::constant_pad_nd(x, {0, 1}).reshape({bh, len * 2 * len});
    flat = torch::constant_pad_nd(flat, {0, len - 1});
    return flat.view({bh, len + 1, 2 * len - 1}).slice(1, 0, len).slice(2, len - 1, 2 * len - 1);
}

// The inverse skew: [bh, len, len] weights per key position -> [bh, len, 2len-1] per distance.
torch::Tensor absoluteToRelative(const torch::Tensor& x) {
    const int64_t bh = x.size(0);
    const int64_t len = x.size(1);
    auto flat = torch::constant_pad_nd(x, {0, len - 1}).reshape({bh, len * (2 * len - 1)});
    flat = torch::constant_pad_nd(flat, {len, 0});
    return flat.view({bh, len, 2 * len}).slice(2, 1, 2 * len);
}

// What the reference adds for masked keys: the dtype's lowest value.
double maskValue(torch::ScalarType type) {
    switch (type) {
        case torch::kFloat16:
            return -65504.0;
        case torch::kBFloat16:
            return -3.3895313892515355e38;
        case torch::kFloat64:
            return std::numeric_limits<double>::lowest();
        default:
            return std::numeric_limits<float>::lowest();
    }
}

}  // namespace

VitsAttentionImpl::VitsAttentionImpl(const VitsConfig& c)
    : heads_(c.numAttentionHeads),
      headDim_(c.hiddenSize / c.numAttentionHeads),
      window_(c.windowSize),
      scaling_(1.0 / std::sqrt(static_cast<double>(c.hiddenSize / c.numAttentionHeads))) {
    auto linear = [&](const char* name) {
        return register_module(
            name, torch::nn::Linear(
                      torch::nn::LinearOptions(c.hiddenSize, c.hiddenSize).bias(c.useBias)));
    };
    kProj_ = linear("k_proj");
    vProj_ = linear("v_proj");
    qProj_ = linear("q_proj");
    outProj_ = linear("out_proj");
    if (window_ > 0) {
        embRelK_ = register_parameter("emb_rel_k",
                                      torch::randn({1, 2 * window_ + 1, headDim_}) * scaling_);
        embRelV_ = register_parameter("emb_rel_v",
                                      torch::randn({1, 2 * window_ + 1, headDim_}) * scaling_);
    }
}

torch::Tensor VitsAttentionImpl::relativeEmbeddings(const torch::Tensor& embeddings,
                                                    int64_t length) const {
    const int64_t pad = std::max<int64_t>(length - (window_ + 1), 0);
    auto e = pad > 0 ? torch::constant_pad_nd(embeddings, {0, 0, pad, pad}) : embeddings;
    const int64_t start = std::max<int64_t>(window_ + 1 - length, 0);
    return e.slice(1, start, start + 2 * length - 1);
}

torch::Tensor VitsAttentionImpl::forward(const torch::Tensor& hidden,
                                         const torch::Tensor& keyMask) {
    const int64_t batch = hidden.size(0);
    const int64_t len = hidden.size(1);
    auto heads = [&](const torch::Tensor& t) {
        return t.view({batch, len, heads_, headDim_})
            .transpose(1, 2)
            .reshape({batch * heads_, len, headDim_});
    };
    const auto q = heads(qProj_->forward(hidden) * scaling_);
    const auto k = heads(kProj_->forward(hidden));
    const auto v = heads(vProj_->forward(hidden));

    auto weights = torch::bmm(q, k.transpose(1, 2));
    if (window_ > 0) {
        const auto logits = torch::matmul(q, relativeEmbeddings(embRelK_, len).transpose(-2, -1));
        weights = weights + relativeToAbsolute(logits);
    }
    if (keyMask.defined()) {
        weights = weights.view({batch, heads_, len, len})
                      .masked_fill(keyMask.logical_not().view({batch, 1, 1, len}),
                                   maskValue(weights.scalar_type()))
                      .view({batch * heads_, len, len});
    }
    weights = torch::softmax(weights, -1);

    auto out = torch::bmm(weights, v);
    if (window_ > 0) {
        out = out + torch::matmul(absoluteToRelative(weights), relativeEmbeddings(embRelV_, len));
    }
    out = out.view({batch, heads_, len, headDim_}).transpose(1, 2).reshape({batch, len, -1});
    return outProj_->forward(out);
}

VitsFeedForwardImpl::VitsFeedForwardImpl(const VitsConfig& c)
    : act_(c.hiddenAct), padLeft_((c.ffnKernelSize - 1) / 2), padRight_(c.ffnKernelSize / 2) {
    conv1_ = register_module("conv_1", vitsConv1d(c.hiddenSize, c.ffnDim, c.ffnKernelSize));
    conv2_ = register_module("conv_2", vitsConv1d(c.ffnDim, c.hiddenSize, c.ffnKernelSize));
}

torch::Tensor VitsFeedForwardImpl::activate(const torch::Tensor& x) const {
    if (act_ == "relu")
        return torch::relu(x);
    if (act_ == "gelu")
        return torch::gelu(x);
    if (act_ == "silu" || act_ == "swish")
        return torch::silu(x);
    return torch::gelu(x, "tanh");  // gelu_new, gelu_pytorch_tanh
}

torch::Tensor VitsFeedForwardImpl::forward(torch::Tensor hidden, const torch::Tensor& paddingMask) {
    const auto mask = paddingMask.transpose(1, 2);
    hidden = hidden.transpose(1, 2) * mask;
    hidden = activate(conv1_->forward(torch::constant_pad_nd(hidden, {padLeft_, padRight_})));
    hidden = hidden * mask;
    hidden = conv2_->forward(torch::constant_pad_nd(hidden, {padLeft_, padRight_})) * mask;
    return hidden.transpose(1, 2);
}

VitsEncoderLayerImpl::VitsEncoderLayerImpl(const VitsConfig& c) {
    auto norm = [&] {
        return torch::nn::LayerNorm(
            torch::nn::LayerNormOptions({c.hiddenSize}).eps(c.layerNormEps));
    };
    attention_ = register_module("attention", VitsAttention(c));
    layerNorm_ = register_module("layer_norm", norm());
    feedForward_ = register_module("feed_forward", VitsFeedForward(c));
    finalLayerNorm_ = register_module("final_layer_norm", norm());
}

torch::Tensor VitsEncoderLayerImpl::forward(torch::Tensor hidden, const torch::Tensor& paddingMask,
                                            const torch::Tensor& keyMask) {
    hidden = layerNorm_->forward(hidden + attention_->forward(hidden, keyMask));
    return finalLayerNorm_->forward(hidden + feedForward_->forward(hidden, paddingMask));
}

VitsTextEncoderImpl::VitsTextEncoderImpl(const VitsConfig& c)
    : hiddenSize_(c.hiddenSize), flowSize_(c.flowSize) {
    embedTokens_ = register_module("embed_tokens", torch::nn::Embedding(c.vocabSize, c.hiddenSize));
    auto encoder = register_module("encoder", std::make_shared<torch::nn::Module>());
    torch::nn::ModuleList layers;
    for (int64_t i = 0; i < c.numHiddenLayers; ++i) {
        layers_.emplace_back(c);
        layers->push_back(layers_.back());
    }
    encoder->register_module("layers", layers);
    project_ = register_module("project", vitsConv1d(c.hiddenSize, 2 * c.flowSize, 1));
}

VitsTextEncoding VitsTextEncoderImpl::forward(const torch::Tensor& inputIds,
                                              const torch::Tensor& paddingMask,
                                              const torch::Tensor& keyMask) {
    auto hidden = embedTokens_->forward(inputIds) * std::sqrt(static_cast<double>(hiddenSize_));
    hidden = hidden * paddingMask;
    for (auto& layer : layers_)
        hidden = layer->forward(hidden, paddingMask, keyMask);
    hidden = hidden * paddingMask;
    const auto stats = project_->forward(hidden.transpose(1, 2)).transpose(1, 2) * paddingMask;
    auto halves = stats.split(flowSize_, 2);
    return {hidden, halves[0], halves[1]};
}

}  // namespace sonara::models
