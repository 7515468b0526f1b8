#pragma once

#include <memory>
#include <string>
#include <vector>

#include "models/common/array.h"
#include "models/common/progress.h"

namespace sonara::models {

// NVIDIA's WaveGlow vocoder (DeepLearningExamples layout): mel spectrogram -> waveform.
class WaveGlow {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16
    };

    // checkpoint: a directory with config.json and model.safetensors (or a torch.save file such
    // as model.pth), or a torch.save file itself, e.g. NVIDIA's torch.hub checkpoint
    // {"state_dict": {"module.<name>": ...}}; without a config.json beside it the architecture is
    // read off the tensor shapes.
    static WaveGlow load(const std::string& checkpoint);
    static WaveGlow load(const std::string& checkpoint, const Options& options);

    // mel [bins, frames] -> waveform [frames * hopLength()], or [batch, bins, frames] ->
    // [batch, frames * hopLength()]. sigma scales the latent noise (the reference uses 0.6 to
    // 1.0). noise replaces the draws: noiseShapes() lists them, with a leading batch dimension
    // exactly when mel has one.
    FloatArray infer(const FloatArray& mel, double sigma = 1.0,
                     const std::vector<FloatArray>& noise = {},
                     const ProgressFn& progress = {}) const;
    std::vector<std::vector<int64_t>> noiseShapes(int64_t frames) const;

    int sampleRate() const;
    int melBins() const;
    int hopLength() const;
    std::string device() const;  // e.g. "cpu", "cuda:0"
    std::string dtype() const;   // e.g. "float32"

private:
    struct Impl;
    explicit WaveGlow(std::shared_ptr<const Impl> impl);
    // Shared: copies of a WaveGlow use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
