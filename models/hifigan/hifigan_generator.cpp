#include "models/hifigan/hifigan_generator.h"

#include <filesystem>
#include <string>

#include "models/common/config.h"
#include "models/common/safetensors.h"
#include "models/common/weights.h"

namespace sonara::models {

namespace {

int64_t samePadding(int64_t kernelSize, int64_t dilation) {
    return (kernelSize * dilation - dilation) / 2;
}

torch::nn::Conv1d conv1d(int64_t in, int64_t out, int64_t kernel, int64_t dilation, int64_t padding,
                         bool bias = true) {
    return torch::nn::Conv1d(torch::nn::Conv1dOptions(in, out, kernel)
                                 .stride(1)
                                 .dilation(dilation)
                                 .padding(padding)
                                 .bias(bias));
}

}  // namespace

HifiGanResidualBlockImpl::HifiGanResidualBlockImpl(int64_t channels, int64_t kernelSize,
                                                   const std::vector<int64_t>& dilations,
                                                   double leakyReluSlope)
    : slope_(leakyReluSlope) {
    torch::nn::ModuleList convs1;
    torch::nn::ModuleList convs2;
    for (int64_t d : dilations) {
        convs1_.push_back(conv1d(channels, channels, kernelSize, d, samePadding(kernelSize, d)));
        convs2_.push_back(conv1d(channels, channels, kernelSize, 1, samePadding(kernelSize, 1)));
        convs1->push_back(convs1_.back());
        convs2->push_back(convs2_.back());
    }
    register_module("convs1", convs1);
    register_module("convs2", convs2);
}

torch::Tensor HifiGanResidualBlockImpl::forward(torch::Tensor x) {
    for (size_t i = 0; i < convs1_.size(); ++i) {
        auto h = convs1_[i]->forward(torch::leaky_relu(x, slope_));
        h = convs2_[i]->forward(torch::leaky_relu(h, slope_));
        x = h + x;
    }
    return x;
}

HifiGanGeneratorImpl::HifiGanGeneratorImpl(const HifiGanGeneratorOptions& options)
    : options_(options) {
    const HifiGanConfig& c = options_.config;
    c.validate();
    if (options_.inputProjectionDim > 0) {
        linPre_ = register_module("lin_pre",
                                  torch::nn::Linear(options_.inputProjectionDim, c.modelInDim));
    }
    convPre_ = register_module("conv_pre", conv1d(c.modelInDim, c.upsampleInitialChannel, 7, 1, 3));
    if (options_.conditioningChannels > 0) {
        cond_ = register_module(
            "cond", conv1d(options_.conditioningChannels, c.upsampleInitialChannel, 1, 1, 0));
    }

    torch::nn::ModuleList upsampler;
    for (size_t i = 0; i < c.upsampleRates.size(); ++i) {
        const int64_t rate = c.upsampleRates[i];
        const int64_t kernel = c.upsampleKernelSizes[i];
        upsampler_.emplace_back(
            torch::nn::ConvTranspose1dOptions(c.upsampleInitialChannel >> i,
                                              c.upsampleInitialChannel >> (i + 1), kernel)
                .stride(rate)
                .padding((kernel - rate) / 2));
        upsampler->push_back(upsampler_.back());
    }
    register_module("upsampler", upsampler);

    torch::nn::ModuleList resblocks;
    int64_t channels = c.upsampleInitialChannel;
    for (size_t i = 0; i < c.upsampleRates.size(); ++i) {
        channels = c.upsampleInitialChannel >> (i + 1);
        for (size_t k = 0; k < c.resblockKernelSizes.size(); ++k) {
            resblocks_.emplace_back(channels, c.resblockKernelSizes[k], c.resblockDilationSizes[k],
                                    c.leakyReluSlope);
            resblocks->push_back(resblocks_.back());
        }
    }
    register_module("resblocks", resblocks);

    convPost_ = register_module("conv_post", conv1d(channels, 1, 7, 1, 3, options_.postConvBias));
    if (options_.spectrogramBuffers) {
        mean_ = register_buffer("mean", torch::zeros({c.modelInDim}));
        scale_ = register_buffer("scale", torch::ones({c.modelInDim}));
    }
}

torch::Tensor HifiGanGeneratorImpl::decode(torch::Tensor x, const torch::Tensor& conditioning,
                                           const ProgressFn& progress) {
    const HifiGanConfig& c = options_.config;
    x = convPre_->forward(x);
    if (cond_ && conditioning.defined())
        x = x + cond_->forward(conditioning);

    const size_t kernels = c.resblockKernelSizes.size();
    const size_t stages = upsampler_.size();
    for (size_t i = 0; i < stages; ++i) {
        reportProgress(progress, static_cast<double>(i) / static_cast<double>(stages),
                       "vocoder upsampling");
        x = upsampler_[i]->forward(torch::leaky_relu(x, c.leakyReluSlope));
        auto sum = resblocks_[i * kernels]->forward(x);
        for (size_t k = 1; k < kernels; ++k)
            sum = sum + resblocks_[i * kernels + k]->forward(x);
        x = sum / static_cast<double>(kernels);
    }
    // The reference applies leaky_relu with torch's default slope (0.01) here, not the config's.
    x = convPost_->forward(torch::leaky_relu(x, 0.01));
    x = torch::tanh(x);
    reportProgress(progress, 1.0, "vocoder upsampling");
    return x;
}

torch::Tensor HifiGanGeneratorImpl::forward(torch::Tensor spectrogram, const ProgressFn& progress) {
    if (options_.config.normalizeBefore && mean_.defined()) {
        spectrogram = (spectrogram - mean_) / scale_;
    }
    const bool batched = spectrogram.dim() == 3;
    if (!batched)
        spectrogram = spectrogram.unsqueeze(0);
    auto wave = decode(spectrogram.transpose(1, 2), {}, progress);
    return batched ? wave.squeeze(1) : wave.squeeze(0).transpose(0, 1).reshape({-1});
}

torch::Tensor HifiGanGeneratorImpl::forwardFeatures(torch::Tensor features,
                                                    const ProgressFn& progress) {
    TORCH_CHECK(linPre_, "this HiFi-GAN generator has no input projection (lin_pre)");
    auto wave = decode(linPre_->forward(features).transpose(1, 2), {}, progress);
    return wave.squeeze(1);
}

HifiGanGenerator loadHifiGanGenerator(const std::string& checkpointDir) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::is_directory(checkpointDir) ? fs::path(checkpointDir)
                                                         : fs::path(checkpointDir).parent_path();
    const auto checkpoint = Checkpoint::open(checkpointDir);
    // jik876/hifi-gan's generator files ({"generator": state_dict}) name the upsampling convs
    // ups.*; they may come without a config, as the V1 LJSpeech generators are used.
    const bool authorsLayout = checkpoint.contains("ups.0.weight_g") ||
                               checkpoint.contains("ups.0.weight") ||
                               checkpoint.contains("ups.0.parametrizations.weight.original0");
    HifiGanGeneratorOptions options;
    WeightMapping mapping;
    if (authorsLayout) {
        options.config = HifiGanConfig::v1();
        if (fs::exists(dir / "config.json")) {
            const Config config = Config::load((dir / "config.json").string());
            options.config = HifiGanConfig::isAuthorsConfig(config)
                                 ? HifiGanConfig::fromAuthorsConfig(config)
                                 : HifiGanConfig::fromConfig(config);
        }
        options.config.normalizeBefore = false;
        options.spectrogramBuffers = false;
        mapping.modelName = "HiFi-GAN vocoder (jik876/hifi-gan layout)";
        mapping.renames = {{"ups.", "upsampler."}};
    } else {
        options.config = HifiGanConfig::fromConfig(Config::load(checkpointDir));
        mapping.modelName = "HiFi-GAN vocoder (SpeechT5HifiGan layout)";
    }
    HifiGanGenerator generator(options);
    // Without normalize_before the buffers are unused, and many HiFi-GAN exports omit them.
    if (!options.config.normalizeBefore)
        mapping.optional = {"mean", "scale"};
    loadWeights(*generator, checkpoint, mapping);
    return generator;
}

}  // namespace sonara::models
