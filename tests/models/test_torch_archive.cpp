// TorchArchive: the torch.save fixtures (torchaudio's plain state dict, NVIDIA's WaveGlow
// {"state_dict": {"module.<name>": ...}}, demucs' .th with Python objects around kwargs and state)
// read to exactly the tensors of the model.safetensors beside them; a demucs-like .th built here
// byte by byte covers what the fixtures do not (dtypes, views, offsets, scalars, skipped objects);
// damaged files fail with an Error naming the file.

#include <caffe2/serialize/inline_container.h>
#include <torch/torch.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

#include "check.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/torch_archive.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkEqual;
using sonara::test::checkThrows;
using sonara::test::section;
using sonara::test::TempDir;

namespace {

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

// Same names, shapes, dtypes and bit-identical values.
void checkSameTensors(const std::string& what, const Checkpoint& found,
                      const SafetensorsFile& expected) {
    auto names = expected.names();
    std::sort(names.begin(), names.end());
    if (!checkEqual(what + ": tensor names", found.names(), names))
        return;
    std::string firstDiff;
    for (const auto& name : names) {
        const auto a = found.tensor(name);
        const auto b = expected.tensor(name);
        if (a.scalar_type() != b.scalar_type() || a.sizes() != b.sizes() || !torch::equal(a, b)) {
            firstDiff = name + " (" + c10::toString(a.scalar_type()) + " " +
                        shapeString(a.sizes()) + " vs " + c10::toString(b.scalar_type()) + " " +
                        shapeString(b.sizes()) + ")";
            break;
        }
    }
    check(firstDiff.empty(),
          what + ": " + std::to_string(names.size()) +
              " tensors with the same dtype, shape and values",
          firstDiff);
}

void testFixture(const std::string& family, const std::string& stateDictPath) {
    const std::string dir = sonara::test::fixturesDir() + "/" + family;
    const auto archive = TorchArchive::open(dir + "/model.pth");
    checkEqual(family + ": state dict chosen", archive.stateDictPath(), stateDictPath);
    const auto expected = SafetensorsFile::open(dir + "/model.safetensors");
    checkSameTensors(family + " model.pth", archive.checkpoint(), expected);
    checkSameTensors(family + " through Checkpoint::open(model.pth)",
                     Checkpoint::open(dir + "/model.pth"), expected);
}

void testDemucsFixture() {
    const std::string dir = sonara::test::fixturesDir() + "/htdemucs";
    const auto archive = TorchArchive::open(dir + "/model.pth");
    const auto values = archive.values();
    checkEqual("htdemucs kwargs equal config.json", values.child("kwargs").dump(),
               Config::load(dir + "/config.json").dump());
    checkEqual("htdemucs kwargs.sources", values.child("kwargs").getStringList("sources"),
               std::vector<std::string>{"drums", "bass", "other", "vocals"});
    const auto skipped = archive.skipped();
    check(contains(skipped, "klass (demucs.htdemucs.HTDemucs)") &&
              contains(skipped, "training_args (omegaconf.dictconfig.DictConfig)") &&
              skipped.size() == 2,
          "htdemucs: the class and the omegaconf object are skipped, nothing else");
}

// Protocol-2 pickle opcodes, enough to write what torch.save writes.
struct Pickle {
    std::string bytes = std::string("\x80\x02", 2);

    Pickle& op(const std::string& code) {
        bytes += code;
        return *this;
    }
    Pickle& str(const std::string& s) {
        bytes += 'X';
        for (int i = 0; i < 4; ++i)
            bytes += static_cast<char>((s.size() >> (8 * i)) & 0xff);
        bytes += s;
        return *this;
    }
    Pickle& integer(int64_t v) {  // LONG1, any width up to 8 bytes
        bytes += "\x8a\x08";
        for (int i = 0; i < 8; ++i)
            bytes += static_cast<char>((static_cast<uint64_t>(v) >> (8 * i)) & 0xff);
        return *this;
    }
    Pickle& small(int v) { return op(std::string("K") + static_cast<char>(v)); }
    Pickle& real(double v) {
        uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        bytes += 'G';
        for (int i = 7; i >= 0; --i)
            bytes += static_cast<char>((bits >> (8 * i)) & 0xff);
        return *this;
    }
    Pickle& global(const std::string& module, const std::string& name) {
        return op("c" + module + "\n" + name + "\n");
    }
    Pickle& ints(const std::vector<int>& values) {
        op("(");
        for (int v : values)
            small(v);
        return op("t");
    }
    // torch._utils._rebuild_tensor_v2(storage, offset, size, stride, False, OrderedDict())
    Pickle& tensor(const std::string& storageType, const std::string& key, int numel, int offset,
                   const std::vector<int>& size, const std::vector<int>& stride) {
        global("torch._utils", "_rebuild_tensor_v2").op("(");
        op("(").str("storage").global("torch", storageType).str(key).str("cpu").small(numel);
        op("tQ").small(offset).ints(size).ints(stride).op("\x89");
        global("collections", "OrderedDict").op(")R");
        return op("tR");
    }
};

// The layout of a published demucs .th, with more dtypes and views than the fixture has.
std::string writeDemucsLike(const TempDir& dir, const torch::Tensor& weights,
                            const torch::Tensor& half) {
    Pickle p;
    p.op("}(");
    p.str("klass").global("demucs.htdemucs", "HTDemucs");
    p.str("args").op(")");
    p.str("kwargs").op("}(");
    p.str("sources").op("](").str("drums").str("bass").op("e");
    p.str("channels").small(48);
    p.str("segment").real(7.8);
    p.str("cac").op("\x88");
    p.str("norm").op("N");
    p.str("big").integer(int64_t{1} << 40);
    p.str("negative").integer(-5);
    p.str("strides").ints({4, 2});
    p.op("u");
    p.str("state").global("collections", "OrderedDict").op(")R(");
    p.str("conv.weight").tensor("FloatStorage", "0", 6, 0, {2, 3}, {3, 1});
    p.str("conv.weight_t").tensor("FloatStorage", "0", 6, 0, {3, 2}, {1, 3});
    p.str("conv.tail").tensor("FloatStorage", "0", 6, 4, {2}, {1});
    p.str("conv.bias").tensor("HalfStorage", "1", 2, 0, {2}, {1});
    p.op("u}").str("_metadata").op("}s").op("b");  // a state dict's _metadata, via BUILD
    p.str("training_args").global("omegaconf.dictconfig", "DictConfig").op(")\x81}");
    p.str("_content").op("}").str("lr").real(3e-4).op("ssb");
    p.str("hook").global("builtins", "print");
    p.op("u.");

    const auto path = dir.file("demucs_like.th");
    caffe2::serialize::PyTorchStreamWriter writer(path);
    writer.writeRecord("data.pkl", p.bytes.data(), p.bytes.size());
    writer.writeRecord("data/0", weights.data_ptr(), 6 * sizeof(float));
    writer.writeRecord("data/1", half.data_ptr(), 2 * 2);
    writer.writeEndOfFile();
    return path;
}

void testDemucsLike() {
    TempDir dir("sonara-th");
    const auto weights = torch::arange(6, torch::kFloat32) * 0.5f;
    const auto half = torch::tensor({1.5f, -2.25f}).to(torch::kFloat16);
    const auto path = writeDemucsLike(dir, weights, half);

    const auto archive = TorchArchive::open(path);
    checkEqual("state dict chosen", archive.stateDictPath(), std::string("state"));
    checkEqual("tensor names", archive.tensorNames(),
               std::vector<std::string>{"state.conv.bias", "state.conv.tail", "state.conv.weight",
                                        "state.conv.weight_t"});
    const auto w = archive.tensor("state.conv.weight");
    check(torch::equal(w, weights.reshape({2, 3})), "float32 tensor values");
    const auto wt = archive.tensor("state.conv.weight_t");
    check(torch::equal(wt, w.t()) && wt.data_ptr() == w.data_ptr(),
          "a strided view shares its storage and reads transposed");
    check(torch::equal(archive.tensor("state.conv.tail"), weights.slice(0, 4)),
          "a view at a storage offset");
    const auto b = archive.tensor("state.conv.bias");
    check(b.scalar_type() == torch::kFloat16 && torch::equal(b, half), "float16 tensor");

    const auto kwargs = archive.values().child("kwargs");
    checkEqual("string list", kwargs.getStringList("sources"),
               std::vector<std::string>{"drums", "bass"});
    check(kwargs.getInt("channels") == 48 && kwargs.getDouble("segment") == 7.8 &&
              kwargs.getBool("cac") && !kwargs.has("norm") &&
              kwargs.getInt("big") == (int64_t{1} << 40) && kwargs.getInt("negative") == -5,
          "int, float, bool, None and 64-bit ints");
    checkEqual("tuple of ints", kwargs.getIntList("strides"), std::vector<int64_t>{4, 2});
    check(archive.values().getIntList("args").empty(), "empty args tuple");
    check(!archive.values().has("state") && !archive.values().has("klass"),
          "tensors and objects stay out of the values");
    const auto skipped = archive.skipped();
    check(skipped.size() == 3 && contains(skipped, "klass (demucs.htdemucs.HTDemucs)") &&
              contains(skipped, "training_args (omegaconf.dictconfig.DictConfig)") &&
              contains(skipped, "hook (builtins.print)"),
          "class, object and function are skipped", std::to_string(skipped.size()) + " skipped");

    const auto ckpt = Checkpoint::open(path);
    checkEqual("Checkpoint::open(.th) names", ckpt.names(),
               std::vector<std::string>{"conv.bias", "conv.tail", "conv.weight", "conv.weight_t"});
    check(ckpt.info("conv.bias").dtype == "F16" &&
              ckpt.info("conv.weight").shape == std::vector<int64_t>{2, 3},
          "Checkpoint info of in-memory tensors");
    checkEqual("explicit sub-dict", archive.checkpoint("state.conv").names(),
               std::vector<std::string>{"bias", "tail", "weight", "weight_t"});
    checkThrows<Error>("a path that holds no tensors", [&] { archive.checkpoint("kwargs"); },
                       {path, "no tensors under 'kwargs'"});
}

void testDirectories() {
    TempDir dir("sonara-pthdir");
    const auto source = sonara::test::fixturesDir() + "/waveglow/model.pth";
    writeBytes(dir.file("waveglow_weights.pt"), readBytes(source));
    const auto expected =
        SafetensorsFile::open(sonara::test::fixturesDir() + "/waveglow/model.safetensors");
    checkSameTensors("directory with a single .pt", Checkpoint::open(dir.path), expected);
    writeBytes(dir.file("other.pth"), readBytes(source));
    checkThrows<Error>("directory with two torch files and no conventional name",
                       [&] { Checkpoint::open(dir.path); }, {"model.safetensors", "model.pth"});
    writeBytes(dir.file("pytorch_model.bin"), readBytes(source));
    checkSameTensors("directory with pytorch_model.bin", Checkpoint::open(dir.path), expected);
}

// Hub downloads keep the URL's name, often with no extension: the content tells.
void testFilesKnownByContent() {
    TempDir dir("sonara-pthbare");
    const auto source = sonara::test::fixturesDir() + "/waveglow/model.pth";
    const auto bare = dir.file("nvidia_waveglow256pyt_fp16");
    writeBytes(bare, readBytes(source));
    check(TorchArchive::isTorchFile(bare), "an extension-less torch.save file is a torch file");
    const auto expected =
        SafetensorsFile::open(sonara::test::fixturesDir() + "/waveglow/model.safetensors");
    checkSameTensors("extension-less file", Checkpoint::open(bare), expected);
    checkSameTensors("directory with an extension-less file", Checkpoint::open(dir.path), expected);

    const auto text = dir.file("README");
    writeBytes(text, "PK but not a zip");
    check(!TorchArchive::isTorchFile(text), "a text file is not a torch file");
    const auto otherZip = dir.file("archive");
    {
        caffe2::serialize::PyTorchStreamWriter writer(otherZip);
        writer.writeRecord("notes.txt", "hello", 5);
        writer.writeEndOfFile();
    }
    check(!TorchArchive::isTorchFile(otherZip), "a zip without data.pkl first is not a torch file");
    check(!TorchArchive::isTorchFile(dir.file("absent")), "a missing file is not a torch file");
    check(TorchArchive::isTorchFile(source), "a .pth name is a torch file even before it is read");
}

void testDamagedFiles() {
    TempDir dir("sonara-badpth");
    const auto good = readBytes(sonara::test::fixturesDir() + "/waveglow/model.pth");
    const auto truncated = dir.file("truncated.pth");
    writeBytes(truncated, good.substr(0, good.size() / 2));
    checkThrows<Error>("truncated file", [&] { TorchArchive::open(truncated); },
                       {truncated, "truncated or corrupt"});
    const auto noEnd = dir.file("no_end.pth");
    writeBytes(noEnd, good.substr(0, good.size() - 10));
    checkThrows<Error>("file missing its last bytes", [&] { Checkpoint::open(noEnd); },
                       {noEnd, "truncated or corrupt"});

    // PyTorch's zip reader skips CRC checks, so damage shows only where it breaks the structure:
    // here a byte of data.pkl overwritten with an opcode pickle does not have.
    const auto corrupt = dir.file("corrupt.pth");
    {
        auto bytes = good;
        writeBytes(corrupt, bytes);
        const auto at = caffe2::serialize::PyTorchStreamReader(corrupt).getRecordOffset("data.pkl");
        bytes[at + 2] = '\xff';
        writeBytes(corrupt, bytes);
    }
    checkThrows<Error>(
        "damaged data.pkl", [&] { TorchArchive::open(corrupt); },
        {corrupt, "data.pkl is malformed at byte 2", "0xff", "truncated or corrupt"});

    const auto legacy = dir.file("legacy.pth");
    writeBytes(legacy, std::string("\x80\x02\x8a\x0alegacy", 11));
    checkThrows<Error>("pre-1.6 torch.save file", [&] { TorchArchive::open(legacy); },
                       {legacy, "legacy", "re-save"});
    const auto text = dir.file("text.bin");
    writeBytes(text, "not a checkpoint at all");
    checkThrows<Error>("not a zip", [&] { TorchArchive::open(text); },
                       {text, "not a torch.save zip archive"});
    checkThrows<Error>("missing file", [&] { TorchArchive::open(dir.file("absent.pth")); },
                       {"absent.pth", "does not exist"});

    auto archiveWith = [&](const std::string& name, const std::string& pickle,
                           const std::string& storage) {
        const auto path = dir.file(name);
        caffe2::serialize::PyTorchStreamWriter writer(path);
        writer.writeRecord("data.pkl", pickle.data(), pickle.size());
        if (!storage.empty())
            writer.writeRecord("data/0", storage.data(), storage.size());
        writer.writeEndOfFile();
        return path;
    };
    Pickle tensorPickle;
    tensorPickle.op("}").str("w").tensor("FloatStorage", "0", 4, 0, {4}, {1}).op("s.");
    const auto missing = archiveWith("missing_record.pth", tensorPickle.bytes, "");
    checkThrows<Error>("tensor whose storage record is missing",
                       [&] { TorchArchive::open(missing); }, {missing, "data/0"});
    const auto shortStorage =
        archiveWith("short_storage.pth", tensorPickle.bytes, std::string(8, '\0'));
    checkThrows<Error>("storage record shorter than its tensor",
                       [&] { TorchArchive::open(shortStorage); }, {shortStorage, "8 bytes"});
    Pickle cut;
    cut.op("}").str("w");
    const auto cutPickle = archiveWith("cut_pickle.pth", cut.bytes, "");
    checkThrows<Error>("pickle that stops early", [&] { TorchArchive::open(cutPickle); },
                       {cutPickle, "data.pkl", "ends early"});
    Pickle beyond;
    beyond.op("}").str("w").tensor("FloatStorage", "0", 4, 2, {4}, {1}).op("s.");
    const auto pastEnd = archiveWith("past_end.pth", beyond.bytes, std::string(16, '\0'));
    checkThrows<Error>("view reaching past its storage", [&] { TorchArchive::open(pastEnd); },
                       {pastEnd, "reaches past its storage"});
}

}  // namespace

int main() {
    std::printf("fixtures: %s\n", sonara::test::fixturesDir().c_str());
    section("torchaudio Tacotron2 state dict", [] { testFixture("tacotron2", ""); });
    section("NVIDIA WaveGlow checkpoint", [] { testFixture("waveglow", "state_dict.module"); });
    section("demucs .th", [] {
        testFixture("htdemucs", "state");
        testDemucsFixture();
    });
    section("demucs-like .th built here", testDemucsLike);
    section("checkpoint directories holding torch files", testDirectories);
    section("torch files known by content", testFilesKnownByContent);
    section("damaged and unsupported files", testDamagedFiles);
    return sonara::test::finish();
}
