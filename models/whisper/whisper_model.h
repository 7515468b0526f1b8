#pragma once

// Internal to models/: Whisper's encoder and decoder as torch modules, with transformers'
// parameter names (model.encoder.*, model.decoder.*; proj_out is tied to embed_tokens).

#include <torch/torch.h>

#include <memory>
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

struct WhisperStepGraph;  // a recorded single-token decoder step (CUDA graph builds only)

// Per-window decoder state: self-attention K/V preallocated to the longest sequence and filled
// in place, cross-attention K/V of the encoder output computed once. Single-token steps read
// their position and key mask from the device (position, slots), so one recorded step replays at
// every position.
struct WhisperKvCache {
    std::vector<torch::Tensor> selfKey, selfValue;    // [batch, heads, slots, headDim], zeroed
    std::vector<torch::Tensor> crossKey, crossValue;  // [batch, heads, 1500, headDim]
    int64_t length = 0;                               // positions filled
    int64_t capacity = 0;                             // positions usable (<= slots)
    torch::Tensor position;                           // [1] long: the position being written
    torch::Tensor slots;                              // [slots] long: 0, 1, ...
    std::shared_ptr<WhisperStepGraph> graph;          // recorded on the first single-token step
    bool graphRefused = false;  // the cache tensors moved after recording: no more replays
};

class WhisperDecoderLayerImpl : public torch::nn::Module {
public:
    explicit WhisperDecoderLayerImpl(const WhisperConfig& config);
    // Without cache: x [batch, length, dModel], causal mask [length, length].
    torch::Tensor forward(torch::Tensor x, const torch::Tensor& encoder, const torch::Tensor& mask);
    // With cache: x holds the new positions [cache.length, cache.length + L).
    torch::Tensor forwardCached(torch::Tensor x, WhisperKvCache& cache, size_t layer,
                                const torch::Tensor& mask);
    // One new position (x [batch, 1, dModel]) written at cache.position; keyMask [1, slots]
    // hides the slots after it.
    torch::Tensor forwardAtPosition(torch::Tensor x, WhisperKvCache& cache, size_t layer,
                                    const torch::Tensor& keyMask);
    void fillCrossCache(const torch::Tensor& encoder, WhisperKvCache& cache, size_t layer);

private:
    torch::Tensor crossAttendAndFeedForward(torch::Tensor x, WhisperKvCache& cache, size_t layer);
    torch::Tensor feedForward(const torch::Tensor& x);

    WhisperAttention selfAttn_{nullptr}, encoderAttn_{nullptr};
    torch::nn::LayerNorm selfAttnLayerNorm_{nullptr}, encoderAttnLayerNorm_{nullptr},
        finalLayerNorm_{nullptr};
    torch::nn::Linear fc1_{nullptr}, fc2_{nullptr};

    // --- Word alignment (whisper_alignment.cpp) ---
public:
    // forward() that also returns the cross-attention scores QK^T / sqrt(headDim), before the
    // softmax: [batch, heads, length, frames].
    torch::Tensor forwardWithCrossScores(torch::Tensor x, const torch::Tensor& encoder,
                                         const torch::Tensor& mask, torch::Tensor& crossScores);
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

    // On CUDA with libtorch 2.x, single-token steps are recorded once per cache as a CUDA graph
    // and replayed (one launch instead of hundreds per token). On by default.
    void setCudaGraphs(bool enabled) { cudaGraphs_ = enabled; }
    static bool cudaGraphsAvailable();

private:
    void checkPositions(const torch::Tensor& tokens, int64_t offset) const;
    torch::Tensor embed(const torch::Tensor& tokens, int64_t offset);
    torch::Tensor logits(const torch::Tensor& hidden);
    torch::Tensor stepOnePosition(const torch::Tensor& tokens, WhisperKvCache& cache);
    torch::Tensor onePositionKernels(const torch::Tensor& tokens, WhisperKvCache& cache);
    torch::Tensor replayOnePosition(const torch::Tensor& tokens, WhisperKvCache& cache);
    bool cudaGraphs_ = true;

    WhisperConfig config_;
    torch::nn::Embedding embedTokens_{nullptr}, embedPositions_{nullptr};
    std::vector<WhisperDecoderLayer> layers_;
    torch::nn::LayerNorm layerNorm_{nullptr};

    // --- Word alignment (whisper_alignment.cpp) ---
public:
    // forward() that also fills scores[l] with layer l's cross-attention scores (see
    // WhisperDecoderLayerImpl::forwardWithCrossScores) for each l where layers[l] is true.
    torch::Tensor forwardWithCrossScores(const torch::Tensor& tokens, const torch::Tensor& encoder,
                                         const std::vector<bool>& layers,
                                         std::vector<torch::Tensor>& scores);
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

}  // namespace sonara::models
