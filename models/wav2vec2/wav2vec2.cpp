#include "models/wav2vec2/wav2vec2.h"

#include <filesystem>

#include "models/common/config.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/wav2vec2/wav2vec2_model.h"

namespace sonara::models {

struct Wav2Vec2::Impl {
    Wav2Vec2Config config;
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    bool normalize = false;
    int sampleRate = 16000;
    bool hasVocabulary = false;
    CtcVocabulary vocabulary;
    // Module calls are not const in libtorch; inference does not mutate the module.
    mutable Wav2Vec2ForCtc model{nullptr};
};

Wav2Vec2::Wav2Vec2(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Wav2Vec2 Wav2Vec2::load(const std::string& checkpointDir) {
    return load(checkpointDir, Options{});
}

Wav2Vec2 Wav2Vec2::load(const std::string& checkpointDir, const Options& options) {
    namespace fs = std::filesystem;
    auto impl = std::make_shared<Impl>();
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    impl->model = loadWav2Vec2ForCtc(checkpointDir);
    impl->config = impl->model->config();
    impl->model->to(impl->device, impl->dtype);
    impl->model->eval();

    const auto dir = fs::is_directory(checkpointDir) ? fs::path(checkpointDir)
                                                     : fs::path(checkpointDir).parent_path();
    if (fs::exists(dir / "preprocessor_config.json")) {
        const auto pre = Config::load((dir / "preprocessor_config.json").string());
        impl->normalize = pre.getBool("do_normalize", false);
        impl->sampleRate = static_cast<int>(pre.getInt("sampling_rate", 16000));
    }
    if (fs::exists(dir / "vocab.json")) {
        std::string blank = "<pad>", delimiter = "|";
        if (fs::exists(dir / "tokenizer_config.json")) {
            const auto tok = Config::load((dir / "tokenizer_config.json").string());
            // Newer tokenizer configs may store special tokens as objects rather than strings;
            // those keep the Wav2Vec2CTCTokenizer defaults.
            auto tokenName = [&](const std::string& key, std::string& value) {
                try {
                    value = tok.getString(key, value);
                } catch (const Error&) {
                }
            };
            tokenName("pad_token", blank);
            tokenName("word_delimiter_token", delimiter);
        }
        impl->vocabulary = CtcVocabulary::load((dir / "vocab.json").string(), blank, delimiter);
        if (static_cast<int64_t>(impl->vocabulary.tokens.size()) > impl->config.vocabSize) {
            throw Error((dir / "vocab.json").string() + " holds " +
                        std::to_string(impl->vocabulary.tokens.size()) +
                        " tokens but config.json's vocab_size is " +
                        std::to_string(impl->config.vocabSize));
        }
        // lm_head may have more rows than the tokenizer names (padding); they decode to nothing.
        impl->vocabulary.tokens.resize(static_cast<size_t>(impl->config.vocabSize));
        impl->hasVocabulary = true;
    }
    return Wav2Vec2(std::move(impl));
}

FloatArray Wav2Vec2::logits(const FloatArray& audio16k, const ProgressFn& progress) const {
    if ((audio16k.rank() != 1 && audio16k.rank() != 2) || !audio16k.consistent()) {
        throw Error(
            "Wav2Vec2 audio must have shape [samples] or [batch, samples] with matching "
            "data; found " +
            audio16k.shapeString() + " holding " + std::to_string(audio16k.data.size()) +
            " values");
    }
    int64_t minimum = 1;
    {
        // The shortest input that leaves one frame after every feature-extractor conv.
        const auto& c = impl_->config;
        for (size_t i = c.convKernel.size(); i-- > 0;)
            minimum = (minimum - 1) * c.convStride[i] + c.convKernel[i];
    }
    if (audio16k.dim(-1) < minimum) {
        throw Error("Wav2Vec2 audio needs at least " + std::to_string(minimum) +
                    " samples; found " + std::to_string(audio16k.dim(-1)));
    }

    InferenceGuard guard;
    torch::Tensor logits;
    try {
        auto input = torch::from_blob(const_cast<float*>(audio16k.data.data()), audio16k.shape,
                                      torch::kFloat32)
                         .reshape({-1, audio16k.dim(-1)});
        if (impl_->normalize) {
            const auto mean = input.mean(-1, true);
            const auto var = input.var(-1, false, true);
            input = (input - mean) / torch::sqrt(var + 1e-7);
        }
        const auto afterLayer = [&progress](size_t layer, size_t count) {
            reportProgress(progress, double(layer + 1) / double(count), "recognising");
        };
        logits = impl_->model
                     ->forward(input.to(impl_->device, impl_->dtype), false,
                               progress ? std::function<void(size_t, size_t)>(afterLayer)
                                        : std::function<void(size_t, size_t)>())
                     .logits.to(torch::kCPU, torch::kFloat32)
                     .contiguous();
    } catch (const c10::Error& e) {
        throw Error("Wav2Vec2 inference failed on " + deviceName(impl_->device) + ": " +
                    e.what_without_backtrace());
    }
    if (audio16k.rank() == 1)
        logits = logits[0];
    FloatArray out;
    out.shape = logits.sizes().vec();
    out.data.assign(logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
    return out;
}

CtcTranscript Wav2Vec2::transcribe(const FloatArray& audio16k) const {
    const auto& vocab = vocabulary();
    if (audio16k.rank() != 1)
        throw Error("Wav2Vec2 transcribe takes one [samples] signal; found " +
                    audio16k.shapeString());
    return ctcGreedyDecode(logits(audio16k), vocab, frameSeconds());
}

std::vector<CtcWord> Wav2Vec2::align(const FloatArray& audio16k,
                                     const std::string& transcript) const {
    const auto& vocab = vocabulary();
    if (audio16k.rank() != 1)
        throw Error("Wav2Vec2 align takes one [samples] signal; found " + audio16k.shapeString());
    return ctcForcedAlign(logits(audio16k), vocab, splitWords(transcript), frameSeconds());
}

bool Wav2Vec2::hasVocabulary() const {
    return impl_->hasVocabulary;
}
const CtcVocabulary& Wav2Vec2::vocabulary() const {
    if (!impl_->hasVocabulary)
        throw Error("this Wav2Vec2 checkpoint has no vocab.json, so it cannot produce text");
    return impl_->vocabulary;
}
int Wav2Vec2::sampleRate() const {
    return impl_->sampleRate;
}
int64_t Wav2Vec2::frameStride() const {
    return impl_->config.frameStride();
}
double Wav2Vec2::frameSeconds() const {
    return static_cast<double>(frameStride()) / static_cast<double>(impl_->sampleRate);
}
int64_t Wav2Vec2::vocabSize() const {
    return impl_->config.vocabSize;
}
std::string Wav2Vec2::device() const {
    return deviceName(impl_->device);
}
std::string Wav2Vec2::dtype() const {
    return dtypeName(impl_->dtype);
}

}  // namespace sonara::models
