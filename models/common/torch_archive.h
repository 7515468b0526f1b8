#pragma once

// Internal to models/: exposes torch::Tensor.

#include <torch/torch.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "models/common/config.h"
#include "models/common/safetensors.h"

namespace sonara::models {

// A torch.save file (.pt, .pth, .bin, .th, .ckpt) in the zip format PyTorch writes since 1.6,
// read without Python. Everything is addressed by the dotted path of dict keys (and list
// indices) from the saved object down, e.g. "state_dict.module.upsample.weight" in NVIDIA's
// WaveGlow checkpoint or "kwargs.sources" in a demucs .th file. Tensors come back on CPU in their
// saved dtype; views of one storage stay views of one storage. Plain values (None, bools, ints,
// floats, strings and lists of them) are kept as a JSON tree, a fractions.Fraction as its exact
// text ("39/5", as str() writes it); objects that need Python to
// rebuild (classes, functions, instances of other classes) are listed in skipped() and otherwise
// ignored. Pre-1.6 (non-zip) files and TorchScript archives are refused with an Error that says
// how to re-save them.
class TorchArchive {
public:
    static TorchArchive open(const std::string& path);

    // True for the file names torch checkpoints go by (.pt, .pth, .bin, .th, .ckpt).
    static bool isTorchFileName(const std::string& path);
    // True for a torch file by name, or by content whatever its name: a zip archive whose first
    // entry is the saved object's data.pkl. Hub downloads often have no extension (NVIDIA's
    // "nvidia_tacotron2pyt_fp32_20190427").
    static bool isTorchFile(const std::string& path);
    // The torch.save file a checkpoint folder holds: a conventional name (pytorch_model.bin,
    // model.pth, model.pt), else the only torch file there; empty when there is none or several.
    static std::string torchFileIn(const std::string& folder);

    const std::string& path() const;
    std::vector<std::string> tensorNames() const;  // sorted
    bool contains(const std::string& name) const;
    torch::Tensor tensor(const std::string& name) const;

    // Plain values by key, nested as they were saved: values().child("kwargs").getInt("depth").
    // Dicts that also hold tensors appear with their plain entries only; NaN and infinities
    // read as null (JSON has no spelling for them).
    Config values() const;

    // "path (what)" for every entry that could not be represented, e.g.
    // "klass (demucs.htdemucs.HTDemucs)".
    std::vector<std::string> skipped() const;

    // The dotted path of the dict that holds the model's tensors: the root when it holds tensors
    // itself, else the first of state_dict, model_state_dict, state, model, generator, net that
    // does, else the root; a DataParallel "module." prefix shared by all its tensors is included.
    std::string stateDictPath() const;

    // The tensors under stateDictPath (or the given dotted path, "" for all), named relative to
    // it, as a Checkpoint for loadWeights. Throws Error when no tensor lies under the path.
    Checkpoint checkpoint() const;
    Checkpoint checkpoint(const std::string& stateDictPath) const;

private:
    struct Data;
    std::shared_ptr<const Data> data_;
};

}  // namespace sonara::models
