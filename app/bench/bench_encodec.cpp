#include <cmath>

#include "bench_registry.h"
#include "models/common/config.h"
#include "models/common/device.h"
#include "models/encodec/encodec_model.h"

namespace sonara::bench {

namespace encodec {

using namespace sonara::models;

// The EnCodec paper's reference operating point: 8 codebooks at 24 kHz.
constexpr double kBandwidth = 6.0;

BenchCase makeEncodec(const BenchOptions& options) {
    BenchCase c;
    c.device = parseDevice(options.device);
    c.dtype = parseDtype(options.dtype, c.device);

    EncodecModel model{nullptr};
    if (options.checkpoint.empty()) {
        model = EncodecModel(EncodecConfig{});
        // Zero codebooks would send every frame to code 0; random ones make the search real.
        torch::NoGradGuard noGrad;
        for (auto& buffer : model->named_buffers())
            buffer.value().normal_();
    } else {
        model = loadEncodecModel(options.checkpoint,
                                 EncodecConfig::fromConfig(Config::load(options.checkpoint)));
    }
    model->to(c.device, c.dtype);
    model->eval();
    const EncodecConfig& config = model->config();
    const int64_t codebooks = config.codebooksForBandwidth(kBandwidth);

    const auto samples = std::max<int64_t>(
        1, std::llround(options.seconds * static_cast<double>(config.samplingRate)));
    const double audioSeconds =
        static_cast<double>(samples) / static_cast<double>(config.samplingRate);
    InferenceGuard guard;
    auto audio = 0.1 * torch::randn({options.batch, config.audioChannels, samples},
                                    torch::TensorOptions().device(c.device).dtype(c.dtype));

    c.labels = {{"size", options.checkpoint.empty() ? "24khz" : "checkpoint"}};
    c.work = {{"audio_seconds", audioSeconds},
              {"bandwidth_kbps", kBandwidth},
              {"codebooks", static_cast<double>(codebooks)}};
    c.throughputKey = "audio_s_per_s";
    c.throughputUnits = audioSeconds * options.batch;
    c.run = [model, audio, codebooks]() mutable {
        InferenceGuard inference;
        model->decode(model->encode(audio, codebooks));
    };
    return c;
}

const BenchRegistrar registrar(
    "encodec",
    "EnCodec 24 kHz (facebook/encodec_24khz dimensions: 32 filters, ratios 8-5-4-2, 2-layer "
    "LSTM, 32 codebooks of 1024), encode + decode at 6 kbps; --checkpoint loads a transformers "
    "EncodecModel checkpoint instead of random weights",
    makeEncodec);

}  // namespace encodec

}  // namespace sonara::bench
