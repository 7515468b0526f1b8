#include "models/vits/vits_model.h"

#include <ATen/CPUGeneratorImpl.h>

#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/weights.h"

namespace sonara::models {

namespace {

// Drawn on the CPU from one seeded generator, so a seed gives the same voice on every device.
torch::Tensor gaussian(at::IntArrayRef shape, at::Generator& generator, const torch::Tensor& like) {
    return torch::randn(shape, generator, torch::TensorOptions().dtype(torch::kFloat32))
        .to(like.device(), like.scalar_type());
}

// Repeats each token's row for its duration: perToken [batch, tokens, channels] and integer
// durations [batch, 1, tokens] -> [batch, frames, channels], zeros past the last token. The same
// values as the reference's one-hot alignment matmul, without its [frames, tokens] matrix.
torch::Tensor expandToFrames(const torch::Tensor& perToken, const torch::Tensor& duration,
                             int64_t frames) {
    const int64_t batch = perToken.size(0);
    const int64_t tokens = perToken.size(1);
    const auto cumulative = torch::cumsum(duration.squeeze(1), -1);  // [batch, tokens]
    const auto positions = torch::arange(frames, cumulative.options())
                               .unsqueeze(0)
                               .expand({batch, frames})
                               .contiguous();
    // Frame f belongs to the first token whose running end exceeds f.
    const auto index =
        torch::searchsorted(cumulative, positions, false, true).clamp_max(tokens - 1);
    const auto covered =
        (positions < cumulative.slice(1, tokens - 1)).unsqueeze(-1).to(perToken.scalar_type());
    return perToken.gather(1, index.unsqueeze(-1).expand({batch, frames, perToken.size(2)})) *
           covered;
}

}  // namespace

VitsModelImpl::VitsModelImpl(const VitsConfig& config) : config_(config) {
    config_.validate();
    textEncoder_ = register_module("text_encoder", VitsTextEncoder(config_));
    flow_ = register_module("flow", VitsResidualCouplingBlock(config_));
    HifiGanGeneratorOptions decoder;
    decoder.config = config_.decoderConfig();
    decoder.conditioningChannels = config_.speakerEmbeddingSize;
    decoder.postConvBias = false;
    decoder.spectrogramBuffers = false;
    decoder_ = register_module("decoder", HifiGanGenerator(decoder));
    if (config_.useStochasticDurationPrediction) {
        stochasticDuration_ =
            register_module("duration_predictor", VitsStochasticDurationPredictor(config_));
    } else {
        duration_ = register_module("duration_predictor", VitsDurationPredictor(config_));
    }
    if (config_.numSpeakers > 1) {
        embedSpeaker_ = register_module(
            "embed_speaker",
            torch::nn::Embedding(config_.numSpeakers, config_.speakerEmbeddingSize));
    }
}

torch::Tensor VitsModelImpl::speakerConditioning(int64_t speaker, const torch::Tensor& like) {
    if (!embedSpeaker_)
        return {};
    if (speaker < 0 || speaker >= config_.numSpeakers) {
        throw Error("VITS speaker " + std::to_string(speaker) +
                    " is out of range: this model has " + std::to_string(config_.numSpeakers) +
                    " speakers (0-" + std::to_string(config_.numSpeakers - 1) + ")");
    }
    const auto id =
        torch::full({1}, speaker, torch::TensorOptions().dtype(torch::kLong)).to(like.device());
    return embedSpeaker_->forward(id).unsqueeze(-1);  // [1, embed, 1], broadcast over the batch
}

VitsWaveforms VitsModelImpl::synthesize(const torch::Tensor& inputIds,
                                        const torch::Tensor& tokenMask,
                                        const VitsControls& controls, const ProgressFn& progress) {
    if (controls.speakingRate <= 0.0) {
        throw Error("VITS speaking rate must be positive, found " +
                    std::to_string(controls.speakingRate));
    }
    const auto dtype = textEncoder_->parameters().front().scalar_type();
    const int64_t batch = inputIds.size(0);
    const int64_t tokens = inputIds.size(1);
    const auto paddingMask = tokenMask.defined()
                                 ? tokenMask.to(dtype).unsqueeze(-1)
                                 : torch::ones({batch, tokens, 1}, inputIds.options().dtype(dtype));
    const auto speaker = speakerConditioning(controls.speaker, inputIds);
    auto generator = at::detail::createCPUGenerator(controls.seed);

    reportProgress(progress, 0.0, "text encoder");
    const auto encoded = textEncoder_->forward(inputIds, paddingMask, tokenMask);
    const auto hidden = encoded.hidden.transpose(1, 2);
    const auto tokenMaskT = paddingMask.transpose(1, 2);  // [batch, 1, tokens]

    reportProgress(progress, 0.1, "durations");
    torch::Tensor logDuration;
    if (stochasticDuration_) {
        const auto noise =
            controls.noiseScaleDuration == 0.0
                ? torch::zeros({batch, 2, tokens}, hidden.options())
                : gaussian({batch, 2, tokens}, generator, hidden) * controls.noiseScaleDuration;
        logDuration = stochasticDuration_->forward(hidden, tokenMaskT, speaker, noise);
    } else {
        logDuration = duration_->forward(hidden, tokenMaskT, speaker);
    }

    // Durations and their running sums stay in float32: half precision counts frames exactly only
    // up to 2048.
    const auto duration =
        torch::ceil(torch::exp(logDuration.to(torch::kFloat32)) * tokenMaskT.to(torch::kFloat32) *
                    (1.0 / controls.speakingRate));
    const auto frameCounts = duration.sum({1, 2}).clamp_min(1.0).to(torch::kLong);
    const int64_t frames = frameCounts.max().item<int64_t>();
    const auto frameMask =
        (torch::arange(frames, frameCounts.options()).unsqueeze(0) < frameCounts.unsqueeze(1))
            .unsqueeze(1)
            .to(dtype);  // [batch, 1, frames]

    auto prior = expandToFrames(encoded.priorMeans, duration, frames).transpose(1, 2);
    if (controls.noiseScale != 0.0) {
        const auto logVariances =
            expandToFrames(encoded.priorLogVariances, duration, frames).transpose(1, 2);
        prior = prior + gaussian(prior.sizes(), generator, prior) * torch::exp(logVariances) *
                            controls.noiseScale;
    }

    reportProgress(progress, 0.2, "flow");
    const auto latents = flow_->reverse(prior, frameMask, speaker);
    const auto spectrogram = latents * frameMask;

    const auto decoderProgress = [&](double fraction, std::string_view stage) {
        return !progress || progress(0.3 + 0.7 * fraction, stage);
    };
    auto waveform = decoder_->decode(spectrogram, speaker, decoderProgress).squeeze(1);
    return {waveform, (frameCounts * config_.hopLength()).to(torch::kCPU)};
}

VitsModel loadVitsModel(const std::string& checkpointDir) {
    const auto config = VitsConfig::fromConfig(Config::load(checkpointDir));
    const auto checkpoint = Checkpoint::open(checkpointDir);
    VitsModel model(config);
    WeightMapping mapping;
    mapping.modelName = "VITS (transformers VitsModel layout)";
    // The posterior encoder and the duration predictor's posterior flows serve training only;
    // inference skips flows.1 of the stochastic duration predictor like the reference does.
    mapping.ignore = {"posterior_encoder.", "duration_predictor.post_"};
    if (config.useStochasticDurationPrediction)
        mapping.ignore.push_back("duration_predictor.flows.1.");
    loadWeights(*model, checkpoint, mapping);
    return model;
}

}  // namespace sonara::models
