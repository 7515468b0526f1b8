#pragma once

// Internal to models/: maps checkpoint tensors onto torch::nn::Module parameters.

#include <torch/torch.h>

#include <string>
#include <utility>
#include <vector>

#include "models/common/safetensors.h"

namespace sonara::models {

struct WeightMapping {
    // Only checkpoint names starting with prefix are considered (a checkpoint may hold several
    // models); the prefix is stripped before matching module names.
    std::string prefix;
    // Checkpoint-name prefix -> module-name prefix, applied after stripping, first match wins.
    std::vector<std::pair<std::string, std::string>> renames;
    // Module names the checkpoint may lack; they keep their initial values.
    std::vector<std::string> optional;
    // Checkpoint-name prefixes (after stripping) that are neither loaded nor reported.
    std::vector<std::string> ignore;
    // Names the model in error messages, e.g. "HiFi-GAN generator".
    std::string modelName = "model";
};

// Copies every parameter and buffer of module from the checkpoint, converting to each tensor's
// own dtype and device. Weight-normalised tensors (<name>.weight_g/_v or
// <name>.parametrizations.weight.original0/1) are folded into <name>.weight. Nothing is copied
// unless everything fits; otherwise one Error lists every missing, unexpected and mis-shaped
// tensor by name with expected and found shapes.
void loadWeights(torch::nn::Module& module, const Checkpoint& checkpoint,
                 const WeightMapping& mapping = {});

// weight = g * v / ||v||, the norm taken over every dimension where g has size 1 (dim 0 kept for
// torch.nn.utils.weight_norm's default dim=0). Computed in float32, returned in v's dtype.
torch::Tensor foldWeightNorm(const torch::Tensor& g, const torch::Tensor& v);

}  // namespace sonara::models
