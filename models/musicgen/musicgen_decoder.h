#pragma once

// Internal to models/: MusicGen's language model over EnCodec codes as torch modules, with
// transformers' names: decoder.model.decoder.* (per-codebook embeddings, layers, layer_norm),
// decoder.lm_heads.N, and enc_to_dec_proj (text width -> decoder width).

#include <torch/torch.h>

#include <string>
#include <vector>

#include "models/common/safetensors.h"
#include "models/musicgen/musicgen_config.h"

namespace sonara::models {

// Decoding state for one batch: self-attention K/V preallocated to the whole sequence and filled
// in place step by step; cross-attention K/V of the text states computed once.
struct MusicgenKvCache {
    std::vector<torch::Tensor> selfKey, selfValue;    // [batch, heads, capacity, headDim]
    std::vector<torch::Tensor> crossKey, crossValue;  // [batch, heads, textLength, headDim]
    torch::Tensor crossMask;  // additive [batch, 1, 1, textLength]; undefined: every token
    torch::Tensor positions;  // sinusoidal embeddings [capacity, hidden]
    int64_t length = 0;       // positions filled
    int64_t capacity = 0;
};

// Multi-head attention without biases, queries scaled by 1/sqrt(headDim).
class MusicgenAttentionImpl : public torch::nn::Module {
public:
    MusicgenAttentionImpl(int64_t hidden, int64_t heads);
    // [batch, length, hidden] -> [batch, heads, length, headDim]
    torch::Tensor query(const torch::Tensor& x);
    torch::Tensor key(const torch::Tensor& x);
    torch::Tensor value(const torch::Tensor& x);
    // mask: additive, broadcastable to [batch, heads, lq, lk], or undefined
    torch::Tensor attend(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                         const torch::Tensor& mask);

private:
    torch::Tensor split(const torch::Tensor& x) const;
    int64_t heads_;
    int64_t headDim_;
    torch::nn::Linear qProj_{nullptr}, kProj_{nullptr}, vProj_{nullptr}, outProj_{nullptr};
};
TORCH_MODULE(MusicgenAttention);

// Pre-norm layer: causal self-attention, cross-attention over the text, feed-forward.
class MusicgenDecoderLayerImpl : public torch::nn::Module {
public:
    explicit MusicgenDecoderLayerImpl(const MusicgenDecoderConfig& config);
    // x [batch, L, hidden] at positions [cache.length, cache.length + L); mask: causal [L,
    // cache.length + L] or undefined for one position. Writes this layer's K/V into the cache.
    torch::Tensor forward(torch::Tensor x, MusicgenKvCache& cache, size_t layer,
                          const torch::Tensor& mask);
    void fillCrossCache(const torch::Tensor& text, MusicgenKvCache& cache, size_t layer);

private:
    std::string activation_;
    MusicgenAttention selfAttn_{nullptr}, encoderAttn_{nullptr};
    torch::nn::LayerNorm selfAttnLayerNorm_{nullptr}, encoderAttnLayerNorm_{nullptr},
        finalLayerNorm_{nullptr};
    torch::nn::Linear fc1_{nullptr}, fc2_{nullptr};
};
TORCH_MODULE(MusicgenDecoderLayer);

// MusicgenForCausalLM: codes of every codebook in, one distribution per codebook out.
class MusicgenDecoderImpl : public torch::nn::Module {
public:
    explicit MusicgenDecoderImpl(const MusicgenDecoderConfig& config);

    // text [batch, textLength, hidden] (already projected), textMask [batch, textLength] (1 =
    // token, 0 = padding; undefined: all tokens) -> a cache for capacity positions.
    MusicgenKvCache makeCache(const torch::Tensor& text, const torch::Tensor& textMask,
                              int64_t capacity);
    // codes [batch, codebooks, L] at positions [cache.length, cache.length + L) -> logits
    // [batch, codebooks, L, vocab]; advances cache.length by L.
    torch::Tensor step(const torch::Tensor& codes, MusicgenKvCache& cache);

    const MusicgenDecoderConfig& config() const { return config_; }

private:
    MusicgenDecoderConfig config_;
    std::vector<torch::nn::Embedding> embedTokens_;
    std::vector<MusicgenDecoderLayer> layers_;
    torch::nn::LayerNorm layerNorm_{nullptr};
    std::vector<torch::nn::Linear> lmHeads_;
};
TORCH_MODULE(MusicgenDecoder);

// The decoder and the projection of T5 states into its width; the text encoder and EnCodec are
// loaded on their own (T5 stays in float32, see musicgen.cpp).
class MusicgenModelImpl : public torch::nn::Module {
public:
    explicit MusicgenModelImpl(const MusicgenConfig& config);

    // T5 states [batch, textLength, textWidth] -> [batch, textLength, hidden], zeroed at padding
    // as transformers does before cross-attention.
    torch::Tensor projectText(const torch::Tensor& textHidden, const torch::Tensor& textMask);
    // Teacher forcing: codes [batch, codebooks, L] -> logits [batch, codebooks, L, vocab].
    torch::Tensor forward(const torch::Tensor& textHidden, const torch::Tensor& textMask,
                          const torch::Tensor& codes);

    MusicgenDecoder decoder{nullptr};
    const MusicgenConfig& config() const { return config_; }

private:
    MusicgenConfig config_;
    torch::nn::Linear encToDecProj_{nullptr};
};
TORCH_MODULE(MusicgenModel);

// Builds decoder and projection in float32 on CPU from a MusicGen checkpoint (directory or file).
MusicgenModel loadMusicgenModel(const std::string& checkpointPath, const MusicgenConfig& config);
// The same from tensors already named as transformers names them (e.g. mapped from audiocraft's).
MusicgenModel loadMusicgenModel(const Checkpoint& checkpoint, const MusicgenConfig& config);

}  // namespace sonara::models
