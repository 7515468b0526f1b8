#include "models/wavlm/wavlm_model.h"

#include <torch/version.h>

#include <cmath>

#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/weights.h"

namespace sonara::models {

namespace {

torch::Tensor activate(const std::string& name, const torch::Tensor& x) {
    if (name == "gelu")
        return torch::gelu(x);
    if (name == "gelu_new" || name == "gelu_pytorch_tanh")
        return torch::gelu(x, "tanh");
    if (name == "relu")
        return torch::relu(x);
    if (name == "swish" || name == "silu")
        return torch::silu(x);
    throw Error("wavlm: unsupported activation \"" + name +
                "\" (expected gelu, gelu_new, relu or silu)");
}

torch::nn::LayerNorm layerNorm(int64_t size, double eps) {
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({size}).eps(eps));
}

// transformers' _relative_positions_bucket for key - query offsets: half the buckets per
// direction, exact below a quarter of them, logarithmic up to maxDistance. The float32 steps
// follow the reference op for op so that the truncation lands in the same bucket.
torch::Tensor relativeBuckets(int64_t time, int64_t numBuckets, int64_t maxDistance) {
    const auto positions = torch::arange(time, torch::kLong);
    const auto relative = positions.unsqueeze(0) - positions.unsqueeze(1);
    const int64_t half = numBuckets / 2;
    const int64_t maxExact = half / 2;
    const auto direction = (relative > 0).to(torch::kLong) * half;
    const auto distance = relative.abs();
    auto large = torch::log(distance.to(torch::kFloat32) / maxExact);
    large = large / std::log(static_cast<double>(maxDistance) / static_cast<double>(maxExact));
    large = large * (half - maxExact);
    const auto largeBucket = (large + maxExact).to(torch::kLong).clamp_max(half - 1);
    return direction + torch::where(distance < maxExact, distance, largeBucket);
}

}  // namespace

WavLMAttentionImpl::WavLMAttentionImpl(const WavLMConfig& config, bool hasRelativeBias)
    : heads_(config.base.numAttentionHeads),
      numBuckets_(config.numBuckets),
      maxDistance_(config.maxBucketDistance) {
    const int64_t hidden = config.hiddenSize();
    qProj_ = register_module("q_proj", torch::nn::Linear(hidden, hidden));
    kProj_ = register_module("k_proj", torch::nn::Linear(hidden, hidden));
    vProj_ = register_module("v_proj", torch::nn::Linear(hidden, hidden));
    outProj_ = register_module("out_proj", torch::nn::Linear(hidden, hidden));
    gruRelPosConst_ = register_parameter("gru_rel_pos_const", torch::ones({1, heads_, 1, 1}));
    gruRelPosLinear_ = register_module("gru_rel_pos_linear", torch::nn::Linear(hidden / heads_, 8));
    if (hasRelativeBias) {
        relAttnEmbed_ =
            register_module("rel_attn_embed", torch::nn::Embedding(numBuckets_, heads_));
    }
}

torch::Tensor WavLMAttentionImpl::positionBias(int64_t time) {
    if (!relAttnEmbed_)
        throw Error("wavlm: position bias asked of a layer without rel_attn_embed");
    const auto buckets =
        relativeBuckets(time, numBuckets_, maxDistance_).to(relAttnEmbed_->weight.device());
    return relAttnEmbed_->forward(buckets).permute({2, 0, 1});
}

torch::Tensor WavLMAttentionImpl::forward(const torch::Tensor& x,
                                          const torch::Tensor& positionBias) {
    const int64_t batch = x.size(0), time = x.size(1), hidden = x.size(2);
    const int64_t headDim = hidden / heads_;
    auto split = [&](const torch::Tensor& t) {
        return t.view({batch, time, heads_, headDim}).transpose(1, 2);
    };
    // Each head's slice of the input, not of a projection, drives its gate.
    const auto projected =
        gruRelPosLinear_->forward(split(x)).view({batch, heads_, time, 2, 4}).sum(-1);
    const auto gates = torch::sigmoid(projected);
    const auto gate =
        gates.narrow(-1, 0, 1) * (gates.narrow(-1, 1, 1) * gruRelPosConst_ - 1.0) + 2.0;

    const auto q = split(qProj_->forward(x));
    const auto k = split(kProj_->forward(x));
    const auto v = split(vProj_->forward(x));
#if TORCH_VERSION_MAJOR >= 2
    const auto attended = at::scaled_dot_product_attention(q, k, v, gate * positionBias);
#else
    auto scores =
        torch::matmul(q * (1.0 / std::sqrt(static_cast<double>(headDim))), k.transpose(-2, -1));
    // In place: a long input holds only one [batch, heads, time, time] buffer besides softmax's.
    scores.addcmul_(gate, positionBias);
    const auto attended = torch::matmul(torch::softmax(scores, -1), v);
#endif
    return outProj_->forward(attended.transpose(1, 2).reshape({batch, time, hidden}));
}

WavLMEncoderLayerImpl::WavLMEncoderLayerImpl(const WavLMConfig& config, bool hasRelativeBias)
    : stable_(config.base.doStableLayerNorm), activation_(config.base.hiddenAct) {
    const int64_t hidden = config.hiddenSize();
    const double eps = config.base.layerNormEps;
    attention_ = register_module("attention", WavLMAttention(config, hasRelativeBias));
    layerNorm_ = register_module("layer_norm", layerNorm(hidden, eps));
    auto feedForward = register_module("feed_forward", std::make_shared<torch::nn::Module>());
    intermediateDense_ = feedForward->register_module(
        "intermediate_dense", torch::nn::Linear(hidden, config.base.intermediateSize));
    outputDense_ = feedForward->register_module(
        "output_dense", torch::nn::Linear(config.base.intermediateSize, hidden));
    finalLayerNorm_ = register_module("final_layer_norm", layerNorm(hidden, eps));
}

torch::Tensor WavLMEncoderLayerImpl::forward(torch::Tensor x, const torch::Tensor& positionBias) {
    auto feedForward = [&](const torch::Tensor& h) {
        return outputDense_->forward(activate(activation_, intermediateDense_->forward(h)));
    };
    if (stable_) {
        x = x + attention_->forward(layerNorm_->forward(x), positionBias);
        return x + feedForward(finalLayerNorm_->forward(x));
    }
    x = layerNorm_->forward(x + attention_->forward(x, positionBias));
    return finalLayerNorm_->forward(x + feedForward(x));
}

WavLMModelImpl::WavLMModelImpl(const WavLMConfig& config) : config_(config) {
    config_.validate();
    const auto& base = config_.base;
    auto extractor = register_module("feature_extractor", std::make_shared<torch::nn::Module>());
    auto convList = extractor->register_module("conv_layers", torch::nn::ModuleList());
    for (size_t i = 0; i < base.convDim.size(); ++i) {
        convLayers_.push_back(Wav2Vec2ConvLayer(base, i));
        convList->push_back(convLayers_.back());
    }
    auto projection = register_module("feature_projection", std::make_shared<torch::nn::Module>());
    projectionLayerNorm_ = projection->register_module(
        "layer_norm", layerNorm(base.convDim.back(), base.layerNormEps));
    projection_ = projection->register_module(
        "projection", torch::nn::Linear(base.convDim.back(), base.hiddenSize));

    auto encoder = register_module("encoder", std::make_shared<torch::nn::Module>());
    auto posConvEmbed =
        encoder->register_module("pos_conv_embed", std::make_shared<torch::nn::Module>());
    posConv_ = posConvEmbed->register_module(
        "conv", torch::nn::Conv1d(torch::nn::Conv1dOptions(base.hiddenSize, base.hiddenSize,
                                                           base.numConvPosEmbeddings)
                                      .padding(base.numConvPosEmbeddings / 2)
                                      .groups(base.numConvPosEmbeddingGroups)));
    encoderLayerNorm_ =
        encoder->register_module("layer_norm", layerNorm(base.hiddenSize, base.layerNormEps));
    auto layerList = encoder->register_module("layers", torch::nn::ModuleList());
    for (int64_t i = 0; i < base.numHiddenLayers; ++i) {
        layers_.push_back(WavLMEncoderLayer(config_, i == 0));
        layerList->push_back(layers_.back());
    }
}

torch::Tensor WavLMModelImpl::positionalEmbedding(const torch::Tensor& x) {
    auto h = posConv_->forward(x.transpose(1, 2));
    // Padding k/2 on both sides yields one frame too many when the kernel is even.
    if (config_.base.numConvPosEmbeddings % 2 == 0)
        h = h.narrow(2, 0, h.size(2) - 1);
    return activate(config_.base.featExtractActivation, h).transpose(1, 2);
}

std::vector<torch::Tensor> WavLMModelImpl::forward(
    const torch::Tensor& inputValues, int64_t upToLayer, bool keepAll,
    const std::function<void(size_t, size_t)>& afterLayer) {
    const int64_t layerCount = static_cast<int64_t>(layers_.size());
    if (upToLayer < 0 || upToLayer > layerCount) {
        throw Error("wavlm: layer " + std::to_string(upToLayer) + " is out of range 0.." +
                    std::to_string(layerCount));
    }
    auto x = inputValues.unsqueeze(1);
    for (auto& layer : convLayers_)
        x = layer->forward(x);
    x = projection_->forward(projectionLayerNorm_->forward(x.transpose(1, 2)));
    x = x + positionalEmbedding(x);
    // The stable-layer-norm layout applies this norm after the last layer instead; transformers
    // reports that layer's output before it, so no hidden state ever carries it there.
    if (!config_.base.doStableLayerNorm)
        x = encoderLayerNorm_->forward(x);

    std::vector<torch::Tensor> states;
    if (keepAll)
        states.push_back(x);
    // Made once by the first layer's table and handed to every later layer, as transformers does.
    const auto positionBias =
        upToLayer > 0 ? layers_[0]->attention()->positionBias(x.size(1)) : torch::Tensor();
    for (int64_t i = 0; i < upToLayer; ++i) {
        x = layers_[static_cast<size_t>(i)]->forward(x, positionBias);
        if (keepAll)
            states.push_back(x);
        if (afterLayer)
            afterLayer(static_cast<size_t>(i), static_cast<size_t>(upToLayer));
    }
    if (!keepAll)
        states.push_back(x);
    return states;
}

WavLMModel loadWavLMModel(const std::string& checkpointDir) {
    const auto json = Config::load(checkpointDir);
    const auto modelType = json.getString("model_type", "wavlm");
    if (modelType != "wavlm") {
        throw Error(json.source() + ": model_type is \"" + modelType +
                    "\", not \"wavlm\"; this checkpoint is not a WavLM model");
    }
    const auto checkpoint = Checkpoint::open(checkpointDir);
    WavLMModel model(WavLMConfig::fromConfig(json));
    WeightMapping mapping;
    mapping.modelName = "WavLM";
    // Checkpoints of the task heads keep the backbone under "wavlm."; the head is not used here.
    if (checkpoint.contains("wavlm.feature_projection.projection.weight"))
        mapping.prefix = "wavlm.";
    // A pretraining leftover that inference never reads.
    mapping.ignore = {"masked_spec_embed"};
    loadWeights(*model, checkpoint, mapping);
    return model;
}

}  // namespace sonara::models
