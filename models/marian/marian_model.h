#pragma once

// Internal to models/: MarianMTModel's encoder and decoder as torch modules under transformers'
// parameter names (model.shared, model.encoder.*, model.decoder.*, final_logits_bias), with a
// key/value cache for decoding.

#include <torch/torch.h>

#include <string>
#include <vector>

#include "models/marian/marian_config.h"

namespace sonara::models {

// BART-style attention over heads, scores scaled by headDim^-0.5 (scaled_dot_product_attention
// with libtorch 2.x).
class MarianAttentionImpl : public torch::nn::Module {
public:
    MarianAttentionImpl(int64_t dModel, int64_t heads);

    // [batch, length, dModel] -> [batch, heads, length, headDim]
    torch::Tensor projectQuery(const torch::Tensor& x);
    torch::Tensor projectKey(const torch::Tensor& x);
    torch::Tensor projectValue(const torch::Tensor& x);
    // mask: additive, broadcastable to [batch, heads, lq, lk], or undefined.
    torch::Tensor attend(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                         const torch::Tensor& mask);

private:
    torch::Tensor split(const torch::Tensor& x) const;

    int64_t heads_;
    int64_t headDim_;
    double scaling_;
    torch::nn::Linear qProj_{nullptr}, kProj_{nullptr}, vProj_{nullptr}, outProj_{nullptr};
};
TORCH_MODULE(MarianAttention);

// Post-norm feed-forward block shared by both stacks: fc1 -> activation -> fc2, residual, norm.
class MarianFeedForwardImpl : public torch::nn::Module {
public:
    MarianFeedForwardImpl(int64_t dModel, int64_t ffnDim, std::string activation);
    torch::Tensor forward(const torch::Tensor& x);

private:
    std::string activation_;
    torch::nn::Linear fc1_{nullptr}, fc2_{nullptr};
    torch::nn::LayerNorm finalLayerNorm_{nullptr};
};
TORCH_MODULE(MarianFeedForward);

class MarianEncoderLayerImpl : public torch::nn::Module {
public:
    explicit MarianEncoderLayerImpl(const MarianConfig& config);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& keyMask);

private:
    MarianAttention selfAttn_{nullptr};
    torch::nn::LayerNorm selfAttnLayerNorm_{nullptr};
    MarianFeedForward feedForward_{nullptr};
};
TORCH_MODULE(MarianEncoderLayer);

// Decoder state for a batch of streams: self-attention K/V in buffers with room for `capacity`
// positions (grown by doubling when full), the encoder's cross-attention K/V computed once.
struct MarianKvCache {
    std::vector<torch::Tensor> selfKey, selfValue;    // [streams, heads, capacity, headDim]
    std::vector<torch::Tensor> crossKey, crossValue;  // [streams, heads, sourceLength, headDim]
    torch::Tensor sourceMask;                         // additive [streams, 1, 1, sourceLength]
    int64_t length = 0;                               // positions filled
    int64_t capacity = 0;

    // Keeps the streams at `indices` (beam search reordering within each source's beams).
    void select(const torch::Tensor& indices);
};

class MarianDecoderLayerImpl : public torch::nn::Module {
public:
    explicit MarianDecoderLayerImpl(const MarianConfig& config);
    // x holds positions [cache.length, cache.length + L); its K/V are written into the cache.
    torch::Tensor forward(torch::Tensor x, MarianKvCache& cache, size_t layer,
                          const torch::Tensor& causalMask);
    void fillCrossCache(const torch::Tensor& encoder, MarianKvCache& cache, size_t layer);

private:
    MarianAttention selfAttn_{nullptr}, encoderAttn_{nullptr};
    torch::nn::LayerNorm selfAttnLayerNorm_{nullptr}, encoderAttnLayerNorm_{nullptr};
    MarianFeedForward feedForward_{nullptr};
};
TORCH_MODULE(MarianDecoderLayer);

// The sinusoids of transformers' MarianSinusoidalPositionalEmbedding: sin in the first half of
// the channels, cos in the second, not interleaved. Held as embed_positions.weight, which older
// checkpoints store and newer ones do not.
class MarianPositionsImpl : public torch::nn::Module {
public:
    MarianPositionsImpl(int64_t positions, int64_t dim);
    torch::Tensor forward(int64_t offset, int64_t length);  // [length, dim]

    torch::Tensor weight;
};
TORCH_MODULE(MarianPositions);

class MarianEncoderImpl : public torch::nn::Module {
public:
    MarianEncoderImpl(const MarianConfig& config, torch::nn::Embedding tokens);
    // ids [batch, length], keyMask additive [batch, 1, 1, length] -> [batch, length, dModel]
    torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& keyMask);

private:
    double embedScale_;
    torch::nn::Embedding tokens_;
    MarianPositions positions_{nullptr};
    std::vector<MarianEncoderLayer> layers_;
};
TORCH_MODULE(MarianEncoder);

class MarianDecoderImpl : public torch::nn::Module {
public:
    MarianDecoderImpl(const MarianConfig& config, torch::nn::Embedding tokens);
    // tokens [streams, L] at positions [cache.length, cache.length + L) -> hidden states
    // [streams, L, dModel]; advances cache.length by L.
    torch::Tensor forward(const torch::Tensor& tokens, MarianKvCache& cache);
    MarianKvCache makeCache(const torch::Tensor& encoder, const torch::Tensor& sourceMask,
                            int64_t capacity);

private:
    void reserve(MarianKvCache& cache, int64_t length) const;

    MarianConfig config_;
    double embedScale_;
    torch::nn::Embedding tokens_;
    MarianPositions positions_{nullptr};
    std::vector<MarianDecoderLayer> layers_;
};
TORCH_MODULE(MarianDecoder);

class MarianModelImpl : public torch::nn::Module {
public:
    explicit MarianModelImpl(const MarianConfig& config);

    // Additive key mask of source ids: 0 for tokens, a large negative value for pads.
    torch::Tensor sourceMask(const torch::Tensor& ids) const;
    torch::Tensor encode(const torch::Tensor& ids, const torch::Tensor& sourceMask);
    // Decoder hidden states -> logits [streams, L, decoderVocab] (with final_logits_bias).
    torch::Tensor logits(const torch::Tensor& hidden) const;

    const MarianConfig& config() const { return config_; }

    torch::nn::Embedding shared{nullptr};
    torch::nn::Embedding decoderTokens{nullptr};  // = shared unless the vocabularies differ
    MarianEncoder encoder{nullptr};
    MarianDecoder decoder{nullptr};
    torch::Tensor finalLogitsBias;  // [1, decoderVocab]

private:
    MarianConfig config_;
};
TORCH_MODULE(MarianModel);

// Builds the model from a checkpoint directory (config.json, generation_config.json,
// model.safetensors or pytorch_model.bin) in float32 on CPU; the caller moves it.
MarianModel loadMarianModel(const std::string& checkpointDir);

}  // namespace sonara::models
