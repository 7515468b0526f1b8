#include "models/hifigan/hifigan_config.h"

#include <string>

#include "models/common/error.h"

namespace sonara::models {

HifiGanConfig HifiGanConfig::fromConfig(const Config& c) {
    HifiGanConfig d;
    HifiGanConfig cfg;
    cfg.modelInDim = c.getInt("model_in_dim", d.modelInDim);
    cfg.samplingRate = c.getInt("sampling_rate", d.samplingRate);
    cfg.upsampleInitialChannel = c.getInt("upsample_initial_channel", d.upsampleInitialChannel);
    cfg.upsampleRates = c.getIntList("upsample_rates", d.upsampleRates);
    cfg.upsampleKernelSizes = c.getIntList("upsample_kernel_sizes", d.upsampleKernelSizes);
    cfg.resblockKernelSizes = c.getIntList("resblock_kernel_sizes", d.resblockKernelSizes);
    cfg.resblockDilationSizes =
        c.getIntListList("resblock_dilation_sizes", d.resblockDilationSizes);
    cfg.leakyReluSlope = c.getDouble("leaky_relu_slope", d.leakyReluSlope);
    cfg.normalizeBefore = c.getBool("normalize_before", d.normalizeBefore);
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(c.source() + ": " + e.what());
    }
    return cfg;
}

bool HifiGanConfig::isAuthorsConfig(const Config& c) {
    return c.has("resblock") || c.has("num_mels");
}

HifiGanConfig HifiGanConfig::fromAuthorsConfig(const Config& c, const HifiGanConfig& d) {
    const std::string resblock = c.getString("resblock", "1");
    if (resblock != "1") {
        throw Error(c.source() + ": resblock \"" + resblock +
                    "\" (HiFi-GAN V3) is not supported; use a V1 or V2 generator (resblock \"1\")");
    }
    HifiGanConfig cfg = d;
    cfg.modelInDim = c.getInt("num_mels", d.modelInDim);
    cfg.samplingRate = c.getInt("sampling_rate", d.samplingRate);
    cfg.upsampleInitialChannel = c.getInt("upsample_initial_channel", d.upsampleInitialChannel);
    cfg.upsampleRates = c.getIntList("upsample_rates", d.upsampleRates);
    cfg.upsampleKernelSizes = c.getIntList("upsample_kernel_sizes", d.upsampleKernelSizes);
    cfg.resblockKernelSizes = c.getIntList("resblock_kernel_sizes", d.resblockKernelSizes);
    cfg.resblockDilationSizes =
        c.getIntListList("resblock_dilation_sizes", d.resblockDilationSizes);
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(c.source() + ": " + e.what());
    }
    const int64_t hop = c.getInt("hop_size", cfg.hopLength());
    if (hop != cfg.hopLength()) {
        throw Error(c.source() + ": hop_size " + std::to_string(hop) +
                    " is not the product of upsample_rates (" + std::to_string(cfg.hopLength()) +
                    ")");
    }
    return cfg;
}

HifiGanConfig HifiGanConfig::v1() {
    HifiGanConfig cfg;
    cfg.modelInDim = 80;
    cfg.samplingRate = 22050;
    cfg.upsampleInitialChannel = 512;
    cfg.upsampleRates = {8, 8, 2, 2};
    cfg.upsampleKernelSizes = {16, 16, 4, 4};
    cfg.resblockKernelSizes = {3, 7, 11};
    cfg.resblockDilationSizes = {{1, 3, 5}, {1, 3, 5}, {1, 3, 5}};
    cfg.normalizeBefore = false;
    return cfg;
}

int64_t HifiGanConfig::hopLength() const {
    int64_t hop = 1;
    for (auto r : upsampleRates)
        hop *= r;
    return hop;
}

void HifiGanConfig::validate() const {
    if (modelInDim <= 0 || upsampleInitialChannel <= 0 || samplingRate <= 0) {
        throw Error(
            "HiFi-GAN config needs positive model_in_dim, upsample_initial_channel and "
            "sampling_rate");
    }
    if (upsampleRates.empty() || upsampleRates.size() != upsampleKernelSizes.size()) {
        throw Error("HiFi-GAN config: upsample_rates (" + std::to_string(upsampleRates.size()) +
                    ") and upsample_kernel_sizes (" + std::to_string(upsampleKernelSizes.size()) +
                    ") must be non-empty lists of the same length");
    }
    if (resblockKernelSizes.empty() || resblockKernelSizes.size() != resblockDilationSizes.size()) {
        throw Error("HiFi-GAN config: resblock_kernel_sizes (" +
                    std::to_string(resblockKernelSizes.size()) + ") and resblock_dilation_sizes (" +
                    std::to_string(resblockDilationSizes.size()) +
                    ") must be non-empty lists of the same length");
    }
    if ((upsampleInitialChannel >> upsampleRates.size()) == 0) {
        throw Error("HiFi-GAN config: upsample_initial_channel " +
                    std::to_string(upsampleInitialChannel) + " is too small to halve " +
                    std::to_string(upsampleRates.size()) + " times");
    }
    for (size_t i = 0; i < upsampleRates.size(); ++i) {
        if (upsampleRates[i] <= 0 || upsampleKernelSizes[i] < upsampleRates[i]) {
            throw Error("HiFi-GAN config: upsample stage " + std::to_string(i) +
                        " needs rate > 0 "
                        "and kernel size >= rate");
        }
    }
    for (size_t i = 0; i < resblockKernelSizes.size(); ++i) {
        if (resblockKernelSizes[i] <= 0 || resblockDilationSizes[i].empty()) {
            throw Error("HiFi-GAN config: residual block " + std::to_string(i) +
                        " needs a positive kernel size and at least one dilation");
        }
    }
}

}  // namespace sonara::models
