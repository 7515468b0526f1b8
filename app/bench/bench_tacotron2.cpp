#include <cmath>

#include "bench_registry.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/hifigan/hifigan_generator.h"
#include "models/tacotron2/tacotron2_model.h"
#include "models/waveglow/waveglow_model.h"

namespace sonara::bench {

namespace tacotron2 {

using namespace sonara::models;

// DESIGN.md's work unit for Tacotron2: 200 characters of text.
constexpr int kDefaultCharacters = 200;
// LJSpeech's reader speaks about 15 characters a second; random weights never fire the stop
// gate sensibly, so the decoder runs exactly the frames that much text would take.
constexpr double kCharactersPerSecond = 15.0;
constexpr int64_t kSymbols = 38;  // torchaudio's character table

BenchCase makeTacotron2(const BenchOptions& options) {
    BenchCase c;
    c.device = parseDevice(options.device);
    c.dtype = parseDtype(options.dtype, c.device);
    const std::string vocoder = options.vocoder.empty() ? "waveglow" : options.vocoder;
    if (vocoder != "waveglow" && vocoder != "hifigan" && vocoder != "none")
        throw Error("--vocoder needs waveglow, hifigan or none, got '" + vocoder + "'");
    const int characters = options.characters > 0 ? options.characters : kDefaultCharacters;

    Tacotron2Config config;  // torchaudio's LJSpeech bundle dimensions
    config.nSymbol = kSymbols;
    const double seconds = characters / kCharactersPerSecond;
    const auto frames =
        std::max<int64_t>(1, std::llround(seconds * double(config.samplingRate) / 256.0));
    config.decoderMaxStep = frames;
    config.decoderEarlyStopping = false;
    Tacotron2Net tacotron(config);
    tacotron->to(c.device, c.dtype);
    tacotron->eval();

    WaveGlowNet waveglow{nullptr};
    HifiGanGenerator hifigan{nullptr};
    if (vocoder == "waveglow") {
        waveglow = WaveGlowNet(WaveGlowConfig{});
        waveglow->to(c.device, c.dtype);
        waveglow->eval();
        waveglow->prepareInverse();
    } else if (vocoder == "hifigan") {
        HifiGanGeneratorOptions generatorOptions;
        generatorOptions.config = HifiGanConfig::v1();
        hifigan = HifiGanGenerator(generatorOptions);
        hifigan->to(c.device, c.dtype);
        hifigan->eval();
    }

    InferenceGuard guard;
    const auto tokens = torch::randint(1, kSymbols, {options.batch, int64_t(characters)},
                                       torch::TensorOptions().device(c.device).dtype(torch::kLong));
    const auto lengths = torch::full({options.batch}, int64_t(characters),
                                     torch::TensorOptions().device(c.device).dtype(torch::kLong));
    const double audioSeconds = double(frames * 256) / double(config.samplingRate);
    c.labels = {{"vocoder", vocoder}};
    c.work = {{"characters", double(characters)},
              {"frames", double(frames)},
              {"audio_seconds", audioSeconds}};
    c.throughputKey = "audio_s_per_s";
    c.throughputUnits = audioSeconds * options.batch;
    c.run = [tacotron, waveglow, hifigan, tokens, lengths]() mutable {
        InferenceGuard inference;
        const Tacotron2Outputs out = tacotron->infer(tokens, lengths);
        if (waveglow) {
            waveglow->infer(out.melPostnet, 0.666, {}, nullptr);
        } else if (hifigan) {
            hifigan->forward(out.melPostnet.transpose(1, 2));
        }
    };
    return c;
}

const BenchRegistrar registrar(
    "tacotron2",
    "Tacotron2 (torchaudio LJSpeech dimensions) + WaveGlow (12 flows, 256 channels) or HiFi-GAN "
    "V1, text to 22.05 kHz audio; --chars N (default 200), --vocoder waveglow|hifigan|none (none: "
    "Tacotron2 alone, to compare with torchaudio's)",
    makeTacotron2);

}  // namespace tacotron2

}  // namespace sonara::bench
