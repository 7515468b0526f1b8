#include "models/common/torch_archive.h"

#include <caffe2/serialize/inline_container.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "models/common/error.h"
#include "models/common/torch_pickle.h"

namespace sonara::models {

namespace fs = std::filesystem;

using Kind = PickleValue::Kind;

namespace {

struct Contents {
    std::map<std::string, torch::Tensor> tensors;
    nlohmann::json values = nlohmann::json::object();
    std::vector<std::string> skipped;
    std::string stateDictPath;
};

std::string join(const std::vector<std::string>& keys) {
    std::string out;
    for (const auto& k : keys)
        out += (out.empty() ? "" : ".") + k;
    return out;
}

bool isPlain(const PickleValue& v) {
    switch (v.kind) {
        case Kind::None:
        case Kind::Bool:
        case Kind::Int:
        case Kind::Float:
        case Kind::String:
            return true;
        case Kind::Tuple:
        case Kind::List:
            return std::all_of(v.items.begin(), v.items.end(),
                               [](const PickleRef& i) { return isPlain(*i); });
        default:
            return false;
    }
}

nlohmann::json toJson(const PickleValue& v) {
    switch (v.kind) {
        case Kind::Bool:
            return v.boolean;
        case Kind::Int:
            return v.integer;
        case Kind::Float:
            return std::isfinite(v.number) ? nlohmann::json(v.number) : nlohmann::json();
        case Kind::String:
            return v.text;
        case Kind::Tuple:
        case Kind::List: {
            auto out = nlohmann::json::array();
            for (const auto& i : v.items)
                out.push_back(toJson(*i));
            return out;
        }
        default:
            return nullptr;
    }
}

// Spreads what the pickle built over Contents: tensors and plain values by key path, and the dicts
// that hold tensors directly (candidates for the state dict).
class Flattener {
public:
    explicit Flattener(Contents& data) : data_(data) {}

    void walk(const PickleValue& v, std::vector<std::string>& keys) {
        if (isPlain(v)) {
            if (!keys.empty())
                setValue(keys, toJson(v));
            return;
        }
        switch (v.kind) {
            case Kind::Tensor:
                data_.tensors[join(keys)] = v.tensor;
                return;
            case Kind::Dict:
                for (const auto& [key, value] : v.entries) {
                    std::string name;
                    if (key->kind == Kind::String) {
                        name = key->text;
                    } else if (key->kind == Kind::Int) {
                        name = std::to_string(key->integer);
                    } else {
                        data_.skipped.push_back(join(keys) + " (an entry with a non-string key)");
                        continue;
                    }
                    if (value->kind == Kind::Tensor)
                        tensorHolders_.insert(join(keys));
                    keys.push_back(name);
                    walk(*value, keys);
                    keys.pop_back();
                }
                return;
            case Kind::Tuple:
            case Kind::List:
                for (size_t i = 0; i < v.items.size(); ++i) {
                    keys.push_back(std::to_string(i));
                    walk(*v.items[i], keys);
                    keys.pop_back();
                }
                return;
            case Kind::Bytes:
                data_.skipped.push_back(join(keys) + " (bytes)");
                return;
            case Kind::Set:
                data_.skipped.push_back(join(keys) + " (set)");
                return;
            case Kind::Storage:
                data_.skipped.push_back(join(keys) + " (bare storage)");
                return;
            default:
                data_.skipped.push_back(join(keys) + " (" + v.text + ")");
                return;
        }
    }

    std::string stateDictPath() const {
        std::string path;
        if (!tensorHolders_.count("")) {
            for (const char* key :
                 {"state_dict", "model_state_dict", "state", "model", "generator", "net"}) {
                if (tensorHolders_.count(key)) {
                    path = key;
                    break;
                }
            }
        }
        const std::string prefix = path.empty() ? "" : path + ".";
        bool any = false;
        for (const auto& [name, t] : data_.tensors) {
            if (name.compare(0, prefix.size(), prefix) != 0)
                continue;
            if (name.compare(prefix.size(), 7, "module.") != 0)
                return path;
            any = true;
        }
        return any ? prefix + "module" : path;
    }

private:
    void setValue(const std::vector<std::string>& keys, nlohmann::json value) {
        nlohmann::json* node = &data_.values;
        for (size_t i = 0; i + 1 < keys.size(); ++i) {
            auto& next = (*node)[keys[i]];
            if (!next.is_object())
                next = nlohmann::json::object();
            node = &next;
        }
        (*node)[keys.back()] = std::move(value);
    }

    Contents& data_;
    std::set<std::string> tensorHolders_;
};

std::string firstBytes(const std::string& path, size_t n) {
    std::ifstream in(path, std::ios::binary);
    std::string out(n, '\0');
    in.read(out.data(), static_cast<std::streamsize>(n));
    out.resize(static_cast<size_t>(in.gcount()));
    return out;
}

}  // namespace

struct TorchArchive::Data : Contents {
    std::string path;
};

bool TorchArchive::isTorchFileName(const std::string& path) {
    const auto ext = fs::path(path).extension().string();
    return ext == ".pt" || ext == ".pth" || ext == ".bin" || ext == ".th" || ext == ".ckpt";
}

std::string TorchArchive::torchFileIn(const std::string& folder) {
    const fs::path dir(folder);
    for (const char* name : {"pytorch_model.bin", "model.pth", "model.pt"}) {
        if (fs::is_regular_file(dir / name))
            return (dir / name).string();
    }
    std::string found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (!entry.is_regular_file() || !isTorchFile(entry.path().string()))
            continue;
        if (!found.empty())
            return {};
        found = entry.path().string();
    }
    return found;
}

bool TorchArchive::isTorchFile(const std::string& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return false;
    if (isTorchFileName(path))
        return true;
    // A zip local file header: signature, then the name's length at offset 26 and the name at 30.
    constexpr size_t kNameAt = 30;
    constexpr size_t kLongestName = 256;
    const std::string head = firstBytes(path, kNameAt + kLongestName);
    if (head.size() < kNameAt || head.compare(0, 4, std::string("PK\x03\x04", 4)) != 0)
        return false;
    const size_t nameLength = static_cast<unsigned char>(head[26]) |
                              (static_cast<size_t>(static_cast<unsigned char>(head[27])) << 8);
    if (nameLength > head.size() - kNameAt)
        return false;
    const std::string name = head.substr(kNameAt, nameLength);
    const std::string record = "data.pkl";
    return name == record ||
           (name.size() > record.size() &&
            name.compare(name.size() - record.size() - 1, std::string::npos, "/" + record) == 0);
}

TorchArchive TorchArchive::open(const std::string& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw Error("torch checkpoint " + path + " does not exist or is not a file");
    const std::string magic = firstBytes(path, 4);
    if (magic.size() >= 2 && static_cast<unsigned char>(magic[0]) == 0x80) {
        throw Error("torch checkpoint " + path +
                    " uses the legacy torch.save format of PyTorch before 1.6, which is not "
                    "supported; re-save it with PyTorch 1.6 or newer: "
                    "torch.save(torch.load(path), path)");
    }
    if (magic != std::string("PK\x03\x04", 4)) {
        throw Error("torch checkpoint " + path +
                    " is not a torch.save zip archive (it does not start like a zip file)");
    }

    auto data = std::make_shared<Data>();
    data->path = path;
    try {
        caffe2::serialize::PyTorchStreamReader reader(path);
        if (!reader.hasRecord("data.pkl")) {
            if (reader.hasRecord("constants.pkl")) {
                throw Error("torch checkpoint " + path +
                            " is a TorchScript archive (torch.jit.save), not a torch.save file; "
                            "load it in Python and torch.save its state_dict()");
            }
            throw Error("torch checkpoint " + path + " has no data.pkl record");
        }
        if (reader.hasRecord("byteorder")) {
            auto [order, size] = reader.getRecord("byteorder");
            if (std::string(static_cast<const char*>(order.get()), size) != "little") {
                throw Error("torch checkpoint " + path +
                            " was saved on a big-endian machine; re-save it on a little-endian "
                            "one");
            }
        }
        auto [pickleData, pickleSize] = reader.getRecord("data.pkl");
        const std::string pickle(static_cast<const char*>(pickleData.get()), pickleSize);

        auto loadStorage = [&](const std::string& key, torch::ScalarType dtype, int64_t numel) {
            const std::string record = "data/" + key;
            if (!reader.hasRecord(record)) {
                throw Error("torch checkpoint " + path + " lacks the record " + record +
                            " that a tensor refers to (truncated or corrupt file?)");
            }
            auto [ptr, size] = reader.getRecord(record);
            const auto options = torch::TensorOptions().dtype(dtype);
            const auto needed = static_cast<size_t>(numel) * c10::elementSize(dtype);
            if (numel < 0 || size < needed) {
                throw Error("torch checkpoint " + path + ": record " + record + " holds " +
                            std::to_string(size) + " bytes, but its " + std::to_string(numel) +
                            " elements of " + c10::toString(dtype) + " need " +
                            std::to_string(needed) + " (truncated or corrupt file?)");
            }
            c10::Storage storage(c10::Storage::use_byte_size_t(), size, std::move(ptr), nullptr,
                                 false);
            return torch::empty({0}, options).set_(storage, 0, {numel}, {1});
        };
        const auto root = unpickle(pickle, loadStorage, "torch checkpoint " + path);
        std::vector<std::string> keys;
        Flattener flattener(*data);
        flattener.walk(*root, keys);
        data->stateDictPath = flattener.stateDictPath();
    } catch (const c10::Error& e) {
        throw Error("torch checkpoint " + path +
                    " cannot be read as a torch.save zip archive (truncated or corrupt file?): " +
                    e.what_without_backtrace());
    }
    TorchArchive archive;
    archive.data_ = std::move(data);
    return archive;
}

const std::string& TorchArchive::path() const {
    return data_->path;
}

std::vector<std::string> TorchArchive::tensorNames() const {
    std::vector<std::string> out;
    out.reserve(data_->tensors.size());
    for (const auto& kv : data_->tensors)
        out.push_back(kv.first);
    return out;
}

bool TorchArchive::contains(const std::string& name) const {
    return data_->tensors.count(name) != 0;
}

torch::Tensor TorchArchive::tensor(const std::string& name) const {
    auto it = data_->tensors.find(name);
    if (it == data_->tensors.end())
        throw Error("torch checkpoint " + data_->path + " has no tensor named '" + name + "'");
    return it->second;
}

Config TorchArchive::values() const {
    return Config::parse(data_->values.dump(), "torch checkpoint " + data_->path);
}

std::vector<std::string> TorchArchive::skipped() const {
    return data_->skipped;
}

std::string TorchArchive::stateDictPath() const {
    return data_->stateDictPath;
}

Checkpoint TorchArchive::checkpoint() const {
    return checkpoint(data_->stateDictPath);
}

Checkpoint TorchArchive::checkpoint(const std::string& stateDictPath) const {
    const std::string prefix = stateDictPath.empty() ? "" : stateDictPath + ".";
    std::map<std::string, torch::Tensor> selected;
    for (const auto& [name, t] : data_->tensors) {
        if (name.compare(0, prefix.size(), prefix) == 0)
            selected.emplace(name.substr(prefix.size()), t);
    }
    if (selected.empty()) {
        std::string msg = "torch checkpoint " + data_->path + " holds no tensors" +
                          (prefix.empty() ? "" : " under '" + stateDictPath + "'");
        if (!data_->tensors.empty())
            msg += "; its first tensor is '" + data_->tensors.begin()->first + "'";
        if (!data_->skipped.empty())
            msg += "; it holds Python objects that need Python to load: " + data_->skipped.front();
        throw Error(msg);
    }
    return Checkpoint::fromTensors(data_->path, selected);
}

}  // namespace sonara::models
