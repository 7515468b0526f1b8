#pragma once

#include <cstdint>
#include <string>

#include "models/common/config.h"
#include "models/wav2vec2/wav2vec2_config.h"

namespace sonara::models {

// transformers' WavLMConfig, the fields WavLMModel inference reads: Wav2Vec2's layout plus the
// bucketed relative position bias of its attention. Defaults are that class's defaults.
struct WavLMConfig {
    // Feature encoder, projection, positional conv, layer sizes and layer-norm placement, which
    // WavLM shares with Wav2Vec2 field for field.
    Wav2Vec2Config base;
    int64_t numBuckets = 320;
    int64_t maxBucketDistance = 800;

    static WavLMConfig fromConfig(const Config& config);
    // Real dimensions for benchmarks: "base" (wavlm-base and base-plus: group norm, post-LN) and
    // "large" (wavlm-large: layer norm, stable layer norm).
    static WavLMConfig preset(const std::string& size);

    int64_t numLayers() const { return base.numHiddenLayers; }
    int64_t hiddenSize() const { return base.hiddenSize; }
    int64_t frameStride() const { return base.frameStride(); }
    // Fewest samples that yield `frames` frames.
    int64_t samplesForFrames(int64_t frames) const;
    // Frames the feature encoder makes of `samples` samples (0 when too short for one).
    int64_t framesForSamples(int64_t samples) const;
    void validate() const;  // throws Error naming the offending field
};

}  // namespace sonara::models
