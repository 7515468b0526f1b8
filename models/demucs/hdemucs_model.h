#pragma once

// Internal to models/: torchaudio.models.HDemucs as a torch module, with torchaudio's parameter
// names (freq_encoder.N, freq_decoder.N, time_encoder.N, time_decoder.N, freq_emb.embedding).

#include <torch/torch.h>

#include <string>
#include <vector>

#include "models/demucs/hdemucs_config.h"
#include "models/demucs/hdemucs_layers.h"

namespace sonara::models {

class HDemucsModelImpl : public torch::nn::Module {
public:
    explicit HDemucsModelImpl(const HDemucsConfig& config);

    // HDemucs.forward: mix [batch, audioChannels, samples] -> stems
    // [batch, sources, audioChannels, samples]. Any length of at least one sample.
    torch::Tensor forward(const torch::Tensor& mix);

    const HDemucsConfig& config() const { return config_; }
    // Checkpoint tensors torchaudio creates but never applies (the norm1 of the time encoder
    // that only feeds the branch merge).
    std::vector<std::string> unusedCheckpointPrefixes() const;

private:
    HDemucsConfig config_;
    std::vector<HDemucsLayerPlan> plans_;
    std::vector<HDemucsEncoder> freqEncoder_;
    std::vector<HDemucsEncoder> timeEncoder_;
    std::vector<HDemucsDecoder> freqDecoder_;  // deepest first, as torchaudio stores them
    std::vector<HDemucsDecoder> timeDecoder_;
    torch::nn::Embedding freqEmb_{nullptr};
};
TORCH_MODULE(HDemucsModel);

// Builds the network from a checkpoint directory (config.json + model.safetensors with
// torchaudio's state-dict names) in float32 on CPU; the caller moves it to its device and dtype.
HDemucsModel loadHDemucsModel(const std::string& checkpointDir);

}  // namespace sonara::models
