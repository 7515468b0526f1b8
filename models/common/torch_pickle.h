#pragma once

// Internal to models/: the pickle interpreter behind TorchArchive, for the data.pkl record of
// torch.save archives.

#include <torch/torch.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace sonara::models {

struct PickleValue;
using PickleRef = std::shared_ptr<PickleValue>;

// What a pickle builds, limited to what a checkpoint can hold without Python: tensors, the
// containers torch.save writes and plain values. Anything the interpreter cannot rebuild (an
// instance of an arbitrary class, a class or function itself) becomes Opaque and keeps only the
// dotted name of the class or function it came from, so a file with such entries still loads.
struct PickleValue {
    enum class Kind {
        None,
        Bool,
        Int,
        Float,
        String,
        Bytes,
        Tuple,
        List,
        Set,
        Dict,
        Tensor,
        Storage,
        Global,
        Opaque
    };
    Kind kind = Kind::None;
    bool boolean = false;
    int64_t integer = 0;
    double number = 0.0;
    std::string text;                                      // String, Bytes; Global/Opaque: name
    std::vector<PickleRef> items;                          // Tuple, List, Set
    std::vector<std::pair<PickleRef, PickleRef>> entries;  // Dict, in insertion order
    torch::Tensor tensor;  // Tensor; Storage: a flat tensor over the whole storage
};

// Returns the storage a persistent id ('storage', torch.<Type>Storage, key, location, numel)
// names, as a flat tensor of numel elements of dtype.
using StorageLoader =
    std::function<torch::Tensor(const std::string& key, torch::ScalarType dtype, int64_t numel)>;

// Runs the pickle (protocols 2 to 4) in bytes. source names the file in errors, which are
// thrown for malformed pickles and for opcodes torch.save never writes.
PickleRef unpickle(const std::string& bytes, const StorageLoader& loadStorage,
                   const std::string& source);

}  // namespace sonara::models
