#include "models/musicgen/musicgen.h"

#include <cmath>
#include <filesystem>
#include <mutex>
#include <optional>

#include "models/common/device.h"
#include "models/common/error.h"
#include "models/encodec/encodec_model.h"
#include "models/musicgen/audiocraft_checkpoint.h"
#include "models/musicgen/musicgen_config.h"
#include "models/musicgen/musicgen_decoder.h"
#include "models/musicgen/musicgen_generation.h"
#include "models/musicgen/musicgen_windows.h"
#include "models/t5/t5_encoder.h"
#include "models/t5/t5_tokenizer.h"

namespace sonara::models {

namespace {

// How many frames to make and in which windows, from GenerateOptions.
struct FramePlan {
    int64_t frames = 0;         // new frames the caller hears
    int64_t loopFrames = 0;     // generated past the end and folded over the start
    int64_t windowFrames = 0;   // positions of one window
    int64_t contextFrames = 0;  // previous codes that prompt a window
};

std::string number(double value) {
    std::string text = std::to_string(value);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

int64_t framesOf(double seconds, int frameRate) {
    return static_cast<int64_t>(std::llround(seconds * frameRate));
}

FramePlan planFrames(const MusicGen::GenerateOptions& o, const MusicgenConfig& config) {
    const int frameRate = static_cast<int>(config.audioEncoder.frameRate());
    FramePlan plan;
    if (o.maxNewFrames < 0)
        throw Error("MusicGen: maxNewFrames must not be negative, found " +
                    std::to_string(o.maxNewFrames));
    if (o.maxNewFrames == 0 && !(o.seconds > 0.0 && std::isfinite(o.seconds)))
        throw Error("MusicGen: seconds must be positive, found " + number(o.seconds));
    plan.frames = o.maxNewFrames > 0 ? o.maxNewFrames : framesOf(o.seconds, frameRate);
    if (plan.frames < 1) {
        throw Error("MusicGen: seconds " + number(o.seconds) + " is less than one frame (1/" +
                    std::to_string(frameRate) + " s)");
    }
    if (!(o.contextSeconds >= 0.0) || !(o.windowSeconds > o.contextSeconds) ||
        !std::isfinite(o.windowSeconds)) {
        throw Error("MusicGen: contextSeconds (" + number(o.contextSeconds) +
                    ") must be at least 0 and shorter than windowSeconds (" +
                    number(o.windowSeconds) + ")");
    }
    plan.windowFrames = framesOf(o.windowSeconds, frameRate);
    plan.contextFrames = framesOf(o.contextSeconds, frameRate);
    // A window's sequence holds its frames plus the start token and the delay pattern's tail.
    const int64_t positions = config.decoder.maxPositionEmbeddings - config.decoder.numCodebooks;
    if (plan.windowFrames > positions) {
        plan.windowFrames = positions;
        plan.contextFrames = std::min(plan.contextFrames, positions / 3);
    }
    if (plan.windowFrames <= plan.contextFrames) {
        throw Error("MusicGen: windowSeconds (" + number(o.windowSeconds) +
                    ") must exceed contextSeconds (" + number(o.contextSeconds) +
                    ") by at least one frame (1/" + std::to_string(frameRate) + " s)");
    }
    if (o.loop) {
        plan.loopFrames = framesOf(o.loopCrossfadeSeconds, frameRate);
        if (plan.loopFrames < 1 || plan.loopFrames > plan.frames) {
            throw Error("MusicGen: loopCrossfadeSeconds (" + number(o.loopCrossfadeSeconds) +
                        ") must be at least one frame and at most the music's length (" +
                        number(static_cast<double>(plan.frames) / frameRate) + " s)");
        }
    }
    return plan;
}

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

// codes [batch or 1, codebooks, frames] -> a long tensor [batch, codebooks, frames] on the device.
torch::Tensor promptCodesTensor(const EncodecCodes& codes, int64_t batch, int64_t codebooks,
                                int64_t codebookSize, const torch::Device& device) {
    if (codes.rank() != 3 || (codes.shape[0] != 1 && codes.shape[0] != batch) ||
        codes.shape[1] != codebooks || codes.shape[2] < 1) {
        const auto batches = batch == 1 ? std::string("1") : "1 or " + std::to_string(batch);
        throw Error("MusicGen prompt codes must have shape [" + batches + ", " +
                    std::to_string(codebooks) + ", frames] with at least one frame, found " +
                    codes.shapeString());
    }
    if (static_cast<int64_t>(codes.data.size()) != codes.numel()) {
        throw Error("MusicGen prompt codes of shape " + codes.shapeString() + " hold " +
                    std::to_string(codes.data.size()) + " values instead of " +
                    std::to_string(codes.numel()));
    }
    for (size_t i = 0; i < codes.data.size(); ++i) {
        if (codes.data[i] < 0 || codes.data[i] >= codebookSize) {
            throw Error("MusicGen prompt code " + std::to_string(codes.data[i]) +
                        " at flat index " + std::to_string(i) + " is outside the codebook [0, " +
                        std::to_string(codebookSize) + ")");
        }
    }
    const auto tensor =
        torch::from_blob(const_cast<int64_t*>(codes.data.data()), codes.shape, torch::kLong)
            .to(device);
    return tensor.expand({batch, codebooks, codes.shape[2]}).contiguous();
}

// audio [channels, samples] or [batch or 1, channels, samples] -> its last whole frames'
// samples as [batch or 1, channels, frames * hop], on the device in dtype.
torch::Tensor promptAudioTensor(const FloatArray& audio, int64_t batch, int64_t channels,
                                int64_t hop, const torch::Device& device, torch::ScalarType dtype) {
    const auto batches = batch == 1 ? std::string("1") : "1 or " + std::to_string(batch);
    const auto wanted = "[" + std::to_string(channels) + ", samples] or [" + batches + ", " +
                        std::to_string(channels) + ", samples]";
    const bool shaped = (audio.rank() == 2 ||
                         (audio.rank() == 3 && (audio.dim(0) == 1 || audio.dim(0) == batch))) &&
                        audio.dim(-2) == channels;
    if (!shaped)
        throw Error("MusicGen audio prompt must have shape " + wanted + ", found " +
                    audio.shapeString());
    if (!audio.consistent()) {
        throw Error("MusicGen audio prompt of shape " + audio.shapeString() + " holds " +
                    std::to_string(audio.data.size()) + " values instead of " +
                    std::to_string(audio.numel()));
    }
    const int64_t samples = audio.dim(-1);
    if (samples < hop) {
        throw Error("MusicGen audio prompt of " + std::to_string(samples) +
                    " samples is shorter than one code frame (" + std::to_string(hop) +
                    " samples)");
    }
    for (const float v : audio.data) {
        if (!std::isfinite(v))
            throw Error("MusicGen audio prompt holds a value that is not a finite number");
    }
    auto tensor =
        torch::from_blob(const_cast<float*>(audio.data.data()), audio.shape, torch::kFloat32);
    if (audio.rank() == 2)
        tensor = tensor.unsqueeze(0);
    // Whole frames only, counted back from the end, where the music goes on.
    const int64_t usable = samples / hop * hop;
    return tensor.narrow(2, samples - usable, usable).to(device, dtype);
}

EncodecCodes codesOf(const torch::Tensor& codes) {
    const auto cpu = codes.to(torch::kCPU).contiguous();
    EncodecCodes out;
    out.shape = cpu.sizes().vec();
    out.data.assign(cpu.data_ptr<int64_t>(), cpu.data_ptr<int64_t>() + cpu.numel());
    return out;
}

}  // namespace

struct MusicGen::Impl {
    MusicgenConfig config;
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    // Module calls are not const in libtorch; inference does not mutate the modules.
    mutable T5Encoder text{nullptr};
    mutable MusicgenModel model{nullptr};
    mutable EncodecModel codec{nullptr};
    double windowSeconds = 30.0;  // the length the model was trained on
    // spiece.model, loaded on the first text prompt so that token-id callers never need
    // libsentencepiece.
    std::string tokenizerFile;
    mutable std::mutex tokenizerMutex;
    mutable std::optional<T5Tokenizer> tokenizer;

    const T5Tokenizer& textTokenizer() const;
    // The audio prompt, when defined, is encoded into the prompt codes (both undefined: none).
    Result run(const Tokens& tokens, const GenerateOptions& options, const ProgressFn& progress,
               const FloatArray* promptAudio, const EncodecCodes* promptCodes) const;
};

const T5Tokenizer& MusicGen::Impl::textTokenizer() const {
    std::lock_guard<std::mutex> lock(tokenizerMutex);
    if (tokenizer)
        return *tokenizer;
    if (tokenizerFile.empty()) {
        throw Error(
            "MusicGen: this checkpoint has no spiece.model, so text prompts cannot be "
            "tokenized; add the model's spiece.model or pass token ids");
    }
    auto loaded = T5Tokenizer::load(tokenizerFile);
    if (loaded.pieceCount() > config.textEncoder.vocabSize) {
        throw Error("MusicGen: " + tokenizerFile + " has " + std::to_string(loaded.pieceCount()) +
                    " pieces but the text encoder knows " +
                    std::to_string(config.textEncoder.vocabSize) +
                    "; the file belongs to another checkpoint");
    }
    tokenizer = std::move(loaded);
    return *tokenizer;
}

MusicGen::Result MusicGen::Impl::run(const Tokens& tokens, const GenerateOptions& options,
                                     const ProgressFn& progress, const FloatArray* promptAudio,
                                     const EncodecCodes* promptCodes) const {
    const FramePlan plan = planFrames(options, config);
    MusicgenSampling sampling;
    sampling.guidanceScale = options.guidanceScale;
    sampling.topK = options.topK;
    sampling.topP = options.topP;
    sampling.temperature = options.temperature;
    sampling.greedy = options.greedy;
    const int64_t codebooks = config.decoder.numCodebooks;
    const int64_t hop = config.audioEncoder.hopLength();

    InferenceGuard guard;
    Result result;
    torch::Tensor codes, audio;
    try {
        const auto [ids, mask] = tokenTensors(tokens, config.textEncoder.vocabSize, device);
        const int64_t batch = ids.size(0);
        torch::Tensor prompt;
        if (promptCodes) {
            prompt = promptCodesTensor(*promptCodes, batch, codebooks,
                                       config.audioEncoder.codebookSize, device);
        } else if (promptAudio) {
            const auto wave = promptAudioTensor(
                *promptAudio, batch, config.audioEncoder.audioChannels, hop, device, dtype);
            reportProgress(progress, 0.0, "encoding audio prompt");
            prompt = codec->encode(wave, codebooks).expand({batch, codebooks, -1}).contiguous();
        }
        const int64_t promptFrames = prompt.defined() ? prompt.size(2) : 0;
        const auto windows =
            planMusicgenWindows(promptFrames, plan.frames + plan.loopFrames, plan.windowFrames,
                                plan.contextFrames, options.seed);

        reportProgress(progress, 0.0, "encoding text");
        const auto hidden = text->forward(ids, mask).to(dtype);
        // Decoding the codes is a small part of the work next to generating them.
        const auto generating = [&](double fraction, std::string_view stage) {
            return !progress || progress(0.95 * fraction, stage);
        };
        codes = generateWindowedCodes(model, hidden, mask, sampling, windows, prompt, generating);
        reportProgress(progress, 0.95, "decoding audio");
        const auto decoding = [&](double fraction, std::string_view stage) {
            return !progress || progress(0.95 + 0.05 * fraction, stage);
        };
        audio = codec->decode(codes, decoding);
        if (plan.loopFrames > 0)
            audio = foldLoopTail(audio, plan.loopFrames * hop);
        audio = audio.to(torch::kCPU, torch::kFloat32).contiguous();
        result.promptFrames = promptFrames;
        for (const auto& w : windows)
            result.windows.push_back({w.start, w.contextFrames, w.newFrames});
    } catch (const c10::Error& e) {
        throw Error("MusicGen generation failed on " + deviceName(device) + ": " +
                    e.what_without_backtrace());
    }
    reportProgress(progress, 1.0, "done");
    result.audio.shape = audio.sizes().vec();
    result.audio.data.assign(audio.data_ptr<float>(), audio.data_ptr<float>() + audio.numel());
    result.codes = codesOf(codes);
    return result;
}

MusicGen::MusicGen(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

MusicGen MusicGen::load(const std::string& checkpointDir) {
    return load(checkpointDir, Options{});
}

MusicGen MusicGen::load(const std::string& checkpointDir, const Options& options) {
    auto impl = std::make_shared<Impl>();
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    std::string textDir = checkpointDir;
    if (isAudiocraftCheckpoint(checkpointDir)) {
        // AudioGen as its authors publish it: see audiocraft_checkpoint.h for the mapping.
        const auto audiocraft = loadAudiocraftCheckpoint(checkpointDir);
        impl->config = audiocraft.config;
        impl->windowSeconds = audiocraft.windowSeconds;
        textDir = audiocraft.textDir;
        impl->text = loadT5Encoder(textDir, "", impl->config.textEncoder);
        impl->model = loadMusicgenModel(audiocraft.lm, impl->config);
        impl->codec = loadEncodecModel(audiocraft.codec, impl->config.audioEncoder);
    } else {
        impl->config = MusicgenConfig::load(checkpointDir);
        impl->text = loadT5Encoder(checkpointDir, "text_encoder.", impl->config.textEncoder);
        impl->model = loadMusicgenModel(checkpointDir, impl->config);
        impl->codec = loadEncodecModel(checkpointDir, impl->config.audioEncoder, "audio_encoder.");
    }
    // T5's activations overflow fp16; the encoder runs once per prompt, so float32 costs little.
    impl->text->to(impl->device, torch::kFloat32);
    impl->model->to(impl->device, impl->dtype);
    impl->codec->to(impl->device, impl->dtype);
    impl->codec->eval();
    for (const auto& dir : {textDir, checkpointDir}) {
        const auto spiece = std::filesystem::path(dir) / "spiece.model";
        if (impl->tokenizerFile.empty() && std::filesystem::exists(spiece))
            impl->tokenizerFile = spiece.string();
    }
    return MusicGen(std::move(impl));
}

MusicGen::Result MusicGen::generate(const Tokens& tokens, const GenerateOptions& options,
                                    const ProgressFn& progress) const {
    return impl_->run(tokens, options, progress, nullptr, nullptr);
}

MusicGen::Result MusicGen::generate(const std::vector<std::string>& prompts,
                                    const GenerateOptions& options,
                                    const ProgressFn& progress) const {
    return generate(tokenize(prompts), options, progress);
}

MusicGen::Result MusicGen::continueAudio(const Tokens& tokens, const FloatArray& audio,
                                         const GenerateOptions& options,
                                         const ProgressFn& progress) const {
    return impl_->run(tokens, options, progress, &audio, nullptr);
}

MusicGen::Result MusicGen::continueAudio(const std::vector<std::string>& prompts,
                                         const FloatArray& audio, const GenerateOptions& options,
                                         const ProgressFn& progress) const {
    return continueAudio(tokenize(prompts), audio, options, progress);
}

MusicGen::Result MusicGen::continueCodes(const Tokens& tokens, const EncodecCodes& codes,
                                         const GenerateOptions& options,
                                         const ProgressFn& progress) const {
    return impl_->run(tokens, options, progress, nullptr, &codes);
}

MusicGen::Tokens MusicGen::tokenize(const std::vector<std::string>& prompts) const {
    if (prompts.empty())
        throw Error("MusicGen: no prompt given");
    const T5Tokenizer& tokenizer = impl_->textTokenizer();
    std::vector<std::vector<int64_t>> rows;
    size_t longest = 0;
    for (const auto& prompt : prompts) {
        rows.push_back(tokenizer.encode(prompt));
        longest = std::max(longest, rows.back().size());
    }
    Tokens tokens;
    tokens.shape = {static_cast<int64_t>(rows.size()), static_cast<int64_t>(longest)};
    for (const auto& row : rows) {
        for (size_t i = 0; i < longest; ++i) {
            tokens.ids.push_back(i < row.size() ? row[i] : tokenizer.padId());
            tokens.mask.push_back(i < row.size() ? 1 : 0);
        }
    }
    return tokens;
}

MusicGen::GenerateOptions MusicGen::defaultOptions() const {
    GenerateOptions options;
    options.guidanceScale = impl_->config.guidanceScale;
    options.topK = impl_->config.topK;
    options.temperature = impl_->config.temperature;
    options.windowSeconds = impl_->windowSeconds;
    options.contextSeconds = impl_->windowSeconds / 3.0;
    return options;
}

bool MusicGen::hasTokenizer() const {
    return !impl_->tokenizerFile.empty();
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
int MusicGen::hopLength() const {
    return static_cast<int>(impl_->config.audioEncoder.hopLength());
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
