#pragma once

// Internal to models/: Whisper's encoder and decoder as torch modules, with transformers'
// parameter names (model.encoder.*, model.decoder.*; proj_out is tied to embed_tokens).

#include <torch/torch.h>

#include <functional>
#include <string>
#include <vector>

#include "models/common/progress.h"
#include "models/whisper/whisper_config.h"

namespace sonara::models {

// WhisperAttention: q/k/v/out projections (k without bias), scaled dot-product over heads.
class WhisperAttentionImpl : public torch::nn::Module {
public:
    WhisperAttentionImpl(int64_t dModel, int64_t heads);

    // [batch, length, dModel] -> [batch, heads, length, headDim]
    torch::Tensor projectQuery(const torch::Tensor& x);
    torch::Tensor projectKey(const torch::Tensor& x);
    torch::Tensor projectValue(const torch::Tensor& x);
    // q [batch, heads, lq, hd], k/v [batch, heads, lk, hd], mask additive [lq, lk] or undefined
    // -> [batch, lq, dModel] after out_proj.
    torch::Tensor attend(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                         const torch::Tensor& mask);
    // Self-attention without cache.
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& mask = {});

    int64_t heads() const { return heads_; }
    int64_t headDim() const { return headDim_; }

private:
    torch::Tensor split(const torch::Tensor& x) const;

    int64_t heads_;
    int64_t headDim_;
    torch::nn::Linear qProj_{nullptr}, kProj_{nullptr}, vProj_{nullptr}, outProj_{nullptr};
};
TORCH_MODULE(WhisperAttention);

class WhisperEncoderLayerImpl : public torch::nn::Module {
public:
    explicit WhisperEncoderLayerImpl(const WhisperConfig& config);
    torch::Tensor forward(torch::Tensor x);

private:
    WhisperAttention selfAttn_{nullptr};
    torch::nn::LayerNorm selfAttnLayerNorm_{nullptr}, finalLayerNorm_{nullptr};
    torch::nn::Linear fc1_{nullptr}, fc2_{nullptr};
};
TORCH_MODULE(WhisperEncoderLayer);

class WhisperEncoderImpl : public torch::nn::Module {
public:
    explicit WhisperEncoderImpl(const WhisperConfig& config);
    // features [batch, melBins, 3000] -> hidden states [batch, 1500, dModel]
    torch::Tensor forward(const torch::Tensor& features);

private:
    WhisperConfig config_;
    torch::nn::Conv1d conv1_{nullptr}, conv2_{nullptr};
    torch::nn::Embedding embedPositions_{nullptr};
    std::vector<WhisperEncoderLayer> layers_;
    torch::nn::LayerNorm layerNorm_{nullptr};
};
TORCH_MODULE(WhisperEncoder);

// Per-window decoder state: self-attention K/V preallocated to the longest sequence and filled
// in place, cross-attention K/V of the encoder output computed once.
struct WhisperKvCache {
    std::vector<torch::Tensor> selfKey, selfValue;    // [batch, heads, capacity, headDim]
    std::vector<torch::Tensor> crossKey, crossValue;  // [batch, heads, 1500, headDim]
    int64_t length = 0;                               // positions filled
    int64_t capacity = 0;
};

class WhisperDecoderLayerImpl : public torch::nn::Module {
public:
    explicit WhisperDecoderLayerImpl(const WhisperConfig& config);
    // Without cache: x [batch, length, dModel], causal mask [length, length].
    torch::Tensor forward(torch::Tensor x, const torch::Tensor& encoder, const torch::Tensor& mask);
    // With cache: x holds the new positions [cache.length, cache.length + L).
    torch::Tensor forwardCached(torch::Tensor x, WhisperKvCache& cache, size_t layer,
                                const torch::Tensor& mask);
    void fillCrossCache(const torch::Tensor& encoder, WhisperKvCache& cache, size_t layer);

private:
    torch::Tensor feedForward(const torch::Tensor& x);

    WhisperAttention selfAttn_{nullptr}, encoderAttn_{nullptr};
    torch::nn::LayerNorm selfAttnLayerNorm_{nullptr}, encoderAttnLayerNorm_{nullptr},
        finalLayerNorm_{nullptr};
    torch::nn::Linear fc1_{nullptr}, fc2_{nullptr};
};
TORCH_MODULE(WhisperDecoderLayer);

class WhisperDecoderImpl : public torch::nn::Module {
public:
    explicit WhisperDecoderImpl(const WhisperConfig& config);

    // Full recomputation: tokens [batch, length], encoder [batch, 1500, dModel] -> logits
    // [batch, length, vocab].
    torch::Tensor forward(const torch::Tensor& tokens, const torch::Tensor& encoder);

    // A cache for batch windows of up to capacity tokens, cross-attention K/V filled from encoder.
    WhisperKvCache makeCache(const torch::Tensor& encoder, int64_t capacity);
    // tokens [batch, L] at positions [cache.length, cache.length + L) -> logits [batch, L, vocab];
    // advances cache.length by L.
    torch::Tensor step(const torch::Tensor& tokens, WhisperKvCache& cache);

    const WhisperConfig& config() const { return config_; }

private:
    torch::Tensor embed(const torch::Tensor& tokens, int64_t offset);
    torch::Tensor logits(const torch::Tensor& hidden);

    WhisperConfig config_;
    torch::nn::Embedding embedTokens_{nullptr}, embedPositions_{nullptr};
    std::vector<WhisperDecoderLayer> layers_;
    torch::nn::LayerNorm layerNorm_{nullptr};
};
TORCH_MODULE(WhisperDecoder);

class WhisperModelImpl : public torch::nn::Module {
public:
    explicit WhisperModelImpl(const WhisperConfig& config);
    WhisperEncoder encoder{nullptr};
    WhisperDecoder decoder{nullptr};
    const WhisperConfig& config() const { return config_; }

private:
    WhisperConfig config_;
};
TORCH_MODULE(WhisperModel);

// Builds the model from a checkpoint directory (config.json, generation_config.json,
// model.safetensors or a sharded index) in float32 on CPU; the caller moves it.
WhisperModel loadWhisperModel(const std::string& checkpointDir);

// Greedy decoding of a batch of windows, all starting from prompt [batch, P] (on the model's
// device). Returns [batch, P + maxNewTokens]; positions after a row's end token hold pad_token_id
// (the end token in Whisper checkpoints). With useCache false every step reruns the decoder on the
// whole sequence (the reference's no-cache path, for checking the cache). stopAtEnd: stop once
// every row has ended, checked every checkEvery tokens so the device is not synchronised per token.
// logitsFilter, when set, edits the [batch, vocab] logits of each step in place before the argmax.
struct GreedyOptions {
    int64_t maxNewTokens = 224;
    bool useCache = true;
    bool stopAtEnd = true;
    int64_t checkEvery = 8;
    std::function<void(torch::Tensor& logits, const torch::Tensor& tokens, int64_t length)>
        logitsFilter;
};
torch::Tensor greedyDecode(WhisperDecoder& decoder, const torch::Tensor& encoder,
                           const torch::Tensor& prompt, const GreedyOptions& options);

// Beam search over a batch of windows (beamSize hypotheses each, OpenAI Whisper's rule): a
// hypothesis ending in the end token is set aside; a window is done once it has beamSize of them;
// the best is the one with the highest sum of log-probabilities divided by its length. Returns the
// generated tokens of each window (without prompt and end token). The cache is reordered on the
// device; choosing among candidates reads the top 2 * beamSize of each window on the host every
// step.
std::vector<std::vector<int64_t>> beamDecode(WhisperDecoder& decoder, const torch::Tensor& encoder,
                                             const torch::Tensor& prompt, int64_t beamSize,
                                             const GreedyOptions& options);

}  // namespace sonara::models
