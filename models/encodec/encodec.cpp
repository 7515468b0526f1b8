#include "models/encodec/encodec.h"

#include "models/common/config.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/encodec/encodec_model.h"

namespace sonara::models {

struct Encodec::Impl {
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    // Module calls are not const in libtorch; inference does not mutate the module.
    mutable EncodecModel model{nullptr};
};

namespace {

// The 48 kHz model encodes overlapping normalised chunks and decodes them by overlap-add; this
// port runs the one-chunk, unnormalised models (24 kHz, MusicGen's 32 kHz).
void requireSupported(const EncodecConfig& config, const std::string& where) {
    if (config.normalize || config.chunkLengthS > 0.0) {
        throw Error(where +
                    ": EnCodec models that normalise or chunk their input (such as "
                    "facebook/encodec_48khz) are not supported; use facebook/encodec_24khz");
    }
}

}  // namespace

Encodec::Encodec(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Encodec Encodec::load(const std::string& checkpointDir) {
    return load(checkpointDir, Options{});
}

Encodec Encodec::load(const std::string& checkpointDir, const Options& options) {
    const auto config = Config::load(checkpointDir);
    return load(checkpointDir, "", EncodecConfig::fromConfig(config), options);
}

Encodec Encodec::load(const std::string& checkpointPath, const std::string& prefix,
                      const EncodecConfig& config, const Options& options) {
    requireSupported(config, checkpointPath);
    auto impl = std::make_shared<Impl>();
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    impl->model = loadEncodecModel(checkpointPath, config, prefix);
    impl->model->to(impl->device, impl->dtype);
    impl->model->eval();
    return Encodec(std::move(impl));
}

EncodecCodes Encodec::encode(const FloatArray& audio, double bandwidth,
                             const ProgressFn& progress) const {
    const EncodecConfig& config = impl_->model->config();
    const int64_t codebooks = config.codebooksForBandwidth(bandwidth);
    const auto channels = std::to_string(config.audioChannels);
    if ((audio.rank() != 2 && audio.rank() != 3) || audio.dim(-2) != config.audioChannels) {
        throw Error("EnCodec input audio must have shape [" + channels + ", samples] or [batch, " +
                    channels + ", samples] (" + channels + " channel(s)), found " +
                    audio.shapeString());
    }
    if (audio.dim(-1) < 1 || audio.numel() == 0) {
        throw Error("EnCodec input audio of shape " + audio.shapeString() +
                    " is too short: it needs at least one sample per channel");
    }
    if (!audio.consistent()) {
        throw Error("EnCodec input audio of shape " + audio.shapeString() + " holds " +
                    std::to_string(audio.data.size()) + " values instead of " +
                    std::to_string(audio.numel()));
    }

    InferenceGuard guard;
    torch::Tensor codes;
    try {
        // The model never writes to its input, so viewing the caller's const data is safe.
        auto input =
            torch::from_blob(const_cast<float*>(audio.data.data()), audio.shape, torch::kFloat32)
                .to(impl_->device, impl_->dtype);
        if (audio.rank() == 2)
            input = input.unsqueeze(0);
        codes = impl_->model->encode(input, codebooks, progress).to(torch::kCPU).contiguous();
    } catch (const c10::Error& e) {
        throw Error("EnCodec encoding failed on " + deviceName(impl_->device) + ": " +
                    e.what_without_backtrace());
    }
    if (audio.rank() == 2)
        codes = codes.squeeze(0);
    EncodecCodes out;
    out.shape = codes.sizes().vec();
    out.data.assign(codes.data_ptr<int64_t>(), codes.data_ptr<int64_t>() + codes.numel());
    return out;
}

FloatArray Encodec::decode(const EncodecCodes& codes, const ProgressFn& progress) const {
    const EncodecConfig& config = impl_->model->config();
    const int64_t maxCodebooks = config.numQuantizers();
    const auto limits = "1 to " + std::to_string(maxCodebooks);
    if (codes.rank() != 2 && codes.rank() != 3) {
        throw Error(
            "EnCodec codes must have shape [codebooks, frames] or [batch, codebooks, "
            "frames], found " +
            codes.shapeString());
    }
    const int64_t codebooks = codes.shape[codes.shape.size() - 2];
    if (codebooks < 1 || codebooks > maxCodebooks) {
        throw Error("EnCodec codes of shape " + codes.shapeString() + " have " +
                    std::to_string(codebooks) + " codebooks; this model decodes " + limits);
    }
    if (codes.numel() == 0) {
        throw Error("EnCodec codes of shape " + codes.shapeString() +
                    " are empty: decoding needs at least one frame");
    }
    if (static_cast<int64_t>(codes.data.size()) != codes.numel()) {
        throw Error("EnCodec codes of shape " + codes.shapeString() + " hold " +
                    std::to_string(codes.data.size()) + " values instead of " +
                    std::to_string(codes.numel()));
    }
    for (size_t i = 0; i < codes.data.size(); ++i) {
        if (codes.data[i] < 0 || codes.data[i] >= config.codebookSize) {
            throw Error("EnCodec code " + std::to_string(codes.data[i]) + " at flat index " +
                        std::to_string(i) + " is outside the codebook [0, " +
                        std::to_string(config.codebookSize) + ")");
        }
    }

    InferenceGuard guard;
    torch::Tensor wave;
    try {
        auto input =
            torch::from_blob(const_cast<int64_t*>(codes.data.data()), codes.shape, torch::kLong)
                .to(impl_->device);
        if (codes.rank() == 2)
            input = input.unsqueeze(0);
        wave = impl_->model->decode(input, progress).to(torch::kCPU, torch::kFloat32).contiguous();
    } catch (const c10::Error& e) {
        throw Error("EnCodec decoding failed on " + deviceName(impl_->device) + ": " +
                    e.what_without_backtrace());
    }
    if (codes.rank() == 2)
        wave = wave.squeeze(0);
    FloatArray out;
    out.shape = wave.sizes().vec();
    out.data.assign(wave.data_ptr<float>(), wave.data_ptr<float>() + wave.numel());
    return out;
}

int Encodec::sampleRate() const {
    return static_cast<int>(impl_->model->config().samplingRate);
}
int Encodec::channels() const {
    return static_cast<int>(impl_->model->config().audioChannels);
}
int Encodec::hopLength() const {
    return static_cast<int>(impl_->model->config().hopLength());
}
int Encodec::frameRate() const {
    return static_cast<int>(impl_->model->config().frameRate());
}
int Encodec::codebookSize() const {
    return static_cast<int>(impl_->model->config().codebookSize);
}
int Encodec::maxCodebooks() const {
    return static_cast<int>(impl_->model->config().numQuantizers());
}
int Encodec::codebooksForBandwidth(double bandwidth) const {
    return static_cast<int>(impl_->model->config().codebooksForBandwidth(bandwidth));
}
std::vector<double> Encodec::bandwidths() const {
    return impl_->model->config().targetBandwidths;
}
const EncodecConfig& Encodec::config() const {
    return impl_->model->config();
}
std::string Encodec::device() const {
    return deviceName(impl_->device);
}
std::string Encodec::dtype() const {
    return dtypeName(impl_->dtype);
}

}  // namespace sonara::models
