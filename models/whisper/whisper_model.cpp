#include "models/whisper/whisper_model.h"

#include <torch/version.h>

#include <cmath>
#include <limits>

#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/weights.h"

// CUDA graphs need libtorch 2.x's public CUDAGraph API and a CUDA build of libtorch.
#if defined(SONARA_TORCH_CUDA) && TORCH_VERSION_MAJOR >= 2
#define SONARA_CUDA_GRAPHS 1
#include <ATen/cuda/CUDAGraph.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <torch/cuda.h>
#endif

namespace sonara::models {

#if defined(SONARA_CUDA_GRAPHS)
struct WhisperStepGraph {
    at::cuda::CUDAGraph graph;
    torch::Tensor tokens;  // the recorded input [batch, 1]; copy a step's tokens here
    torch::Tensor logits;  // the recorded output [batch, 1, vocab]
    std::vector<const void*> cacheStorage;  // where the recorded kernels read and write K/V
};
#else
struct WhisperStepGraph {};
#endif

namespace {

torch::nn::Linear linear(int64_t in, int64_t out, bool bias = true) {
    return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(bias));
}

torch::nn::LayerNorm layerNorm(int64_t d) {
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({d}).eps(1e-5));
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

WhisperAttentionImpl::WhisperAttentionImpl(int64_t dModel, int64_t heads)
    : heads_(heads), headDim_(dModel / heads) {
    kProj_ = register_module("k_proj", linear(dModel, dModel, false));
    vProj_ = register_module("v_proj", linear(dModel, dModel));
    qProj_ = register_module("q_proj", linear(dModel, dModel));
    outProj_ = register_module("out_proj", linear(dModel, dModel));
}

torch::Tensor WhisperAttentionImpl::split(const torch::Tensor& x) const {
    return x.view({x.size(0), x.size(1), heads_, headDim_}).transpose(1, 2);
}

torch::Tensor WhisperAttentionImpl::projectQuery(const torch::Tensor& x) {
    return split(qProj_->forward(x));
}
torch::Tensor WhisperAttentionImpl::projectKey(const torch::Tensor& x) {
    return split(kProj_->forward(x));
}
torch::Tensor WhisperAttentionImpl::projectValue(const torch::Tensor& x) {
    return split(vProj_->forward(x));
}

torch::Tensor WhisperAttentionImpl::attend(const torch::Tensor& q, const torch::Tensor& k,
                                           const torch::Tensor& v, const torch::Tensor& mask) {
#if TORCH_VERSION_MAJOR >= 2
    c10::optional<torch::Tensor> attnMask;
    if (mask.defined())
        attnMask = mask;
    auto out = at::scaled_dot_product_attention(q, k, v, attnMask);
#else
    auto scores = torch::matmul(q, k.transpose(-1, -2)) * (1.0 / std::sqrt(double(headDim_)));
    if (mask.defined())
        scores = scores + mask;
    auto out = torch::matmul(torch::softmax(scores, -1), v);
#endif
    out = out.transpose(1, 2).reshape({q.size(0), q.size(2), heads_ * headDim_});
    return outProj_->forward(out);
}

torch::Tensor WhisperAttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& mask) {
    return attend(projectQuery(x), projectKey(x), projectValue(x), mask);
}

WhisperEncoderLayerImpl::WhisperEncoderLayerImpl(const WhisperConfig& c) {
    selfAttn_ = register_module("self_attn", WhisperAttention(c.dModel, c.encoderAttentionHeads));
    selfAttnLayerNorm_ = register_module("self_attn_layer_norm", layerNorm(c.dModel));
    fc1_ = register_module("fc1", linear(c.dModel, c.encoderFfnDim));
    fc2_ = register_module("fc2", linear(c.encoderFfnDim, c.dModel));
    finalLayerNorm_ = register_module("final_layer_norm", layerNorm(c.dModel));
}

torch::Tensor WhisperEncoderLayerImpl::forward(torch::Tensor x) {
    x = x + selfAttn_->forward(selfAttnLayerNorm_->forward(x));
    return x + fc2_->forward(torch::gelu(fc1_->forward(finalLayerNorm_->forward(x))));
}

WhisperEncoderImpl::WhisperEncoderImpl(const WhisperConfig& c) : config_(c) {
    conv1_ = register_module(
        "conv1", torch::nn::Conv1d(torch::nn::Conv1dOptions(c.numMelBins, c.dModel, 3).padding(1)));
    conv2_ = register_module(
        "conv2",
        torch::nn::Conv1d(torch::nn::Conv1dOptions(c.dModel, c.dModel, 3).stride(2).padding(1)));
    embedPositions_ =
        register_module("embed_positions", torch::nn::Embedding(c.maxSourcePositions, c.dModel));
    torch::nn::ModuleList layers;
    for (int64_t i = 0; i < c.encoderLayers; ++i) {
        layers_.push_back(WhisperEncoderLayer(c));
        layers->push_back(layers_.back());
    }
    register_module("layers", layers);
    layerNorm_ = register_module("layer_norm", layerNorm(c.dModel));
}

torch::Tensor WhisperEncoderImpl::forward(const torch::Tensor& features) {
    const int64_t frames = 2 * config_.maxSourcePositions;
    if (features.dim() != 3 || features.size(1) != config_.numMelBins ||
        features.size(2) != frames) {
        throw Error("Whisper encoder input must have shape [batch, " +
                    std::to_string(config_.numMelBins) + ", " + std::to_string(frames) +
                    "], found " + shapeString(features.sizes()));
    }
    auto x = torch::gelu(conv1_->forward(features));
    x = torch::gelu(conv2_->forward(x)).transpose(1, 2);
    x = x + embedPositions_->weight.narrow(0, 0, x.size(1));
    for (auto& layer : layers_)
        x = layer->forward(x);
    return layerNorm_->forward(x);
}

WhisperDecoderLayerImpl::WhisperDecoderLayerImpl(const WhisperConfig& c) {
    selfAttn_ = register_module("self_attn", WhisperAttention(c.dModel, c.decoderAttentionHeads));
    selfAttnLayerNorm_ = register_module("self_attn_layer_norm", layerNorm(c.dModel));
    encoderAttn_ =
        register_module("encoder_attn", WhisperAttention(c.dModel, c.decoderAttentionHeads));
    encoderAttnLayerNorm_ = register_module("encoder_attn_layer_norm", layerNorm(c.dModel));
    fc1_ = register_module("fc1", linear(c.dModel, c.decoderFfnDim));
    fc2_ = register_module("fc2", linear(c.decoderFfnDim, c.dModel));
    finalLayerNorm_ = register_module("final_layer_norm", layerNorm(c.dModel));
}

torch::Tensor WhisperDecoderLayerImpl::feedForward(const torch::Tensor& x) {
    return x + fc2_->forward(torch::gelu(fc1_->forward(finalLayerNorm_->forward(x))));
}

torch::Tensor WhisperDecoderLayerImpl::forward(torch::Tensor x, const torch::Tensor& encoder,
                                               const torch::Tensor& mask) {
    x = x + selfAttn_->forward(selfAttnLayerNorm_->forward(x), mask);
    const auto h = encoderAttnLayerNorm_->forward(x);
    x = x + encoderAttn_->attend(encoderAttn_->projectQuery(h), encoderAttn_->projectKey(encoder),
                                 encoderAttn_->projectValue(encoder), {});
    return feedForward(x);
}

void WhisperDecoderLayerImpl::fillCrossCache(const torch::Tensor& encoder, WhisperKvCache& cache,
                                             size_t layer) {
    cache.crossKey[layer] = encoderAttn_->projectKey(encoder);
    cache.crossValue[layer] = encoderAttn_->projectValue(encoder);
}

torch::Tensor WhisperDecoderLayerImpl::forwardCached(torch::Tensor x, WhisperKvCache& cache,
                                                     size_t layer, const torch::Tensor& mask) {
    const int64_t length = x.size(1);
    const int64_t total = cache.length + length;
    auto h = selfAttnLayerNorm_->forward(x);
    cache.selfKey[layer].narrow(2, cache.length, length).copy_(selfAttn_->projectKey(h));
    cache.selfValue[layer].narrow(2, cache.length, length).copy_(selfAttn_->projectValue(h));
    x = x + selfAttn_->attend(selfAttn_->projectQuery(h), cache.selfKey[layer].narrow(2, 0, total),
                              cache.selfValue[layer].narrow(2, 0, total), mask);
    return crossAttendAndFeedForward(x, cache, layer);
}

torch::Tensor WhisperDecoderLayerImpl::forwardAtPosition(torch::Tensor x, WhisperKvCache& cache,
                                                         size_t layer,
                                                         const torch::Tensor& keyMask) {
    const auto h = selfAttnLayerNorm_->forward(x);
    cache.selfKey[layer].index_copy_(2, cache.position, selfAttn_->projectKey(h));
    cache.selfValue[layer].index_copy_(2, cache.position, selfAttn_->projectValue(h));
    x = x + selfAttn_->attend(selfAttn_->projectQuery(h), cache.selfKey[layer],
                              cache.selfValue[layer], keyMask);
    return crossAttendAndFeedForward(x, cache, layer);
}

torch::Tensor WhisperDecoderLayerImpl::crossAttendAndFeedForward(torch::Tensor x,
                                                                 WhisperKvCache& cache,
                                                                 size_t layer) {
    const auto h = encoderAttnLayerNorm_->forward(x);
    x = x + encoderAttn_->attend(encoderAttn_->projectQuery(h), cache.crossKey[layer],
                                 cache.crossValue[layer], {});
    return feedForward(x);
}

WhisperDecoderImpl::WhisperDecoderImpl(const WhisperConfig& c) : config_(c) {
    embedTokens_ = register_module("embed_tokens", torch::nn::Embedding(c.vocabSize, c.dModel));
    embedPositions_ =
        register_module("embed_positions", torch::nn::Embedding(c.maxTargetPositions, c.dModel));
    torch::nn::ModuleList layers;
    for (int64_t i = 0; i < c.decoderLayers; ++i) {
        layers_.push_back(WhisperDecoderLayer(c));
        layers->push_back(layers_.back());
    }
    register_module("layers", layers);
    layerNorm_ = register_module("layer_norm", layerNorm(c.dModel));
}

void WhisperDecoderImpl::checkPositions(const torch::Tensor& tokens, int64_t offset) const {
    if (tokens.dim() != 2)
        throw Error("Whisper decoder tokens must have shape [batch, length], found " +
                    shapeString(tokens.sizes()));
    if (offset + tokens.size(1) > config_.maxTargetPositions) {
        throw Error("Whisper decoder: " + std::to_string(offset + tokens.size(1)) +
                    " positions exceed max_target_positions " +
                    std::to_string(config_.maxTargetPositions));
    }
}

torch::Tensor WhisperDecoderImpl::embed(const torch::Tensor& tokens, int64_t offset) {
    checkPositions(tokens, offset);
    auto x = embedTokens_->forward(tokens);
    if (config_.scaleEmbedding)
        x = x * std::sqrt(static_cast<double>(config_.dModel));
    return x + embedPositions_->weight.narrow(0, offset, tokens.size(1));
}

torch::Tensor WhisperDecoderImpl::logits(const torch::Tensor& hidden) {
    return torch::matmul(layerNorm_->forward(hidden), embedTokens_->weight.t());
}

torch::Tensor WhisperDecoderImpl::forward(const torch::Tensor& tokens,
                                          const torch::Tensor& encoder) {
    auto x = embed(tokens, 0);
    const auto mask = causalMask(tokens.size(1), 0, x.options());
    for (auto& layer : layers_)
        x = layer->forward(x, encoder, mask);
    return logits(x);
}

WhisperKvCache WhisperDecoderImpl::makeCache(const torch::Tensor& encoder, int64_t capacity) {
    if (capacity > config_.maxTargetPositions) {
        throw Error("Whisper decoder: cache of " + std::to_string(capacity) +
                    " positions exceeds max_target_positions " +
                    std::to_string(config_.maxTargetPositions));
    }
    WhisperKvCache cache;
    cache.capacity = capacity;
    // Whole multiples of 8 keep the key length aligned for the fused attention kernels.
    const int64_t slots = (capacity + 7) / 8 * 8;
    const auto longs = torch::TensorOptions(torch::kLong).device(encoder.device());
    cache.position = torch::zeros({1}, longs);
    cache.slots = torch::arange(slots, longs);
    const auto n = static_cast<size_t>(config_.decoderLayers);
    cache.selfKey.resize(n);
    cache.selfValue.resize(n);
    cache.crossKey.resize(n);
    cache.crossValue.resize(n);
    const auto options = encoder.options();
    for (size_t i = 0; i < n; ++i) {
        // Zeros, not garbage: masked slots must hold finite values (0 * NaN is NaN).
        cache.selfKey[i] = torch::zeros(
            {encoder.size(0), config_.decoderAttentionHeads, slots, config_.decoderHeadDim()},
            options);
        cache.selfValue[i] = torch::zeros_like(cache.selfKey[i]);
        layers_[i]->fillCrossCache(encoder, cache, i);
    }
    return cache;
}

torch::Tensor WhisperDecoderImpl::step(const torch::Tensor& tokens, WhisperKvCache& cache) {
    const int64_t length = tokens.dim() == 2 ? tokens.size(1) : 0;
    if (cache.length + length > cache.capacity) {
        throw Error("Whisper decoder cache holds " + std::to_string(cache.capacity) +
                    " positions; " + std::to_string(cache.length + length) + " needed");
    }
    if (length == 1 && cache.length > 0)
        return stepOnePosition(tokens, cache);
    auto x = embed(tokens, cache.length);
    const auto mask = causalMask(length, cache.length, x.options());
    for (size_t i = 0; i < layers_.size(); ++i)
        x = layers_[i]->forwardCached(x, cache, i, mask);
    cache.length += length;
    return logits(x);
}

torch::Tensor WhisperDecoderImpl::stepOnePosition(const torch::Tensor& tokens,
                                                  WhisperKvCache& cache) {
    checkPositions(tokens, cache.length);
    cache.position.fill_(cache.length);
    auto logits = cudaGraphs_ && tokens.is_cuda() && cudaGraphsAvailable() && !cache.graphRefused
                      ? replayOnePosition(tokens, cache)
                      : onePositionKernels(tokens, cache);
    cache.length += 1;
    return logits;
}

torch::Tensor WhisperDecoderImpl::onePositionKernels(const torch::Tensor& tokens,
                                                     WhisperKvCache& cache) {
    auto x = embedTokens_->forward(tokens);
    if (config_.scaleEmbedding)
        x = x * std::sqrt(static_cast<double>(config_.dModel));
    x = x + embedPositions_->weight.index_select(0, cache.position).unsqueeze(0);
    const auto keyMask = torch::zeros({1, cache.slots.size(0)}, x.options())
                             .masked_fill_(cache.slots.gt(cache.position).unsqueeze(0),
                                           -std::numeric_limits<float>::infinity());
    for (size_t i = 0; i < layers_.size(); ++i)
        x = layers_[i]->forwardAtPosition(x, cache, i, keyMask);
    return logits(x);
}

bool WhisperDecoderImpl::cudaGraphsAvailable() {
#if defined(SONARA_CUDA_GRAPHS)
    return true;
#else
    return false;
#endif
}

#if defined(SONARA_CUDA_GRAPHS)
namespace {

std::vector<const void*> cacheStorage(const WhisperKvCache& cache) {
    std::vector<const void*> out;
    for (const auto* list : {&cache.selfKey, &cache.selfValue, &cache.crossKey, &cache.crossValue})
        for (const auto& t : *list)
            out.push_back(t.data_ptr());
    out.push_back(cache.position.data_ptr());
    return out;
}

}  // namespace

torch::Tensor WhisperDecoderImpl::replayOnePosition(const torch::Tensor& tokens,
                                                    WhisperKvCache& cache) {
    if (cache.graph && cache.graph->cacheStorage != cacheStorage(cache)) {
        // Beam search reorders the cache into new tensors: the recording would write stale ones.
        cache.graph.reset();
        cache.graphRefused = true;
        return onePositionKernels(tokens, cache);
    }
    if (!cache.graph) {
        const auto index = tokens.device().index();
        auto graph = std::make_shared<WhisperStepGraph>();
        graph->tokens = tokens.clone();
        torch::cuda::synchronize(index);
        {
            // Recording needs a stream other than the default one; warm-up steps there let
            // cuBLAS and the allocator settle first. Each writes the same K/V the replay writes.
            c10::cuda::CUDAStreamGuard onSideStream(c10::cuda::getStreamFromPool(false, index));
            for (int warmUp = 0; warmUp < 2; ++warmUp)
                onePositionKernels(graph->tokens, cache);
            graph->graph.capture_begin();
            graph->logits = onePositionKernels(graph->tokens, cache);
            graph->graph.capture_end();
        }
        torch::cuda::synchronize(index);
        graph->cacheStorage = cacheStorage(cache);
        cache.graph = std::move(graph);
    }
    cache.graph->tokens.copy_(tokens);
    cache.graph->graph.replay();
    // The recorded output is overwritten by the next replay; callers may edit logits in place.
    return cache.graph->logits.clone();
}
#else
torch::Tensor WhisperDecoderImpl::replayOnePosition(const torch::Tensor& tokens,
                                                    WhisperKvCache& cache) {
    return onePositionKernels(tokens, cache);
}
#endif

WhisperModelImpl::WhisperModelImpl(const WhisperConfig& config) : config_(config) {
    config_.validate();
    encoder = register_module("encoder", WhisperEncoder(config_));
    decoder = register_module("decoder", WhisperDecoder(config_));
}

WhisperModel loadWhisperModel(const std::string& checkpointDir) {
    const auto config = WhisperConfig::load(checkpointDir);
    WhisperModel model(config);
    WeightMapping mapping;
    // proj_out.weight, when a file stores it, is the tied embed_tokens.weight.
    mapping.prefix = "model.";
    mapping.modelName = "Whisper";
    loadWeights(*model, Checkpoint::open(checkpointDir), mapping);
    model->eval();
    return model;
}

// --- Word alignment (whisper_alignment.cpp) ---

torch::Tensor WhisperDecoderLayerImpl::forwardWithCrossScores(torch::Tensor x,
                                                              const torch::Tensor& encoder,
                                                              const torch::Tensor& mask,
                                                              torch::Tensor& crossScores) {
    x = x + selfAttn_->forward(selfAttnLayerNorm_->forward(x), mask);
    const auto h = encoderAttnLayerNorm_->forward(x);
    const auto q = encoderAttn_->projectQuery(h);
    const auto k = encoderAttn_->projectKey(encoder);
    crossScores = torch::matmul(q, k.transpose(-1, -2)) *
                  (1.0 / std::sqrt(static_cast<double>(encoderAttn_->headDim())));
    x = x + encoderAttn_->attend(q, k, encoderAttn_->projectValue(encoder), {});
    return feedForward(x);
}

torch::Tensor WhisperDecoderImpl::forwardWithCrossScores(const torch::Tensor& tokens,
                                                         const torch::Tensor& encoder,
                                                         const std::vector<bool>& layers,
                                                         std::vector<torch::Tensor>& scores) {
    auto x = embed(tokens, 0);
    const auto mask = causalMask(tokens.size(1), 0, x.options());
    scores.assign(layers_.size(), torch::Tensor());
    for (size_t i = 0; i < layers_.size(); ++i) {
        if (i < layers.size() && layers[i])
            x = layers_[i]->forwardWithCrossScores(x, encoder, mask, scores[i]);
        else
            x = layers_[i]->forward(x, encoder, mask);
    }
    return logits(x);
}

}  // namespace sonara::models
