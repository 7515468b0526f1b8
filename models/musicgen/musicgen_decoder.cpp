#include "models/musicgen/musicgen_decoder.h"

#include <torch/version.h>

#include <cmath>
#include <limits>

#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/weights.h"

namespace sonara::models {

namespace {

torch::nn::Linear linear(int64_t in, int64_t out, bool bias = false) {
    return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(bias));
}

torch::nn::LayerNorm layerNorm(int64_t d) {
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({d}).eps(1e-5));
}

// The most negative value of the dtype, as transformers' additive masks use (finite, so a row
// with every key masked stays a number).
double lowest(torch::ScalarType type) {
    return type == torch::kHalf ? -65504.0
                                : static_cast<double>(std::numeric_limits<float>::lowest());
}

// MusicgenSinusoidalPositionalEmbedding: [cos | sin] of position * 10000^(-i / (half - 1)).
torch::Tensor sinusoids(int64_t positions, int64_t dim, const torch::TensorOptions& options) {
    const int64_t half = dim / 2;
    const double step = std::log(10000.0) / static_cast<double>(half - 1);
    const auto floats = torch::TensorOptions(torch::kFloat32).device(options.device());
    const auto freqs = torch::exp(torch::arange(half, floats) * -step);
    const auto angles = torch::arange(positions, floats).unsqueeze(1) * freqs.unsqueeze(0);
    auto table = torch::cat({torch::cos(angles), torch::sin(angles)}, 1);
    if (dim % 2 == 1)
        table = torch::cat({table, torch::zeros({positions, 1}, floats)}, 1);
    return table.to(options.dtype());
}

}  // namespace

MusicgenAttentionImpl::MusicgenAttentionImpl(int64_t hidden, int64_t heads)
    : heads_(heads), headDim_(hidden / heads) {
    kProj_ = register_module("k_proj", linear(hidden, hidden));
    vProj_ = register_module("v_proj", linear(hidden, hidden));
    qProj_ = register_module("q_proj", linear(hidden, hidden));
    outProj_ = register_module("out_proj", linear(hidden, hidden));
}

torch::Tensor MusicgenAttentionImpl::split(const torch::Tensor& x) const {
    return x.view({x.size(0), x.size(1), heads_, headDim_}).transpose(1, 2);
}

torch::Tensor MusicgenAttentionImpl::query(const torch::Tensor& x) {
    return split(qProj_->forward(x));
}
torch::Tensor MusicgenAttentionImpl::key(const torch::Tensor& x) {
    return split(kProj_->forward(x));
}
torch::Tensor MusicgenAttentionImpl::value(const torch::Tensor& x) {
    return split(vProj_->forward(x));
}

torch::Tensor MusicgenAttentionImpl::attend(const torch::Tensor& q, const torch::Tensor& k,
                                            const torch::Tensor& v, const torch::Tensor& mask) {
#if TORCH_VERSION_MAJOR >= 2
    c10::optional<torch::Tensor> attnMask;
    if (mask.defined())
        attnMask = mask;
    auto out = at::scaled_dot_product_attention(q, k, v, attnMask);
#else
    auto scores =
        torch::matmul(q * (1.0 / std::sqrt(static_cast<double>(headDim_))), k.transpose(-1, -2));
    if (mask.defined())
        scores = scores + mask;
    auto out = torch::matmul(torch::softmax(scores, -1), v);
#endif
    out = out.transpose(1, 2).reshape({q.size(0), q.size(2), heads_ * headDim_});
    return outProj_->forward(out);
}

MusicgenDecoderLayerImpl::MusicgenDecoderLayerImpl(const MusicgenDecoderConfig& c)
    : activation_(c.activationFunction) {
    selfAttn_ = register_module("self_attn", MusicgenAttention(c.hiddenSize, c.numAttentionHeads));
    selfAttnLayerNorm_ = register_module("self_attn_layer_norm", layerNorm(c.hiddenSize));
    encoderAttn_ =
        register_module("encoder_attn", MusicgenAttention(c.hiddenSize, c.numAttentionHeads));
    encoderAttnLayerNorm_ = register_module("encoder_attn_layer_norm", layerNorm(c.hiddenSize));
    fc1_ = register_module("fc1", linear(c.hiddenSize, c.ffnDim));
    fc2_ = register_module("fc2", linear(c.ffnDim, c.hiddenSize));
    finalLayerNorm_ = register_module("final_layer_norm", layerNorm(c.hiddenSize));
}

void MusicgenDecoderLayerImpl::fillCrossCache(const torch::Tensor& text, MusicgenKvCache& cache,
                                              size_t layer) {
    cache.crossKey[layer] = encoderAttn_->key(text);
    cache.crossValue[layer] = encoderAttn_->value(text);
}

torch::Tensor MusicgenDecoderLayerImpl::forward(torch::Tensor x, MusicgenKvCache& cache,
                                                size_t layer, const torch::Tensor& mask) {
    const int64_t length = x.size(1);
    const int64_t total = cache.length + length;
    auto h = selfAttnLayerNorm_->forward(x);
    cache.selfKey[layer].narrow(2, cache.length, length).copy_(selfAttn_->key(h));
    cache.selfValue[layer].narrow(2, cache.length, length).copy_(selfAttn_->value(h));
    x = x + selfAttn_->attend(selfAttn_->query(h), cache.selfKey[layer].narrow(2, 0, total),
                              cache.selfValue[layer].narrow(2, 0, total), mask);

    h = encoderAttnLayerNorm_->forward(x);
    x = x + encoderAttn_->attend(encoderAttn_->query(h), cache.crossKey[layer],
                                 cache.crossValue[layer], cache.crossMask);

    h = fc1_->forward(finalLayerNorm_->forward(x));
    if (activation_ == "gelu")
        h = torch::gelu(h);
    else if (activation_ == "gelu_new")
        h = torch::gelu(h, "tanh");
    else if (activation_ == "relu")
        h = torch::relu(h);
    else
        h = torch::silu(h);
    return x + fc2_->forward(h);
}

MusicgenDecoderImpl::MusicgenDecoderImpl(const MusicgenDecoderConfig& c) : config_(c) {
    config_.validate();
    // transformers nests the decoder as model.decoder inside MusicgenForCausalLM.
    auto inner = std::make_shared<torch::nn::Module>();
    torch::nn::ModuleList embeds;
    for (int64_t i = 0; i < c.numCodebooks; ++i) {
        // One extra row: the pad/bos token, vocab_size.
        embedTokens_.emplace_back(c.vocabSize + 1, c.hiddenSize);
        embeds->push_back(embedTokens_.back());
    }
    inner->register_module("embed_tokens", embeds);
    torch::nn::ModuleList layers;
    for (int64_t i = 0; i < c.numHiddenLayers; ++i) {
        layers_.push_back(MusicgenDecoderLayer(c));
        layers->push_back(layers_.back());
    }
    inner->register_module("layers", layers);
    layerNorm_ = layerNorm(c.hiddenSize);
    inner->register_module("layer_norm", layerNorm_);
    auto model = std::make_shared<torch::nn::Module>();
    model->register_module("decoder", inner);
    register_module("model", model);

    torch::nn::ModuleList heads;
    for (int64_t i = 0; i < c.numCodebooks; ++i) {
        lmHeads_.push_back(linear(c.hiddenSize, c.vocabSize));
        heads->push_back(lmHeads_.back());
    }
    register_module("lm_heads", heads);
}

MusicgenKvCache MusicgenDecoderImpl::makeCache(const torch::Tensor& text,
                                               const torch::Tensor& textMask, int64_t capacity) {
    if (text.dim() != 3 || text.size(2) != config_.hiddenSize) {
        throw Error("MusicGen decoder: text states must have shape [batch, length, " +
                    std::to_string(config_.hiddenSize) + "], found " + shapeString(text.sizes()));
    }
    MusicgenKvCache cache;
    cache.capacity = capacity;
    const auto n = static_cast<size_t>(config_.numHiddenLayers);
    cache.selfKey.resize(n);
    cache.selfValue.resize(n);
    cache.crossKey.resize(n);
    cache.crossValue.resize(n);
    for (size_t i = 0; i < n; ++i) {
        cache.selfKey[i] = torch::zeros(
            {text.size(0), config_.numAttentionHeads, capacity, config_.headDim()}, text.options());
        cache.selfValue[i] = torch::zeros_like(cache.selfKey[i]);
        layers_[i]->fillCrossCache(text, cache, i);
    }
    if (textMask.defined()) {
        cache.crossMask = (1 - textMask.to(text.dtype())).view({text.size(0), 1, 1, text.size(1)}) *
                          lowest(text.scalar_type());
    }
    cache.positions = sinusoids(capacity, config_.hiddenSize, text.options());
    return cache;
}

torch::Tensor MusicgenDecoderImpl::step(const torch::Tensor& codes, MusicgenKvCache& cache) {
    if (codes.dim() != 3 || codes.size(1) != config_.numCodebooks) {
        throw Error("MusicGen decoder: codes must have shape [batch, " +
                    std::to_string(config_.numCodebooks) + ", length], found " +
                    shapeString(codes.sizes()));
    }
    const int64_t length = codes.size(2);
    if (cache.length + length > cache.capacity) {
        throw Error("MusicGen decoder cache holds " + std::to_string(cache.capacity) +
                    " positions; " + std::to_string(cache.length + length) + " needed");
    }
    auto x = embedTokens_[0]->forward(codes.select(1, 0));
    for (int64_t k = 1; k < config_.numCodebooks; ++k)
        x = x + embedTokens_[static_cast<size_t>(k)]->forward(codes.select(1, k));
    x = x + cache.positions.narrow(0, cache.length, length);

    torch::Tensor mask;
    if (length > 1) {
        mask = torch::full({length, cache.length + length}, lowest(x.scalar_type()), x.options())
                   .triu(cache.length + 1);
    }
    for (size_t i = 0; i < layers_.size(); ++i)
        x = layers_[i]->forward(x, cache, i, mask);
    cache.length += length;
    x = layerNorm_->forward(x);

    std::vector<torch::Tensor> logits;
    logits.reserve(lmHeads_.size());
    for (auto& head : lmHeads_)
        logits.push_back(head->forward(x));
    return torch::stack(logits, 1);
}

MusicgenModelImpl::MusicgenModelImpl(const MusicgenConfig& config) : config_(config) {
    config_.validate();
    decoder = register_module("decoder", MusicgenDecoder(config_.decoder));
    if (config_.projectsText()) {
        encToDecProj_ =
            register_module("enc_to_dec_proj",
                            linear(config_.textEncoder.dModel, config_.decoder.hiddenSize, true));
    }
}

torch::Tensor MusicgenModelImpl::projectText(const torch::Tensor& textHidden,
                                             const torch::Tensor& textMask) {
    auto x = encToDecProj_ ? encToDecProj_->forward(textHidden) : textHidden;
    if (textMask.defined())
        x = x * textMask.to(x.dtype()).unsqueeze(-1);
    return x;
}

torch::Tensor MusicgenModelImpl::forward(const torch::Tensor& textHidden,
                                         const torch::Tensor& textMask,
                                         const torch::Tensor& codes) {
    const auto text = projectText(textHidden, textMask);
    auto cache = decoder->makeCache(text, textMask, codes.size(2));
    return decoder->step(codes, cache);
}

MusicgenModel loadMusicgenModel(const std::string& checkpointPath, const MusicgenConfig& config) {
    return loadMusicgenModel(Checkpoint::open(checkpointPath), config);
}

MusicgenModel loadMusicgenModel(const Checkpoint& checkpoint, const MusicgenConfig& config) {
    MusicgenModel model(config);
    WeightMapping mapping;
    mapping.modelName = "MusicGen decoder";
    // The sinusoidal table is recomputed; older checkpoints store it as a parameter.
    mapping.ignore = {"text_encoder.", "audio_encoder.", "decoder.model.decoder.embed_positions."};
    loadWeights(*model, checkpoint, mapping);
    model->eval();
    return model;
}

}  // namespace sonara::models
