#include <algorithm>
#include <cmath>

#include "bench_registry.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/encodec/encodec_model.h"
#include "models/musicgen/musicgen_config.h"
#include "models/musicgen/musicgen_decoder.h"
#include "models/musicgen/musicgen_generation.h"
#include "models/musicgen/musicgen_windows.h"
#include "models/t5/t5_encoder.h"

namespace sonara::bench {

namespace musicgen {

using namespace sonara::models;

// DESIGN.md's reference work unit: top-k 250 sampling with guidance 3 (musicgen-small's
// generation_config), from a prompt of this many T5 tokens.
constexpr int64_t kPromptTokens = 16;
// Past one 30 s window, music goes on window by window as MusicGen::generate makes it, each
// window prompted by the last 10 s of the one before.
constexpr double kWindowSeconds = 30.0;
constexpr double kContextSeconds = 10.0;

BenchCase makeMusicgen(const BenchOptions& options) {
    const std::string size = options.size.empty() ? "small" : options.size;
    BenchCase c;
    c.device = parseDevice(options.device);
    c.dtype = parseDtype(options.dtype, c.device);

    MusicgenConfig config;
    T5Encoder text{nullptr};
    MusicgenModel model{nullptr};
    EncodecModel codec{nullptr};
    if (options.checkpoint.empty()) {
        config = MusicgenConfig::preset(size);
        text = T5Encoder(config.textEncoder);
        model = MusicgenModel(config);
        codec = EncodecModel(config.audioEncoder);
        // Zero codebooks would decode silence; random ones make the decoder's work real.
        torch::NoGradGuard noGrad;
        for (auto& buffer : codec->named_buffers())
            buffer.value().normal_();
    } else {
        config = MusicgenConfig::load(options.checkpoint);
        text = loadT5Encoder(options.checkpoint, "text_encoder.", config.textEncoder);
        model = loadMusicgenModel(options.checkpoint, config);
        codec = loadEncodecModel(options.checkpoint, config.audioEncoder, "audio_encoder.");
    }
    // As MusicGen::load does: T5 in float32, the rest in the chosen dtype.
    text->to(c.device, torch::kFloat32);
    text->eval();
    model->to(c.device, c.dtype);
    model->eval();
    codec->to(c.device, c.dtype);
    codec->eval();

    MusicgenSampling sampling;
    sampling.frames = std::max<int64_t>(
        1, std::llround(options.seconds * static_cast<double>(config.audioEncoder.frameRate())));
    sampling.guidanceScale = 3.0;
    sampling.topK = 250;
    const double frameRate = static_cast<double>(config.audioEncoder.frameRate());
    const int64_t windowFrames =
        std::min<int64_t>(std::llround(kWindowSeconds * frameRate),
                          config.decoder.maxPositionEmbeddings - config.decoder.numCodebooks);
    const int64_t contextFrames =
        std::min<int64_t>(std::llround(kContextSeconds * frameRate), windowFrames / 3);
    const auto windows = planMusicgenWindows(0, sampling.frames, windowFrames, contextFrames, 0);
    int64_t steps = 0;
    for (const auto& w : windows)
        steps += w.newFrames + config.decoder.numCodebooks - 1;
    const double audioSeconds = static_cast<double>(sampling.frames) / frameRate;

    InferenceGuard guard;
    const auto ids = torch::randint(0, config.textEncoder.vocabSize, {options.batch, kPromptTokens},
                                    torch::TensorOptions(torch::kLong).device(c.device));

    c.labels = {{"size", options.checkpoint.empty() ? size : "checkpoint"}};
    c.work = {{"audio_seconds", audioSeconds},
              {"frames", static_cast<double>(sampling.frames)},
              {"decoder_steps", static_cast<double>(steps)},
              {"windows", static_cast<double>(windows.size())},
              {"top_k", static_cast<double>(sampling.topK)},
              {"guidance_scale", sampling.guidanceScale}};
    c.throughputKey = "audio_s_per_s";
    c.throughputUnits = audioSeconds * options.batch;
    // One token per decoder step and batch item (each carries all codebooks' codes).
    c.extraThroughputs = {{"tokens_per_s", static_cast<double>(steps * options.batch)}};
    const auto dtype = c.dtype;
    c.run = [text, model, codec, ids, sampling, windows, dtype]() mutable {
        InferenceGuard inference;
        const auto hidden = text->forward(ids).to(dtype);
        codec->decode(generateWindowedCodes(model, hidden, {}, sampling, windows, {}));
    };
    return c;
}

const BenchRegistrar registrar(
    "musicgen",
    "MusicGen text-to-music: T5 prompt encoding, top-k 250 sampling with guidance 3 over 4 "
    "delayed codebooks, EnCodec 32 kHz decode; --size small (facebook/musicgen-small dimensions: "
    "T5-base, 24 layers of 1024, 16 heads, 4 codebooks of 2048; default) or tiny; --seconds of "
    "music per batch item; --checkpoint loads a transformers MusicGen checkpoint instead",
    makeMusicgen);

}  // namespace musicgen

}  // namespace sonara::bench
