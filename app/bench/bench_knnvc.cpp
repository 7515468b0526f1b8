#include <algorithm>
#include <cmath>

#include "bench_registry.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/knnvc/knnvc_match.h"
#include "models/knnvc/knnvc_vocoder.h"
#include "models/wavlm/wavlm_model.h"

namespace sonara::bench {

namespace knnvc {

using namespace sonara::models;

constexpr int64_t kLayer = 6;
constexpr int64_t kNeighbours = 4;
constexpr double kDefaultMatchingMinutes = 5.0;
constexpr int64_t kSearchBlockElements = int64_t(1) << 26;  // KnnVc::Options' default

BenchCase makeKnnVc(const BenchOptions& options) {
    if (!options.checkpoint.empty()) {
        throw Error("the knnvc bench runs on random weights only; it takes no --checkpoint");
    }
    BenchCase c;
    c.device = parseDevice(options.device);
    c.dtype = parseDtype(options.dtype, c.device);

    const std::string size = options.size.empty() ? "large" : options.size;
    WavLMModel wavlm(WavLMConfig::preset(size));
    wavlm->to(c.device, c.dtype);
    wavlm->eval();
    const int64_t features = wavlm->config().hiddenSize();
    const int64_t layer = std::min<int64_t>(kLayer, wavlm->config().numLayers());

    HifiGanGeneratorOptions vocoderOptions = knnVcVocoderOptions();
    vocoderOptions.inputProjectionDim = features;
    HifiGanGenerator vocoder(vocoderOptions);
    vocoder->to(c.device, c.dtype);
    vocoder->eval();

    const double sampleRate = 16000.0;
    const auto samples = std::max<int64_t>(400, std::llround(options.seconds * sampleRate));
    const double audioSeconds = static_cast<double>(samples) / sampleRate;
    const double minutes =
        options.matchingMinutes > 0 ? options.matchingMinutes : kDefaultMatchingMinutes;
    const auto matchingFrames = std::max<int64_t>(kNeighbours, std::llround(minutes * 60.0 * 50.0));

    InferenceGuard guard;
    const auto on = torch::TensorOptions().device(c.device);
    auto audio = torch::randn({options.batch, samples}, on.dtype(c.dtype)) * 0.1;
    // A voice's matching set is computed once and cached with the voice, so a conversion only
    // searches it: random features stand in for it, in float32 as KnnVc keeps it.
    auto matching = torch::randn({matchingFrames, features}, on.dtype(torch::kFloat32));

    c.labels = {{"size", size}, {"layer", std::to_string(layer)}};
    c.work = {{"audio_seconds", audioSeconds},
              {"matching_minutes", minutes},
              {"matching_frames", double(matchingFrames)},
              {"k", double(kNeighbours)}};
    c.throughputKey = "audio_s_per_s";
    c.throughputUnits = audioSeconds * options.batch;
    const auto dtype = c.dtype;
    c.run = [wavlm, vocoder, audio, matching, layer, dtype]() mutable {
        InferenceGuard inference;
        const auto query = wavlm->forward(audio, layer, false)[0];  // [batch, frames, features]
        for (int64_t b = 0; b < query.size(0); ++b) {
            const auto indices =
                nearestNeighbours(query[b], matching, kNeighbours, kSearchBlockElements);
            const auto averaged = averageNeighbours(matching, indices);
            vocoder->forwardFeatures(averaged.to(dtype).unsqueeze(0));
        }
    };
    return c;
}

const BenchRegistrar registrar(
    "knnvc",
    "kNN-VC conversion of --seconds of speech: WavLM layer-6 features (--size large, 1024 "
    "hidden, or base), k=4 cosine nearest neighbours in a --matching-minutes matching set "
    "(default 5, random features as a voice's cache holds them), and the authors' HiFi-GAN "
    "(lin_pre 1024->512, upsampling 10-8-2-2 to 16 kHz); random weights, one pass each",
    makeKnnVc);

}  // namespace knnvc

}  // namespace sonara::bench
