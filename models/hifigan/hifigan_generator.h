#pragma once

// Internal to models/: the HiFi-GAN V1 generator as a torch module, reused by vocoders of other
// model folders (VITS's decoder is this generator with speaker conditioning).

#include <torch/torch.h>

#include <string>
#include <vector>

#include "models/common/progress.h"
#include "models/hifigan/hifigan_config.h"

namespace sonara::models {

// transformers' HifiGanResidualBlock: per dilation, leaky_relu -> dilated conv -> leaky_relu ->
// conv, plus the residual.
class HifiGanResidualBlockImpl : public torch::nn::Module {
public:
    HifiGanResidualBlockImpl(int64_t channels, int64_t kernelSize,
                             const std::vector<int64_t>& dilations, double leakyReluSlope);
    torch::Tensor forward(torch::Tensor x);

private:
    double slope_;
    std::vector<torch::nn::Conv1d> convs1_;
    std::vector<torch::nn::Conv1d> convs2_;
};
TORCH_MODULE(HifiGanResidualBlock);

struct HifiGanGeneratorOptions {
    HifiGanConfig config;
    // Channels of a global conditioning input added after conv_pre through a 1x1 conv named
    // "cond" (VITS speaker embeddings); 0 disables it.
    int64_t conditioningChannels = 0;
    bool postConvBias = true;        // VITS's conv_post has no bias
    bool spectrogramBuffers = true;  // SpeechT5HifiGan's "mean"/"scale" normalisation buffers
    // Features per input frame of a linear layer named "lin_pre" that maps them to
    // config.modelInDim before conv_pre (kNN-VC's vocoder of 1024-dim WavLM features); 0: none.
    int64_t inputProjectionDim = 0;
};

// Parameter names match transformers' SpeechT5HifiGan: conv_pre, upsampler.N, resblocks.N.convs1.M,
// resblocks.N.convs2.M, conv_post, mean, scale (and cond when conditioned, lin_pre when projected).
class HifiGanGeneratorImpl : public torch::nn::Module {
public:
    explicit HifiGanGeneratorImpl(const HifiGanGeneratorOptions& options);

    // SpeechT5HifiGan.forward: spectrogram [batch, frames, bins] -> waveform [batch, samples], or
    // [frames, bins] -> [samples]; applies normalize_before.
    torch::Tensor forward(torch::Tensor spectrogram, const ProgressFn& progress = nullptr);

    // The generator body on channels-first features: [batch, channels, frames] (and optional
    // conditioning [batch, conditioningChannels, 1]) -> [batch, 1, samples] in [-1, 1].
    torch::Tensor decode(torch::Tensor features, const torch::Tensor& conditioning = {},
                         const ProgressFn& progress = nullptr);

    // Frame features [batch, frames, inputProjectionDim] -> waveform [batch, samples] through
    // lin_pre, as kNN-VC's Generator.forward; needs inputProjectionDim.
    torch::Tensor forwardFeatures(torch::Tensor features, const ProgressFn& progress = nullptr);

    const HifiGanGeneratorOptions& options() const { return options_; }

private:
    HifiGanGeneratorOptions options_;
    torch::nn::Linear linPre_{nullptr};
    torch::nn::Conv1d convPre_{nullptr};
    torch::nn::Conv1d cond_{nullptr};
    std::vector<torch::nn::ConvTranspose1d> upsampler_;
    std::vector<HifiGanResidualBlock> resblocks_;
    torch::nn::Conv1d convPost_{nullptr};
    torch::Tensor mean_;
    torch::Tensor scale_;
};
TORCH_MODULE(HifiGanGenerator);

// Builds the generator from a checkpoint directory (config.json + safetensors) in float32 on CPU,
// with SpeechT5HifiGan's tensor names; the caller moves it to its device and dtype.
HifiGanGenerator loadHifiGanGenerator(const std::string& checkpointDir);

}  // namespace sonara::models
