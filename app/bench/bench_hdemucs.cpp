#include <algorithm>
#include <cmath>

#include "bench_registry.h"
#include "models/common/device.h"
#include "models/demucs/demucs_apply.h"
#include "models/demucs/hdemucs_model.h"

namespace sonara::bench {

namespace hdemucs {

using namespace sonara::models;

// demucs' default segment length for Hybrid Demucs separation.
constexpr double kSegmentSeconds = 10.0;

BenchCase makeHDemucs(const BenchOptions& options) {
    BenchCase c;
    c.device = parseDevice(options.device);
    c.dtype = parseDtype(options.dtype, c.device);

    HDemucsModel model{nullptr};
    std::string size = "high";
    if (options.checkpoint.empty()) {
        model = HDemucsModel(HDemucsConfig{});
    } else {
        model = loadHDemucsModel(options.checkpoint);
        size = "checkpoint";
    }
    model->to(c.device, c.dtype);
    model->eval();
    const HDemucsConfig& config = model->config();

    const auto rate = static_cast<double>(config.sampleRate);
    const auto samples =
        std::max<int64_t>(config.hopLength(), std::llround(options.seconds * rate));
    const double audioSeconds = static_cast<double>(samples) / rate;
    SegmentedOptions split;
    // Inputs shorter than a segment run as one network call of their own length.
    split.segmentLength = std::min<int64_t>(samples, std::llround(kSegmentSeconds * rate));
    split.batch = options.batch;
    const auto mix = torch::randn({config.audioChannels, samples}) * 0.3;

    c.labels = {{"size", size}};
    c.work = {{"audio_seconds", audioSeconds},
              {"segment_seconds", static_cast<double>(split.segmentLength) / rate}};
    c.throughputKey = "audio_s_per_s";
    c.throughputUnits = audioSeconds;
    const auto device = c.device;
    const auto dtype = c.dtype;
    c.run = [model, mix, split, device, dtype]() mutable {
        InferenceGuard inference;
        applySegmented(
            [&](const torch::Tensor& segments) {
                return model->forward(segments.to(device, dtype));
            },
            mix, split);
    };
    return c;
}

const BenchRegistrar registrar(
    "hdemucs",
    "Hybrid Demucs v3 hdemucs_high (48 channels, depth 6, nfft 4096, 4 stems) separating stereo "
    "44.1 kHz audio in 10 s segments with 0.25 overlap (--seconds 60 is the reference workload; "
    "--batch segments per network call); --checkpoint loads a torchaudio HDemucs checkpoint "
    "instead of random weights",
    makeHDemucs);

}  // namespace hdemucs

}  // namespace sonara::bench
