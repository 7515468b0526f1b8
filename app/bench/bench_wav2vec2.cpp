#include <cmath>

#include "bench_registry.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/wav2vec2/wav2vec2_model.h"

namespace sonara::bench {

namespace wav2vec2 {

using namespace sonara::models;

BenchCase makeWav2Vec2(const BenchOptions& options) {
    BenchCase c;
    c.device = parseDevice(options.device);
    c.dtype = parseDtype(options.dtype, c.device);

    Wav2Vec2ForCtc model{nullptr};
    std::string size = options.size.empty() ? "base" : options.size;
    if (options.checkpoint.empty()) {
        model = Wav2Vec2ForCtc(Wav2Vec2Config::preset(size));
    } else {
        model = loadWav2Vec2ForCtc(options.checkpoint);
        size = "checkpoint";
    }
    model->to(c.device, c.dtype);
    model->eval();

    const double sampleRate = 16000.0;
    const auto samples = std::max<int64_t>(400, std::llround(options.seconds * sampleRate));
    const double audioSeconds = static_cast<double>(samples) / sampleRate;
    InferenceGuard guard;
    auto audio = torch::randn({options.batch, samples},
                              torch::TensorOptions().device(c.device).dtype(c.dtype));

    c.labels = {{"size", size}};
    c.work = {{"audio_seconds", audioSeconds}};
    c.throughputKey = "audio_s_per_s";
    c.throughputUnits = audioSeconds * options.batch;
    c.run = [model, audio]() mutable {
        InferenceGuard inference;
        model->forward(audio);
    };
    return c;
}

const BenchRegistrar registrar(
    "wav2vec2",
    "Wav2Vec2ForCTC, 16 kHz audio -> CTC logits; --size base (768 hidden, 12 layers, group norm) "
    "or large (1024 hidden, 24 layers, stable layer norm); --checkpoint loads a transformers "
    "Wav2Vec2ForCTC checkpoint instead of random weights",
    makeWav2Vec2);

}  // namespace wav2vec2

}  // namespace sonara::bench
