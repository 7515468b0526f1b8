#pragma once

// Internal to models/vits: the prior flow that maps the expanded text prior to the decoder's
// latent spectrogram, run in the inference (reverse) direction.

#include <torch/torch.h>

#include <vector>

#include "models/vits/vits_config.h"

namespace sonara::models {

// Non-causal WaveNet: gated dilated convs with residual and skip 1x1 convs; an optional global
// conditioning (speaker embedding) is added to every layer's gate input through cond_layer.
class VitsWaveNetImpl : public torch::nn::Module {
public:
    VitsWaveNetImpl(const VitsConfig& config, int64_t numLayers);
    // x [batch, hidden, frames], mask [batch, 1, frames], conditioning [batch, embed, 1] or
    // undefined.
    torch::Tensor forward(torch::Tensor x, const torch::Tensor& mask,
                          const torch::Tensor& conditioning);

private:
    int64_t hidden_;
    std::vector<torch::nn::Conv1d> inLayers_;
    std::vector<torch::nn::Conv1d> resSkipLayers_;
    torch::nn::Conv1d condLayer_{nullptr};
};
TORCH_MODULE(VitsWaveNet);

// Mean-only affine coupling: the second half is shifted by a WaveNet of the first half.
class VitsResidualCouplingLayerImpl : public torch::nn::Module {
public:
    explicit VitsResidualCouplingLayerImpl(const VitsConfig& config);
    torch::Tensor reverse(const torch::Tensor& x, const torch::Tensor& mask,
                          const torch::Tensor& conditioning);

private:
    int64_t half_;
    torch::nn::Conv1d convPre_{nullptr};
    VitsWaveNet wavenet_{nullptr};
    torch::nn::Conv1d convPost_{nullptr};
};
TORCH_MODULE(VitsResidualCouplingLayer);

// Names: flows.N.{conv_pre,wavenet.{in_layers,res_skip_layers,cond_layer},conv_post}.
class VitsResidualCouplingBlockImpl : public torch::nn::Module {
public:
    explicit VitsResidualCouplingBlockImpl(const VitsConfig& config);
    // latents [batch, flow, frames] -> [batch, flow, frames].
    torch::Tensor reverse(torch::Tensor latents, const torch::Tensor& mask,
                          const torch::Tensor& conditioning);

private:
    std::vector<VitsResidualCouplingLayer> flows_;
};
TORCH_MODULE(VitsResidualCouplingBlock);

}  // namespace sonara::models
