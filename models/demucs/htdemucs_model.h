#pragma once

// Internal to models/demucs: demucs.htdemucs.HTDemucs (Hybrid Transformer Demucs, v4) as a torch
// module with demucs' parameter names (encoder.N, decoder.N, tencoder.N, tdecoder.N,
// freq_emb.embedding, channel_[up|down]sampler[_t], crosstransformer.*), and the loading of its
// published checkpoints.

#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/pimpl.h>

#include <string>
#include <vector>

#include "models/demucs/hdemucs_layers.h"
#include "models/demucs/htdemucs_config.h"
#include "models/demucs/htdemucs_transformer.h"

namespace sonara::models {

class HTDemucsModelImpl : public torch::nn::Module {
public:
    explicit HTDemucsModelImpl(const HTDemucsConfig& config);

    // HTDemucs.forward in evaluation: mix [batch, audioChannels, samples] -> stems
    // [batch, sources, audioChannels, samples]. Inputs shorter than the training segment are
    // zero-padded to it inside and the stems trimmed back, as the reference does; longer ones
    // are refused (separate() splits them).
    torch::Tensor forward(const torch::Tensor& mix);

    const HTDemucsConfig& config() const { return config_; }
    // A bag descriptor's segment override ("7.8" or "39/5" seconds).
    void setSegment(const std::string& segment, const std::string& where);

private:
    HTDemucsConfig config_;
    std::vector<HDemucsEncoder> encoder_, tencoder_;
    std::vector<HDemucsDecoder> decoder_, tdecoder_;  // deepest first, as demucs stores them
    torch::nn::Embedding freqEmb_{nullptr};
    torch::nn::Conv1d upsampler_{nullptr}, downsampler_{nullptr}, upsamplerT_{nullptr},
        downsamplerT_{nullptr};
    HTDemucsCrossTransformer transformer_{nullptr};
};
TORCH_MODULE(HTDemucsModel);

// One model, in float32 on CPU, from a published .th file (torch.save of {'klass', 'args',
// 'kwargs', 'state', 'training_args', ...}, the state often float16) or from a directory holding
// config.json (the kwargs) and model.safetensors (the state under the same names). Throws Error
// naming the file for anything else: another demucs class, a quantized state, missing tensors.
HTDemucsModel loadHTDemucsModel(const std::string& path);

}  // namespace sonara::models
