#include "models/tacotron2/tacotron2.h"

#include <algorithm>

#include "models/common/device.h"
#include "models/common/error.h"
#include "models/tacotron2/tacotron2_model.h"

namespace sonara::models {

struct Tacotron2::Impl {
    Tacotron2Config config;
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    // Module calls are not const in libtorch; inference does not mutate the module.
    mutable Tacotron2Net net{nullptr};
};

namespace {

FloatArray toArray(const torch::Tensor& t) {
    const auto c = t.to(torch::kCPU, torch::kFloat32).contiguous();
    return FloatArray(c.sizes().vec(),
                      std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel()));
}

}  // namespace

Tacotron2::Tacotron2(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Tacotron2 Tacotron2::load(const std::string& checkpointDir) {
    return load(checkpointDir, Options{});
}

Tacotron2 Tacotron2::load(const std::string& checkpointDir, const Options& options) {
    auto impl = std::make_shared<Impl>();
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    impl->net = loadTacotron2Net(checkpointDir);
    impl->config = impl->net->config();
    impl->net->setPrenetDropout(options.prenetDropout);
    impl->net->to(impl->device, impl->dtype);
    impl->net->eval();
    return Tacotron2(std::move(impl));
}

Tacotron2::Spectrogram Tacotron2::synthesize(const std::vector<std::vector<int64_t>>& tokens,
                                             uint64_t seed, const ProgressFn& progress) const {
    if (tokens.empty())
        throw Error("Tacotron2 needs at least one token sequence");
    size_t longest = 0;
    for (size_t row = 0; row < tokens.size(); ++row) {
        if (tokens[row].empty())
            throw Error("Tacotron2 token sequence " + std::to_string(row) + " is empty");
        for (int64_t id : tokens[row]) {
            if (id < 0 || id >= impl_->config.nSymbol) {
                throw Error("Tacotron2 token sequence " + std::to_string(row) + " holds symbol " +
                            std::to_string(id) + ", outside [0, " +
                            std::to_string(impl_->config.nSymbol) + ")");
            }
        }
        longest = std::max(longest, tokens[row].size());
    }
    const auto batch = static_cast<int64_t>(tokens.size());
    auto ids = torch::zeros({batch, static_cast<int64_t>(longest)}, torch::kInt64);
    auto lengths = torch::zeros({batch}, torch::kInt64);
    auto idAt = ids.accessor<int64_t, 2>();
    auto lengthAt = lengths.accessor<int64_t, 1>();
    for (int64_t row = 0; row < batch; ++row) {
        const auto& seq = tokens[static_cast<size_t>(row)];
        for (size_t i = 0; i < seq.size(); ++i)
            idAt[row][static_cast<int64_t>(i)] = seq[i];
        lengthAt[row] = static_cast<int64_t>(seq.size());
    }

    InferenceGuard guard;
    Tacotron2Outputs out;
    try {
        out = impl_->net->infer(ids.to(impl_->device), lengths, progress, seed);
    } catch (const c10::Error& e) {
        throw Error("Tacotron2 synthesis failed on " + deviceName(impl_->device) + ": " +
                    e.what_without_backtrace());
    }
    Spectrogram result;
    result.mel = toArray(out.melPostnet);
    result.alignments = toArray(out.alignments);
    const auto frames = out.lengths.to(torch::kCPU, torch::kInt64).contiguous();
    result.frames.assign(frames.data_ptr<int64_t>(), frames.data_ptr<int64_t>() + frames.numel());
    return result;
}

int Tacotron2::melBins() const {
    return static_cast<int>(impl_->config.nMels);
}
int Tacotron2::symbolCount() const {
    return static_cast<int>(impl_->config.nSymbol);
}
int Tacotron2::maxDecoderSteps() const {
    return static_cast<int>(impl_->config.decoderMaxStep);
}
int Tacotron2::sampleRate() const {
    return static_cast<int>(impl_->config.samplingRate);
}
std::string Tacotron2::device() const {
    return deviceName(impl_->device);
}
std::string Tacotron2::dtype() const {
    return dtypeName(impl_->dtype);
}

}  // namespace sonara::models
