#include <algorithm>
#include <cmath>

#include "bench_registry.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/demucs/demucs_apply.h"
#include "models/demucs/htdemucs_model.h"

namespace sonara::bench {

namespace htdemucs {

using namespace sonara::models;

BenchCase makeHTDemucs(const BenchOptions& options) {
    BenchCase c;
    c.device = parseDevice(options.device);
    c.dtype = parseDtype(options.dtype, c.device);

    std::string size = options.size.empty() ? "htdemucs" : options.size;
    std::vector<HTDemucsModel> models;
    if (!options.checkpoint.empty()) {
        models.push_back(loadHTDemucsModel(options.checkpoint));
        size = "checkpoint";
    } else {
        // htdemucs_ft runs four networks of htdemucs's dimensions, one per stem.
        const int count = size == "htdemucs_ft" ? 4 : 1;
        for (int m = 0; m < count; ++m)
            models.emplace_back(HTDemucsConfig::published(size));
    }
    for (auto& model : models) {
        model->to(c.device, c.dtype);
        model->eval();
    }
    const HTDemucsConfig& config = models.front()->config();

    const auto rate = static_cast<double>(config.sampleRate);
    const auto samples =
        std::max<int64_t>(config.hopLength(), std::llround(options.seconds * rate));
    const double audioSeconds = static_cast<double>(samples) / rate;
    SegmentedOptions split;
    // demucs' default: the training segment (7.8 s) with 0.25 overlap; shorter inputs run as
    // one padded segment, as apply_model does.
    split.segmentLength = config.segmentSamples;
    split.batch = options.batch;
    const auto mix = torch::randn({config.audioChannels, samples}) * 0.3;

    c.labels = {{"size", size}};
    c.work = {{"audio_seconds", audioSeconds},
              {"segment_seconds", static_cast<double>(split.segmentLength) / rate},
              {"models", static_cast<double>(models.size())}};
    c.throughputKey = "audio_s_per_s";
    c.throughputUnits = audioSeconds;
    const auto device = c.device;
    const auto dtype = c.dtype;
    c.run = [models, mix, split, device, dtype]() mutable {
        InferenceGuard inference;
        applySegmented(
            [&](const torch::Tensor& segments) {
                const auto x = segments.to(device, dtype);
                // A bag with one model per stem: each model's stems weighted 1/n here; the
                // cost is the same as with htdemucs_ft's one-hot weights.
                torch::Tensor sum;
                for (auto& model : models) {
                    const auto stems = model->forward(x);
                    sum = sum.defined() ? sum + stems : stems;
                }
                return models.size() == 1 ? sum : sum / static_cast<double>(models.size());
            },
            mix, split);
    };
    return c;
}

const BenchRegistrar registrar(
    "htdemucs",
    "Hybrid Transformer Demucs v4 at the published dimensions (48 channels, depth 4, nfft 4096, "
    "5 cross-domain transformer layers; --size htdemucs [default, 4 stems, 512-wide "
    "transformer], htdemucs_6s [6 stems] or htdemucs_ft [a bag of four]) separating stereo "
    "44.1 kHz audio in 7.8 s segments with 0.25 overlap (--seconds 60 is the reference "
    "workload; --batch segments per network call); --checkpoint loads a published .th file "
    "instead of random weights",
    makeHTDemucs);

}  // namespace htdemucs

}  // namespace sonara::bench
