#pragma once

#include <cstdint>
#include <vector>

#include "models/common/config.h"

namespace sonara::models {

// transformers' SpeechT5HifiGanConfig; defaults are that class's defaults.
struct HifiGanConfig {
    int64_t modelInDim = 80;
    int64_t samplingRate = 16000;
    int64_t upsampleInitialChannel = 512;
    std::vector<int64_t> upsampleRates = {4, 4, 4, 4};
    std::vector<int64_t> upsampleKernelSizes = {8, 8, 8, 8};
    std::vector<int64_t> resblockKernelSizes = {3, 7, 11};
    std::vector<std::vector<int64_t>> resblockDilationSizes = {{1, 3, 5}, {1, 3, 5}, {1, 3, 5}};
    double leakyReluSlope = 0.1;
    bool normalizeBefore = true;

    static HifiGanConfig fromConfig(const Config& config);
    // The authors' own config (jik876/hifi-gan config_v1.json: num_mels, resblock, hop_size);
    // throws Error for ResBlock2 (V3), which this port does not have. Keys the file leaves out
    // take `defaults` (V1's unless a model family ships its own, as kNN-VC does).
    static HifiGanConfig fromAuthorsConfig(const Config& config,
                                           const HifiGanConfig& defaults = v1());
    static bool isAuthorsConfig(const Config& config);
    // The original HiFi-GAN V1 (22.05 kHz, 80 mel bins, hop 256).
    static HifiGanConfig v1();

    int64_t hopLength() const;  // output samples per input frame
    void validate() const;      // throws Error on inconsistent lists or non-positive sizes
};

}  // namespace sonara::models
