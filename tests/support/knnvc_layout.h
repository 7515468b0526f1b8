#pragma once

// The tiny kNN-VC model folder (with torch types, for the model test; engine and end-to-end tests
// use support/knnvc_fixtures.h). A tiny kNN-VC model folder built from the wavlm and hifigan
// fixtures: wavlm/ is the WavLM fixture as it is, and vocoder/ holds the HiFi-GAN fixture's
// generator rewritten as the kNN-VC authors publish theirs: a torch.save file {"generator":
// OrderedDict} with weight-normalised convolutions (weight_g/weight_v), the upsampling layers named
// ups.N, no spectrogram buffers, and a lin_pre mapping the WavLM fixture's 32 features to the
// generator's 16 inputs, plus a config.json in the keys of the authors' config_v1_wavlm.json.

#include <torch/types.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "models/common/safetensors.h"
#include "models/torch_save_writer.h"

namespace sonara::test::knnvc {

struct TinyModel {
    std::string folder;
    int layer = 2;  // the WavLM fixture has two layers
    // lin_pre as written: features [frames, 32] -> [frames, 16] = features W^T + b.
    torch::Tensor linPreWeight;
    torch::Tensor linPreBias;
};

// Writes the model folder; `fixtures` is the folder holding wavlm/ and hifigan/.
inline TinyModel writeModel(const std::string& fixtures, const std::string& folder) {
    namespace fs = std::filesystem;
    fs::create_directories(fs::path(folder) / "wavlm");
    fs::create_directories(fs::path(folder) / "vocoder");
    for (const char* name : {"config.json", "model.safetensors"}) {
        fs::copy_file(fs::path(fixtures) / "wavlm" / name, fs::path(folder) / "wavlm" / name,
                      fs::copy_options::overwrite_existing);
    }

    TinyModel tiny;
    tiny.folder = folder;
    torch::manual_seed(17);
    tiny.linPreWeight = torch::randn({16, 32}) * 0.3;
    tiny.linPreBias = torch::randn({16}) * 0.1;

    const auto generator = models::SafetensorsFile::open(
        (fs::path(fixtures) / "hifigan" / "model.safetensors").string());
    std::vector<std::pair<std::string, torch::Tensor>> state = {
        {"lin_pre.weight", tiny.linPreWeight}, {"lin_pre.bias", tiny.linPreBias}};
    for (const std::string& name : generator.names()) {
        if (name == "mean" || name == "scale")
            continue;  // SpeechT5HifiGan's buffers; the authors' generator has none
        std::string renamed = name;
        if (renamed.rfind("upsampler.", 0) == 0)
            renamed = "ups." + renamed.substr(10);
        const torch::Tensor value = generator.tensor(name).clone();
        const std::string weight = ".weight";
        if (renamed.size() > weight.size() &&
            renamed.compare(renamed.size() - weight.size(), weight.size(), weight) == 0) {
            // torch.nn.utils.weight_norm(dim=0): g holds each output row's norm. v is scaled so
            // that only a loader that folds g * v / |v| gets the weight back.
            const std::string stem = renamed.substr(0, renamed.size() - weight.size());
            std::vector<int64_t> dims;
            for (int64_t d = 1; d < value.dim(); ++d)
                dims.push_back(d);
            state.emplace_back(stem + ".weight_g", value.pow(2).sum(dims, true).sqrt());
            state.emplace_back(stem + ".weight_v", value * 2.5);
        } else {
            state.emplace_back(renamed, value);
        }
    }

    PickleWriter pickle;
    TorchSaveFile file;
    pickle.op("}(").str("generator").global("collections", "OrderedDict").op(")R(");
    for (const auto& [name, tensor] : state) {
        pickle.str(name);
        file.tensor(pickle, tensor);
    }
    pickle.op("u").op("u.");
    file.write((fs::path(folder) / "vocoder" / "tiny_g.pt").string(), pickle);

    std::ofstream config(fs::path(folder) / "vocoder" / "config.json");
    config << R"({"resblock": "1", "upsample_rates": [4, 4], "upsample_kernel_sizes": [8, 8],
 "upsample_initial_channel": 32, "resblock_kernel_sizes": [3, 5],
 "resblock_dilation_sizes": [[1, 3], [1, 3]], "hubert_dim": 32, "hifi_dim": 16,
 "sampling_rate": 800, "hop_size": 16})";
    std::ofstream settings(fs::path(folder) / "knnvc.json");
    settings << R"({"layer": 2})";
    return tiny;
}

}  // namespace sonara::test::knnvc
