#include <cmath>

#include "bench_registry.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/hifigan/hifigan_generator.h"

namespace sonara::bench {

namespace hifigan {

using namespace sonara::models;

BenchCase makeHifiGan(const BenchOptions& options) {
    BenchCase c;
    c.device = parseDevice(options.device);
    c.dtype = parseDtype(options.dtype, c.device);

    HifiGanGenerator generator{nullptr};
    if (options.checkpoint.empty()) {
        HifiGanGeneratorOptions generatorOptions;
        generatorOptions.config = HifiGanConfig::v1();
        generator = HifiGanGenerator(generatorOptions);
    } else {
        generator = loadHifiGanGenerator(options.checkpoint);
    }
    generator->to(c.device, c.dtype);
    generator->eval();
    const HifiGanConfig& config = generator->options().config;

    const auto frames = std::max<int64_t>(
        1, std::llround(options.seconds * static_cast<double>(config.samplingRate) /
                        static_cast<double>(config.hopLength())));
    const double audioSeconds =
        static_cast<double>(frames * config.hopLength()) / static_cast<double>(config.samplingRate);
    InferenceGuard guard;
    auto mel = torch::randn({options.batch, frames, config.modelInDim},
                            torch::TensorOptions().device(c.device).dtype(c.dtype));

    c.work = {{"audio_seconds", audioSeconds}};
    c.throughputKey = "audio_s_per_s";
    c.throughputUnits = audioSeconds * options.batch;
    c.run = [generator, mel]() mutable {
        InferenceGuard inference;
        generator->forward(mel);
    };
    return c;
}

const BenchRegistrar registrar(
    "hifigan",
    "HiFi-GAN V1 vocoder (512 channels, upsample 8-8-2-2, 80 mel bins, hop 256, 22.05 kHz); "
    "--checkpoint loads a SpeechT5HifiGan-layout checkpoint instead of random weights",
    makeHifiGan);

}  // namespace hifigan

}  // namespace sonara::bench
