#include <cmath>

#include "bench_registry.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/vits/vits_model.h"

namespace sonara::bench {

namespace vits {

using namespace sonara::models;

// DESIGN.md's reference work unit: 400 tokens (blanks included) of MMS-TTS.
constexpr int64_t kDefaultTokens = 400;

// transformers' VitsPreTrainedModel._init_weights, so that random-weight durations (and so the
// length of audio produced per token) resemble the reference benchmark's.
void initLikeReference(torch::nn::Module& model, const VitsConfig& config) {
    torch::NoGradGuard noGrad;
    for (auto& module : model.modules()) {
        if (auto* conv = module->as<torch::nn::Conv1d>()) {
            torch::nn::init::kaiming_normal_(conv->weight);
            if (conv->bias.defined()) {
                const auto& o = conv->options;
                const double k =
                    std::sqrt(static_cast<double>(o.groups()) /
                              static_cast<double>(o.in_channels() * o.kernel_size()->at(0)));
                conv->bias.uniform_(-k, k);
            }
        } else if (auto* up = module->as<torch::nn::ConvTranspose1d>()) {
            torch::nn::init::kaiming_normal_(up->weight);
            const auto& o = up->options;
            const double k =
                std::sqrt(static_cast<double>(o.groups()) /
                          static_cast<double>(o.in_channels() * o.kernel_size()->at(0)));
            up->bias.uniform_(-k, k);
        } else if (auto* linear = module->as<torch::nn::Linear>()) {
            linear->weight.normal_(0.0, 0.02);
            if (linear->bias.defined())
                linear->bias.zero_();
        } else if (auto* embedding = module->as<torch::nn::Embedding>()) {
            embedding->weight.normal_(0.0, 0.02);
        }
    }
    const double relStd =
        1.0 / std::sqrt(static_cast<double>(config.hiddenSize / config.numAttentionHeads));
    for (auto& p : model.named_parameters()) {
        const auto& name = p.key();
        if (name.size() > 10 && (name.compare(name.size() - 9, 9, "emb_rel_k") == 0 ||
                                 name.compare(name.size() - 9, 9, "emb_rel_v") == 0)) {
            p.value().normal_(0.0, relStd);
        }
    }
}

BenchCase makeVits(const BenchOptions& options) {
    const std::string size = options.size.empty() ? "mms" : options.size;
    if (size != "mms")
        throw Error("--size must be mms (the MMS-TTS dimensions); got '" + size + "'");
    BenchCase c;
    c.device = parseDevice(options.device);
    c.dtype = parseDtype(options.dtype, c.device);

    VitsModel model{nullptr};
    if (options.checkpoint.empty()) {
        torch::manual_seed(0);
        model = VitsModel(VitsConfig{});
        initLikeReference(*model, model->config());
    } else {
        model = loadVitsModel(options.checkpoint);
    }
    model->to(c.device, c.dtype);
    model->eval();
    const VitsConfig config = model->config();

    // Characters interspersed with the blank token, as the MMS tokenizer makes them.
    const int64_t tokens = options.tokens > 0 ? options.tokens : kDefaultTokens;
    InferenceGuard guard;
    auto ids = torch::randint(1, config.vocabSize, {options.batch, tokens}, torch::kLong);
    ids.slice(1, 0, tokens, 2).zero_();
    ids = ids.to(c.device);

    VitsControls controls;
    controls.speakingRate = config.speakingRate;
    controls.noiseScale = config.noiseScale;
    controls.noiseScaleDuration = config.noiseScaleDuration;
    // The seeded noise makes every run the same length, measured once here.
    const auto probe = model->synthesize(ids, {}, controls);
    const double audioSeconds = static_cast<double>(probe.lengths.max().item<int64_t>()) /
                                static_cast<double>(config.samplingRate);

    c.labels = {{"size", size}};
    c.work = {{"tokens", static_cast<double>(tokens)}, {"audio_seconds", audioSeconds}};
    c.throughputKey = "audio_s_per_s";
    c.throughputUnits = audioSeconds * options.batch;
    c.extraThroughputs = {{"tokens_per_s", static_cast<double>(tokens * options.batch)}};
    c.run = [model, ids, controls]() mutable {
        InferenceGuard inference;
        model->synthesize(ids, {}, controls);
    };
    return c;
}

const BenchRegistrar registrar(
    "vits",
    "VITS text-to-speech at the MMS-TTS dimensions (hidden 192, 6 layers, 4 prior flows, "
    "HiFi-GAN 512 channels, 16 kHz): --tokens tokens (default 400, blanks included) per batch "
    "item through text encoder, stochastic durations, flow and decoder; --checkpoint loads a "
    "VitsModel checkpoint instead of random weights",
    makeVits);

}  // namespace vits

}  // namespace sonara::bench
