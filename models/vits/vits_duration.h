#pragma once

// Internal to models/vits: the duration predictors, run in the inference direction only.

#include <torch/torch.h>

#include <vector>

#include "models/vits/vits_config.h"

namespace sonara::models {

// Residual stack of dilated depthwise convs and pointwise convs with layer norms and GELU.
class VitsDilatedDepthSeparableConvImpl : public torch::nn::Module {
public:
    explicit VitsDilatedDepthSeparableConvImpl(const VitsConfig& config);
    // x [batch, hidden, length], mask [batch, 1, length], conditioning like x or undefined.
    torch::Tensor forward(torch::Tensor x, const torch::Tensor& mask,
                          const torch::Tensor& conditioning = {});

private:
    std::vector<torch::nn::Conv1d> convsDilated_;
    std::vector<torch::nn::Conv1d> convsPointwise_;
    std::vector<torch::nn::LayerNorm> norms1_;
    std::vector<torch::nn::LayerNorm> norms2_;
};
TORCH_MODULE(VitsDilatedDepthSeparableConv);

// Coupling layer whose second half goes through a rational-quadratic spline conditioned on the
// first half (neural spline flow).
class VitsConvFlowImpl : public torch::nn::Module {
public:
    explicit VitsConvFlowImpl(const VitsConfig& config);
    torch::Tensor reverse(const torch::Tensor& x, const torch::Tensor& mask,
                          const torch::Tensor& conditioning);

private:
    int64_t halfChannels_;
    int64_t bins_;
    double tailBound_;
    double filterScale_;  // 1 / sqrt(filter channels)
    torch::nn::Conv1d convPre_{nullptr};
    VitsDilatedDepthSeparableConv convDds_{nullptr};
    torch::nn::Conv1d convProj_{nullptr};
};
TORCH_MODULE(VitsConvFlow);

class VitsElementwiseAffineImpl : public torch::nn::Module {
public:
    explicit VitsElementwiseAffineImpl(const VitsConfig& config);
    torch::Tensor reverse(const torch::Tensor& x, const torch::Tensor& mask);

private:
    torch::Tensor translate_;
    torch::Tensor logScale_;
};
TORCH_MODULE(VitsElementwiseAffine);

// Names: conv_pre, conv_dds, conv_proj, cond, flows.0 (affine), flows.2.. (spline flows). The
// posterior flows (post_*) serve training only, and inference drops flows.1 as the reference
// does, so neither is built.
class VitsStochasticDurationPredictorImpl : public torch::nn::Module {
public:
    explicit VitsStochasticDurationPredictorImpl(const VitsConfig& config);
    // hidden [batch, hidden, length], mask [batch, 1, length], conditioning [batch, embed, 1] or
    // undefined, noise [batch, 2, length] (already scaled) -> log durations [batch, 1, length].
    torch::Tensor forward(const torch::Tensor& hidden, const torch::Tensor& mask,
                          const torch::Tensor& conditioning, const torch::Tensor& noise);

private:
    torch::nn::Conv1d convPre_{nullptr};
    VitsDilatedDepthSeparableConv convDds_{nullptr};
    torch::nn::Conv1d convProj_{nullptr};
    torch::nn::Conv1d cond_{nullptr};
    VitsElementwiseAffine affine_{nullptr};
    std::vector<VitsConvFlow> flows_;  // flows.2 .. flows.N
};
TORCH_MODULE(VitsStochasticDurationPredictor);

// The plain convolutional predictor of checkpoints without use_stochastic_duration_prediction.
class VitsDurationPredictorImpl : public torch::nn::Module {
public:
    explicit VitsDurationPredictorImpl(const VitsConfig& config);
    torch::Tensor forward(torch::Tensor hidden, const torch::Tensor& mask,
                          const torch::Tensor& conditioning);

private:
    torch::nn::Conv1d conv1_{nullptr};
    torch::nn::LayerNorm norm1_{nullptr};
    torch::nn::Conv1d conv2_{nullptr};
    torch::nn::LayerNorm norm2_{nullptr};
    torch::nn::Conv1d proj_{nullptr};
    torch::nn::Conv1d cond_{nullptr};
};
TORCH_MODULE(VitsDurationPredictor);

// The inverse of transformers' _unconstrained_rational_quadratic_spline: identity outside
// [-tailBound, tailBound], a monotonic rational-quadratic spline inside. inputs [...];
// widths/heights [..., bins]; derivatives [..., bins - 1] (interior knots).
torch::Tensor inverseRationalQuadraticSpline(const torch::Tensor& inputs,
                                             const torch::Tensor& unnormalizedWidths,
                                             const torch::Tensor& unnormalizedHeights,
                                             const torch::Tensor& unnormalizedDerivatives,
                                             double tailBound);

}  // namespace sonara::models
