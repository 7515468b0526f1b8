// HifiGan loading and input checks beyond parity: checkpoint layouts real hub files use (weight
// norm in both spellings, half precision, shards) and the errors for checkpoints that do not fit.

#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "check.h"
#include "models/common/array.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/hifigan/hifigan.h"
#include "torch_save_writer.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkNoThrow;
using sonara::test::checkThrows;
using sonara::test::section;
using sonara::test::TempDir;

namespace {

using Tensors = std::vector<std::pair<std::string, torch::Tensor>>;

const std::string& fixture() {
    static const std::string dir = sonara::test::fixturesDir() + "/hifigan";
    return dir;
}

Tensors fixtureWeights() {
    const auto file = SafetensorsFile::open(fixture() + "/model.safetensors");
    Tensors out;
    for (const auto& name : file.names())
        out.emplace_back(name, file.tensor(name).clone());
    return out;
}

// A checkpoint directory with the fixture's config.json and the given tensors.
void writeCheckpoint(const TempDir& dir, const Tensors& tensors) {
    std::filesystem::copy_file(fixture() + "/config.json", dir.file("config.json"));
    writeSafetensors(dir.file("model.safetensors"), tensors);
}

FloatArray fixtureInput() {
    const auto t = SafetensorsFile::open(fixture() + "/inputs.safetensors").tensor("spectrogram");
    return FloatArray(t.sizes().vec(),
                      std::vector<float>(t.data_ptr<float>(), t.data_ptr<float>() + t.numel()));
}

// CPU float32 like the reference, unless SONARA_TEST_DEVICE names another device.
HifiGan::Options testOptions() {
    HifiGan::Options options;
    const char* device = std::getenv("SONARA_TEST_DEVICE");
    options.device = device && *device ? device : "cpu";
    options.dtype = "fp32";
    return options;
}

FloatArray reference() {
    return HifiGan::load(fixture(), testOptions()).generate(fixtureInput());
}

double maxAbsDiff(const FloatArray& a, const FloatArray& b) {
    if (a.shape != b.shape)
        return INFINITY;
    double worst = 0.0;
    for (size_t i = 0; i < a.data.size(); ++i) {
        worst = std::max(worst, static_cast<double>(std::abs(a.data[i] - b.data[i])));
    }
    return worst;
}

// Error relative to the reference's peak: the fixture's waveform is tiny (tens of microunits), so
// absolute tolerances say little.
double relativeDiff(const FloatArray& a, const FloatArray& reference) {
    double peak = 0.0;
    for (float v : reference.data)
        peak = std::max(peak, static_cast<double>(std::abs(v)));
    return peak > 0.0 ? maxAbsDiff(a, reference) / peak : INFINITY;
}

bool isConvWeight(const std::string& name) {
    return name.size() > 7 && name.compare(name.size() - 7, 7, ".weight") == 0;
}

// Splits every conv weight into weight-norm (g, v) with v = 3 * weight, so that folding must
// recover the original weight. ConvTranspose1d's dim 0 is its input channels, as in
// torch.nn.utils.weight_norm(dim=0).
Tensors withWeightNorm(const Tensors& plain, bool parametrizations) {
    Tensors out;
    for (const auto& [name, t] : plain) {
        if (!isConvWeight(name)) {
            out.emplace_back(name, t);
            continue;
        }
        const auto base = name.substr(0, name.size() - 7);
        const auto v = t * 3.0;
        const auto g = t.pow(2).sum(std::vector<int64_t>{1, 2}, true).sqrt();
        out.emplace_back(
            base + (parametrizations ? ".parametrizations.weight.original0" : ".weight_g"), g);
        out.emplace_back(
            base + (parametrizations ? ".parametrizations.weight.original1" : ".weight_v"), v);
    }
    return out;
}

// jik876/hifi-gan's training checkpoint as its generator_v1 files hold it: {"generator":
// state_dict, "steps": N}, convs weight-normalised, upsampling convs named ups.*, no
// normalisation buffers.
void writeAuthorsGenerator(const std::string& path, const Tensors& plain) {
    sonara::test::PickleWriter p;
    sonara::test::TorchSaveFile file;
    p.op("}(").str("generator").global("collections", "OrderedDict").op(")R(");
    for (const auto& [name, tensor] : withWeightNorm(plain, false)) {
        if (name == "mean" || name == "scale")
            continue;
        const bool upsampler = name.compare(0, 10, "upsampler.") == 0;
        p.str(upsampler ? "ups." + name.substr(10) : name);
        file.tensor(p, tensor);
    }
    p.op("u").str("steps").integer(2500000).op("u.");
    file.write(path, p);
}

// The fixture's dimensions as the authors' config_v1.json spells them.
void writeAuthorsConfig(const std::string& path) {
    std::ofstream(path) << R"({"resblock": "1", "num_gpus": 0, "batch_size": 16,
        "upsample_rates": [4, 4], "upsample_kernel_sizes": [8, 8],
        "upsample_initial_channel": 32, "resblock_kernel_sizes": [3, 5],
        "resblock_dilation_sizes": [[1, 3], [1, 3]], "segment_size": 8192, "num_mels": 16,
        "n_fft": 1024, "hop_size": 16, "win_size": 1024, "sampling_rate": 16000,
        "fmin": 0, "fmax": 8000})";
}

void testAuthorsLayout() {
    const auto expected = reference();
    TempDir dir("sonara-hifigan-jik876");
    writeAuthorsGenerator(dir.file("model.pth"), fixtureWeights());
    writeAuthorsConfig(dir.file("config.json"));
    const auto model = HifiGan::load(dir.path, testOptions());
    check(model.melBins() == 16 && model.hopLength() == 16 && model.sampleRate() == 16000,
          "the authors' config gives the dimensions");
    checkClose("jik876 generator file ({\"generator\": ...}, ups.*, weight norm)",
               relativeDiff(model.generate(fixtureInput()), expected), 1e-5);

    // Without a config the generator is read as the V1 the published LJSpeech files are: a
    // checkpoint of other dimensions is refused, naming the tensors that do not fit.
    TempDir bare("sonara-hifigan-jik876-bare");
    writeAuthorsGenerator(bare.file("model.pth"), fixtureWeights());
    checkThrows<Error>("a jik876 generator of other sizes without config.json",
                       [&] { HifiGan::load(bare.path, testOptions()); },
                       {"jik876/hifi-gan layout", "conv_pre"});

    std::ofstream(dir.file("config.json")) << R"({"resblock": "2", "num_mels": 16})";
    checkThrows<Error>("a V3 (resblock 2) config is refused",
                       [&] { HifiGan::load(dir.path, testOptions()); }, {"resblock \"2\""});
}

void testLayouts() {
    const auto expected = reference();
    const auto input = fixtureInput();

    for (bool parametrizations : {false, true}) {
        TempDir dir("sonara-hifigan-wn");
        writeCheckpoint(dir, withWeightNorm(fixtureWeights(), parametrizations));
        const auto out = HifiGan::load(dir.path, testOptions()).generate(input);
        checkClose(parametrizations ? "parametrizations.weight.original0/1 checkpoint"
                                    : "weight_g/weight_v checkpoint",
                   relativeDiff(out, expected), 1e-5);
    }

    for (auto [type, tol] : {std::pair{torch::kFloat16, 5e-3}, std::pair{torch::kBFloat16, 3e-2}}) {
        TempDir dir("sonara-hifigan-half");
        Tensors half;
        for (const auto& [name, t] : fixtureWeights())
            half.emplace_back(name, t.to(type));
        writeCheckpoint(dir, half);
        const auto vocoder = HifiGan::load(dir.path, testOptions());
        check(vocoder.dtype() == "float32",
              "half-precision checkpoint computes in the requested fp32");
        checkClose(std::string(c10::toString(type)) + " checkpoint (relative to the peak)",
                   relativeDiff(vocoder.generate(input), expected), tol);
    }

    TempDir sharded("sonara-hifigan-shards");
    std::filesystem::copy_file(fixture() + "/config.json", sharded.file("config.json"));
    Tensors first;
    Tensors second;
    std::string weightMap;
    for (const auto& [name, t] : fixtureWeights()) {
        const bool inFirst = name.rfind("resblocks", 0) != 0;
        (inFirst ? first : second).emplace_back(name, t);
        weightMap += std::string(weightMap.empty() ? "" : ",") + "\"" + name + "\": \"" +
                     (inFirst ? "model-00001-of-00002" : "model-00002-of-00002") + ".safetensors\"";
    }
    writeSafetensors(sharded.file("model-00001-of-00002.safetensors"), first);
    writeSafetensors(sharded.file("model-00002-of-00002.safetensors"), second);
    std::ofstream(sharded.file("model.safetensors.index.json"))
        << "{\"metadata\": {}, \"weight_map\": {" << weightMap << "}}";
    checkClose("sharded checkpoint",
               relativeDiff(HifiGan::load(sharded.path, testOptions()).generate(input), expected),
               0.0);
}

void testBadCheckpoints() {
    TempDir dir("sonara-hifigan-bad");
    Tensors tensors;
    for (auto& [name, t] : fixtureWeights()) {
        if (name == "resblocks.1.convs1.0.weight") {
            tensors.emplace_back(name, torch::zeros({16, 16, 4}));
        } else if (name != "conv_post.bias") {
            tensors.emplace_back(name, t);
        }
    }
    tensors.emplace_back("upsampler.2.weight", torch::zeros({8, 4, 4}));
    writeCheckpoint(dir, tensors);
    checkThrows<Error>(
        "checkpoint that does not fit names every tensor", [&] { HifiGan::load(dir.path); },
        {"HiFi-GAN", "resblocks.1.convs1.0.weight: expected [16, 16, 5], found [16, 16, 4]",
         "conv_post.bias (expected [1])", "upsampler.2.weight [8, 4, 4]"});

    TempDir noConfig("sonara-hifigan-noconfig");
    writeSafetensors(noConfig.file("model.safetensors"), fixtureWeights());
    checkThrows<Error>("missing config.json", [&] { HifiGan::load(noConfig.path); },
                       {"config.json"});

    TempDir badConfig("sonara-hifigan-badconfig");
    writeSafetensors(badConfig.file("model.safetensors"), fixtureWeights());
    std::ofstream(badConfig.file("config.json"))
        << R"({"model_in_dim": 16, "upsample_rates": [4, 4], "upsample_kernel_sizes": [8]})";
    checkThrows<Error>("inconsistent config", [&] { HifiGan::load(badConfig.path); },
                       {"upsample_rates", "upsample_kernel_sizes"});

    TempDir noWeights("sonara-hifigan-noweights");
    std::filesystem::copy_file(fixture() + "/config.json", noWeights.file("config.json"));
    checkThrows<Error>("missing weights", [&] { HifiGan::load(noWeights.path); },
                       {"model.safetensors"});
}

void testInputs() {
    const auto vocoder = HifiGan::load(fixture(), testOptions());
    check(vocoder.sampleRate() == 16000 && vocoder.melBins() == 16 && vocoder.hopLength() == 16,
          "sample rate, mel bins and hop from config.json");
    check(vocoder.device() == "cpu" || vocoder.device().rfind("cuda", 0) == 0, "device name",
          vocoder.device());

    checkThrows<Error>("wrong bin count",
                       [&] {
                           vocoder.generate(FloatArray({50, 15}));
                       },
                       {"[frames, 16] or [batch, frames, 16]", "found [50, 15]"});
    checkThrows<Error>("wrong rank", [&] { vocoder.generate(FloatArray({800})); }, {"found [800]"});
    checkThrows<Error>("no frames",
                       [&] {
                           vocoder.generate(FloatArray({1, 0, 16}));
                       },
                       {"found [1, 0, 16]"});
    FloatArray inconsistent({10, 16});
    inconsistent.data.resize(7);
    checkThrows<Error>("data not matching the shape", [&] { vocoder.generate(inconsistent); },
                       {"[10, 16]", "7 values"});

    const auto out = vocoder.generate(FloatArray({2, 3, 16}));
    check(out.shape == std::vector<int64_t>{2, 48}, "batch of 2 x 3 frames gives [2, 48]",
          out.shapeString());

    std::vector<double> seen;
    checkNoThrow("progress is reported", [&] {
        vocoder.generate(fixtureInput(), [&](double f, std::string_view) {
            seen.push_back(f);
            return true;
        });
    });
    check(seen.size() >= 2 && seen.back() == 1.0, "progress reaches 1",
          std::to_string(seen.size()) + " reports");
    checkThrows<Cancelled>(
        "progress returning false cancels",
        [&] { vocoder.generate(fixtureInput(), [](double, std::string_view) { return false; }); },
        {"cancelled"});
}

}  // namespace

int main() {
    section("checkpoint layouts", testLayouts);
    section("jik876/hifi-gan layout", testAuthorsLayout);
    section("checkpoints that do not fit", testBadCheckpoints);
    section("inputs", testInputs);
    return sonara::test::finish();
}
