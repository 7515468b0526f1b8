#pragma once

// Builds torch.save files without Python, for tests of checkpoint loaders: a protocol-2 pickle
// written opcode by opcode (enough for what torch.save writes around a state dict, including
// references to Python classes and objects that a C++ reader must skip) and the zip archive
// PyTorch stores it in, one storage record per tensor.

#include <caffe2/serialize/inline_container.h>
#include <torch/types.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace sonara::test {

class PickleWriter {
public:
    PickleWriter& op(const std::string& code) {
        bytes_ += code;
        return *this;
    }
    PickleWriter& str(const std::string& s) {  // BINUNICODE
        bytes_ += 'X';
        appendLittleEndian(s.size(), 4);
        bytes_ += s;
        return *this;
    }
    PickleWriter& integer(int64_t v) {
        if (v >= 0 && v < 256)
            return op(std::string("K") + static_cast<char>(v));  // BININT1
        if (v >= INT32_MIN && v <= INT32_MAX) {
            bytes_ += 'J';  // BININT
            appendLittleEndian(static_cast<uint64_t>(v), 4);
            return *this;
        }
        bytes_ += "\x8a\x08";  // LONG1
        appendLittleEndian(static_cast<uint64_t>(v), 8);
        return *this;
    }
    PickleWriter& real(double v) {  // BINFLOAT, big-endian
        uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        bytes_ += 'G';
        for (int i = 7; i >= 0; --i)
            bytes_ += static_cast<char>((bits >> (8 * i)) & 0xff);
        return *this;
    }
    PickleWriter& boolean(bool v) { return op(v ? "\x88" : "\x89"); }
    PickleWriter& none() { return op("N"); }
    PickleWriter& global(const std::string& module, const std::string& name) {
        return op("c" + module + "\n" + name + "\n");
    }
    PickleWriter& strings(const std::vector<std::string>& items) {  // a list
        op("](");
        for (const auto& s : items)
            str(s);
        return op("e");
    }
    PickleWriter& ints(const std::vector<int64_t>& values) {  // a tuple
        op("(");
        for (int64_t v : values)
            integer(v);
        return op("t");
    }
    // fractions.Fraction as Python before 3.12 pickles it: Fraction('39/5').
    PickleWriter& fraction(const std::string& text) {
        global("fractions", "Fraction").op("(").str(text);
        return op("tR");
    }
    // torch._utils._rebuild_tensor_v2 over the storage record `key`, as torch.save writes a
    // contiguous tensor.
    PickleWriter& tensor(const std::string& storageType, const std::string& key, int64_t numel,
                         const std::vector<int64_t>& size) {
        std::vector<int64_t> stride(size.size(), 1);
        for (size_t d = size.size(); d-- > 1;)
            stride[d - 1] = stride[d] * size[d];
        global("torch._utils", "_rebuild_tensor_v2").op("(");
        op("(").str("storage").global("torch", storageType).str(key).str("cpu").integer(numel);
        op("tQ").integer(0).ints(size).ints(stride).boolean(false);
        global("collections", "OrderedDict").op(")R");
        return op("tR");
    }
    const std::string& bytes() const { return bytes_; }

private:
    void appendLittleEndian(uint64_t v, int width) {
        for (int i = 0; i < width; ++i)
            bytes_ += static_cast<char>((v >> (8 * i)) & 0xff);
    }
    std::string bytes_ = std::string("\x80\x02", 2);
};

// Tensors stored by a TorchSaveFile: each gets a storage record of its own.
class TorchSaveFile {
public:
    // Writes the tensor reference into the pickle and keeps its bytes for the archive.
    void tensor(PickleWriter& pickle, const torch::Tensor& t) {
        const auto data = t.contiguous().cpu();
        const std::string key = std::to_string(records_.size());
        std::string type;
        switch (data.scalar_type()) {
            case torch::kFloat16:
                type = "HalfStorage";
                break;
            case torch::kBFloat16:
                type = "BFloat16Storage";
                break;
            case torch::kFloat64:
                type = "DoubleStorage";
                break;
            default:
                type = "FloatStorage";
        }
        pickle.tensor(type, key, data.numel(), data.sizes().vec());
        records_.emplace_back(
            "data/" + key, std::string(static_cast<const char*>(data.data_ptr()), data.nbytes()));
    }
    void write(const std::string& path, const PickleWriter& pickle) const {
        caffe2::serialize::PyTorchStreamWriter writer(path);
        writer.writeRecord("data.pkl", pickle.bytes().data(), pickle.bytes().size());
        for (const auto& [name, bytes] : records_)
            writer.writeRecord(name, bytes.data(), bytes.size());
        writer.writeEndOfFile();
    }

private:
    std::vector<std::pair<std::string, std::string>> records_;
};

// A demucs package as demucs' states.serialize_model writes it and the published .th files hold:
// {'klass': <class>, 'args': (), 'kwargs': {...}, 'state': OrderedDict(name -> tensor),
//  'training_args': <omegaconf object>}. kwargs come from JSON (strings, numbers, bools, lists of
// strings or numbers); a kwargs entry named in `fractions` is written as a fractions.Fraction of
// the given text, as the published files store "segment".
inline void writeDemucsPackage(const std::string& path, const nlohmann::json& kwargs,
                               const std::map<std::string, std::string>& fractions,
                               const std::vector<std::pair<std::string, torch::Tensor>>& state,
                               const std::string& klassModule = "demucs.htdemucs",
                               const std::string& klassName = "HTDemucs") {
    PickleWriter p;
    TorchSaveFile file;
    p.op("}(");
    p.str("klass").global(klassModule, klassName);
    p.str("args").op(")");
    p.str("kwargs").op("}(");
    for (const auto& [key, value] : kwargs.items()) {
        p.str(key);
        if (fractions.count(key)) {
            p.fraction(fractions.at(key));
        } else if (value.is_boolean()) {
            p.boolean(value.get<bool>());
        } else if (value.is_number_integer()) {
            p.integer(value.get<int64_t>());
        } else if (value.is_number()) {
            p.real(value.get<double>());
        } else if (value.is_string()) {
            p.str(value.get<std::string>());
        } else if (value.is_null()) {
            p.none();
        } else {  // a list
            p.op("](");
            for (const auto& item : value) {
                if (item.is_string())
                    p.str(item.get<std::string>());
                else if (item.is_number_integer())
                    p.integer(item.get<int64_t>());
                else
                    p.real(item.get<double>());
            }
            p.op("e");
        }
    }
    p.op("u");
    p.str("state").global("collections", "OrderedDict").op(")R(");
    for (const auto& [name, tensor] : state) {
        p.str(name);
        file.tensor(p, tensor);
    }
    p.op("u");
    // training_args: an omegaconf object, rebuilt in Python by NEWOBJ and BUILD.
    p.str("training_args").global("omegaconf.dictconfig", "DictConfig").op(")\x81}");
    p.str("_content").op("}").str("epochs").integer(360).op("ssb");
    p.op("u.");
    file.write(path, p);
}

}  // namespace sonara::test
