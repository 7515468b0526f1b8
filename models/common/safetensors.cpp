#include "models/common/safetensors.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "models/common/error.h"
#include "models/common/torch_archive.h"

namespace sonara::models {

namespace fs = std::filesystem;

namespace {

// A header larger than this is not a real checkpoint header; refusing early avoids allocating
// gigabytes for a garbage length field.
constexpr uint64_t kMaxHeaderBytes = 100ull * 1024 * 1024;

size_t elementSize(const std::string& dtype) {
    if (dtype == "F32" || dtype == "I32")
        return 4;
    if (dtype == "F16" || dtype == "BF16")
        return 2;
    if (dtype == "I64")
        return 8;
    if (dtype == "BOOL")
        return 1;
    return 0;
}

// Safetensors' spelling for every dtype a torch.save file may hold.
std::string dtypeSpelling(torch::ScalarType type) {
    switch (type) {
        case torch::kFloat64:
            return "F64";
        case torch::kInt16:
            return "I16";
        case torch::kInt8:
            return "I8";
        case torch::kUInt8:
            return "U8";
        case torch::kComplexFloat:
            return "C64";
        case torch::kComplexDouble:
            return "C128";
        default:
            return safetensorsDtypeName(type);
    }
}

uint64_t readLittleU64(const unsigned char* p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

}  // namespace

std::string shapeString(c10::IntArrayRef shape) {
    std::string out = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        out += (i ? ", " : "") + std::to_string(shape[i]);
    return out + "]";
}

torch::ScalarType safetensorsDtype(const std::string& name) {
    if (name == "F32")
        return torch::kFloat32;
    if (name == "F16")
        return torch::kFloat16;
    if (name == "BF16")
        return torch::kBFloat16;
    if (name == "I64")
        return torch::kInt64;
    if (name == "I32")
        return torch::kInt32;
    if (name == "BOOL")
        return torch::kBool;
    throw Error("unsupported safetensors dtype '" + name +
                "' (supported: F32, F16, BF16, I64, I32, BOOL)");
}

std::string safetensorsDtypeName(torch::ScalarType type) {
    switch (type) {
        case torch::kFloat32:
            return "F32";
        case torch::kFloat16:
            return "F16";
        case torch::kBFloat16:
            return "BF16";
        case torch::kInt64:
            return "I64";
        case torch::kInt32:
            return "I32";
        case torch::kBool:
            return "BOOL";
        default:
            throw Error(std::string("cannot write tensors of dtype ") + c10::toString(type) +
                        " to safetensors");
    }
}

struct SafetensorsFile::Mapping {
    std::string path;
    void* base = nullptr;
    size_t size = 0;
    uint64_t dataOffset = 0;
    std::vector<TensorInfo> entries;
    std::unordered_map<std::string, size_t> index;
    std::map<std::string, std::string> metadata;

    ~Mapping() {
        if (base)
            munmap(base, size);
    }

    [[noreturn]] void fail(const std::string& what) const {
        throw Error("safetensors file " + path + ": " + what);
    }
};

SafetensorsFile SafetensorsFile::open(const std::string& path) {
    auto m = std::make_shared<Mapping>();
    m->path = path;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        m->fail(std::string("cannot open: ") + std::strerror(errno));
    struct stat st {};
    if (fstat(fd, &st) != 0) {
        ::close(fd);
        m->fail(std::string("cannot stat: ") + std::strerror(errno));
    }
    const auto fileSize = static_cast<uint64_t>(st.st_size);
    if (fileSize < 8) {
        ::close(fd);
        m->fail("truncated: " + std::to_string(fileSize) +
                " bytes, shorter than the 8-byte header");
    }
    // MAP_PRIVATE + PROT_WRITE: tensors over the mapping may be written in place without
    // touching the file (pages are copied on write).
    void* base = mmap(nullptr, fileSize, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (base == MAP_FAILED)
        m->fail(std::string("cannot map: ") + std::strerror(errno));
    m->base = base;
    m->size = fileSize;

    const auto* bytes = static_cast<const unsigned char*>(base);
    const uint64_t headerLen = readLittleU64(bytes);
    if (headerLen > kMaxHeaderBytes) {
        m->fail("bad header: declared header length " + std::to_string(headerLen) +
                " bytes is not plausible (not a safetensors file?)");
    }
    if (8 + headerLen > fileSize) {
        m->fail("truncated: header declares " + std::to_string(headerLen) +
                " bytes but the file has " + std::to_string(fileSize - 8) +
                " after the length field");
    }
    m->dataOffset = 8 + headerLen;
    const uint64_t dataSize = fileSize - m->dataOffset;

    nlohmann::json header;
    try {
        header = nlohmann::json::parse(bytes + 8, bytes + 8 + headerLen);
    } catch (const nlohmann::json::exception& e) {
        m->fail(std::string("bad header: not valid JSON (") + e.what() + ")");
    }
    if (!header.is_object())
        m->fail("bad header: expected a JSON object");

    for (auto it = header.begin(); it != header.end(); ++it) {
        const std::string& name = it.key();
        const auto& v = it.value();
        if (name == "__metadata__") {
            if (!v.is_object())
                m->fail("bad header: __metadata__ is not an object");
            for (auto mit = v.begin(); mit != v.end(); ++mit) {
                if (mit.value().is_string())
                    m->metadata[mit.key()] = mit.value().get<std::string>();
            }
            continue;
        }
        if (!v.is_object() || !v.contains("dtype") || !v.contains("shape") ||
            !v.contains("data_offsets") || !v["dtype"].is_string() || !v["shape"].is_array() ||
            !v["data_offsets"].is_array() || v["data_offsets"].size() != 2) {
            m->fail("bad header: entry '" + name + "' needs dtype, shape and two data_offsets");
        }
        TensorInfo info;
        info.name = name;
        info.dtype = v["dtype"].get<std::string>();
        const size_t esize = elementSize(info.dtype);
        if (esize == 0) {
            m->fail("tensor '" + name + "' has unknown dtype '" + info.dtype +
                    "' (supported: F32, F16, BF16, I64, I32, BOOL)");
        }
        uint64_t numel = 1;
        for (const auto& d : v["shape"]) {
            if (!d.is_number_unsigned() && !(d.is_number_integer() && d.get<int64_t>() >= 0)) {
                m->fail("bad header: tensor '" + name +
                        "' has a non-integer or negative dimension");
            }
            info.shape.push_back(d.get<int64_t>());
            numel *= d.get<uint64_t>();
        }
        const auto& off = v["data_offsets"];
        if (!off[0].is_number_unsigned() || !off[1].is_number_unsigned()) {
            m->fail("bad header: tensor '" + name + "' has invalid data_offsets");
        }
        info.begin = off[0].get<uint64_t>();
        info.end = off[1].get<uint64_t>();
        if (info.begin > info.end || info.end > dataSize) {
            m->fail("tensor '" + name + "' data offsets [" + std::to_string(info.begin) + ", " +
                    std::to_string(info.end) + ") are out of range: the data section has " +
                    std::to_string(dataSize) + " bytes (truncated file?)");
        }
        if (info.end - info.begin != numel * esize) {
            m->fail("tensor '" + name + "' of shape " + shapeString(info.shape) + " and dtype " +
                    info.dtype + " needs " + std::to_string(numel * esize) + " bytes but spans " +
                    std::to_string(info.end - info.begin));
        }
        m->index[name] = m->entries.size();
        m->entries.push_back(std::move(info));
    }
    std::sort(m->entries.begin(), m->entries.end(),
              [](const TensorInfo& a, const TensorInfo& b) { return a.begin < b.begin; });
    for (size_t i = 0; i < m->entries.size(); ++i)
        m->index[m->entries[i].name] = i;

    SafetensorsFile file;
    file.mapping_ = std::move(m);
    return file;
}

const std::string& SafetensorsFile::path() const {
    return mapping_->path;
}

std::vector<std::string> SafetensorsFile::names() const {
    std::vector<std::string> out;
    out.reserve(mapping_->entries.size());
    for (const auto& e : mapping_->entries)
        out.push_back(e.name);
    return out;
}

bool SafetensorsFile::contains(const std::string& name) const {
    return mapping_->index.count(name) != 0;
}

const TensorInfo& SafetensorsFile::info(const std::string& name) const {
    auto it = mapping_->index.find(name);
    if (it == mapping_->index.end())
        mapping_->fail("no tensor named '" + name + "'");
    return mapping_->entries[it->second];
}

const std::map<std::string, std::string>& SafetensorsFile::metadata() const {
    return mapping_->metadata;
}

torch::Tensor SafetensorsFile::tensor(const std::string& name) const {
    const TensorInfo& i = info(name);
    const auto type = safetensorsDtype(i.dtype);
    auto* data = static_cast<char*>(mapping_->base) + mapping_->dataOffset + i.begin;
    const auto options = torch::TensorOptions().dtype(type).device(torch::kCPU);
    if (reinterpret_cast<uintptr_t>(data) % elementSize(i.dtype) != 0) {
        auto out = torch::empty(i.shape, options);
        std::memcpy(out.data_ptr(), data, i.end - i.begin);
        return out;
    }
    auto keepAlive = mapping_;
    return torch::from_blob(
        data, i.shape, [keepAlive](void*) {}, options);
}

Checkpoint Checkpoint::open(const std::string& path) {
    const fs::path p(path);
    std::error_code ec;
    fs::path indexFile;
    fs::path singleFile;
    if (fs::is_directory(p, ec)) {
        if (fs::exists(p / "model.safetensors.index.json")) {
            indexFile = p / "model.safetensors.index.json";
        } else if (fs::exists(p / "model.safetensors")) {
            singleFile = p / "model.safetensors";
        } else if (const fs::path torchFile = TorchArchive::torchFileIn(p.string());
                   !torchFile.empty()) {
            return TorchArchive::open(torchFile.string()).checkpoint();
        } else {
            throw Error("checkpoint directory " + path +
                        " has neither model.safetensors nor model.safetensors.index.json, nor a "
                        "torch.save file (pytorch_model.bin, model.pth, model.pt or a single "
                        "torch.save file, whatever its name)");
        }
    } else if (fs::exists(p, ec)) {
        const std::string name = p.filename().string();
        if (TorchArchive::isTorchFile(path)) {
            return TorchArchive::open(path).checkpoint();
        } else if (name.size() >= 5 && name.compare(name.size() - 5, 5, ".json") == 0) {
            indexFile = p;
        } else {
            singleFile = p;
        }
    } else {
        throw Error("checkpoint " + path + " does not exist");
    }

    Checkpoint ckpt;
    if (!singleFile.empty()) {
        ckpt.directory_ = singleFile.parent_path().string();
        ckpt.shards_.push_back(SafetensorsFile::open(singleFile.string()));
        for (const auto& n : ckpt.shards_[0].names())
            ckpt.shardOf_[n] = 0;
        return ckpt;
    }

    ckpt.directory_ = indexFile.parent_path().string();
    nlohmann::json index;
    {
        std::ifstream in(indexFile);
        if (!in)
            throw Error("cannot read checkpoint index " + indexFile.string());
        try {
            in >> index;
        } catch (const nlohmann::json::exception& e) {
            throw Error("checkpoint index " + indexFile.string() + " is not valid JSON (" +
                        e.what() + ")");
        }
    }
    if (!index.is_object() || !index.contains("weight_map") || !index["weight_map"].is_object()) {
        throw Error("checkpoint index " + indexFile.string() + " has no \"weight_map\" object");
    }
    std::map<std::string, size_t> shardIndex;
    for (auto it = index["weight_map"].begin(); it != index["weight_map"].end(); ++it) {
        if (!it.value().is_string()) {
            throw Error("checkpoint index " + indexFile.string() + ": entry '" + it.key() +
                        "' does not name a shard file");
        }
        const std::string shard = it.value().get<std::string>();
        auto found = shardIndex.find(shard);
        if (found == shardIndex.end()) {
            ckpt.shards_.push_back(
                SafetensorsFile::open((indexFile.parent_path() / shard).string()));
            found = shardIndex.emplace(shard, ckpt.shards_.size() - 1).first;
        }
        if (!ckpt.shards_[found->second].contains(it.key())) {
            throw Error("checkpoint index " + indexFile.string() + " places tensor '" + it.key() +
                        "' in " + shard + ", which does not contain it");
        }
        ckpt.shardOf_[it.key()] = found->second;
    }
    return ckpt;
}

Checkpoint Checkpoint::fromTensors(const std::string& origin,
                                   const std::map<std::string, torch::Tensor>& tensors) {
    Checkpoint ckpt;
    ckpt.directory_ = origin;
    for (const auto& [name, t] : tensors) {
        TensorInfo info;
        info.name = name;
        info.dtype = dtypeSpelling(t.scalar_type());
        info.shape = t.sizes().vec();
        info.end = static_cast<uint64_t>(t.numel()) * t.element_size();
        ckpt.inMemory_.emplace(name, std::make_pair(std::move(info), t));
    }
    return ckpt;
}

std::vector<std::string> Checkpoint::names() const {
    std::vector<std::string> out;
    out.reserve(shardOf_.size() + inMemory_.size());
    for (const auto& kv : shardOf_)
        out.push_back(kv.first);
    for (const auto& kv : inMemory_)
        out.push_back(kv.first);
    return out;
}

bool Checkpoint::contains(const std::string& name) const {
    return shardOf_.count(name) != 0 || inMemory_.count(name) != 0;
}

const TensorInfo& Checkpoint::info(const std::string& name) const {
    if (auto found = inMemory_.find(name); found != inMemory_.end())
        return found->second.first;
    auto it = shardOf_.find(name);
    if (it == shardOf_.end()) {
        throw Error("checkpoint " + directory_ + " has no tensor named '" + name + "'");
    }
    return shards_[it->second].info(name);
}

torch::Tensor Checkpoint::tensor(const std::string& name) const {
    if (auto found = inMemory_.find(name); found != inMemory_.end())
        return found->second.second;
    auto it = shardOf_.find(name);
    if (it == shardOf_.end()) {
        throw Error("checkpoint " + directory_ + " has no tensor named '" + name + "'");
    }
    return shards_[it->second].tensor(name);
}

void writeSafetensors(const std::string& path,
                      const std::vector<std::pair<std::string, torch::Tensor>>& tensors,
                      const std::map<std::string, std::string>& metadata) {
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::vector<torch::Tensor> blobs;
    blobs.reserve(tensors.size());
    uint64_t offset = 0;
    for (const auto& [name, t] : tensors) {
        if (name == "__metadata__")
            throw Error("'__metadata__' is not a valid tensor name");
        auto cpu = t.detach().to(torch::kCPU).contiguous();
        const uint64_t bytes = static_cast<uint64_t>(cpu.numel()) * cpu.element_size();
        header[name] = {{"dtype", safetensorsDtypeName(cpu.scalar_type())},
                        {"shape", cpu.sizes().vec()},
                        {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
        blobs.push_back(cpu);
    }
    std::string text = header.dump();
    // Padding keeps the data section 8-byte aligned so readers can map tensors in place.
    text.append((8 - text.size() % 8) % 8, ' ');

    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw Error("cannot write " + path);
    unsigned char len[8];
    uint64_t n = text.size();
    for (int i = 0; i < 8; ++i)
        len[i] = static_cast<unsigned char>((n >> (8 * i)) & 0xff);
    out.write(reinterpret_cast<const char*>(len), 8);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    for (const auto& b : blobs) {
        out.write(static_cast<const char*>(b.data_ptr()),
                  static_cast<std::streamsize>(b.numel() * b.element_size()));
    }
    if (!out)
        throw Error("failed writing " + path);
}

}  // namespace sonara::models
