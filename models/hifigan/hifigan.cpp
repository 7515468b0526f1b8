#include "models/hifigan/hifigan.h"

#include "models/common/device.h"
#include "models/common/error.h"
#include "models/hifigan/hifigan_generator.h"

namespace sonara::models {

struct HifiGan::Impl {
    HifiGanConfig config;
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    // Module calls are not const in libtorch; inference does not mutate the module.
    mutable HifiGanGenerator generator{nullptr};
};

HifiGan::HifiGan(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

HifiGan HifiGan::load(const std::string& checkpointDir) {
    return load(checkpointDir, Options{});
}

HifiGan HifiGan::load(const std::string& checkpointDir, const Options& options) {
    auto impl = std::make_shared<Impl>();
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    impl->generator = loadHifiGanGenerator(checkpointDir);
    impl->config = impl->generator->options().config;
    impl->generator->to(impl->device, impl->dtype);
    impl->generator->eval();
    return HifiGan(std::move(impl));
}

FloatArray HifiGan::generate(const FloatArray& spectrogram, const ProgressFn& progress) const {
    const int64_t bins = impl_->config.modelInDim;
    const auto expected =
        "[frames, " + std::to_string(bins) + "] or [batch, frames, " + std::to_string(bins) + "]";
    if ((spectrogram.rank() != 2 && spectrogram.rank() != 3) || spectrogram.dim(-1) != bins ||
        spectrogram.numel() == 0) {
        throw Error("HiFi-GAN input spectrogram must have shape " + expected + ", found " +
                    spectrogram.shapeString());
    }
    if (!spectrogram.consistent()) {
        throw Error("HiFi-GAN input spectrogram of shape " + spectrogram.shapeString() + " holds " +
                    std::to_string(spectrogram.data.size()) + " values instead of " +
                    std::to_string(spectrogram.numel()));
    }

    InferenceGuard guard;
    torch::Tensor wave;
    try {
        // The generator never writes to its input, so viewing the caller's const data is safe.
        auto input = torch::from_blob(const_cast<float*>(spectrogram.data.data()),
                                      spectrogram.shape, torch::kFloat32)
                         .to(impl_->device, impl_->dtype);
        wave = impl_->generator->forward(input, progress)
                   .to(torch::kCPU, torch::kFloat32)
                   .contiguous();
    } catch (const c10::Error& e) {
        throw Error("HiFi-GAN generation failed on " + deviceName(impl_->device) + ": " +
                    e.what_without_backtrace());
    }
    FloatArray out;
    out.shape = wave.sizes().vec();
    out.data.assign(wave.data_ptr<float>(), wave.data_ptr<float>() + wave.numel());
    return out;
}

int HifiGan::sampleRate() const {
    return static_cast<int>(impl_->config.samplingRate);
}
int HifiGan::melBins() const {
    return static_cast<int>(impl_->config.modelInDim);
}
int HifiGan::hopLength() const {
    return static_cast<int>(impl_->config.hopLength());
}
std::string HifiGan::device() const {
    return deviceName(impl_->device);
}
std::string HifiGan::dtype() const {
    return dtypeName(impl_->dtype);
}

}  // namespace sonara::models
