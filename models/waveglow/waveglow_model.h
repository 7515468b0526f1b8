#pragma once

// Internal to models/: NVIDIA's WaveGlow as torch modules, parameter names as in its state dict.

#include <torch/torch.h>

#include <string>
#include <vector>

#include "models/common/progress.h"
#include "models/waveglow/waveglow_config.h"

namespace sonara::models {

// The WaveNet-like network of one affine coupling: from the first half of the channels and the
// upsampled mel, the log-scale and bias for the second half. Names: start, in_layers.N,
// cond_layers.N, res_skip_layers.N, end.
class WaveGlowWNImpl : public torch::nn::Module {
public:
    WaveGlowWNImpl(int64_t inChannels, int64_t condChannels, const WaveGlowConfig& config);
    // audio [batch, inChannels, groups], spect [batch, condChannels, groups] ->
    // [batch, 2 * inChannels, groups]: bias first, then log-scale.
    torch::Tensor forward(const torch::Tensor& audio, const torch::Tensor& spect);

private:
    int64_t channels_;
    torch::nn::Conv1d start_{nullptr};
    torch::nn::Conv1d end_{nullptr};
    std::vector<torch::nn::Conv1d> inLayers_;
    std::vector<torch::nn::Conv1d> condLayers_;
    std::vector<torch::nn::Conv1d> resSkipLayers_;
};
TORCH_MODULE(WaveGlowWN);

// Parameter names match NVIDIA's WaveGlow: upsample, WN.K.*, convinv.K.conv.weight.
class WaveGlowNetImpl : public torch::nn::Module {
public:
    explicit WaveGlowNetImpl(const WaveGlowConfig& config);

    // The inverse 1x1 convolutions, computed once (in float32, as the reference does) after the
    // weights are loaded and the module sits on its final device and dtype.
    void prepareInverse();

    // WaveGlow.infer: mel [batch, n_mel, frames] -> audio [batch, frames * hop]. noise holds the
    // standard-normal draws the reference makes (before scaling by sigma): first
    // [batch, remaining channels, groups], then one [batch, n_early_size, groups] per early output
    // in the order infer() reaches them; empty draws them here.
    torch::Tensor infer(const torch::Tensor& mel, double sigma,
                        const std::vector<torch::Tensor>& noise, const ProgressFn& progress);

    const WaveGlowConfig& config() const { return config_; }

private:
    WaveGlowConfig config_;
    torch::nn::ConvTranspose1d upsample_{nullptr};
    std::vector<WaveGlowWN> wn_;
    std::vector<torch::nn::Conv1d> convinv_;
    std::vector<torch::Tensor> inverse_;
};
TORCH_MODULE(WaveGlowNet);

// Loads a WaveGlow from a checkpoint directory (config.json + model.safetensors or a torch.save
// file) or a torch.save file (config.json beside it, else the arguments read off the tensor
// shapes), in float32 on CPU; the caller moves it and then calls prepareInverse().
WaveGlowNet loadWaveGlowNet(const std::string& checkpoint);

}  // namespace sonara::models
