#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#include "check.h"
#include "models/common/array.h"
#include "models/common/config.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/common/progress.h"
#include "models/common/safetensors.h"
#include "models/common/weights.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkEqual;
using sonara::test::checkNoThrow;
using sonara::test::checkThrows;
using sonara::test::section;
using sonara::test::TempDir;

namespace {

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
    if (a.sizes() != b.sizes())
        return INFINITY;
    if (a.numel() == 0)
        return 0.0;
    return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// A safetensors file with a hand-written header, for malformed-file cases.
std::string rawSafetensors(const std::string& header, size_t dataBytes) {
    std::string out(8, '\0');
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<char>((header.size() >> (8 * i)) & 0xff);
    return out + header + std::string(dataBytes, '\x01');
}

void testRoundTrip() {
    TempDir dir("sonara-st");
    const auto path = dir.file("round.safetensors");
    torch::manual_seed(1);
    const auto f32 = torch::randn({3, 5});
    const auto f16 = torch::randn({2, 7}).to(torch::kFloat16);
    const auto bf16 = torch::randn({4}).to(torch::kBFloat16);
    const auto i64 = torch::arange(6, torch::kInt64).reshape({2, 3});
    const auto i32 = torch::tensor({-3, 0, 9}, torch::kInt32);
    const auto b = torch::tensor({true, false, true});
    const auto scalar = torch::tensor(2.5f);
    const auto transposed = torch::randn({4, 6}).t();  // non-contiguous input
    writeSafetensors(path,
                     {{"f32", f32},
                      {"f16", f16},
                      {"bf16", bf16},
                      {"i64", i64},
                      {"i32", i32},
                      {"bool", b},
                      {"scalar", scalar},
                      {"transposed", transposed}},
                     {{"format", "pt"}});

    torch::Tensor keep;
    {
        const auto file = SafetensorsFile::open(path);
        checkEqual("names in file order", file.names(),
                   std::vector<std::string>{"f32", "f16", "bf16", "i64", "i32", "bool", "scalar",
                                            "transposed"});
        checkEqual("metadata", file.metadata().at("format"), std::string("pt"));
        check(file.info("f16").dtype == "F16" && file.info("bf16").dtype == "BF16",
              "dtype names in header");
        checkEqual("shape in header", file.info("f32").shape, std::vector<int64_t>{3, 5});
        check(file.tensor("f32").scalar_type() == torch::kFloat32 &&
                  file.tensor("f16").scalar_type() == torch::kFloat16 &&
                  file.tensor("bf16").scalar_type() == torch::kBFloat16,
              "dtypes read back");
        checkClose("f32 round trip", maxAbsDiff(file.tensor("f32"), f32), 0.0);
        checkClose("f16 round trip", maxAbsDiff(file.tensor("f16"), f16), 0.0);
        checkClose("bf16 round trip", maxAbsDiff(file.tensor("bf16"), bf16), 0.0);
        check(torch::equal(file.tensor("i64"), i64), "i64 round trip");
        check(torch::equal(file.tensor("i32"), i32), "i32 round trip");
        check(torch::equal(file.tensor("bool"), b), "bool round trip");
        checkEqual("0-d tensor shape", file.tensor("scalar").dim(), int64_t{0});
        checkClose("0-d tensor value", maxAbsDiff(file.tensor("scalar"), scalar), 0.0);
        checkClose("non-contiguous written as its values",
                   maxAbsDiff(file.tensor("transposed"), transposed), 0.0);
        checkThrows<Error>("unknown tensor name", [&] { file.tensor("nope"); }, {"nope"});
        keep = file.tensor("f32");
    }
    checkClose("tensor outlives its reader (mapping kept alive)", maxAbsDiff(keep, f32), 0.0);
    keep.mul_(2);
    checkClose("in-place write stays private to the process",
               maxAbsDiff(SafetensorsFile::open(path).tensor("f32"), f32), 0.0);

    const auto named = Checkpoint::open(path);
    check(named.contains("bf16") && named.names().size() == 8,
          "Checkpoint opens a named .safetensors file");
}

void testCheckpointLayouts() {
    TempDir dir("sonara-ckpt");
    checkThrows<Error>("empty directory", [&] { Checkpoint::open(dir.path); },
                       {"model.safetensors", "model.safetensors.index.json"});
    checkThrows<Error>("missing path", [&] { Checkpoint::open(dir.file("absent")); },
                       {"does not exist"});

    const auto a = torch::randn({2, 2});
    const auto b = torch::randn({3}).to(torch::kFloat16);
    const auto c = torch::randn({1, 4}).to(torch::kBFloat16);
    writeSafetensors(dir.file("model.safetensors"), {{"a", a}, {"b", b}, {"c", c}});
    const auto single = Checkpoint::open(dir.path);
    checkEqual("single file: names", single.names(), std::vector<std::string>{"a", "b", "c"});
    checkClose("single file: tensor", maxAbsDiff(single.tensor("c"), c), 0.0);

    TempDir sharded("sonara-shard");
    writeSafetensors(sharded.file("model-00001-of-00002.safetensors"), {{"a", a}, {"c", c}});
    writeSafetensors(sharded.file("model-00002-of-00002.safetensors"), {{"b", b}});
    writeBytes(sharded.file("model.safetensors.index.json"),
               R"({"metadata": {"total_size": 26}, "weight_map": {
                   "a": "model-00001-of-00002.safetensors",
                   "b": "model-00002-of-00002.safetensors",
                   "c": "model-00001-of-00002.safetensors"}})");
    // The index wins over a stray model.safetensors in the same directory.
    writeSafetensors(sharded.file("model.safetensors"), {{"stray", a}});
    const auto ckpt = Checkpoint::open(sharded.path);
    checkEqual("sharded: names from every shard", ckpt.names(),
               std::vector<std::string>{"a", "b", "c"});
    checkClose("sharded: tensor from shard 1", maxAbsDiff(ckpt.tensor("a"), a), 0.0);
    checkClose("sharded: tensor from shard 2", maxAbsDiff(ckpt.tensor("b"), b), 0.0);
    check(ckpt.info("b").dtype == "F16", "sharded: info");
    checkNoThrow("sharded: open the index file itself",
                 [&] { Checkpoint::open(sharded.file("model.safetensors.index.json")); });

    writeBytes(sharded.file("model.safetensors.index.json"),
               R"({"weight_map": {"a": "model-00002-of-00002.safetensors"}})");
    checkThrows<Error>("index naming the wrong shard", [&] { Checkpoint::open(sharded.path); },
                       {"'a'", "model-00002-of-00002.safetensors"});
    writeBytes(sharded.file("model.safetensors.index.json"),
               R"({"weight_map": {"a": "model-00009-of-00009.safetensors"}})");
    checkThrows<Error>("index naming a missing shard", [&] { Checkpoint::open(sharded.path); },
                       {"model-00009-of-00009.safetensors"});
    writeBytes(sharded.file("model.safetensors.index.json"), "{ not json");
    checkThrows<Error>("index that is not JSON", [&] { Checkpoint::open(sharded.path); },
                       {"not valid JSON"});
}

void testMalformedFiles() {
    TempDir dir("sonara-bad");
    const auto good = dir.file("good.safetensors");
    writeSafetensors(good, {{"weight", torch::randn({64, 64})}});
    const auto size = std::filesystem::file_size(good);

    const auto cut = dir.file("cut.safetensors");
    std::filesystem::copy_file(good, cut);
    std::filesystem::resize_file(cut, size - 100);
    checkThrows<Error>("truncated data", [&] { SafetensorsFile::open(cut); },
                       {"cut.safetensors", "'weight'", "out of range"});
    std::filesystem::resize_file(cut, 20);
    checkThrows<Error>("truncated header", [&] { SafetensorsFile::open(cut); }, {"truncated"});
    std::filesystem::resize_file(cut, 3);
    checkThrows<Error>("shorter than the length field", [&] { SafetensorsFile::open(cut); },
                       {"truncated"});

    const auto garbage = dir.file("garbage.safetensors");
    writeBytes(garbage, std::string("\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8garbage garbage", 23));
    checkThrows<Error>("garbage length field", [&] { SafetensorsFile::open(garbage); },
                       {"bad header"});
    writeBytes(garbage, rawSafetensors("this is not json", 0));
    checkThrows<Error>("garbage header text", [&] { SafetensorsFile::open(garbage); },
                       {"bad header", "JSON"});
    writeBytes(garbage, rawSafetensors(R"({"w": {"dtype": "F32", "shape": [2]}})", 8));
    checkThrows<Error>("entry without offsets", [&] { SafetensorsFile::open(garbage); },
                       {"'w'", "data_offsets"});
    writeBytes(garbage, rawSafetensors(
                            R"({"w": {"dtype": "C64", "shape": [1], "data_offsets": [0, 8]}})", 8));
    checkThrows<Error>("unknown dtype", [&] { SafetensorsFile::open(garbage); },
                       {"'w'", "C64", "unknown dtype"});
    writeBytes(
        garbage,
        rawSafetensors(R"({"w": {"dtype": "F32", "shape": [4], "data_offsets": [8, 24]}})", 16));
    checkThrows<Error>("offset out of range", [&] { SafetensorsFile::open(garbage); },
                       {"'w'", "out of range"});
    writeBytes(
        garbage,
        rawSafetensors(R"({"w": {"dtype": "F32", "shape": [3], "data_offsets": [0, 16]}})", 16));
    checkThrows<Error>("size not matching the shape", [&] { SafetensorsFile::open(garbage); },
                       {"'w'", "[3]", "12 bytes"});
    checkThrows<Error>("missing file", [&] { SafetensorsFile::open(dir.file("none")); },
                       {"cannot open"});

    // Unaligned data (a header length that is not a multiple of 8) is copied, not mapped.
    writeBytes(garbage,
               rawSafetensors(R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", 0) +
                   std::string("\x00\x00\x80\x3f\x00\x00\x00\x40", 8));
    checkClose("unaligned tensor data",
               maxAbsDiff(SafetensorsFile::open(garbage).tensor("w"), torch::tensor({1.0f, 2.0f})),
               0.0);
}

struct Toy : torch::nn::Module {
    torch::nn::Linear fc{nullptr};
    torch::nn::Conv1d conv{nullptr};
    torch::Tensor running;
    Toy() {
        fc = register_module("fc", torch::nn::Linear(3, 4));
        conv = register_module("conv", torch::nn::Conv1d(torch::nn::Conv1dOptions(2, 5, 3)));
        running = register_buffer("running", torch::zeros({4}));
    }
};

void testWeightMap() {
    TempDir dir("sonara-wm");
    torch::manual_seed(3);
    const auto fcW = torch::randn({4, 3});
    const auto fcB = torch::randn({4});
    const auto convW = torch::randn({5, 2, 3});
    const auto convB = torch::randn({5});
    const auto running = torch::randn({4});

    // Prefixed, renamed, in half precision, with an ignored extra: everything fits.
    writeSafetensors(dir.file("model.safetensors"),
                     {{"model.dense.weight", fcW.to(torch::kFloat16)},
                      {"model.dense.bias", fcB},
                      {"model.conv.weight", convW.to(torch::kBFloat16)},
                      {"model.conv.bias", convB},
                      {"model.running", running},
                      {"model.rotary.inv_freq", torch::ones({2})},
                      {"other_model.weight", torch::ones({9})}});
    {
        Toy toy;
        WeightMapping mapping;
        mapping.prefix = "model.";
        mapping.renames = {{"dense.", "fc."}};
        mapping.ignore = {"rotary."};
        checkNoThrow("weight map with prefix, renames, ignore",
                     [&] { loadWeights(toy, Checkpoint::open(dir.path), mapping); });
        checkClose("f16 checkpoint converted to the module's f32", maxAbsDiff(toy.fc->weight, fcW),
                   1e-3);
        check(toy.fc->weight.scalar_type() == torch::kFloat32, "module keeps its dtype");
        checkClose("bf16 checkpoint converted", maxAbsDiff(toy.conv->weight, convW), 2e-2);
        checkClose("buffers are loaded", maxAbsDiff(toy.running, running), 0.0);
    }

    // Missing, unexpected and mis-shaped tensors are all reported in one error.
    TempDir bad("sonara-wm-bad");
    writeSafetensors(bad.file("model.safetensors"), {{"fc.weight", fcW},
                                                     {"conv.weight", torch::randn({5, 2, 4})},
                                                     {"conv.bias", convB},
                                                     {"running", running},
                                                     {"surplus.weight", torch::ones({7, 2})}});
    Toy toy;
    const auto before = toy.fc->weight.clone();
    WeightMapping mapping;
    mapping.modelName = "toy model";
    checkThrows<Error>("weight map reports every problem at once",
                       [&] { loadWeights(toy, Checkpoint::open(bad.path), mapping); },
                       {"toy model", "missing tensors (1)", "fc.bias (expected [4])",
                        "unexpected tensors (1)", "surplus.weight [7, 2]", "shape mismatches (1)",
                        "conv.weight: expected [5, 2, 3], found [5, 2, 4]"});
    check(torch::equal(toy.fc->weight, before),
          "nothing is copied when the checkpoint does not fit");

    mapping.optional = {"fc.bias"};
    mapping.ignore = {"surplus."};
    checkThrows<Error>("optional and ignored names are not reported",
                       [&] { loadWeights(toy, Checkpoint::open(bad.path), mapping); },
                       {"shape mismatches (1)"});
    try {
        loadWeights(toy, Checkpoint::open(bad.path), mapping);
    } catch (const Error& e) {
        const std::string m = e.what();
        check(m.find("fc.bias") == std::string::npos && m.find("surplus") == std::string::npos,
              "optional and ignored names absent from the error", m);
    }
}

void testWeightNorm() {
    // Hand computation: v = [[[3, 4]], [[0, 5]]], g = [[[10]], [[2]]]; each output channel is
    // scaled to norm g: [[6, 8]], [[0, 2]].
    const auto v = torch::tensor({3.0f, 4.0f, 0.0f, 5.0f}).reshape({2, 1, 2});
    const auto g = torch::tensor({10.0f, 2.0f}).reshape({2, 1, 1});
    const auto expected = torch::tensor({6.0f, 8.0f, 0.0f, 2.0f}).reshape({2, 1, 2});
    checkClose("fold matches the hand computation", maxAbsDiff(foldWeightNorm(g, v), expected),
               1e-6);
    // weight_norm(dim=2), as Wav2Vec2's positional conv uses: g has shape [1, 1, k].
    const auto v2 = torch::randn({3, 2, 4});
    const auto g2 = torch::rand({1, 1, 4}) + 0.5;
    const auto manual2 = g2 * v2 / v2.pow(2).sum(std::vector<int64_t>{0, 1}, true).sqrt();
    checkClose("fold along a non-zero dim", maxAbsDiff(foldWeightNorm(g2, v2), manual2), 1e-6);
    checkThrows<Error>("fold with mismatched shapes",
                       [&] {
                           foldWeightNorm(torch::ones({3, 1, 1}), v);
                       },
                       {"[3, 1, 1]"});

    torch::manual_seed(5);
    const auto convV = torch::randn({5, 2, 3});
    const auto convG = torch::rand({5, 1, 1}) + 0.5;
    const auto manual = convG * convV / convV.pow(2).sum(std::vector<int64_t>{1, 2}, true).sqrt();
    const auto others =
        std::vector<std::pair<std::string, torch::Tensor>>{{"fc.weight", torch::randn({4, 3})},
                                                           {"fc.bias", torch::randn({4})},
                                                           {"conv.bias", torch::randn({5})},
                                                           {"running", torch::randn({4})}};

    TempDir legacy("sonara-wn-legacy");
    auto legacyTensors = others;
    legacyTensors.push_back({"conv.weight_g", convG});
    legacyTensors.push_back({"conv.weight_v", convV});
    writeSafetensors(legacy.file("model.safetensors"), legacyTensors);

    TempDir param("sonara-wn-param");
    auto paramTensors = others;
    paramTensors.push_back({"conv.parametrizations.weight.original0", convG.to(torch::kFloat16)});
    paramTensors.push_back({"conv.parametrizations.weight.original1", convV.to(torch::kFloat16)});
    writeSafetensors(param.file("model.safetensors"), paramTensors);

    Toy a;
    Toy b;
    checkNoThrow("weight_g/weight_v layout loads",
                 [&] { loadWeights(a, Checkpoint::open(legacy.path)); });
    checkNoThrow("parametrizations layout (f16) loads",
                 [&] { loadWeights(b, Checkpoint::open(param.path)); });
    checkClose("weight_g/weight_v folded weight", maxAbsDiff(a.conv->weight, manual), 1e-6);
    checkClose("parametrizations folded weight matches the other layout",
               maxAbsDiff(b.conv->weight, a.conv->weight), 5e-3);

    TempDir half("sonara-wn-half");
    auto halfTensors = others;
    halfTensors.push_back({"conv.weight_g", convG});
    writeSafetensors(half.file("model.safetensors"), halfTensors);
    Toy c;
    checkThrows<Error>("weight norm without its direction",
                       [&] { loadWeights(c, Checkpoint::open(half.path)); },
                       {"conv.weight", "conv.weight_g", "direction"});
}

void testConfig() {
    const auto cfg = Config::parse(R"({
        "hidden": 16, "rate": 0.5, "whole_rate": 2, "flag": true, "name": "tiny",
        "sizes": [1, 2, 3], "nested": [[1, 3], [5]], "names": ["a", "b"], "nothing": null,
        "bad_list": [1, "x"], "encoder": {"layers": 2, "inner": {"dim": 8}}})",
                                   "test/config.json");
    checkEqual("int", cfg.getInt("hidden"), int64_t{16});
    checkClose("double", std::abs(cfg.getDouble("rate") - 0.5), 0.0);
    checkClose("integer accepted as double", std::abs(cfg.getDouble("whole_rate") - 2.0), 0.0);
    check(cfg.getBool("flag"), "bool");
    checkEqual("string", cfg.getString("name"), std::string("tiny"));
    checkEqual("int list", cfg.getIntList("sizes"), std::vector<int64_t>{1, 2, 3});
    checkEqual("int list list", cfg.getIntListList("nested"),
               std::vector<std::vector<int64_t>>{{1, 3}, {5}});
    checkEqual("string list", cfg.getStringList("names"), std::vector<std::string>{"a", "b"});
    checkEqual("fallback when absent", cfg.getInt("absent", 7), int64_t{7});
    checkEqual("fallback when null", cfg.getInt("nothing", 9), int64_t{9});
    check(cfg.has("hidden") && !cfg.has("absent") && !cfg.has("nothing"), "has()");
    checkEqual("child object", cfg.child("encoder").getInt("layers"), int64_t{2});

    checkThrows<Error>("missing key names the key and file", [&] { cfg.getInt("vocab_size"); },
                       {"test/config.json", "'vocab_size'", "missing"});
    checkThrows<Error>("wrong type names key and found type", [&] { cfg.getInt("name"); },
                       {"'name'", "integer", "string"});
    checkThrows<Error>("double is not an int", [&] { cfg.getInt("rate"); }, {"'rate'"});
    checkThrows<Error>("wrong type with a fallback still throws",
                       [&] { cfg.getBool("hidden", false); }, {"'hidden'", "true or false"});
    checkThrows<Error>("bad list item", [&] { cfg.getIntList("bad_list"); },
                       {"'bad_list'", "item 1"});
    checkThrows<Error>("nested key path in errors",
                       [&] { cfg.child("encoder").child("inner").getInt("heads"); },
                       {"'encoder.inner.heads'"});
    checkThrows<Error>("not a list", [&] { cfg.getIntListList("sizes"); }, {"'sizes'", "item 0"});
    checkThrows<Error>("invalid JSON", [] { Config::parse("{oops", "broken.json"); },
                       {"broken.json", "not valid JSON"});
    checkThrows<Error>("missing config.json", [] { Config::load("/nonexistent-sonara-dir"); },
                       {"config.json"});
}

void testDeviceAndArray() {
    check(parseDevice("cpu").is_cpu(), "cpu device");
    check(parseDevice("auto").is_cuda() == torch::cuda::is_available(), "auto device");
    checkThrows<Error>("bad device", [] { parseDevice("gpu"); }, {"'gpu'", "auto, cpu, cuda"});
    checkThrows<Error>("bad device index", [] { parseDevice("cuda:x"); }, {"'cuda:x'"});
    if (!torch::cuda::is_available()) {
        checkThrows<Error>("cuda without CUDA", [] { parseDevice("cuda"); }, {"no CUDA"});
    }
    const torch::Device cpu(torch::kCPU);
    check(parseDtype("auto", cpu) == torch::kFloat32, "auto dtype on CPU is fp32");
    check(parseDtype("auto", torch::Device(torch::kCUDA, 0)) == torch::kFloat16,
          "auto dtype on CUDA is fp16");
    check(
        parseDtype("FP32", cpu) == torch::kFloat32 && parseDtype("float32", cpu) == torch::kFloat32,
        "explicit dtypes");
    checkThrows<Error>("bad dtype", [&] { parseDtype("int8", cpu); }, {"'int8'"});
#if TORCH_VERSION_MAJOR < 2
    checkThrows<Error>("fp16 on CPU with libtorch 1.x", [&] { parseDtype("fp16", cpu); },
                       {"float16", "CPU"});
    checkThrows<Error>("bf16 on CPU with libtorch 1.x", [&] { parseDtype("bf16", cpu); },
                       {"bfloat16", "CPU"});
#else
    check(parseDtype("bf16", cpu) == torch::kBFloat16, "bf16 on CPU");
#endif
    check(parseDtype("bf16", torch::Device(torch::kCUDA, 0)) == torch::kBFloat16, "bf16 on CUDA");
    checkEqual("dtype names", dtypeName(torch::kBFloat16), std::string("bfloat16"));
    check(peakMemoryMb(cpu) > 1.0, "peak memory is reported",
          std::to_string(peakMemoryMb(cpu)) + " MiB");

    FloatArray a({2, 3});
    check(a.consistent() && a.numel() == 6 && a.dim(-1) == 3 && a.rank() == 2, "FloatArray shape");
    checkEqual("FloatArray shape string", a.shapeString(), std::string("[2, 3]"));
    a.data.pop_back();
    check(!a.consistent(), "FloatArray detects a size mismatch");

    checkThrows<Cancelled>(
        "progress returning false cancels",
        [] { reportProgress([](double, std::string_view) { return false; }, 0.5, "decoding"); },
        {"decoding"});
    checkNoThrow("empty progress callback", [] { reportProgress({}, 0.5, "x"); });
}

}  // namespace

int main() {
    section("safetensors round trip", testRoundTrip);
    section("checkpoint layouts", testCheckpointLayouts);
    section("malformed files", testMalformedFiles);
    section("weight map", testWeightMap);
    section("weight norm", testWeightNorm);
    section("config", testConfig);
    section("device, dtype, array, progress", testDeviceAndArray);
    return sonara::test::finish();
}
