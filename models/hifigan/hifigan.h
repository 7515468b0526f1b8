#pragma once

#include <memory>
#include <string>

#include "models/common/array.h"
#include "models/common/progress.h"

namespace sonara::models {

// HiFi-GAN V1 vocoder (transformers SpeechT5HifiGan layout, or the authors' jik876/hifi-gan
// layout): mel spectrogram -> waveform.
class HifiGan {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16
    };

    // checkpointDir holds config.json and model.safetensors (or a sharded index), or a
    // jik876/hifi-gan generator saved with torch.save ({"generator": state_dict}, e.g. its
    // generator_v1 renamed model.pth) with its config.json, or without one for V1.
    static HifiGan load(const std::string& checkpointDir);
    static HifiGan load(const std::string& checkpointDir, const Options& options);

    // spectrogram [frames, bins] -> waveform [frames * hopLength()], or
    // [batch, frames, bins] -> [batch, frames * hopLength()]; samples in [-1, 1].
    FloatArray generate(const FloatArray& spectrogram, const ProgressFn& progress = {}) const;

    int sampleRate() const;
    int melBins() const;
    int hopLength() const;
    std::string device() const;  // e.g. "cpu", "cuda:0"
    std::string dtype() const;   // e.g. "float32"

private:
    struct Impl;
    explicit HifiGan(std::shared_ptr<const Impl> impl);
    // Shared: copies of a HifiGan use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
