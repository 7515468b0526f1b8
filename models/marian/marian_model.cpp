#include "models/marian/marian_model.h"

#include <torch/version.h>

#include <cmath>
#include <limits>

#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/weights.h"

namespace sonara::models {

namespace {

torch::nn::Linear linear(int64_t in, int64_t out) {
    return torch::nn::Linear(torch::nn::LinearOptions(in, out));
}

torch::nn::LayerNorm layerNorm(int64_t d) {
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({d}).eps(1e-5));
}

torch::Tensor activate(const torch::Tensor& x, const std::string& activation) {
    if (activation == "swish" || activation == "silu")
        return torch::silu(x);
    if (activation == "gelu")
        return torch::gelu(x);
    if (activation == "gelu_new")
        return torch::gelu(x, "tanh");
    return torch::relu(x);
}

// Additive mask letting query i (at absolute position offset + i) see keys 0..offset + i.
torch::Tensor causalMask(int64_t queries, int64_t offset, const torch::TensorOptions& options) {
    if (queries == 1)
        return {};
    return torch::full({queries, offset + queries}, -std::numeric_limits<float>::infinity(),
                       options)
        .triu(offset + 1);
}

}  // namespace

// --- Attention -----------------------------------------------------------------------------

MarianAttentionImpl::MarianAttentionImpl(int64_t dModel, int64_t heads)
    : heads_(heads), headDim_(dModel / heads), scaling_(std::pow(double(dModel / heads), -0.5)) {
    kProj_ = register_module("k_proj", linear(dModel, dModel));
    vProj_ = register_module("v_proj", linear(dModel, dModel));
    qProj_ = register_module("q_proj", linear(dModel, dModel));
    outProj_ = register_module("out_proj", linear(dModel, dModel));
}

torch::Tensor MarianAttentionImpl::split(const torch::Tensor& x) const {
    return x.view({x.size(0), x.size(1), heads_, headDim_}).transpose(1, 2);
}

torch::Tensor MarianAttentionImpl::projectQuery(const torch::Tensor& x) {
    return split(qProj_->forward(x));
}

torch::Tensor MarianAttentionImpl::projectKey(const torch::Tensor& x) {
    return split(kProj_->forward(x));
}

torch::Tensor MarianAttentionImpl::projectValue(const torch::Tensor& x) {
    return split(vProj_->forward(x));
}

torch::Tensor MarianAttentionImpl::attend(const torch::Tensor& q, const torch::Tensor& k,
                                          const torch::Tensor& v, const torch::Tensor& mask) {
#if TORCH_VERSION_MAJOR >= 2
    // Scales by headDim^-0.5 itself, as the reference's query scaling does.
    c10::optional<torch::Tensor> attnMask;
    if (mask.defined())
        attnMask = mask;
    auto out = at::scaled_dot_product_attention(q, k, v, attnMask);
#else
    auto scores = torch::matmul(q, k.transpose(-1, -2)) * scaling_;
    if (mask.defined())
        scores = scores + mask;
    // Softmax in float32 keeps fp16 runs from overflowing on long sources.
    const auto weights = torch::softmax(scores, -1, torch::kFloat32).to(v.scalar_type());
    auto out = torch::matmul(weights, v);
#endif
    out = out.transpose(1, 2).reshape({q.size(0), q.size(2), heads_ * headDim_});
    return outProj_->forward(out);
}

// --- Feed-forward and layers ---------------------------------------------------------------

MarianFeedForwardImpl::MarianFeedForwardImpl(int64_t dModel, int64_t ffnDim, std::string activation)
    : activation_(std::move(activation)) {
    fc1_ = register_module("fc1", linear(dModel, ffnDim));
    fc2_ = register_module("fc2", linear(ffnDim, dModel));
    finalLayerNorm_ = register_module("final_layer_norm", layerNorm(dModel));
}

torch::Tensor MarianFeedForwardImpl::forward(const torch::Tensor& x) {
    return finalLayerNorm_->forward(x + fc2_->forward(activate(fc1_->forward(x), activation_)));
}

MarianEncoderLayerImpl::MarianEncoderLayerImpl(const MarianConfig& c) {
    selfAttn_ = register_module("self_attn", MarianAttention(c.dModel, c.encoderHeads));
    selfAttnLayerNorm_ = register_module("self_attn_layer_norm", layerNorm(c.dModel));
    // The feed-forward's parameters sit directly in the layer (fc1, fc2, final_layer_norm).
    feedForward_ = MarianFeedForward(c.dModel, c.encoderFfnDim, c.activation);
    for (auto& item : feedForward_->named_children())
        register_module(item.key(), item.value());
}

torch::Tensor MarianEncoderLayerImpl::forward(const torch::Tensor& x,
                                              const torch::Tensor& keyMask) {
    const auto attended = selfAttn_->attend(selfAttn_->projectQuery(x), selfAttn_->projectKey(x),
                                            selfAttn_->projectValue(x), keyMask);
    return feedForward_->forward(selfAttnLayerNorm_->forward(x + attended));
}

MarianDecoderLayerImpl::MarianDecoderLayerImpl(const MarianConfig& c) {
    selfAttn_ = register_module("self_attn", MarianAttention(c.dModel, c.decoderHeads));
    selfAttnLayerNorm_ = register_module("self_attn_layer_norm", layerNorm(c.dModel));
    encoderAttn_ = register_module("encoder_attn", MarianAttention(c.dModel, c.decoderHeads));
    encoderAttnLayerNorm_ = register_module("encoder_attn_layer_norm", layerNorm(c.dModel));
    feedForward_ = MarianFeedForward(c.dModel, c.decoderFfnDim, c.activation);
    for (auto& item : feedForward_->named_children())
        register_module(item.key(), item.value());
}

void MarianDecoderLayerImpl::fillCrossCache(const torch::Tensor& encoder, MarianKvCache& cache,
                                            size_t layer) {
    cache.crossKey[layer] = encoderAttn_->projectKey(encoder);
    cache.crossValue[layer] = encoderAttn_->projectValue(encoder);
}

torch::Tensor MarianDecoderLayerImpl::forward(torch::Tensor x, MarianKvCache& cache, size_t layer,
                                              const torch::Tensor& mask) {
    const int64_t length = x.size(1);
    const int64_t end = cache.length + length;
    cache.selfKey[layer].narrow(2, cache.length, length).copy_(selfAttn_->projectKey(x));
    cache.selfValue[layer].narrow(2, cache.length, length).copy_(selfAttn_->projectValue(x));
    const auto self =
        selfAttn_->attend(selfAttn_->projectQuery(x), cache.selfKey[layer].narrow(2, 0, end),
                          cache.selfValue[layer].narrow(2, 0, end), mask);
    x = selfAttnLayerNorm_->forward(x + self);
    const auto cross = encoderAttn_->attend(encoderAttn_->projectQuery(x), cache.crossKey[layer],
                                            cache.crossValue[layer], cache.sourceMask);
    x = encoderAttnLayerNorm_->forward(x + cross);
    return feedForward_->forward(x);
}

void MarianKvCache::select(const torch::Tensor& indices) {
    // Beam search only reorders streams within a source's group of beams, whose cross-attention
    // K/V and source mask are identical: only the self-attention K/V move.
    for (auto* tensors : {&selfKey, &selfValue}) {
        for (auto& t : *tensors)
            t = t.index_select(0, indices);
    }
}

// --- Positions, encoder, decoder -----------------------------------------------------------

MarianPositionsImpl::MarianPositionsImpl(int64_t positions, int64_t dim) {
    // Computed in float64 like the reference's numpy table, then stored as float32.
    const auto pos = torch::arange(positions, torch::kFloat64).unsqueeze(1);
    const auto pair = torch::arange(0, dim, 2, torch::kFloat64);
    const auto angle = pos / torch::pow(10000.0, pair / double(dim));
    const int64_t sinWidth = (dim + 1) / 2;
    auto table = torch::empty({positions, dim}, torch::kFloat64);
    table.narrow(1, 0, sinWidth).copy_(torch::sin(angle.narrow(1, 0, sinWidth)));
    table.narrow(1, sinWidth, dim - sinWidth).copy_(torch::cos(angle.narrow(1, 0, dim / 2)));
    weight = register_buffer("weight", table.to(torch::kFloat32));
}

torch::Tensor MarianPositionsImpl::forward(int64_t offset, int64_t length) {
    if (offset + length > weight.size(0)) {
        throw Error("Marian: a sequence of " + std::to_string(offset + length) +
                    " tokens is longer than the model's " + std::to_string(weight.size(0)) +
                    " positions; split the text into shorter sentences");
    }
    return weight.narrow(0, offset, length);
}

MarianEncoderImpl::MarianEncoderImpl(const MarianConfig& c, torch::nn::Embedding tokens)
    : embedScale_(c.scaleEmbedding ? std::sqrt(double(c.dModel)) : 1.0),
      tokens_(std::move(tokens)) {
    positions_ =
        register_module("embed_positions", MarianPositions(c.maxPositionEmbeddings, c.dModel));
    torch::nn::ModuleList layers;
    for (int64_t i = 0; i < c.encoderLayers; ++i) {
        layers_.push_back(MarianEncoderLayer(c));
        layers->push_back(layers_.back());
    }
    register_module("layers", layers);
}

torch::Tensor MarianEncoderImpl::forward(const torch::Tensor& ids, const torch::Tensor& keyMask) {
    auto x = tokens_->forward(ids) * embedScale_ + positions_->forward(0, ids.size(1));
    for (auto& layer : layers_)
        x = layer->forward(x, keyMask);
    return x;
}

MarianDecoderImpl::MarianDecoderImpl(const MarianConfig& c, torch::nn::Embedding tokens)
    : config_(c),
      embedScale_(c.scaleEmbedding ? std::sqrt(double(c.dModel)) : 1.0),
      tokens_(std::move(tokens)) {
    positions_ =
        register_module("embed_positions", MarianPositions(c.maxPositionEmbeddings, c.dModel));
    torch::nn::ModuleList layers;
    for (int64_t i = 0; i < c.decoderLayers; ++i) {
        layers_.push_back(MarianDecoderLayer(c));
        layers->push_back(layers_.back());
    }
    register_module("layers", layers);
}

MarianKvCache MarianDecoderImpl::makeCache(const torch::Tensor& encoder,
                                           const torch::Tensor& sourceMask, int64_t capacity) {
    MarianKvCache cache;
    const auto n = size_t(layers_.size());
    cache.crossKey.resize(n);
    cache.crossValue.resize(n);
    for (size_t i = 0; i < n; ++i)
        layers_[i]->fillCrossCache(encoder, cache, i);
    cache.sourceMask = sourceMask;
    const auto options = encoder.options();
    for (size_t i = 0; i < n; ++i) {
        cache.selfKey.push_back(torch::zeros(
            {encoder.size(0), config_.decoderHeads, capacity, config_.decoderHeadDim()}, options));
        cache.selfValue.push_back(torch::zeros_like(cache.selfKey.back()));
    }
    cache.capacity = capacity;
    return cache;
}

void MarianDecoderImpl::reserve(MarianKvCache& cache, int64_t length) const {
    if (length <= cache.capacity)
        return;
    const int64_t capacity = std::max(length, cache.capacity * 2);
    for (auto* tensors : {&cache.selfKey, &cache.selfValue}) {
        for (auto& t : *tensors) {
            auto grown = torch::zeros({t.size(0), t.size(1), capacity, t.size(3)}, t.options());
            grown.narrow(2, 0, cache.length).copy_(t.narrow(2, 0, cache.length));
            t = grown;
        }
    }
    cache.capacity = capacity;
}

torch::Tensor MarianDecoderImpl::forward(const torch::Tensor& tokens, MarianKvCache& cache) {
    const int64_t length = tokens.size(1);
    reserve(cache, cache.length + length);
    auto x = tokens_->forward(tokens) * embedScale_ +
             positions_->forward(cache.length, length).to(cache.crossKey.front().scalar_type());
    const auto mask = causalMask(length, cache.length, x.options());
    for (size_t i = 0; i < layers_.size(); ++i)
        x = layers_[i]->forward(x, cache, i, mask);
    cache.length += length;
    return x;
}

// --- The whole model -----------------------------------------------------------------------

MarianModelImpl::MarianModelImpl(const MarianConfig& c) : config_(c) {
    shared = register_module("shared", torch::nn::Embedding(c.vocabSize, c.dModel));
    decoderTokens = shared;
    if (!c.shareEncoderDecoderEmbeddings) {
        decoderTokens = register_module("decoder_embed_tokens",
                                        torch::nn::Embedding(c.decoderVocabSize, c.dModel));
    }
    encoder = register_module("encoder", MarianEncoder(c, shared));
    decoder = register_module("decoder", MarianDecoder(c, decoderTokens));
    finalLogitsBias = register_buffer("final_logits_bias", torch::zeros({1, c.decoderVocabSize}));
}

torch::Tensor MarianModelImpl::sourceMask(const torch::Tensor& ids) const {
    const auto dtype = shared->weight.scalar_type();
    const double lowest = dtype == torch::kFloat16 ? -65504.0 : -3.0e38;
    return torch::where(ids == config_.padTokenId,
                        torch::full({}, lowest, shared->weight.options()),
                        torch::zeros({}, shared->weight.options()))
        .view({ids.size(0), 1, 1, ids.size(1)});
}

torch::Tensor MarianModelImpl::encode(const torch::Tensor& ids, const torch::Tensor& mask) {
    return encoder->forward(ids, mask);
}

torch::Tensor MarianModelImpl::logits(const torch::Tensor& hidden) const {
    // The output projection is tied to the decoder's token embeddings (lm_head.weight).
    return torch::matmul(hidden, decoderTokens->weight.t()) + finalLogitsBias;
}

MarianModel loadMarianModel(const std::string& checkpointDir) {
    const auto config = MarianConfig::load(checkpointDir);
    MarianModel model(config);
    WeightMapping mapping;
    mapping.modelName = "Marian";
    if (!config.shareEncoderDecoderEmbeddings)
        mapping.renames.emplace_back("model.decoder.embed_tokens.", "decoder_embed_tokens.");
    mapping.renames.emplace_back("model.", "");
    // Sinusoids: computed, but loaded when a checkpoint stores them (older opus-mt files do).
    mapping.optional = {"encoder.embed_positions.weight", "decoder.embed_positions.weight"};
    // Tied copies of the token embeddings that some files also store (ignore matches the
    // checkpoint's own names).
    mapping.ignore = {"lm_head.", "model.encoder.embed_tokens."};
    if (config.shareEncoderDecoderEmbeddings)
        mapping.ignore.push_back("model.decoder.embed_tokens.");
    loadWeights(*model, Checkpoint::open(checkpointDir), mapping);
    model->eval();
    return model;
}

}  // namespace sonara::models
