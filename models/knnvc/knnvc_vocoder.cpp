#include "models/knnvc/knnvc_vocoder.h"

#include <filesystem>

#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/weights.h"

namespace sonara::models {

namespace {

// hifigan/config_v1_wavlm.json of bshall/knn-vc.
HifiGanConfig authorsConfig() {
    HifiGanConfig c;
    c.modelInDim = 512;  // hifi_dim
    c.samplingRate = 16000;
    c.upsampleInitialChannel = 512;
    c.upsampleRates = {10, 8, 2, 2};
    c.upsampleKernelSizes = {20, 16, 4, 4};
    c.resblockKernelSizes = {3, 7, 11};
    c.resblockDilationSizes = {{1, 3, 5}, {1, 3, 5}, {1, 3, 5}};
    c.leakyReluSlope = 0.1;  // LRELU_SLOPE
    c.normalizeBefore = false;
    return c;
}
constexpr int64_t kAuthorsFeatureDim = 1024;  // hubert_dim: WavLM-large's hidden size

}  // namespace

HifiGanGeneratorOptions knnVcVocoderOptions(const Config* config) {
    HifiGanGeneratorOptions options;
    options.config = authorsConfig();
    options.inputProjectionDim = kAuthorsFeatureDim;
    options.spectrogramBuffers = false;
    if (!config)
        return options;

    HifiGanConfig& c = options.config;
    const std::string resblock = config->getString("resblock", "1");
    if (resblock != "1") {
        throw Error(config->source() + ": resblock \"" + resblock +
                    "\" is not supported; kNN-VC's vocoder uses ResBlock1 (resblock \"1\")");
    }
    options.inputProjectionDim = config->getInt("hubert_dim", options.inputProjectionDim);
    c.modelInDim = config->getInt("hifi_dim", c.modelInDim);
    c.samplingRate = config->getInt("sampling_rate", c.samplingRate);
    c.upsampleInitialChannel = config->getInt("upsample_initial_channel", c.upsampleInitialChannel);
    c.upsampleRates = config->getIntList("upsample_rates", c.upsampleRates);
    c.upsampleKernelSizes = config->getIntList("upsample_kernel_sizes", c.upsampleKernelSizes);
    c.resblockKernelSizes = config->getIntList("resblock_kernel_sizes", c.resblockKernelSizes);
    c.resblockDilationSizes =
        config->getIntListList("resblock_dilation_sizes", c.resblockDilationSizes);
    try {
        c.validate();
    } catch (const Error& e) {
        throw Error(config->source() + ": " + e.what());
    }
    if (options.inputProjectionDim <= 0) {
        throw Error(config->source() + ": hubert_dim must be positive");
    }
    const int64_t hop = config->getInt("hop_size", c.hopLength());
    if (hop != c.hopLength()) {
        throw Error(config->source() + ": hop_size " + std::to_string(hop) +
                    " is not the product of upsample_rates (" + std::to_string(c.hopLength()) +
                    ")");
    }
    return options;
}

HifiGanGenerator loadKnnVcVocoder(const std::string& path) {
    namespace fs = std::filesystem;
    if (!fs::exists(path)) {
        throw Error("kNN-VC vocoder " + path + " does not exist");
    }
    const fs::path folder = fs::is_directory(path) ? fs::path(path) : fs::path(path).parent_path();
    std::unique_ptr<Config> config;
    if (fs::exists(folder / "config.json"))
        config = std::make_unique<Config>(Config::load((folder / "config.json").string()));

    HifiGanGenerator generator(knnVcVocoderOptions(config.get()));
    WeightMapping mapping;
    mapping.modelName = "kNN-VC HiFi-GAN vocoder (bshall/knn-vc layout)";
    mapping.renames = {{"ups.", "upsampler."}};
    loadWeights(*generator, Checkpoint::open(path), mapping);
    return generator;
}

}  // namespace sonara::models
