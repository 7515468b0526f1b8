#include "models/t5/t5_encoder.h"

#include <cmath>
#include <limits>

#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/weights.h"

namespace sonara::models {

namespace {

torch::nn::Linear linear(int64_t in, int64_t out) {
    return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(false));
}

// transformers' T5Attention._relative_position_bucket with bidirectional=True: half the buckets
// for keys after the query; within each half, exact buckets for small distances and logarithmic
// ones up to maxDistance.
torch::Tensor relativePositionBuckets(int64_t length, int64_t numBuckets, int64_t maxDistance,
                                      const torch::Device& device) {
    const auto longs = torch::TensorOptions(torch::kLong).device(device);
    const auto positions = torch::arange(length, longs);
    auto relative = positions.unsqueeze(0) - positions.unsqueeze(1);  // key - query
    const int64_t half = numBuckets / 2;
    auto buckets = relative.gt(0).to(torch::kLong) * half;
    relative = relative.abs();
    const int64_t maxExact = half / 2;
    // Distance 0 takes the exact branch; clamping keeps log() finite in the unused one.
    auto large =
        torch::log(relative.clamp_min(1).to(torch::kFloat32) / static_cast<double>(maxExact)) /
        std::log(static_cast<double>(maxDistance) / static_cast<double>(maxExact)) *
        static_cast<double>(half - maxExact);
    auto largeBucket = (large.to(torch::kLong) + maxExact).clamp_max(half - 1);
    return buckets + torch::where(relative.lt(maxExact), relative, largeBucket);
}

}  // namespace

T5LayerNormImpl::T5LayerNormImpl(int64_t dim, double eps) : eps_(eps) {
    weight_ = register_parameter("weight", torch::ones({dim}));
}

torch::Tensor T5LayerNormImpl::forward(const torch::Tensor& x) {
    const auto variance = x.to(torch::kFloat32).pow(2).mean(-1, true);
    return weight_ * (x * torch::rsqrt(variance + eps_)).to(weight_.scalar_type());
}

T5AttentionImpl::T5AttentionImpl(const T5Config& c, bool hasRelativeBias) : config_(c) {
    q_ = register_module("q", linear(c.dModel, c.innerDim()));
    k_ = register_module("k", linear(c.dModel, c.innerDim()));
    v_ = register_module("v", linear(c.dModel, c.innerDim()));
    o_ = register_module("o", linear(c.innerDim(), c.dModel));
    if (hasRelativeBias) {
        relativeAttentionBias_ =
            register_module("relative_attention_bias",
                            torch::nn::Embedding(c.relativeAttentionNumBuckets, c.numHeads));
    }
}

torch::Tensor T5AttentionImpl::positionBias(int64_t length, const torch::Device& device) {
    const auto buckets = relativePositionBuckets(length, config_.relativeAttentionNumBuckets,
                                                 config_.relativeAttentionMaxDistance, device);
    // [length, length, heads] -> [1, heads, length, length]
    return relativeAttentionBias_->forward(buckets).permute({2, 0, 1}).unsqueeze(0);
}

torch::Tensor T5AttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& bias) {
    const int64_t batch = x.size(0);
    const int64_t length = x.size(1);
    const auto split = [&](const torch::Tensor& t) {
        return t.view({batch, length, config_.numHeads, config_.dKv}).transpose(1, 2);
    };
    const auto q = split(q_->forward(x));
    const auto k = split(k_->forward(x));
    const auto v = split(v_->forward(x));
    // T5 folds the 1/sqrt(d) scaling into its initialisation: scores are not scaled.
    const auto scores = torch::matmul(q, k.transpose(-1, -2)) + bias;
    const auto weights = torch::softmax(scores.to(torch::kFloat32), -1).to(scores.scalar_type());
    const auto out = torch::matmul(weights, v).transpose(1, 2).reshape({batch, length, -1});
    return o_->forward(out);
}

T5DenseImpl::T5DenseImpl(const T5Config& c) : act_(c.denseActFn) {
    if (c.isGatedAct) {
        wi0_ = register_module("wi_0", linear(c.dModel, c.dFf));
        wi1_ = register_module("wi_1", linear(c.dModel, c.dFf));
    } else {
        wi_ = register_module("wi", linear(c.dModel, c.dFf));
    }
    wo_ = register_module("wo", linear(c.dFf, c.dModel));
}

torch::Tensor T5DenseImpl::forward(const torch::Tensor& x) {
    const auto activate = [&](const torch::Tensor& t) {
        if (act_ == "relu")
            return torch::relu(t);
        return torch::gelu(t, act_ == "gelu_new" ? "tanh" : "none");
    };
    if (wi0_)
        return wo_->forward(activate(wi0_->forward(x)) * wi1_->forward(x));
    return wo_->forward(activate(wi_->forward(x)));
}

T5BlockImpl::T5BlockImpl(const T5Config& c, bool hasRelativeBias) {
    attention_ = T5Attention(c, hasRelativeBias);
    attentionNorm_ = T5LayerNorm(c.dModel, c.layerNormEpsilon);
    dense_ = T5Dense(c);
    denseNorm_ = T5LayerNorm(c.dModel, c.layerNormEpsilon);
    auto selfAttention = std::make_shared<torch::nn::Module>();
    selfAttention->register_module("SelfAttention", attention_);
    selfAttention->register_module("layer_norm", attentionNorm_);
    auto feedForward = std::make_shared<torch::nn::Module>();
    feedForward->register_module("DenseReluDense", dense_);
    feedForward->register_module("layer_norm", denseNorm_);
    torch::nn::ModuleList layers;
    layers->push_back(selfAttention);
    layers->push_back(feedForward);
    register_module("layer", layers);
}

torch::Tensor T5BlockImpl::forward(torch::Tensor x, const torch::Tensor& bias) {
    x = x + attention_->forward(attentionNorm_->forward(x), bias);
    return x + dense_->forward(denseNorm_->forward(x));
}

T5EncoderImpl::T5EncoderImpl(const T5Config& c) : config_(c) {
    config_.validate();
    shared_ = register_module("shared", torch::nn::Embedding(c.vocabSize, c.dModel));
    auto stack = std::make_shared<torch::nn::Module>();
    torch::nn::ModuleList blocks;
    for (int64_t i = 0; i < c.numLayers; ++i) {
        blocks_.push_back(T5Block(c, i == 0));
        blocks->push_back(blocks_.back());
    }
    stack->register_module("block", blocks);
    finalLayerNorm_ = T5LayerNorm(c.dModel, c.layerNormEpsilon);
    stack->register_module("final_layer_norm", finalLayerNorm_);
    register_module("encoder", stack);
}

torch::Tensor T5EncoderImpl::forward(const torch::Tensor& ids, const torch::Tensor& mask) {
    if (ids.dim() != 2) {
        throw Error("T5 encoder input ids must have shape [batch, length], found " +
                    shapeString(ids.sizes()));
    }
    if (mask.defined() && mask.sizes() != ids.sizes()) {
        throw Error("T5 encoder attention mask of shape " + shapeString(mask.sizes()) +
                    " does not match input ids of shape " + shapeString(ids.sizes()));
    }
    auto x = shared_->forward(ids);
    auto bias = blocks_.front()->attention()->positionBias(ids.size(1), ids.device()).to(x.dtype());
    if (mask.defined()) {
        // Padding keys get the dtype's lowest value, as transformers' extended attention mask.
        const double lowest = x.scalar_type() == torch::kHalf
                                  ? -65504.0
                                  : static_cast<double>(std::numeric_limits<float>::lowest());
        const auto padding = (1 - mask.to(x.dtype())).view({ids.size(0), 1, 1, ids.size(1)});
        bias = bias + padding * lowest;
    }
    for (auto& block : blocks_)
        x = block->forward(x, bias);
    return finalLayerNorm_->forward(x);
}

T5Encoder loadT5Encoder(const std::string& checkpointPath, const std::string& prefix,
                        const T5Config& config) {
    T5Encoder encoder(config);
    WeightMapping mapping;
    mapping.prefix = prefix;
    mapping.modelName = "T5 text encoder";
    // encoder.embed_tokens is tied to shared; a full T5 checkpoint also holds its decoder.
    mapping.ignore = {"encoder.embed_tokens.", "decoder.", "lm_head."};
    loadWeights(*encoder, Checkpoint::open(checkpointPath), mapping);
    encoder->eval();
    return encoder;
}

}  // namespace sonara::models
