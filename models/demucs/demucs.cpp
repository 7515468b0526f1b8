#include "models/demucs/demucs.h"

#include <cmath>

#include "models/common/device.h"
#include "models/common/error.h"
#include "models/demucs/demucs_apply.h"
#include "models/demucs/hdemucs_model.h"

namespace sonara::models {

struct HDemucs::Impl {
    HDemucsConfig config;
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    // Module calls are not const in libtorch; inference does not mutate the module.
    mutable HDemucsModel model{nullptr};
};

HDemucs::HDemucs(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

HDemucs HDemucs::load(const std::string& checkpointDir) {
    return load(checkpointDir, Options{});
}

HDemucs HDemucs::load(const std::string& checkpointDir, const Options& options) {
    auto impl = std::make_shared<Impl>();
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    impl->model = loadHDemucsModel(checkpointDir);
    impl->config = impl->model->config();
    impl->model->to(impl->device, impl->dtype);
    impl->model->eval();
    return HDemucs(std::move(impl));
}

FloatArray HDemucs::separate(const FloatArray& mix, const ProgressFn& progress) const {
    return separate(mix, SeparateOptions{}, progress);
}

FloatArray HDemucs::separate(const FloatArray& mix, const SeparateOptions& options,
                             const ProgressFn& progress) const {
    const auto& c = impl_->config;
    const int64_t minimum = minimumSamples();
    if (mix.rank() != 2 || mix.dim(0) != c.audioChannels) {
        throw Error("HDemucs separates a mix of shape [" + std::to_string(c.audioChannels) +
                    ", samples] (" + std::to_string(c.audioChannels) + " channels); found " +
                    mix.shapeString());
    }
    if (!mix.consistent()) {
        throw Error("HDemucs mix of shape " + mix.shapeString() + " holds " +
                    std::to_string(mix.data.size()) + " values instead of " +
                    std::to_string(mix.numel()));
    }
    if (mix.dim(1) < minimum) {
        throw Error("HDemucs needs at least " + std::to_string(minimum) + " samples (one " +
                    "STFT hop at " + std::to_string(c.sampleRate) + " Hz); the mix has " +
                    std::to_string(mix.dim(1)));
    }
    const auto segmentLength =
        static_cast<int64_t>(static_cast<double>(c.sampleRate) * options.segmentSeconds);
    if (!(options.segmentSeconds > 0.0) || segmentLength < minimum) {
        throw Error("HDemucs segments must be at least " + std::to_string(minimum) +
                    " samples long; segmentSeconds " + std::to_string(options.segmentSeconds) +
                    " gives " + std::to_string(segmentLength));
    }
    SegmentedOptions split;
    split.segmentLength = segmentLength;
    split.overlap = options.overlap;
    split.shifts = options.shifts;
    split.maxShift = static_cast<int64_t>(0.5 * static_cast<double>(c.sampleRate));
    split.seed = options.shiftSeed;
    split.batch = options.batch;

    InferenceGuard guard;
    torch::Tensor stems;
    try {
        // The network never writes to its input, so viewing the caller's const data is safe.
        auto input =
            torch::from_blob(const_cast<float*>(mix.data.data()), mix.shape, torch::kFloat32);
        // As demucs' separate does: the network sees the mix standardised by its mono
        // downmix's statistics, and the stems are scaled back.
        const auto mono = input.mean(0);
        const double mean = mono.mean().item<double>();
        double scale = mono.std().item<double>();
        if (!(scale > 0.0))
            scale = 1.0;  // digital silence: demucs would divide by zero
        const auto normalised = (input - mean) / scale;
        auto& model = impl_->model;
        const auto device = impl_->device;
        const auto dtype = impl_->dtype;
        stems = applySegmented(
            [&model, device, dtype](const torch::Tensor& segments) {
                return model->forward(segments.to(device, dtype));
            },
            normalised, split, progress);
        stems = (stems * scale + mean).contiguous();
    } catch (const c10::Error& e) {
        throw Error("HDemucs separation failed on " + deviceName(impl_->device) + ": " +
                    e.what_without_backtrace());
    }
    FloatArray out;
    out.shape = stems.sizes().vec();
    out.data.assign(stems.data_ptr<float>(), stems.data_ptr<float>() + stems.numel());
    return out;
}

const std::vector<std::string>& HDemucs::sources() const {
    return impl_->config.sources;
}
int HDemucs::sampleRate() const {
    return static_cast<int>(impl_->config.sampleRate);
}
int HDemucs::audioChannels() const {
    return static_cast<int>(impl_->config.audioChannels);
}
int64_t HDemucs::minimumSamples() const {
    return impl_->config.hopLength();
}
std::string HDemucs::device() const {
    return deviceName(impl_->device);
}
std::string HDemucs::dtype() const {
    return dtypeName(impl_->dtype);
}

}  // namespace sonara::models
