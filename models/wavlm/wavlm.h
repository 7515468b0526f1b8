#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "models/common/array.h"
#include "models/common/progress.h"

namespace sonara::models {

// WavLMModel (transformers layout; wavlm-base/base-plus group-norm and wavlm-large
// stable-layer-norm variants): 16 kHz audio -> per-frame hidden states at 50 Hz, e.g. layer 6 of
// wavlm-large as kNN-VC's features.
//
// Hidden states are numbered as transformers' output_hidden_states: 0 is the transformer's input,
// i the output of layer i. As transformers 5 reports them, none carries the stable-layer-norm
// layout's final encoder layer norm (its last_hidden_state does; 4.x also put it in the last
// state).
class WavLM {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16
        // Attention memory grows with the square of the frames in one pass. Audio up to
        // windowSeconds runs in one pass, exactly as the reference does; longer audio runs in
        // windows of windowSeconds whose first and last contextSeconds only give context to the
        // frames kept from the middle, so memory stays flat in the audio's length. Frames of
        // long audio then differ slightly from one whole-signal pass, most near window seams.
        double windowSeconds = 30.0;
        double contextSeconds = 2.0;
        // Whether audio is scaled to zero mean and unit variance first; unset: as the
        // checkpoint's preprocessor_config.json says. kNN-VC's features come from raw audio.
        std::optional<bool> normalize;
    };

    // checkpointDir holds config.json and model.safetensors (or a sharded index, or
    // pytorch_model.bin). With do_normalize set in a preprocessor_config.json there (or
    // Options::normalize), audio is scaled to zero mean and unit variance first, as
    // Wav2Vec2FeatureExtractor does.
    static WavLM load(const std::string& checkpointDir);
    static WavLM load(const std::string& checkpointDir, const Options& options);

    // Hidden states 0..upToLayer (-1: all, 0..numLayers()): audio [samples] ->
    // [upToLayer + 1, frames, hidden], [batch, samples] -> [upToLayer + 1, batch, frames, hidden].
    // No layer past upToLayer runs. progress reports after each layer of each window; returning
    // false cancels (Cancelled is thrown).
    FloatArray hiddenStates(const FloatArray& audio16k, int upToLayer = -1,
                            const ProgressFn& progress = {}) const;
    // Hidden state `layer` alone: [frames, hidden] or [batch, frames, hidden]; no later layer runs.
    FloatArray layerOutput(const FloatArray& audio16k, int layer,
                           const ProgressFn& progress = {}) const;

    int numLayers() const;
    int64_t hiddenSize() const;
    int sampleRate() const;          // 16000
    int64_t frameStride() const;     // samples per frame (320)
    double frameRate() const;        // frames per second (50)
    int64_t minimumSamples() const;  // shortest input that yields one frame (400)
    int64_t frameCount(int64_t samples) const;
    std::string device() const;
    std::string dtype() const;

private:
    struct Impl;
    explicit WavLM(std::shared_ptr<const Impl> impl);
    // Shared: copies of a WavLM use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
