#include "models/waveglow/waveglow_model.h"

#include <filesystem>
#include <optional>

#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/torch_archive.h"
#include "models/common/weights.h"

namespace sonara::models {

namespace {

torch::nn::Conv1d conv1d(int64_t in, int64_t out, int64_t kernel = 1, int64_t dilation = 1,
                         bool bias = true) {
    return torch::nn::Conv1d(torch::nn::Conv1dOptions(in, out, kernel)
                                 .dilation(dilation)
                                 .padding((kernel * dilation - dilation) / 2)
                                 .bias(bias));
}

}  // namespace

WaveGlowWNImpl::WaveGlowWNImpl(int64_t inChannels, int64_t condChannels,
                               const WaveGlowConfig& config)
    : channels_(config.wnChannels) {
    start_ = register_module("start", conv1d(inChannels, channels_));
    end_ = register_module("end", conv1d(channels_, 2 * inChannels));
    torch::nn::ModuleList in, cond, resSkip;
    for (int64_t i = 0; i < config.wnLayers; ++i) {
        inLayers_.push_back(conv1d(channels_, 2 * channels_, config.wnKernelSize, int64_t{1} << i));
        condLayers_.push_back(conv1d(condChannels, 2 * channels_));
        // The last layer feeds only the skip sum, so it has no residual half.
        const bool last = i == config.wnLayers - 1;
        resSkipLayers_.push_back(conv1d(channels_, last ? channels_ : 2 * channels_));
        in->push_back(inLayers_.back());
        cond->push_back(condLayers_.back());
        resSkip->push_back(resSkipLayers_.back());
    }
    register_module("in_layers", in);
    register_module("cond_layers", cond);
    register_module("res_skip_layers", resSkip);
}

torch::Tensor WaveGlowWNImpl::forward(const torch::Tensor& audio, const torch::Tensor& spect) {
    auto x = start_->forward(audio);
    torch::Tensor output;
    const size_t layers = inLayers_.size();
    for (size_t i = 0; i < layers; ++i) {
        const auto in = inLayers_[i]->forward(x) + condLayers_[i]->forward(spect);
        const auto acts = torch::tanh(in.slice(1, 0, channels_)) *
                          torch::sigmoid(in.slice(1, channels_, 2 * channels_));
        auto resSkip = resSkipLayers_[i]->forward(acts);
        torch::Tensor skip = resSkip;
        if (i + 1 < layers) {
            x = resSkip.slice(1, 0, channels_) + x;
            skip = resSkip.slice(1, channels_, 2 * channels_);
        }
        output = output.defined() ? skip + output : skip;
    }
    return end_->forward(output);
}

WaveGlowNetImpl::WaveGlowNetImpl(const WaveGlowConfig& config) : config_(config) {
    config_.validate();
    const int64_t mel = config_.nMelChannels;
    upsample_ =
        register_module("upsample", torch::nn::ConvTranspose1d(torch::nn::ConvTranspose1dOptions(
                                                                   mel, mel, config_.upsampleKernel)
                                                                   .stride(config_.hopLength)));
    torch::nn::ModuleList wn, convinv;
    for (int64_t k = 0; k < config_.nFlows; ++k) {
        const int64_t channels = config_.channelsAt(k);
        wn_.emplace_back(channels / 2, mel * config_.nGroup, config_);
        // The reference wraps each conv in an Invertible1x1Conv module, hence "convinv.K.conv".
        auto holder = std::make_shared<torch::nn::Module>();
        convinv_.push_back(
            holder->register_module("conv", conv1d(channels, channels, 1, 1, false)));
        wn->push_back(wn_.back());
        convinv->push_back(holder);
    }
    register_module("WN", wn);
    register_module("convinv", convinv);
}

void WaveGlowNetImpl::prepareInverse() {
    torch::NoGradGuard noGrad;
    inverse_.clear();
    for (const auto& conv : convinv_) {
        const auto& w = conv->weight;
        inverse_.push_back(
            torch::inverse(w.squeeze(2).to(torch::kFloat32)).to(w.scalar_type()).unsqueeze(2));
    }
}

torch::Tensor WaveGlowNetImpl::infer(const torch::Tensor& mel, double sigma,
                                     const std::vector<torch::Tensor>& noise,
                                     const ProgressFn& progress) {
    if (inverse_.size() != convinv_.size())
        throw Error("WaveGlow: prepareInverse() must run before infer()");
    const int64_t batch = mel.size(0);
    const int64_t group = config_.nGroup;
    auto spect = upsample_->forward(mel);
    // The transposed conv overhangs the frames by kernel - stride samples; the reference cuts them.
    spect = spect.slice(2, 0, spect.size(2) - (config_.upsampleKernel - config_.hopLength));
    // Squeeze to groups: [batch, mel, samples] -> [batch, mel * group, samples / group], each
    // channel one (mel bin, position in group) pair, as unfold + permute + view orders them.
    spect = spect.unfold(2, group, group).permute({0, 2, 1, 3}).contiguous();
    spect = spect.view({batch, spect.size(1), -1}).permute({0, 2, 1});
    const int64_t groups = spect.size(2);

    size_t nextNoise = 0;
    auto draw = [&](int64_t channels) {
        const std::vector<int64_t> shape = {batch, channels, groups};
        if (noise.empty())
            return torch::randn(shape, spect.options());
        if (nextNoise >= noise.size() || noise[nextNoise].sizes() != c10::IntArrayRef(shape)) {
            throw Error("WaveGlow noise " + std::to_string(nextNoise) + " must have shape " +
                        shapeString(shape) +
                        (nextNoise < noise.size()
                             ? ", found " + shapeString(noise[nextNoise].sizes())
                             : ", but only " + std::to_string(noise.size()) + " were given"));
        }
        return noise[nextNoise++].to(spect.options());
    };

    auto audio = sigma * draw(config_.remainingChannels());
    for (int64_t k = config_.nFlows - 1; k >= 0; --k) {
        reportProgress(
            progress,
            static_cast<double>(config_.nFlows - 1 - k) / static_cast<double>(config_.nFlows),
            "WaveGlow flows");
        const int64_t half = audio.size(1) / 2;
        const auto audio0 = audio.slice(1, 0, half);
        const auto out = wn_[static_cast<size_t>(k)]->forward(audio0, spect);
        const auto audio1 =
            (audio.slice(1, half) - out.slice(1, 0, half)) / torch::exp(out.slice(1, half));
        audio = torch::conv1d(torch::cat({audio0, audio1}, 1), inverse_[static_cast<size_t>(k)]);
        if (config_.earlyOutputAfter(k))
            audio = torch::cat({sigma * draw(config_.nEarlySize), audio}, 1);
    }
    if (!noise.empty() && nextNoise != noise.size()) {
        throw Error("WaveGlow takes " + std::to_string(nextNoise) + " noise tensors, " +
                    std::to_string(noise.size()) + " were given");
    }
    reportProgress(progress, 1.0, "WaveGlow flows");
    return audio.permute({0, 2, 1}).contiguous().view({batch, -1});
}

WaveGlowNet loadWaveGlowNet(const std::string& checkpointPath) {
    namespace fs = std::filesystem;
    const fs::path path(checkpointPath);
    const bool directory = fs::is_directory(path);
    const fs::path configFile = (directory ? path : path.parent_path()) / "config.json";
    std::optional<WaveGlowConfig> config;
    if (fs::exists(configFile))
        config = WaveGlowConfig::fromConfig(Config::load(configFile.string()));
    Checkpoint checkpoint;
    if (!directory && TorchArchive::isTorchFile(checkpointPath)) {
        // NVIDIA's training and torch.hub checkpoints carry the constructor arguments as
        // {"config": {...}} beside the state dict.
        const auto archive = TorchArchive::open(checkpointPath);
        const auto values = archive.values();
        if (!config && values.has("config"))
            config = WaveGlowConfig::fromConfig(values.child("config"));
        checkpoint = archive.checkpoint();
    } else {
        checkpoint = Checkpoint::open(checkpointPath);
    }
    WaveGlowNet net(config ? *config : WaveGlowConfig::fromCheckpoint(checkpoint));
    WeightMapping mapping;
    mapping.modelName = "WaveGlow (NVIDIA layout)";
    loadWeights(*net, checkpoint, mapping);
    return net;
}

}  // namespace sonara::models
