#pragma once

// Internal to models/: exposes torch::Tensor.

#include <torch/torch.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace sonara::models {

struct TensorInfo {
    std::string name;
    std::string dtype;  // safetensors spelling: F32, F16, BF16, I64, I32, BOOL
    std::vector<int64_t> shape;
    uint64_t begin = 0;  // byte offsets relative to the data section
    uint64_t end = 0;
};

// One .safetensors file, memory-mapped privately (copy-on-write). tensor() returns a zero-copy
// CPU tensor over the mapping; each tensor keeps the mapping alive, so it outlives the reader.
// Writes to such a tensor stay private to the process and never reach the file. Entries whose
// data is not aligned for their element type are copied instead.
class SafetensorsFile {
public:
    static SafetensorsFile open(const std::string& path);

    const std::string& path() const;
    std::vector<std::string> names() const;  // in file order
    bool contains(const std::string& name) const;
    const TensorInfo& info(const std::string& name) const;
    torch::Tensor tensor(const std::string& name) const;
    const std::map<std::string, std::string>& metadata() const;

private:
    struct Mapping;
    std::shared_ptr<const Mapping> mapping_;
};

// A checkpoint as the hub ships it: a directory holding model.safetensors, or a sharded
// model.safetensors.index.json with its shards, or a single .safetensors / index file. A
// torch.save file (.pt, .pth, .bin, .th, .ckpt; see TorchArchive) opens too, as its state dict;
// so does a directory without safetensors that holds pytorch_model.bin, model.pth or model.pt,
// or exactly one torch.save file.
class Checkpoint {
public:
    static Checkpoint open(const std::string& path);
    // Tensors already in memory, e.g. read from a torch.save file; origin is the file they came
    // from, named in errors.
    static Checkpoint fromTensors(const std::string& origin,
                                  const std::map<std::string, torch::Tensor>& tensors);

    const std::string& directory() const { return directory_; }
    std::vector<std::string> names() const;  // sorted
    bool contains(const std::string& name) const;
    const TensorInfo& info(const std::string& name) const;
    torch::Tensor tensor(const std::string& name) const;

private:
    std::string directory_;
    std::vector<SafetensorsFile> shards_;
    std::map<std::string, size_t> shardOf_;
    std::map<std::string, std::pair<TensorInfo, torch::Tensor>> inMemory_;
};

// Writes tensors (any device, contiguous or not) in the safetensors format; names are written in
// the order given. Used by tests to build checkpoints and by tools that convert weights.
void writeSafetensors(const std::string& path,
                      const std::vector<std::pair<std::string, torch::Tensor>>& tensors,
                      const std::map<std::string, std::string>& metadata = {});

std::string safetensorsDtypeName(torch::ScalarType type);
torch::ScalarType safetensorsDtype(const std::string& name);  // throws Error for unknown names
std::string shapeString(c10::IntArrayRef shape);

}  // namespace sonara::models
