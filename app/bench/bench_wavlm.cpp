#include <algorithm>
#include <cmath>

#include "bench_registry.h"
#include "models/common/device.h"
#include "models/wavlm/wavlm_model.h"

namespace sonara::bench {

namespace wavlm {

using namespace sonara::models;

// kNN-VC's features: wavlm-large's layer 6.
constexpr int64_t kLayer = 6;

BenchCase makeWavLM(const BenchOptions& options) {
    BenchCase c;
    c.device = parseDevice(options.device);
    c.dtype = parseDtype(options.dtype, c.device);

    WavLMModel model{nullptr};
    std::string size = options.size.empty() ? "large" : options.size;
    if (options.checkpoint.empty()) {
        model = WavLMModel(WavLMConfig::preset(size));
    } else {
        model = loadWavLMModel(options.checkpoint);
        size = "checkpoint";
    }
    model->to(c.device, c.dtype);
    model->eval();
    const int64_t layer = std::min<int64_t>(kLayer, model->config().numLayers());

    const double sampleRate = 16000.0;
    const auto samples = std::max<int64_t>(400, std::llround(options.seconds * sampleRate));
    const double audioSeconds = static_cast<double>(samples) / sampleRate;
    InferenceGuard guard;
    auto audio = torch::randn({options.batch, samples},
                              torch::TensorOptions().device(c.device).dtype(c.dtype));

    c.labels = {{"size", size}, {"layer", std::to_string(layer)}};
    c.work = {{"audio_seconds", audioSeconds}};
    c.throughputKey = "audio_s_per_s";
    c.throughputUnits = audioSeconds * options.batch;
    c.run = [model, audio, layer]() mutable {
        InferenceGuard inference;
        model->forward(audio, layer, false);
    };
    return c;
}

const BenchRegistrar registrar(
    "wavlm",
    "WavLMModel, 16 kHz audio -> layer-6 features (kNN-VC); --size large (1024 hidden, stable "
    "layer norm) or base (768 hidden, group norm, as base-plus); --checkpoint loads a "
    "transformers WavLM checkpoint instead of random weights",
    makeWavLM);

}  // namespace wavlm

}  // namespace sonara::bench
