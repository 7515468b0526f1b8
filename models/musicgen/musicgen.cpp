#include "models/musicgen/musicgen.h"

#include <cmath>
#include <filesystem>
#include <optional>

#include "models/common/device.h"
#include "models/common/error.h"
#include "models/encodec/encodec_model.h"
#include "models/musicgen/musicgen_config.h"
#include "models/musicgen/musicgen_decoder.h"
#include "models/musicgen/musicgen_generation.h"
#include "models/t5/t5_encoder.h"
#ifdef SONARA_HAVE_SENTENCEPIECE
#include "models/t5/t5_tokenizer.h"
#endif

namespace sonara::models {

struct MusicGen::Impl {
    MusicgenConfig config;
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    // Module calls are not const in libtorch; inference does not mutate the modules.
    mutable T5Encoder text{nullptr};
    mutable MusicgenModel model{nullptr};
    mutable EncodecModel codec{nullptr};
#ifdef SONARA_HAVE_SENTENCEPIECE
    std::optional<T5Tokenizer> tokenizer;
#endif
};

namespace {

// Text ids and mask as long tensors on the device, checked against the text encoder's vocabulary.
std::pair<torch::Tensor, torch::Tensor> tokenTensors(const MusicGen::Tokens& tokens, int64_t vocab,
                                                     const torch::Device& device) {
    const auto shape = FloatArray::shapeString(tokens.shape);
    if (tokens.shape.size() != 2 || tokens.shape[0] < 1 || tokens.shape[1] < 1) {
        throw Error(
            "MusicGen prompt tokens must have shape [batch, length] with at least one "
            "token, found " +
            shape);
    }
    const auto count = static_cast<size_t>(tokens.shape[0] * tokens.shape[1]);
    if (tokens.ids.size() != count || (!tokens.mask.empty() && tokens.mask.size() != count)) {
        throw Error("MusicGen prompt tokens of shape " + shape + " need " + std::to_string(count) +
                    " ids and as many mask values (or none); found " +
                    std::to_string(tokens.ids.size()) + " and " +
                    std::to_string(tokens.mask.size()));
    }
    for (size_t i = 0; i < count; ++i) {
        if (tokens.ids[i] < 0 || tokens.ids[i] >= vocab) {
            throw Error("MusicGen prompt token " + std::to_string(tokens.ids[i]) +
                        " at flat index " + std::to_string(i) +
                        " is outside the text vocabulary [0, " + std::to_string(vocab) + ")");
        }
        if (!tokens.mask.empty() && tokens.mask[i] != 0 && tokens.mask[i] != 1) {
            throw Error("MusicGen prompt mask values must be 0 or 1, found " +
                        std::to_string(tokens.mask[i]) + " at flat index " + std::to_string(i));
        }
    }
    const auto toDevice = [&](const std::vector<int64_t>& v) {
        return torch::from_blob(const_cast<int64_t*>(v.data()), tokens.shape, torch::kLong)
            .to(device);
    };
    return {toDevice(tokens.ids), tokens.mask.empty() ? torch::Tensor() : toDevice(tokens.mask)};
}

}  // namespace

MusicGen::MusicGen(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

MusicGen MusicGen::load(const std::string& checkpointDir) {
    return load(checkpointDir, Options{});
}

MusicGen MusicGen::load(const std::string& checkpointDir, const Options& options) {
    auto impl = std::make_shared<Impl>();
    impl->config = MusicgenConfig::load(checkpointDir);
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    impl->text = loadT5Encoder(checkpointDir, "text_encoder.", impl->config.textEncoder);
    // T5's activations overflow fp16; the encoder runs once per prompt, so float32 costs little.
    impl->text->to(impl->device, torch::kFloat32);
    impl->model = loadMusicgenModel(checkpointDir, impl->config);
    impl->model->to(impl->device, impl->dtype);
    impl->codec = loadEncodecModel(checkpointDir, impl->config.audioEncoder, "audio_encoder.");
    impl->codec->to(impl->device, impl->dtype);
    impl->codec->eval();
#ifdef SONARA_HAVE_SENTENCEPIECE
    if (std::filesystem::exists(std::filesystem::path(checkpointDir) / "spiece.model"))
        impl->tokenizer = T5Tokenizer::load(checkpointDir);
#endif
    return MusicGen(std::move(impl));
}

MusicGen::Result MusicGen::generate(const Tokens& tokens, const GenerateOptions& options,
                                    const ProgressFn& progress) const {
    const Impl& m = *impl_;
    MusicgenSampling sampling;
    sampling.frames = options.maxNewFrames > 0
                          ? options.maxNewFrames
                          : static_cast<int64_t>(std::llround(options.seconds * frameRate()));
    sampling.guidanceScale = options.guidanceScale;
    sampling.topK = options.topK;
    sampling.temperature = options.temperature;
    sampling.seed = options.seed;
    sampling.greedy = options.greedy;

    InferenceGuard guard;
    torch::Tensor codes, audio;
    try {
        const auto [ids, mask] = tokenTensors(tokens, m.config.textEncoder.vocabSize, m.device);
        reportProgress(progress, 0.0, "encoding text");
        const auto hidden = m.text->forward(ids, mask).to(m.dtype);
        // Decoding the codes is a small part of the work next to generating them.
        const auto generating = [&](double fraction, std::string_view stage) {
            return !progress || progress(0.95 * fraction, stage);
        };
        codes = generateMusicgenCodes(m.model, hidden, mask, sampling, generating);
        reportProgress(progress, 0.95, "decoding audio");
        audio = m.codec->decode(codes).to(torch::kCPU, torch::kFloat32).contiguous();
        codes = codes.to(torch::kCPU).contiguous();
    } catch (const c10::Error& e) {
        throw Error("MusicGen generation failed on " + deviceName(m.device) + ": " +
                    e.what_without_backtrace());
    }
    reportProgress(progress, 1.0, "done");
    Result result;
    result.audio.shape = audio.sizes().vec();
    result.audio.data.assign(audio.data_ptr<float>(), audio.data_ptr<float>() + audio.numel());
    result.codes.shape = codes.sizes().vec();
    result.codes.data.assign(codes.data_ptr<int64_t>(), codes.data_ptr<int64_t>() + codes.numel());
    return result;
}

MusicGen::Result MusicGen::generate(const std::vector<std::string>& prompts,
                                    const GenerateOptions& options,
                                    const ProgressFn& progress) const {
    if (prompts.empty())
        throw Error("MusicGen: no prompt given");
#ifdef SONARA_HAVE_SENTENCEPIECE
    if (!impl_->tokenizer) {
        throw Error(
            "MusicGen: this checkpoint has no spiece.model, so text prompts cannot be "
            "tokenized; add the model's spiece.model or pass token ids");
    }
    std::vector<std::vector<int64_t>> rows;
    size_t longest = 0;
    for (const auto& prompt : prompts) {
        rows.push_back(impl_->tokenizer->encode(prompt));
        longest = std::max(longest, rows.back().size());
    }
    Tokens tokens;
    tokens.shape = {static_cast<int64_t>(rows.size()), static_cast<int64_t>(longest)};
    for (const auto& row : rows) {
        for (size_t i = 0; i < longest; ++i) {
            tokens.ids.push_back(i < row.size() ? row[i] : impl_->tokenizer->padId());
            tokens.mask.push_back(i < row.size() ? 1 : 0);
        }
    }
    return generate(tokens, options, progress);
#else
    (void)options;
    (void)progress;
    throw Error(
        "MusicGen: this build has no SentencePiece, so text prompts cannot be tokenized; "
        "rebuild with libsentencepiece or pass token ids");
#endif
}

MusicGen::GenerateOptions MusicGen::defaultOptions() const {
    GenerateOptions options;
    options.guidanceScale = impl_->config.guidanceScale;
    options.topK = impl_->config.topK;
    options.temperature = impl_->config.temperature;
    return options;
}

bool MusicGen::hasTokenizer() const {
#ifdef SONARA_HAVE_SENTENCEPIECE
    return impl_->tokenizer.has_value();
#else
    return false;
#endif
}

int MusicGen::sampleRate() const {
    return static_cast<int>(impl_->config.audioEncoder.samplingRate);
}
int MusicGen::channels() const {
    return static_cast<int>(impl_->config.audioEncoder.audioChannels);
}
int MusicGen::frameRate() const {
    return static_cast<int>(impl_->config.audioEncoder.frameRate());
}
int MusicGen::numCodebooks() const {
    return static_cast<int>(impl_->config.decoder.numCodebooks);
}
std::string MusicGen::device() const {
    return deviceName(impl_->device);
}
std::string MusicGen::dtype() const {
    return dtypeName(impl_->dtype);
}

}  // namespace sonara::models
