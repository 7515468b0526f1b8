#pragma once

// Internal to models/demucs: which model files a Hybrid Transformer Demucs checkpoint path names.
// demucs publishes a bag of models (htdemucs_ft) as a YAML descriptor beside its .th files:
//
//   models: ['f7e0c4bc', 'd12395a8', '92cfc3b6', '04573f0d']
//   weights: [[1., 0., 0., 0.], [0., 1., 0., 0.], [0., 0., 1., 0.], [0., 0., 0., 1.]]
//   segment: 7.8        # optional, overrides every model's
//
// each signature naming the file <signature>-<checksum>.th (or <signature>.th) in the same folder.

#include <string>
#include <vector>

namespace sonara::models {

struct HTDemucsBagSpec {
    std::string source;                        // the path resolved, for errors
    std::vector<std::string> models;           // .th files, or directories with config.json
    std::vector<std::vector<double>> weights;  // [model][source]; empty: all ones
    std::string segment;                       // the descriptor's override; empty: none
};

// path: a .th file (one model); a bag descriptor (.yaml / .yml); a directory holding exactly one
// descriptor, or config.json + model.safetensors, or exactly one torch file. Throws Error that
// names the path and what it expected there.
HTDemucsBagSpec resolveHTDemucsPath(const std::string& path);

// The descriptor's models resolved to the files beside it.
HTDemucsBagSpec readDemucsBagDescriptor(const std::string& path);

}  // namespace sonara::models
