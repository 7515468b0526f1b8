// Parity with NVIDIA's WaveGlow.infer on the reference fixture, with the noise the reference drew,
// loaded through WaveGlow::load from model.safetensors, from the torch.save model.pth (NVIDIA's
// {"state_dict": {"module.<name>": ...}} layout) and from that file alone, without config.json.

#include <caffe2/serialize/inline_container.h>
#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>

#include "check.h"
#include "models/common/array.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/waveglow/waveglow.h"
#include "parity_support.h"

using namespace sonara::models;
using sonara::test::atolFor;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkEqual;
using sonara::test::checkThrows;
using sonara::test::maxAbsDiff;
using sonara::test::TempDir;
using sonara::test::toArray;

namespace {

WaveGlow::Options testOptions() {
    WaveGlow::Options options;
    // The reference ran on CPU in float32; SONARA_TEST_DEVICE can point the check elsewhere.
    const char* device = std::getenv("SONARA_TEST_DEVICE");
    options.device = device && *device ? device : "cpu";
    options.dtype = "fp32";
    return options;
}

struct Fixture {
    std::string dir;
    double atol = 0.0;
    double peak = 0.0;
    torch::Tensor mel;
    double sigma = 1.0;
    std::vector<FloatArray> noise;
    torch::Tensor expected;
};

void checkVocoder(const std::string& what, const WaveGlow& vocoder, const Fixture& f) {
    checkEqual(what + ": mel bins", vocoder.melBins(), static_cast<int>(f.mel.size(1)));
    const auto audio = vocoder.infer(toArray(f.mel), f.sigma, f.noise);
    check(audio.shape == f.expected.sizes().vec(), what + ": audio shape",
          audio.shapeString() + " vs " + shapeString(f.expected.sizes()));
    checkClose(what + ": audio [batch, samples]", maxAbsDiff(audio, f.expected), f.atol);
    checkClose(what + ": error relative to the reference peak",
               maxAbsDiff(audio, f.expected) / f.peak, 1e-3);
}

// NVIDIA's torch.hub checkpoint: the fixture's {"state_dict": ...} with the constructor arguments
// added as {"config": {...}}, here with a sampling_rate the tensor shapes cannot tell.
std::string writeHubCheckpoint(const std::string& fixture, const TempDir& dir) {
    auto key = [](const std::string& s) {
        std::string out = "X";
        for (int i = 0; i < 4; ++i)
            out += static_cast<char>((s.size() >> (8 * i)) & 0xff);
        return out + s;
    };
    auto integer = [](int32_t v) {  // BININT
        std::string out = "J";
        for (int i = 0; i < 4; ++i)
            out += static_cast<char>((static_cast<uint32_t>(v) >> (8 * i)) & 0xff);
        return out;
    };
    const auto config = Config::load(fixture + "/config.json");
    const auto wn = config.child("WN_config");
    std::string added = key("config") + "}(";
    for (const char* name :
         {"n_mel_channels", "n_flows", "n_group", "n_early_every", "n_early_size"})
        added += key(name) + integer(static_cast<int32_t>(config.getInt(name)));
    added += key("sampling_rate") + integer(16000) + key("WN_config") + "}(";
    for (const char* name : {"n_layers", "n_channels", "kernel_size"})
        added += key(name) + integer(static_cast<int32_t>(wn.getInt(name)));
    added += "u";   // WN_config's items
    added += "us";  // config's items, then config into the checkpoint dict

    caffe2::serialize::PyTorchStreamReader reader(fixture + "/model.pth");
    const auto path = dir.file("nvidia_waveglowpyt_fp32_20190306.pth");
    caffe2::serialize::PyTorchStreamWriter writer(path);
    for (const auto& name : reader.getAllRecords()) {
        if (name == "version" || name == ".data/version")
            continue;  // the writer adds its own
        auto [data, size] = reader.getRecord(name);
        std::string bytes(static_cast<const char*>(data.get()), size);
        if (name == "data.pkl")
            bytes = bytes.substr(0, bytes.size() - 1) + added + ".";  // before STOP
        writer.writeRecord(name, bytes.data(), bytes.size());
    }
    writer.writeEndOfFile();
    return path;
}

}  // namespace

int main() {
    Fixture f;
    f.dir = sonara::test::fixturesDir() + "/waveglow";
    std::printf("fixtures: %s\n", f.dir.c_str());
    sonara::test::section("WaveGlow.infer parity", [&] {
        f.atol = atolFor(f.dir, "audio");
        const auto inputs = SafetensorsFile::open(f.dir + "/inputs.safetensors");
        f.mel = inputs.tensor("mel");
        f.sigma = inputs.tensor("sigma").item<double>();
        for (int i = 0; inputs.contains("noise_" + std::to_string(i)); ++i)
            f.noise.push_back(toArray(inputs.tensor("noise_" + std::to_string(i))));
        f.expected = SafetensorsFile::open(f.dir + "/outputs.safetensors").tensor("audio");
        f.peak = f.expected.abs().max().item<double>();
        check(f.peak > 0.0, "reference audio is not silent", "peak " + std::to_string(f.peak));

        const auto vocoder = WaveGlow::load(f.dir, testOptions());
        checkEqual("sample rate (the reference's 22050 Hz)", vocoder.sampleRate(), 22050);
        checkEqual("hop length", vocoder.hopLength(), 256);
        const auto shapes = vocoder.noiseShapes(f.mel.size(2));
        check(shapes.size() == f.noise.size(), "noise count",
              std::to_string(shapes.size()) + " vs " + std::to_string(f.noise.size()));
        for (size_t i = 0; i < shapes.size() && i < f.noise.size(); ++i) {
            std::vector<int64_t> batched = {f.mel.size(0)};
            batched.insert(batched.end(), shapes[i].begin(), shapes[i].end());
            checkEqual("noise " + std::to_string(i) + " shape", batched, f.noise[i].shape);
        }
        checkVocoder("model.safetensors", vocoder, f);

        // Unbatched input: the first row with its rows of the noise.
        std::vector<FloatArray> rowNoise;
        for (const auto& n : f.noise) {
            const int64_t per = n.numel() / n.shape[0];
            rowNoise.emplace_back(std::vector<int64_t>(n.shape.begin() + 1, n.shape.end()),
                                  std::vector<float>(n.data.begin(), n.data.begin() + per));
        }
        const auto single = vocoder.infer(toArray(f.mel[0]), f.sigma, rowNoise);
        checkClose("unbatched [bins, frames] input, relative to the peak",
                   maxAbsDiff(single, f.expected[0]) / f.peak, 1e-3);

        checkThrows<Error>("noise of the wrong shape",
                           [&] { vocoder.infer(toArray(f.mel), f.sigma, {rowNoise[0]}); },
                           {"noise 0"});
        const auto drawn = vocoder.infer(toArray(f.mel), f.sigma);
        check(drawn.shape == f.expected.sizes().vec(), "noise drawn inside: output shape");
    });
    sonara::test::section("WaveGlow from NVIDIA's torch.save layout", [&] {
        checkVocoder("model.pth", WaveGlow::load(f.dir + "/model.pth", testOptions()), f);
        // NVIDIA's hub checkpoint ships as a lone .pth: the architecture comes from its shapes.
        TempDir lone("sonara-waveglow");
        const auto copy = lone.file("nvidia_waveglowpyt_fp32.pt");
        std::filesystem::copy_file(f.dir + "/model.pth", copy);
        checkVocoder("lone .pt without config.json", WaveGlow::load(copy, testOptions()), f);
        const auto hub = WaveGlow::load(writeHubCheckpoint(f.dir, lone), testOptions());
        checkEqual("torch.hub layout: arguments from its \"config\" entry", hub.sampleRate(),
                   16000);
        checkVocoder("torch.hub layout", hub, f);
    });
    return sonara::test::finish();
}
