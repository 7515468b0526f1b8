#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "models/common/config.h"

namespace sonara::models {

// transformers' EncodecConfig; defaults are that class's defaults (facebook/encodec_24khz).
struct EncodecConfig {
    std::vector<double> targetBandwidths = {1.5, 3.0, 6.0, 12.0, 24.0};  // kbps
    int64_t samplingRate = 24000;
    int64_t audioChannels = 1;
    bool normalize = false;
    double chunkLengthS = 0.0;  // 0: the whole input is one chunk (chunk_length_s null)
    double overlap = 0.0;
    int64_t hiddenSize = 128;
    int64_t numFilters = 32;
    int64_t numResidualLayers = 1;
    std::vector<int64_t> upsamplingRatios = {8, 5, 4, 2};
    std::string normType = "weight_norm";  // weight_norm | time_group_norm | none
    int64_t kernelSize = 7;
    int64_t lastKernelSize = 7;
    int64_t residualKernelSize = 3;
    int64_t dilationGrowthRate = 2;
    bool useCausalConv = true;
    std::string padMode = "reflect";  // reflect | replicate | constant
    int64_t compress = 2;
    int64_t numLstmLayers = 2;
    double trimRightRatio = 1.0;
    int64_t codebookSize = 1024;
    int64_t codebookDim = 128;
    bool useConvShortcut = true;

    // A checkpoint's config.json, or the "audio_encoder" object of a MusicGen config.
    static EncodecConfig fromConfig(const Config& config);

    int64_t hopLength() const;  // input samples per code frame
    int64_t frameRate() const;  // code frames per second, rounded up as transformers does
    int64_t numQuantizers() const;
    // Codebooks the residual quantizer uses at bandwidth (kbps); throws Error naming the
    // supported bandwidths when bandwidth is not one of targetBandwidths.
    int64_t codebooksForBandwidth(double bandwidth) const;
    std::string bandwidthList() const;  // e.g. "1.5, 3, 6, 12, 24"
    void validate() const;  // throws Error on sizes or options the architecture cannot take
};

}  // namespace sonara::models
