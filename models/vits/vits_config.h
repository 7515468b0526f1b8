#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "models/common/config.h"
#include "models/hifigan/hifigan_config.h"

namespace sonara::models {

// transformers' VitsConfig; defaults are that class's defaults (the MMS-TTS dimensions).
struct VitsConfig {
    int64_t vocabSize = 38;
    int64_t hiddenSize = 192;
    int64_t numHiddenLayers = 6;
    int64_t numAttentionHeads = 2;
    int64_t windowSize = 4;  // 0: no relative-position attention
    bool useBias = true;
    int64_t ffnDim = 768;
    int64_t ffnKernelSize = 3;
    int64_t flowSize = 192;
    std::string hiddenAct = "relu";
    double layerNormEps = 1e-5;
    bool useStochasticDurationPrediction = true;
    int64_t numSpeakers = 1;
    int64_t speakerEmbeddingSize = 0;
    int64_t upsampleInitialChannel = 512;
    std::vector<int64_t> upsampleRates = {8, 8, 2, 2};
    std::vector<int64_t> upsampleKernelSizes = {16, 16, 4, 4};
    std::vector<int64_t> resblockKernelSizes = {3, 7, 11};
    std::vector<std::vector<int64_t>> resblockDilationSizes = {{1, 3, 5}, {1, 3, 5}, {1, 3, 5}};
    double leakyReluSlope = 0.1;
    int64_t depthSeparableChannels = 2;
    int64_t depthSeparableNumLayers = 3;
    int64_t durationPredictorFlowBins = 10;
    double durationPredictorTailBound = 5.0;
    int64_t durationPredictorKernelSize = 3;
    int64_t durationPredictorNumFlows = 4;
    int64_t durationPredictorFilterChannels = 256;
    int64_t priorEncoderNumFlows = 4;
    int64_t priorEncoderNumWavenetLayers = 4;
    int64_t wavenetKernelSize = 5;
    int64_t wavenetDilationRate = 1;
    double speakingRate = 1.0;
    double noiseScale = 0.667;
    double noiseScaleDuration = 0.8;
    int64_t samplingRate = 16000;

    static VitsConfig fromConfig(const Config& config);

    // The decoder is a HiFi-GAN V1 generator reading flow_size channels.
    HifiGanConfig decoderConfig() const;
    int64_t hopLength() const;  // output samples per spectrogram frame
    void validate() const;      // throws Error on inconsistent or non-positive sizes
};

}  // namespace sonara::models
