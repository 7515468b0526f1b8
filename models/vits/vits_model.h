#pragma once

// Internal to models/vits: the whole VITS generator as one torch module with transformers'
// VitsModel tensor names (text_encoder, duration_predictor, flow, decoder, embed_speaker).

#include <torch/torch.h>

#include <cstdint>
#include <string>

#include "models/common/progress.h"
#include "models/hifigan/hifigan_generator.h"
#include "models/vits/vits_config.h"
#include "models/vits/vits_duration.h"
#include "models/vits/vits_flow.h"
#include "models/vits/vits_text_encoder.h"

namespace sonara::models {

struct VitsControls {
    double speakingRate = 1.0;
    double noiseScale = 0.0;
    double noiseScaleDuration = 0.0;
    int64_t speaker = 0;  // ignored by single-speaker models
    uint64_t seed = 0;
};

struct VitsWaveforms {
    torch::Tensor waveform;  // [batch, samples], zero-padded past each item's length
    torch::Tensor lengths;   // [batch] samples per item (int64, CPU)
};

class VitsModelImpl : public torch::nn::Module {
public:
    explicit VitsModelImpl(const VitsConfig& config);

    // inputIds [batch, length] int64 on the model's device; tokenMask [batch, length] bool
    // (true = token), undefined when no sequence is padded.
    VitsWaveforms synthesize(const torch::Tensor& inputIds, const torch::Tensor& tokenMask,
                             const VitsControls& controls, const ProgressFn& progress = nullptr);

    const VitsConfig& config() const { return config_; }

private:
    torch::Tensor speakerConditioning(int64_t speaker, const torch::Tensor& like);

    VitsConfig config_;
    VitsTextEncoder textEncoder_{nullptr};
    VitsStochasticDurationPredictor stochasticDuration_{nullptr};
    VitsDurationPredictor duration_{nullptr};
    VitsResidualCouplingBlock flow_{nullptr};
    HifiGanGenerator decoder_{nullptr};
    torch::nn::Embedding embedSpeaker_{nullptr};
};
TORCH_MODULE(VitsModel);

// Builds the model from a checkpoint directory (config.json + safetensors, any of the layouts
// loadWeights accepts) in float32 on CPU; the caller moves it to its device and dtype.
VitsModel loadVitsModel(const std::string& checkpointDir);

}  // namespace sonara::models
