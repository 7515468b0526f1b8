#include "models/whisper/whisper_model.h"

#include <torch/version.h>

#include <cmath>
#include <limits>

#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/weights.h"

namespace sonara::models {

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
    h = encoderAttnLayerNorm_->forward(x);
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

torch::Tensor WhisperDecoderImpl::embed(const torch::Tensor& tokens, int64_t offset) {
    if (tokens.dim() != 2)
        throw Error("Whisper decoder tokens must have shape [batch, length], found " +
                    shapeString(tokens.sizes()));
    const int64_t length = tokens.size(1);
    if (offset + length > config_.maxTargetPositions) {
        throw Error("Whisper decoder: " + std::to_string(offset + length) +
                    " positions exceed max_target_positions " +
                    std::to_string(config_.maxTargetPositions));
    }
    auto x = embedTokens_->forward(tokens);
    if (config_.scaleEmbedding)
        x = x * std::sqrt(static_cast<double>(config_.dModel));
    return x + embedPositions_->weight.narrow(0, offset, length);
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
    const auto n = static_cast<size_t>(config_.decoderLayers);
    cache.selfKey.resize(n);
    cache.selfValue.resize(n);
    cache.crossKey.resize(n);
    cache.crossValue.resize(n);
    const auto options = encoder.options();
    for (size_t i = 0; i < n; ++i) {
        cache.selfKey[i] = torch::empty(
            {encoder.size(0), config_.decoderAttentionHeads, capacity, config_.decoderHeadDim()},
            options);
        cache.selfValue[i] = torch::empty_like(cache.selfKey[i]);
        layers_[i]->fillCrossCache(encoder, cache, i);
    }
    return cache;
}

torch::Tensor WhisperDecoderImpl::step(const torch::Tensor& tokens, WhisperKvCache& cache) {
    const int64_t length = tokens.size(1);
    if (cache.length + length > cache.capacity) {
        throw Error("Whisper decoder cache holds " + std::to_string(cache.capacity) +
                    " positions; " + std::to_string(cache.length + length) + " needed");
    }
    auto x = embed(tokens, cache.length);
    const auto mask = causalMask(length, cache.length, x.options());
    for (size_t i = 0; i < layers_.size(); ++i)
        x = layers_[i]->forwardCached(x, cache, i, mask);
    cache.length += length;
    return logits(x);
}

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

torch::Tensor greedyDecode(WhisperDecoder& decoder, const torch::Tensor& encoder,
                           const torch::Tensor& prompt, const GreedyOptions& options) {
    const auto& config = decoder->config();
    const int64_t batch = prompt.size(0);
    const int64_t promptLength = prompt.size(1);
    const int64_t total = promptLength + options.maxNewTokens;
    auto tokens = torch::full({batch, total}, config.padTokenId, prompt.options());
    tokens.narrow(1, 0, promptLength).copy_(prompt);
    auto done = torch::zeros({batch}, prompt.options().dtype(torch::kBool));
    const auto eos = torch::full({batch}, config.eosTokenId, prompt.options());
    const auto pad = torch::full({batch}, config.padTokenId, prompt.options());

    WhisperKvCache cache;
    if (options.useCache)
        cache = decoder->makeCache(encoder, total);
    int64_t length = promptLength;
    while (length < total) {
        torch::Tensor logits;
        if (options.useCache) {
            const auto fresh = tokens.narrow(1, cache.length, length - cache.length);
            logits = decoder->step(fresh, cache).select(1, -1);
        } else {
            logits = decoder->forward(tokens.narrow(1, 0, length), encoder).select(1, -1);
        }
        if (options.logitsFilter)
            options.logitsFilter(logits, tokens.narrow(1, 0, length), length);
        auto next = logits.argmax(-1);
        next = torch::where(done, pad, next);
        tokens.select(1, length).copy_(next);
        done = done.logical_or(next == eos);
        ++length;
        if (options.stopAtEnd && (length - promptLength) % options.checkEvery == 0 &&
            done.all().item<bool>()) {
            break;
        }
    }
    return tokens.narrow(1, 0, length);
}

std::vector<std::vector<int64_t>> beamDecode(WhisperDecoder& decoder, const torch::Tensor& encoder,
                                             const torch::Tensor& prompt, int64_t beamSize,
                                             const GreedyOptions& options) {
    if (beamSize < 1)
        throw Error("Whisper beam search needs a beam size of at least 1, found " +
                    std::to_string(beamSize));
    const auto& config = decoder->config();
    const int64_t batch = prompt.size(0);
    const int64_t rows = batch * beamSize;
    const int64_t promptLength = prompt.size(1);
    const int64_t total = promptLength + options.maxNewTokens;
    const auto device = prompt.device();

    auto tokens = torch::full({rows, total}, config.padTokenId, prompt.options());
    tokens.narrow(1, 0, promptLength).copy_(prompt.repeat_interleave(beamSize, 0));
    auto cache = decoder->makeCache(encoder.repeat_interleave(beamSize, 0), total);
    // Only the first beam of each window is live at the start, so the first step's candidates
    // differ.
    std::vector<double> scores(static_cast<size_t>(rows), -INFINITY);
    for (int64_t b = 0; b < batch; ++b)
        scores[static_cast<size_t>(b * beamSize)] = 0.0;

    struct Finished {
        double score;  // sum of log-probabilities
        std::vector<int64_t> tokens;
    };
    std::vector<std::vector<Finished>> finished(static_cast<size_t>(batch));
    auto rowTokens = [&](const torch::Tensor& cpuTokens, int64_t row, int64_t length) {
        const auto* p = cpuTokens[row].data_ptr<int64_t>();
        return std::vector<int64_t>(p + promptLength, p + length);
    };

    int64_t length = promptLength;
    while (length < total) {
        auto logits = decoder->step(tokens.narrow(1, cache.length, length - cache.length), cache)
                          .select(1, -1);
        if (options.logitsFilter)
            options.logitsFilter(logits, tokens.narrow(1, 0, length), length);
        const auto vocab = logits.size(-1);
        const auto logprobs = torch::log_softmax(logits.to(torch::kFloat32), -1);
        const auto running =
            torch::tensor(std::vector<float>(scores.begin(), scores.end())).to(device).unsqueeze(1);
        const auto top =
            (logprobs + running).view({batch, beamSize * vocab}).topk(2 * beamSize, -1);
        const auto values = std::get<0>(top).cpu();
        const auto indices = std::get<1>(top).cpu();
        const auto cpuTokens = tokens.narrow(1, 0, length).cpu();

        std::vector<int64_t> source(static_cast<size_t>(rows));
        std::vector<int64_t> next(static_cast<size_t>(rows), config.padTokenId);
        std::vector<double> nextScores(static_cast<size_t>(rows), -INFINITY);
        bool allDone = true;
        for (int64_t b = 0; b < batch; ++b) {
            auto& done = finished[static_cast<size_t>(b)];
            int64_t kept = 0;
            for (int64_t c = 0; c < 2 * beamSize && kept < beamSize; ++c) {
                const double score = values[b][c].item<double>();
                const int64_t index = indices[b][c].item<int64_t>();
                const int64_t row = b * beamSize + index / vocab;
                const int64_t token = index % vocab;
                if (!std::isfinite(score))
                    continue;
                if (token == config.eosTokenId) {
                    if (static_cast<int64_t>(done.size()) < beamSize)
                        done.push_back({score, rowTokens(cpuTokens, row, length)});
                    continue;
                }
                const auto slot = static_cast<size_t>(b * beamSize + kept);
                source[slot] = row;
                next[slot] = token;
                nextScores[slot] = score;
                ++kept;
            }
            for (int64_t k = kept; k < beamSize; ++k)
                source[static_cast<size_t>(b * beamSize + k)] = b * beamSize;
            allDone = allDone && static_cast<int64_t>(done.size()) >= beamSize;
        }
        const auto src = torch::tensor(source).to(device);
        tokens = tokens.index_select(0, src);
        for (size_t l = 0; l < cache.selfKey.size(); ++l) {
            cache.selfKey[l] = cache.selfKey[l].index_select(0, src);
            cache.selfValue[l] = cache.selfValue[l].index_select(0, src);
        }
        tokens.select(1, length).copy_(torch::tensor(next).to(device));
        scores = nextScores;
        ++length;
        if (allDone)
            break;
    }

    const auto cpuTokens = tokens.narrow(1, 0, length).cpu();
    std::vector<std::vector<int64_t>> best(static_cast<size_t>(batch));
    for (int64_t b = 0; b < batch; ++b) {
        auto& done = finished[static_cast<size_t>(b)];
        if (done.empty()) {
            for (int64_t k = 0; k < beamSize; ++k) {
                const auto row = b * beamSize + k;
                if (std::isfinite(scores[static_cast<size_t>(row)]))
                    done.push_back(
                        {scores[static_cast<size_t>(row)], rowTokens(cpuTokens, row, length)});
            }
        }
        double bestScore = -INFINITY;
        for (const auto& f : done) {
            const double ranked =
                f.score / static_cast<double>(std::max<size_t>(f.tokens.size(), 1));
            if (ranked > bestScore) {
                bestScore = ranked;
                best[static_cast<size_t>(b)] = f.tokens;
            }
        }
    }
    return best;
}

}  // namespace sonara::models
