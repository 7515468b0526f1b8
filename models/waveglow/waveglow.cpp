#include "models/waveglow/waveglow.h"

#include "models/common/device.h"
#include "models/common/error.h"
#include "models/waveglow/waveglow_model.h"

namespace sonara::models {

struct WaveGlow::Impl {
    WaveGlowConfig config;
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    // Module calls are not const in libtorch; inference does not mutate the module.
    mutable WaveGlowNet net{nullptr};
};

namespace {

torch::Tensor view(const FloatArray& array) {
    // Only read, so viewing the caller's const data is safe.
    return torch::from_blob(const_cast<float*>(array.data.data()), array.shape, torch::kFloat32);
}

}  // namespace

WaveGlow::WaveGlow(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

WaveGlow WaveGlow::load(const std::string& checkpoint) {
    return load(checkpoint, Options{});
}

WaveGlow WaveGlow::load(const std::string& checkpoint, const Options& options) {
    auto impl = std::make_shared<Impl>();
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    impl->net = loadWaveGlowNet(checkpoint);
    impl->config = impl->net->config();
    impl->net->to(impl->device, impl->dtype);
    impl->net->eval();
    impl->net->prepareInverse();
    return WaveGlow(std::move(impl));
}

std::vector<std::vector<int64_t>> WaveGlow::noiseShapes(int64_t frames) const {
    const auto& c = impl_->config;
    const int64_t groups = frames * c.hopLength / c.nGroup;
    std::vector<std::vector<int64_t>> shapes = {{c.remainingChannels(), groups}};
    for (int64_t i = 0; i < c.earlyOutputCount(); ++i)
        shapes.push_back({c.nEarlySize, groups});
    return shapes;
}

FloatArray WaveGlow::infer(const FloatArray& mel, double sigma,
                           const std::vector<FloatArray>& noise, const ProgressFn& progress) const {
    const int64_t bins = impl_->config.nMelChannels;
    if ((mel.rank() != 2 && mel.rank() != 3) || mel.dim(-2) != bins || mel.dim(-1) == 0 ||
        mel.numel() == 0) {
        throw Error("WaveGlow input mel spectrogram must have shape [" + std::to_string(bins) +
                    ", frames] or [batch, " + std::to_string(bins) + ", frames], found " +
                    mel.shapeString());
    }
    if (!mel.consistent()) {
        throw Error("WaveGlow input mel spectrogram of shape " + mel.shapeString() + " holds " +
                    std::to_string(mel.data.size()) + " values instead of " +
                    std::to_string(mel.numel()));
    }
    const bool batched = mel.rank() == 3;
    for (size_t i = 0; i < noise.size(); ++i) {
        if (!noise[i].consistent() || noise[i].rank() != mel.rank()) {
            throw Error("WaveGlow noise " + std::to_string(i) + " of shape " +
                        noise[i].shapeString() + " must have " + std::to_string(mel.rank()) +
                        " dimensions like the mel spectrogram and hold as many values");
        }
    }

    InferenceGuard guard;
    torch::Tensor audio;
    try {
        auto input = view(mel).to(impl_->device, impl_->dtype);
        std::vector<torch::Tensor> draws;
        for (const auto& n : noise) {
            auto t = view(n).to(impl_->device, impl_->dtype);
            draws.push_back(batched ? t : t.unsqueeze(0));
        }
        audio = impl_->net->infer(batched ? input : input.unsqueeze(0), sigma, draws, progress)
                    .to(torch::kCPU, torch::kFloat32)
                    .contiguous();
    } catch (const c10::Error& e) {
        throw Error("WaveGlow inference failed on " + deviceName(impl_->device) + ": " +
                    e.what_without_backtrace());
    }
    if (!batched)
        audio = audio.squeeze(0);
    FloatArray out;
    out.shape = audio.sizes().vec();
    out.data.assign(audio.data_ptr<float>(), audio.data_ptr<float>() + audio.numel());
    return out;
}

int WaveGlow::sampleRate() const {
    return static_cast<int>(impl_->config.samplingRate);
}
int WaveGlow::melBins() const {
    return static_cast<int>(impl_->config.nMelChannels);
}
int WaveGlow::hopLength() const {
    return static_cast<int>(impl_->config.hopLength);
}
std::string WaveGlow::device() const {
    return deviceName(impl_->device);
}
std::string WaveGlow::dtype() const {
    return dtypeName(impl_->dtype);
}

}  // namespace sonara::models
