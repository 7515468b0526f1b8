#include "models/wavlm/wavlm.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "models/common/config.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/wavlm/wavlm_model.h"

namespace sonara::models {

struct WavLM::Impl {
    WavLMConfig config;
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    bool normalize = false;
    int sampleRate = 16000;
    int64_t windowFrames = 0;
    int64_t contextFrames = 0;
    // Module calls are not const in libtorch; inference does not mutate the module.
    mutable WavLMModel model{nullptr};

    // [states, batch, frames, hidden] in float32 on the CPU.
    torch::Tensor run(const FloatArray& audio16k, int64_t layer, bool keepAll,
                      const ProgressFn& progress) const;
};

WavLM::WavLM(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

WavLM WavLM::load(const std::string& checkpointDir) {
    return load(checkpointDir, Options{});
}

WavLM WavLM::load(const std::string& checkpointDir, const Options& options) {
    namespace fs = std::filesystem;
    auto impl = std::make_shared<Impl>();
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);

    const auto dir = fs::is_directory(checkpointDir) ? fs::path(checkpointDir)
                                                     : fs::path(checkpointDir).parent_path();
    if (fs::exists(dir / "preprocessor_config.json")) {
        const auto pre = Config::load((dir / "preprocessor_config.json").string());
        impl->normalize = pre.getBool("do_normalize", false);
        impl->sampleRate = static_cast<int>(pre.getInt("sampling_rate", 16000));
    }
    if (options.normalize)
        impl->normalize = *options.normalize;
    impl->model = loadWavLMModel(checkpointDir);
    impl->config = impl->model->config();

    const double framesPerSecond =
        static_cast<double>(impl->sampleRate) / static_cast<double>(impl->config.frameStride());
    impl->windowFrames = std::llround(options.windowSeconds * framesPerSecond);
    impl->contextFrames = std::llround(options.contextSeconds * framesPerSecond);
    if (!(options.contextSeconds >= 0.0) || impl->windowFrames <= 2 * impl->contextFrames) {
        throw Error("WavLM windowSeconds (" + std::to_string(options.windowSeconds) +
                    ") must exceed twice contextSeconds (" +
                    std::to_string(options.contextSeconds) +
                    "), which must not be negative, by at least one frame (" +
                    std::to_string(1.0 / framesPerSecond) + " s)");
    }

    impl->model->to(impl->device, impl->dtype);
    impl->model->eval();
    return WavLM(std::move(impl));
}

torch::Tensor WavLM::Impl::run(const FloatArray& audio16k, int64_t layer, bool keepAll,
                               const ProgressFn& progress) const {
    if ((audio16k.rank() != 1 && audio16k.rank() != 2) || !audio16k.consistent()) {
        throw Error(
            "WavLM audio must have shape [samples] or [batch, samples] with matching data; "
            "found " +
            audio16k.shapeString() + " holding " + std::to_string(audio16k.data.size()) +
            " values");
    }
    const int64_t layers = config.numLayers();
    if (layer < 0 || layer > layers) {
        throw Error("WavLM layer " + std::to_string(layer) +
                    " is out of range: this checkpoint has " + std::to_string(layers) +
                    " layers, so hidden states 0.." + std::to_string(layers));
    }
    const int64_t samples = audio16k.dim(-1);
    const int64_t frames = config.framesForSamples(samples);
    if (frames < 1) {
        throw Error("WavLM audio needs at least " + std::to_string(config.samplesForFrames(1)) +
                    " samples (one frame); found " + std::to_string(samples));
    }

    InferenceGuard guard;
    try {
        auto input = torch::from_blob(const_cast<float*>(audio16k.data.data()), audio16k.shape,
                                      torch::kFloat32)
                         .reshape({-1, samples});
        if (normalize) {
            const auto mean = input.mean(-1, true);
            const auto var = input.var(-1, false, true);
            input = (input - mean) / torch::sqrt(var + 1e-7);
        }
        input = input.to(device, dtype);

        // One pass when the audio fits a window; else windows that each keep their middle.
        const bool single = frames <= windowFrames;
        const int64_t span = single ? frames : windowFrames;
        const int64_t keep = single ? frames : windowFrames - 2 * contextFrames;
        const int64_t windows = (frames + keep - 1) / keep;
        const int64_t stride = config.frameStride();
        auto out = torch::empty(
            {keepAll ? layer + 1 : 1, input.size(0), frames, config.hiddenSize()}, torch::kFloat32);
        for (int64_t w = 0; w < windows; ++w) {
            const int64_t begin = w * keep;
            const int64_t end = std::min(frames, begin + keep);
            const int64_t spanBegin = std::clamp<int64_t>(begin - contextFrames, 0, frames - span);
            // Starting on a frame boundary makes the window's frames the signal's frames.
            const auto chunk = input.narrow(1, spanBegin * stride, config.samplesForFrames(span));
            const auto afterLayer = [&](size_t i, size_t count) {
                reportProgress(progress,
                               (double(w) + double(i + 1) / double(count)) / double(windows),
                               "extracting features");
            };
            const auto states =
                model->forward(chunk, layer, keepAll,
                               progress ? std::function<void(size_t, size_t)>(afterLayer)
                                        : std::function<void(size_t, size_t)>());
            for (size_t s = 0; s < states.size(); ++s) {
                out[static_cast<int64_t>(s)]
                    .narrow(1, begin, end - begin)
                    .copy_(states[s].narrow(1, begin - spanBegin, end - begin));
            }
        }
        if (layer == 0)
            reportProgress(progress, 1.0, "extracting features");
        return out;
    } catch (const c10::Error& e) {
        throw Error("WavLM inference failed on " + deviceName(device) + ": " +
                    e.what_without_backtrace());
    }
}

namespace {

FloatArray toArray(const torch::Tensor& t) {
    const auto c = t.contiguous();
    FloatArray out;
    out.shape = c.sizes().vec();
    out.data.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
    return out;
}

}  // namespace

FloatArray WavLM::hiddenStates(const FloatArray& audio16k, int upToLayer,
                               const ProgressFn& progress) const {
    const int64_t layer = upToLayer < 0 ? impl_->config.numLayers() : upToLayer;
    auto states = impl_->run(audio16k, layer, true, progress);
    return toArray(audio16k.rank() == 1 ? states.select(1, 0) : states);
}

FloatArray WavLM::layerOutput(const FloatArray& audio16k, int layer,
                              const ProgressFn& progress) const {
    auto state = impl_->run(audio16k, layer, false, progress)[0];
    return toArray(audio16k.rank() == 1 ? state[0] : state);
}

int WavLM::numLayers() const {
    return static_cast<int>(impl_->config.numLayers());
}
int64_t WavLM::hiddenSize() const {
    return impl_->config.hiddenSize();
}
int WavLM::sampleRate() const {
    return impl_->sampleRate;
}
int64_t WavLM::frameStride() const {
    return impl_->config.frameStride();
}
double WavLM::frameRate() const {
    return static_cast<double>(impl_->sampleRate) / static_cast<double>(frameStride());
}
int64_t WavLM::minimumSamples() const {
    return impl_->config.samplesForFrames(1);
}
int64_t WavLM::frameCount(int64_t samples) const {
    return impl_->config.framesForSamples(samples);
}
std::string WavLM::device() const {
    return deviceName(impl_->device);
}
std::string WavLM::dtype() const {
    return dtypeName(impl_->dtype);
}

}  // namespace sonara::models
