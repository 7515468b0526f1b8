#include "models/vits/vits_duration.h"
#include "models/vits/vits_conv.h"

#include <cmath>
#include <string>

namespace sonara::models {

namespace {

constexpr double kMinBinWidth = 1e-3;
constexpr double kMinBinHeight = 1e-3;
constexpr double kMinDerivative = 1e-3;

torch::Tensor channelNorm(torch::nn::LayerNorm& norm, const torch::Tensor& x) {
    return norm->forward(x.transpose(1, -1)).transpose(1, -1);
}

// Knot positions from unnormalised bin sizes: softmax with a floor per bin, scaled onto
// [-bound, bound] with the end knots pinned exactly. Returns (knots [..., bins + 1], sizes).
std::pair<torch::Tensor, torch::Tensor> knots(const torch::Tensor& unnormalized, double minSize,
                                              double bound) {
    const int64_t bins = unnormalized.size(-1);
    auto sizes = torch::softmax(unnormalized, -1);
    sizes = minSize + (1.0 - minSize * static_cast<double>(bins)) * sizes;
    auto cum = torch::constant_pad_nd(torch::cumsum(sizes, -1), {1, 0});
    cum = 2.0 * bound * cum - bound;
    cum.select(-1, 0).fill_(-bound);
    cum.select(-1, bins).fill_(bound);
    sizes = cum.slice(-1, 1, bins + 1) - cum.slice(-1, 0, bins);
    return {cum, sizes};
}

torch::Tensor pick(const torch::Tensor& table, const torch::Tensor& index) {
    return table.gather(-1, index).squeeze(-1);
}

}  // namespace

torch::Tensor inverseRationalQuadraticSpline(const torch::Tensor& inputs,
                                             const torch::Tensor& unnormalizedWidths,
                                             const torch::Tensor& unnormalizedHeights,
                                             const torch::Tensor& unnormalizedDerivatives,
                                             double tailBound) {
    const int64_t bins = unnormalizedWidths.size(-1);
    const auto inside = (inputs >= -tailBound).logical_and(inputs <= tailBound);
    // Every element goes through the spline and torch::where keeps the identity outside, so that
    // batches need no boolean indexing; clamping keeps the bin search in range for those (and the
    // index clamp below covers half precision, where the 1e-6 margin on the last knot rounds away).
    const auto x = inputs.clamp(-tailBound, tailBound);

    // The end derivatives are fixed so that softplus gives 1 - min_derivative + min_derivative = 1
    // there, matching the identity tails.
    const double endConstant = std::log(std::exp(1.0 - kMinDerivative) - 1.0);
    auto padded = torch::constant_pad_nd(unnormalizedDerivatives, {1, 1});
    padded.select(-1, 0).fill_(endConstant);
    padded.select(-1, bins).fill_(endConstant);
    const auto derivatives = kMinDerivative + torch::softplus(padded);

    const auto [cumWidths, widths] = knots(unnormalizedWidths, kMinBinWidth, tailBound);
    const auto [cumHeights, heights] = knots(unnormalizedHeights, kMinBinHeight, tailBound);

    const auto locations =
        torch::cat({cumHeights.slice(-1, 0, bins), cumHeights.slice(-1, bins) + 1e-6}, -1);
    const auto index = ((x.unsqueeze(-1) >= locations).sum(-1, false, torch::kLong) - 1)
                           .clamp(0, bins - 1)
                           .unsqueeze(-1);

    const auto inCumWidths = pick(cumWidths, index);
    const auto inWidths = pick(widths, index);
    const auto inCumHeights = pick(cumHeights, index);
    const auto inDelta = pick(heights / widths, index);
    const auto inDerivatives = pick(derivatives, index);
    const auto inDerivativesPlusOne = pick(derivatives.slice(-1, 1), index);
    const auto inHeights = pick(heights, index);

    const auto i1 = inDerivatives + inDerivativesPlusOne - 2.0 * inDelta;
    const auto i2 = x - inCumHeights;
    const auto i3 = i2 * i1;
    const auto a = inHeights * (inDelta - inDerivatives) + i3;
    const auto b = inHeights * inDerivatives - i3;
    const auto c = -inDelta * i2;
    // The reference raises on a negative discriminant; rounding can make an exact zero slightly
    // negative, which the clamp absorbs instead of producing NaN durations.
    const auto discriminant = (b.pow(2) - 4.0 * a * c).clamp_min(0.0);
    const auto root = (2.0 * c) / (-b - discriminant.sqrt());
    return torch::where(inside, root * inWidths + inCumWidths, inputs);
}

VitsDilatedDepthSeparableConvImpl::VitsDilatedDepthSeparableConvImpl(const VitsConfig& c) {
    const int64_t channels = c.hiddenSize;
    const int64_t kernel = c.durationPredictorKernelSize;
    torch::nn::ModuleList dilated, pointwise, norms1, norms2;
    int64_t dilation = 1;
    for (int64_t i = 0; i < c.depthSeparableNumLayers; ++i) {
        convsDilated_.push_back(vitsConv1d(channels, channels, kernel,
                                           (kernel * dilation - dilation) / 2, dilation, channels));
        convsPointwise_.push_back(vitsConv1d(channels, channels, 1));
        norms1_.emplace_back(torch::nn::LayerNormOptions({channels}));
        norms2_.emplace_back(torch::nn::LayerNormOptions({channels}));
        dilated->push_back(convsDilated_.back());
        pointwise->push_back(convsPointwise_.back());
        norms1->push_back(norms1_.back());
        norms2->push_back(norms2_.back());
        dilation *= kernel;
    }
    register_module("convs_dilated", dilated);
    register_module("convs_pointwise", pointwise);
    register_module("norms_1", norms1);
    register_module("norms_2", norms2);
}

torch::Tensor VitsDilatedDepthSeparableConvImpl::forward(torch::Tensor x, const torch::Tensor& mask,
                                                         const torch::Tensor& conditioning) {
    if (conditioning.defined())
        x = x + conditioning;
    for (size_t i = 0; i < convsDilated_.size(); ++i) {
        auto h = convsDilated_[i]->forward(x * mask);
        h = torch::gelu(channelNorm(norms1_[i], h));
        h = convsPointwise_[i]->forward(h);
        h = torch::gelu(channelNorm(norms2_[i], h));
        x = x + h;
    }
    return x * mask;
}

VitsConvFlowImpl::VitsConvFlowImpl(const VitsConfig& c)
    : halfChannels_(c.depthSeparableChannels / 2),
      bins_(c.durationPredictorFlowBins),
      tailBound_(c.durationPredictorTailBound),
      filterScale_(1.0 / std::sqrt(static_cast<double>(c.hiddenSize))) {
    convPre_ = register_module("conv_pre", vitsConv1d(halfChannels_, c.hiddenSize, 1));
    convDds_ = register_module("conv_dds", VitsDilatedDepthSeparableConv(c));
    convProj_ =
        register_module("conv_proj", vitsConv1d(c.hiddenSize, halfChannels_ * (3 * bins_ - 1), 1));
}

torch::Tensor VitsConvFlowImpl::reverse(const torch::Tensor& x, const torch::Tensor& mask,
                                        const torch::Tensor& conditioning) {
    const auto first = x.slice(1, 0, halfChannels_);
    const auto second = x.slice(1, halfChannels_, 2 * halfChannels_);
    auto h = convDds_->forward(convPre_->forward(first), mask, conditioning);
    h = convProj_->forward(h) * mask;
    const int64_t batch = first.size(0);
    const int64_t length = first.size(2);
    h = h.reshape({batch, halfChannels_, -1, length}).permute({0, 1, 3, 2});
    const auto widths = h.slice(-1, 0, bins_) * filterScale_;
    const auto heights = h.slice(-1, bins_, 2 * bins_) * filterScale_;
    const auto derivatives = h.slice(-1, 2 * bins_);
    const auto transformed =
        inverseRationalQuadraticSpline(second, widths, heights, derivatives, tailBound_);
    return torch::cat({first, transformed}, 1) * mask;
}

VitsElementwiseAffineImpl::VitsElementwiseAffineImpl(const VitsConfig& c) {
    translate_ = register_parameter("translate", torch::zeros({c.depthSeparableChannels, 1}));
    logScale_ = register_parameter("log_scale", torch::zeros({c.depthSeparableChannels, 1}));
}

torch::Tensor VitsElementwiseAffineImpl::reverse(const torch::Tensor& x,
                                                 const torch::Tensor& mask) {
    return (x - translate_) * torch::exp(-logScale_) * mask;
}

VitsStochasticDurationPredictorImpl::VitsStochasticDurationPredictorImpl(const VitsConfig& c) {
    const int64_t channels = c.hiddenSize;
    convPre_ = register_module("conv_pre", vitsConv1d(channels, channels, 1));
    convProj_ = register_module("conv_proj", vitsConv1d(channels, channels, 1));
    convDds_ = register_module("conv_dds", VitsDilatedDepthSeparableConv(c));
    if (c.speakerEmbeddingSize > 0)
        cond_ = register_module("cond", vitsConv1d(c.speakerEmbeddingSize, channels, 1));
    auto flows = register_module("flows", std::make_shared<torch::nn::Module>());
    affine_ = flows->register_module("0", VitsElementwiseAffine(c));
    for (int64_t i = 2; i <= c.durationPredictorNumFlows; ++i) {
        flows_.push_back(flows->register_module(std::to_string(i), VitsConvFlow(c)));
    }
}

torch::Tensor VitsStochasticDurationPredictorImpl::forward(const torch::Tensor& hidden,
                                                           const torch::Tensor& mask,
                                                           const torch::Tensor& conditioning,
                                                           const torch::Tensor& noise) {
    auto x = convPre_->forward(hidden);
    if (cond_ && conditioning.defined())
        x = x + cond_->forward(conditioning);
    x = convProj_->forward(convDds_->forward(x, mask)) * mask;

    auto latents = noise;
    for (auto it = flows_.rbegin(); it != flows_.rend(); ++it)
        latents = (*it)->reverse(latents.flip({1}), mask, x);
    latents = affine_->reverse(latents.flip({1}), mask);
    return latents.slice(1, 0, 1);
}

VitsDurationPredictorImpl::VitsDurationPredictorImpl(const VitsConfig& c) {
    const int64_t kernel = c.durationPredictorKernelSize;
    const int64_t filters = c.durationPredictorFilterChannels;
    auto norm = [&] {
        return torch::nn::LayerNorm(torch::nn::LayerNormOptions({filters}).eps(c.layerNormEps));
    };
    conv1_ = register_module("conv_1", vitsConv1d(c.hiddenSize, filters, kernel, kernel / 2));
    norm1_ = register_module("norm_1", norm());
    conv2_ = register_module("conv_2", vitsConv1d(filters, filters, kernel, kernel / 2));
    norm2_ = register_module("norm_2", norm());
    proj_ = register_module("proj", vitsConv1d(filters, 1, 1));
    if (c.speakerEmbeddingSize > 0)
        cond_ = register_module("cond", vitsConv1d(c.speakerEmbeddingSize, c.hiddenSize, 1));
}

torch::Tensor VitsDurationPredictorImpl::forward(torch::Tensor x, const torch::Tensor& mask,
                                                 const torch::Tensor& conditioning) {
    if (cond_ && conditioning.defined())
        x = x + cond_->forward(conditioning);
    x = channelNorm(norm1_, torch::relu(conv1_->forward(x * mask)));
    x = channelNorm(norm2_, torch::relu(conv2_->forward(x * mask)));
    return proj_->forward(x * mask) * mask;
}

}  // namespace sonara::models
