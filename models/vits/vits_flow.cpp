#include "models/vits/vits_flow.h"
#include "models/vits/vits_conv.h"

namespace sonara::models {

VitsWaveNetImpl::VitsWaveNetImpl(const VitsConfig& c, int64_t numLayers) : hidden_(c.hiddenSize) {
    if (c.speakerEmbeddingSize > 0) {
        condLayer_ = register_module(
            "cond_layer", vitsConv1d(c.speakerEmbeddingSize, 2 * hidden_ * numLayers, 1));
    }
    torch::nn::ModuleList inLayers, resSkipLayers;
    int64_t dilation = 1;
    for (int64_t i = 0; i < numLayers; ++i) {
        const int64_t kernel = c.wavenetKernelSize;
        inLayers_.push_back(
            vitsConv1d(hidden_, 2 * hidden_, kernel, (kernel * dilation - dilation) / 2, dilation));
        // The last layer has no residual branch, only skip channels.
        resSkipLayers_.push_back(vitsConv1d(hidden_, i + 1 < numLayers ? 2 * hidden_ : hidden_, 1));
        inLayers->push_back(inLayers_.back());
        resSkipLayers->push_back(resSkipLayers_.back());
        dilation *= c.wavenetDilationRate;
    }
    register_module("in_layers", inLayers);
    register_module("res_skip_layers", resSkipLayers);
}

torch::Tensor VitsWaveNetImpl::forward(torch::Tensor x, const torch::Tensor& mask,
                                       const torch::Tensor& conditioning) {
    torch::Tensor global;
    if (condLayer_ && conditioning.defined())
        global = condLayer_->forward(conditioning);
    torch::Tensor output;
    const size_t layers = inLayers_.size();
    for (size_t i = 0; i < layers; ++i) {
        auto h = inLayers_[i]->forward(x);
        if (global.defined()) {
            const int64_t offset = static_cast<int64_t>(i) * 2 * hidden_;
            h = h + global.slice(1, offset, offset + 2 * hidden_);
        }
        const auto acts = torch::tanh(h.slice(1, 0, hidden_)) * torch::sigmoid(h.slice(1, hidden_));
        const auto resSkip = resSkipLayers_[i]->forward(acts);
        const auto skip = i + 1 < layers ? resSkip.slice(1, hidden_) : resSkip;
        output = output.defined() ? output + skip : skip;
        if (i + 1 < layers)
            x = (x + resSkip.slice(1, 0, hidden_)) * mask;
    }
    return output * mask;
}

VitsResidualCouplingLayerImpl::VitsResidualCouplingLayerImpl(const VitsConfig& c)
    : half_(c.flowSize / 2) {
    convPre_ = register_module("conv_pre", vitsConv1d(half_, c.hiddenSize, 1));
    wavenet_ = register_module("wavenet", VitsWaveNet(c, c.priorEncoderNumWavenetLayers));
    convPost_ = register_module("conv_post", vitsConv1d(c.hiddenSize, half_, 1));
}

torch::Tensor VitsResidualCouplingLayerImpl::reverse(const torch::Tensor& x,
                                                     const torch::Tensor& mask,
                                                     const torch::Tensor& conditioning) {
    const auto first = x.slice(1, 0, half_);
    const auto second = x.slice(1, half_, 2 * half_);
    auto h = convPre_->forward(first) * mask;
    h = wavenet_->forward(h, mask, conditioning);
    const auto mean = convPost_->forward(h) * mask;
    return torch::cat({first, (second - mean) * mask}, 1);
}

VitsResidualCouplingBlockImpl::VitsResidualCouplingBlockImpl(const VitsConfig& c) {
    torch::nn::ModuleList flows;
    for (int64_t i = 0; i < c.priorEncoderNumFlows; ++i) {
        flows_.emplace_back(c);
        flows->push_back(flows_.back());
    }
    register_module("flows", flows);
}

torch::Tensor VitsResidualCouplingBlockImpl::reverse(torch::Tensor latents,
                                                     const torch::Tensor& mask,
                                                     const torch::Tensor& conditioning) {
    for (auto it = flows_.rbegin(); it != flows_.rend(); ++it)
        latents = (*it)->reverse(latents.flip({1}), mask, conditioning);
    return latents;
}

}  // namespace sonara::models
