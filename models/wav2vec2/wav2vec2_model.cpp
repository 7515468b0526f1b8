#include "models/wav2vec2/wav2vec2_model.h"

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
    throw Error("wav2vec2: unsupported activation \"" + name +
                "\" (expected gelu, gelu_new, relu or silu)");
}

torch::nn::LayerNorm layerNorm(int64_t size, double eps) {
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({size}).eps(eps));
}

}  // namespace

Wav2Vec2ConvLayerImpl::Wav2Vec2ConvLayerImpl(const Wav2Vec2Config& config, size_t index)
    : activation_(config.featExtractActivation) {
    const int64_t in = index == 0 ? 1 : config.convDim[index - 1];
    const int64_t out = config.convDim[index];
    conv_ = register_module(
        "conv", torch::nn::Conv1d(torch::nn::Conv1dOptions(in, out, config.convKernel[index])
                                      .stride(config.convStride[index])
                                      .bias(config.convBias)));
    // torch.nn defaults (eps 1e-5), not layer_norm_eps: transformers builds these norms so.
    if (config.featExtractNorm == "group" && index == 0) {
        groupNorm_ = register_module(
            "layer_norm", torch::nn::GroupNorm(torch::nn::GroupNormOptions(out, out).affine(true)));
    } else if (config.featExtractNorm == "layer") {
        layerNorm_ = register_module("layer_norm", layerNorm(out, 1e-5));
    }
}

torch::Tensor Wav2Vec2ConvLayerImpl::forward(torch::Tensor x) {
    x = conv_->forward(x);
    if (groupNorm_)
        x = groupNorm_->forward(x);
    else if (layerNorm_)
        x = layerNorm_->forward(x.transpose(-2, -1)).transpose(-2, -1);
    return activate(activation_, x);
}

Wav2Vec2AttentionImpl::Wav2Vec2AttentionImpl(int64_t hidden, int64_t heads) : heads_(heads) {
    qProj_ = register_module("q_proj", torch::nn::Linear(hidden, hidden));
    kProj_ = register_module("k_proj", torch::nn::Linear(hidden, hidden));
    vProj_ = register_module("v_proj", torch::nn::Linear(hidden, hidden));
    outProj_ = register_module("out_proj", torch::nn::Linear(hidden, hidden));
}

torch::Tensor Wav2Vec2AttentionImpl::forward(const torch::Tensor& x) {
    const int64_t batch = x.size(0), time = x.size(1), hidden = x.size(2);
    const int64_t headDim = hidden / heads_;
    auto split = [&](const torch::Tensor& t) {
        return t.view({batch, time, heads_, headDim}).transpose(1, 2);
    };
    const auto q = split(qProj_->forward(x));
    const auto k = split(kProj_->forward(x));
    const auto v = split(vProj_->forward(x));
#if TORCH_VERSION_MAJOR >= 2
    // Fused (flash) attention: never materialises the [time, time] weights of a long input.
    const auto attended = at::scaled_dot_product_attention(q, k, v);
#else
    const auto scaled = q * (1.0 / std::sqrt(static_cast<double>(headDim)));
    const auto attended =
        torch::matmul(torch::softmax(torch::matmul(scaled, k.transpose(-2, -1)), -1), v);
#endif
    return outProj_->forward(attended.transpose(1, 2).reshape({batch, time, hidden}));
}

Wav2Vec2EncoderLayerImpl::Wav2Vec2EncoderLayerImpl(const Wav2Vec2Config& config)
    : stable_(config.doStableLayerNorm), activation_(config.hiddenAct) {
    attention_ = register_module("attention",
                                 Wav2Vec2Attention(config.hiddenSize, config.numAttentionHeads));
    layerNorm_ = register_module("layer_norm", layerNorm(config.hiddenSize, config.layerNormEps));
    auto feedForward = register_module("feed_forward", std::make_shared<torch::nn::Module>());
    intermediateDense_ = feedForward->register_module(
        "intermediate_dense", torch::nn::Linear(config.hiddenSize, config.intermediateSize));
    outputDense_ = feedForward->register_module(
        "output_dense", torch::nn::Linear(config.intermediateSize, config.hiddenSize));
    finalLayerNorm_ =
        register_module("final_layer_norm", layerNorm(config.hiddenSize, config.layerNormEps));
}

torch::Tensor Wav2Vec2EncoderLayerImpl::forward(torch::Tensor x) {
    auto feedForward = [&](const torch::Tensor& h) {
        return outputDense_->forward(activate(activation_, intermediateDense_->forward(h)));
    };
    if (stable_) {
        x = x + attention_->forward(layerNorm_->forward(x));
        return x + feedForward(finalLayerNorm_->forward(x));
    }
    x = layerNorm_->forward(x + attention_->forward(x));
    return finalLayerNorm_->forward(x + feedForward(x));
}

Wav2Vec2ForCtcImpl::Wav2Vec2ForCtcImpl(const Wav2Vec2Config& config) : config_(config) {
    config_.validate();
    auto model = register_module("wav2vec2", std::make_shared<torch::nn::Module>());
    auto extractor =
        model->register_module("feature_extractor", std::make_shared<torch::nn::Module>());
    auto convList = extractor->register_module("conv_layers", torch::nn::ModuleList());
    for (size_t i = 0; i < config_.convDim.size(); ++i) {
        convLayers_.push_back(Wav2Vec2ConvLayer(config_, i));
        convList->push_back(convLayers_.back());
    }
    auto projection =
        model->register_module("feature_projection", std::make_shared<torch::nn::Module>());
    projectionLayerNorm_ = projection->register_module(
        "layer_norm", layerNorm(config_.convDim.back(), config_.layerNormEps));
    projection_ = projection->register_module(
        "projection", torch::nn::Linear(config_.convDim.back(), config_.hiddenSize));

    auto encoder = model->register_module("encoder", std::make_shared<torch::nn::Module>());
    auto posConvEmbed =
        encoder->register_module("pos_conv_embed", std::make_shared<torch::nn::Module>());
    posConv_ = posConvEmbed->register_module(
        "conv", torch::nn::Conv1d(torch::nn::Conv1dOptions(config_.hiddenSize, config_.hiddenSize,
                                                           config_.numConvPosEmbeddings)
                                      .padding(config_.numConvPosEmbeddings / 2)
                                      .groups(config_.numConvPosEmbeddingGroups)));
    encoderLayerNorm_ =
        encoder->register_module("layer_norm", layerNorm(config_.hiddenSize, config_.layerNormEps));
    auto layerList = encoder->register_module("layers", torch::nn::ModuleList());
    for (int64_t i = 0; i < config_.numHiddenLayers; ++i) {
        layers_.push_back(Wav2Vec2EncoderLayer(config_));
        layerList->push_back(layers_.back());
    }
    lmHead_ = register_module("lm_head", torch::nn::Linear(config_.hiddenSize, config_.vocabSize));
}

torch::Tensor Wav2Vec2ForCtcImpl::positionalEmbedding(const torch::Tensor& x) {
    auto h = posConv_->forward(x.transpose(1, 2));
    // Padding k/2 on both sides yields one frame too many when the kernel is even.
    if (config_.numConvPosEmbeddings % 2 == 0)
        h = h.narrow(2, 0, h.size(2) - 1);
    return activate(config_.featExtractActivation, h).transpose(1, 2);
}

Wav2Vec2Output Wav2Vec2ForCtcImpl::forward(const torch::Tensor& inputValues, bool keepHiddenStates,
                                           const std::function<void(size_t, size_t)>& afterLayer) {
    Wav2Vec2Output out;
    auto x = inputValues.unsqueeze(1);
    for (auto& layer : convLayers_)
        x = layer->forward(x);
    x = projection_->forward(projectionLayerNorm_->forward(x.transpose(1, 2)));

    x = x + positionalEmbedding(x);
    if (!config_.doStableLayerNorm)
        x = encoderLayerNorm_->forward(x);
    for (size_t i = 0; i < layers_.size(); ++i) {
        if (keepHiddenStates)
            out.hiddenStates.push_back(x);
        x = layers_[i]->forward(x);
        if (afterLayer)
            afterLayer(i, layers_.size());
    }
    // transformers' stable-layer-norm encoder reports the last hidden state before its final
    // layer norm; only the logits see the normalised one.
    if (keepHiddenStates)
        out.hiddenStates.push_back(x);
    if (config_.doStableLayerNorm)
        x = encoderLayerNorm_->forward(x);
    out.logits = lmHead_->forward(x);
    return out;
}

Wav2Vec2ForCtc loadWav2Vec2ForCtc(const std::string& checkpointDir) {
    const auto config = Wav2Vec2Config::fromConfig(Config::load(checkpointDir));
    const auto checkpoint = Checkpoint::open(checkpointDir);
    Wav2Vec2ForCtc model(config);
    WeightMapping mapping;
    mapping.modelName = "Wav2Vec2ForCTC";
    // Pretraining leftovers a fine-tuned checkpoint may still carry; CTC inference never reads
    // them.
    mapping.ignore = {"wav2vec2.masked_spec_embed", "quantizer.", "project_q.", "project_hid.",
                      "wav2vec2.adapter."};
    loadWeights(*model, checkpoint, mapping);
    return model;
}

}  // namespace sonara::models
