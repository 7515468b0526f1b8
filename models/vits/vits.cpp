#include "models/vits/vits.h"

#include <algorithm>
#include <filesystem>

#include "models/common/device.h"
#include "models/common/error.h"
#include "models/vits/vits_model.h"
#include "models/vits/vits_tokenizer.h"

namespace sonara::models {

struct Vits::Impl {
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    std::optional<VitsTokenizer> tokenizer;
    // Module calls are not const in libtorch; inference does not mutate the module.
    mutable VitsModel model{nullptr};

    const VitsConfig& config() const { return model->config(); }
};

Vits::Vits(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Vits Vits::load(const std::string& checkpointDir) {
    return load(checkpointDir, Options{});
}

Vits Vits::load(const std::string& checkpointDir, const Options& options) {
    auto impl = std::make_shared<Impl>();
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    if (std::filesystem::exists(std::filesystem::path(checkpointDir) / "vocab.json"))
        impl->tokenizer = VitsTokenizer::load(checkpointDir);
    impl->model = loadVitsModel(checkpointDir);
    impl->model->to(impl->device, impl->dtype);
    impl->model->eval();
    return Vits(std::move(impl));
}

bool Vits::phonemizes() const {
    return impl_->tokenizer && impl_->tokenizer->phonemizes();
}

bool Vits::romanizes() const {
    return impl_->tokenizer && impl_->tokenizer->romanizes();
}

std::vector<int64_t> Vits::tokenize(const std::string& text, const VitsTextHooks& hooks) const {
    if (!impl_->tokenizer) {
        throw Error(
            "this VITS checkpoint has no vocab.json, so it cannot read text: pass token ids or "
            "install the checkpoint with its tokenizer files");
    }
    auto ids = impl_->tokenizer->encode(text, hooks);
    const size_t blanks = impl_->tokenizer->addBlank() ? 1 : 0;
    if (ids.size() <= blanks) {
        throw Error("the text has no characters this voice can read (language '" + language() +
                    "'): \"" + text.substr(0, 80) + "\"");
    }
    return ids;
}

FloatArray Vits::synthesize(const std::string& text, const SynthesisOptions& options,
                            const ProgressFn& progress) const {
    return synthesizeTokensBatch({tokenize(text)}, options, progress).front();
}

FloatArray Vits::synthesizeTokens(const std::vector<int64_t>& tokenIds,
                                  const SynthesisOptions& options,
                                  const ProgressFn& progress) const {
    return synthesizeTokensBatch({tokenIds}, options, progress).front();
}

std::vector<FloatArray> Vits::synthesizeBatch(const std::vector<std::string>& texts,
                                              const SynthesisOptions& options,
                                              const ProgressFn& progress) const {
    std::vector<std::vector<int64_t>> ids;
    ids.reserve(texts.size());
    for (const auto& text : texts)
        ids.push_back(tokenize(text));
    return synthesizeTokensBatch(ids, options, progress);
}

std::vector<FloatArray> Vits::synthesizeTokensBatch(
    const std::vector<std::vector<int64_t>>& tokenIds, const SynthesisOptions& options,
    const ProgressFn& progress) const {
    const VitsConfig& config = impl_->config();
    if (tokenIds.empty())
        return {};
    size_t longest = 0;
    for (size_t i = 0; i < tokenIds.size(); ++i) {
        if (tokenIds[i].empty())
            throw Error("VITS input " + std::to_string(i) + " has no tokens");
        for (int64_t id : tokenIds[i]) {
            if (id < 0 || id >= config.vocabSize) {
                throw Error("VITS input " + std::to_string(i) + " holds token id " +
                            std::to_string(id) + ", outside the vocabulary of " +
                            std::to_string(config.vocabSize) + " tokens");
            }
        }
        longest = std::max(longest, tokenIds[i].size());
    }

    VitsControls controls;
    controls.speakingRate = options.speakingRate.value_or(config.speakingRate);
    controls.noiseScale = options.noiseScale.value_or(config.noiseScale);
    controls.noiseScaleDuration = options.noiseScaleDuration.value_or(config.noiseScaleDuration);
    controls.speaker = options.speaker;
    controls.seed = options.seed;

    const auto batch = static_cast<int64_t>(tokenIds.size());
    const auto length = static_cast<int64_t>(longest);
    auto ids = torch::zeros({batch, length}, torch::kLong);
    auto mask = torch::zeros({batch, length}, torch::kBool);
    bool padded = false;
    for (int64_t b = 0; b < batch; ++b) {
        const auto& row = tokenIds[static_cast<size_t>(b)];
        const auto n = static_cast<int64_t>(row.size());
        std::copy(row.begin(), row.end(), ids[b].data_ptr<int64_t>());
        mask[b].slice(0, 0, n).fill_(true);
        padded = padded || n < length;
    }

    InferenceGuard guard;
    VitsWaveforms out;
    try {
        out = impl_->model->synthesize(ids.to(impl_->device),
                                       padded ? mask.to(impl_->device) : torch::Tensor(), controls,
                                       progress);
    } catch (const c10::Error& e) {
        throw Error("VITS synthesis failed on " + deviceName(impl_->device) + ": " +
                    e.what_without_backtrace());
    }
    const auto wave = out.waveform.to(torch::kCPU, torch::kFloat32).contiguous();
    std::vector<FloatArray> result;
    result.reserve(tokenIds.size());
    for (int64_t b = 0; b < batch; ++b) {
        const int64_t samples = std::min(out.lengths[b].item<int64_t>(), wave.size(1));
        const float* begin = wave[b].data_ptr<float>();
        result.emplace_back(std::vector<int64_t>{samples},
                            std::vector<float>(begin, begin + samples));
    }
    return result;
}

bool Vits::readsText() const {
    return impl_->tokenizer.has_value();
}
std::string Vits::language() const {
    return impl_->tokenizer ? impl_->tokenizer->language() : std::string();
}
int Vits::sampleRate() const {
    return static_cast<int>(impl_->config().samplingRate);
}
int Vits::speakers() const {
    return static_cast<int>(impl_->config().numSpeakers);
}
int Vits::hopLength() const {
    return static_cast<int>(impl_->config().hopLength());
}
std::string Vits::device() const {
    return deviceName(impl_->device);
}
std::string Vits::dtype() const {
    return dtypeName(impl_->dtype);
}

}  // namespace sonara::models
