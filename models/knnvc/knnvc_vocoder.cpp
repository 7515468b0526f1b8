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

    // The authors' config keys are read in one place; kNN-VC adds hubert_dim (the WavLM features'
    // size) and hifi_dim (the generator's input after the projection; its num_mels belongs to
    // the training loss).
    HifiGanConfig& c = options.config;
    c = HifiGanConfig::fromAuthorsConfig(*config, authorsConfig());
    c.modelInDim = config->getInt("hifi_dim", authorsConfig().modelInDim);
    options.inputProjectionDim = config->getInt("hubert_dim", options.inputProjectionDim);
    if (c.modelInDim <= 0 || options.inputProjectionDim <= 0) {
        throw Error(config->source() + ": hifi_dim and hubert_dim must be positive");
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
