// Encodec behaviour beyond parity: input checks, checkpoints that do not fit, shapes of the
// encode -> decode round trip, batching, and loading from inside another checkpoint (MusicGen).

#include <torch/torch.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "check.h"
#include "models/common/array.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/encodec/encodec.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkThrows;
using sonara::test::section;
using sonara::test::TempDir;

namespace {

using Tensors = std::vector<std::pair<std::string, torch::Tensor>>;

const std::string& fixture() {
    static const std::string dir = sonara::test::fixturesDir() + "/encodec";
    return dir;
}

Tensors fixtureWeights(const std::string& dir = fixture()) {
    const auto file = SafetensorsFile::open(dir + "/model.safetensors");
    Tensors out;
    for (const auto& name : file.names())
        out.emplace_back(name, file.tensor(name).clone());
    return out;
}

// CPU float32 like the reference, unless SONARA_TEST_DEVICE names another device.
Encodec::Options testOptions() {
    Encodec::Options options;
    const char* device = std::getenv("SONARA_TEST_DEVICE");
    options.device = device && *device ? device : "cpu";
    options.dtype = "fp32";
    return options;
}

FloatArray sine(std::vector<int64_t> shape, double hz) {
    FloatArray audio(std::move(shape));
    const int64_t samples = audio.dim(-1);
    for (size_t i = 0; i < audio.data.size(); ++i) {
        const auto t = static_cast<double>(static_cast<int64_t>(i) % samples) / 24000.0;
        const auto row = static_cast<double>(static_cast<int64_t>(i) / samples);
        audio.data[i] = static_cast<float>(0.5 * std::sin(2.0 * M_PI * (hz + 50.0 * row) * t));
    }
    return audio;
}

std::string shape(const std::vector<int64_t>& dims) {
    return FloatArray::shapeString(dims);
}

void testBadInput(const Encodec& codec) {
    checkThrows<Error>("unsupported bandwidth",
                       [&] {
                           codec.encode(sine({1, 2400}, 220), 6.0);
                       },
                       {"bandwidth of 6 kbps", "1.5, 3"});
    checkThrows<Error>("stereo audio for a mono model",
                       [&] {
                           codec.encode(sine({2, 2400}, 220), 1.5);
                       },
                       {"[1, samples]", "found [2, 2400]"});
    checkThrows<Error>("audio without a channel axis",
                       [&] { codec.encode(sine({2400}, 220), 1.5); }, {"found [2400]"});
    checkThrows<Error>("audio with no samples",
                       [&] {
                           codec.encode(FloatArray({1, 0}), 1.5);
                       },
                       {"too short", "[1, 0]"});
    FloatArray ragged({1, 100});
    ragged.data.resize(50);
    checkThrows<Error>("audio whose data does not fill its shape",
                       [&] { codec.encode(ragged, 1.5); }, {"50 values instead of 100"});

    checkThrows<Error>("codes beyond the codebook",
                       [&] {
                           codec.decode(EncodecCodes{{2, 3}, {0, 1, 2, 3, 64, 5}});
                       },
                       {"code 64", "[0, 64)"});
    checkThrows<Error>("more codebooks than the model has",
                       [&] {
                           codec.decode(EncodecCodes{{7, 1}, std::vector<int64_t>(7, 0)});
                       },
                       {"7 codebooks", "1 to 6"});
    checkThrows<Error>("codes without frames",
                       [&] {
                           codec.decode(EncodecCodes{{2, 0}, {}});
                       },
                       {"at least one frame"});
}

void testRoundTrip(const Encodec& codec) {
    check(codec.codebooksForBandwidth(1.5) == 3 && codec.codebooksForBandwidth(3.0) == 6,
          "bandwidth -> codebooks (log2(64) bits x 75 frames per codebook)");

    const auto codes = codec.encode(sine({1, 5000}, 220), 1.5);
    check(codes.shape == std::vector<int64_t>{3, 16}, "[1, 5000] at 1.5 kbps -> [3, 16] codes",
          codes.shapeString());
    const auto audio = codec.decode(codes);
    check(audio.shape == std::vector<int64_t>{1, 16 * 320}, "decoded to [1, 16 * hop]",
          audio.shapeString());
    bool finite = true;
    for (float v : audio.data)
        finite = finite && std::isfinite(v);
    check(finite, "decoded audio is finite");

    const auto shortest = codec.encode(sine({1, 1}, 220), 3.0);
    check(shortest.shape == std::vector<int64_t>{6, 1}, "one sample still gives one frame",
          shortest.shapeString());

    const auto batch = sine({2, 1, 3000}, 220);
    const auto batchCodes = codec.encode(batch, 3.0);
    check(batchCodes.shape == std::vector<int64_t>{2, 6, 10}, "[2, 1, 3000] -> [2, 6, 10] codes",
          batchCodes.shapeString());
    const auto second = codec.encode(
        FloatArray({1, 3000}, std::vector<float>(batch.data.begin() + 3000, batch.data.end())),
        3.0);
    check(std::equal(second.data.begin(), second.data.end(), batchCodes.data.begin() + 60),
          "a batch row's codes do not depend on the other rows");
    const auto batchAudio = codec.decode(batchCodes);
    check(batchAudio.shape == std::vector<int64_t>{2, 1, 3200}, "decoded to [2, 1, 3200]",
          batchAudio.shapeString());

    // Fewer codebooks than encoded is how a lower bandwidth is decoded.
    EncodecCodes firstThree{{3, 16}, {}};
    for (int64_t k = 0; k < 3; ++k)
        firstThree.data.insert(firstThree.data.end(), codes.data.begin() + k * 16,
                               codes.data.begin() + (k + 1) * 16);
    check(codec.decode(firstThree).shape == std::vector<int64_t>{1, 16 * 320},
          "decoding a subset of codebooks");
}

void testBadCheckpoints() {
    TempDir dir("sonara-encodec-missing");
    std::filesystem::copy_file(fixture() + "/config.json", dir.file("config.json"));
    Tensors tensors;
    for (auto& [name, t] : fixtureWeights()) {
        if (name != "encoder.layers.15.conv.bias" && name != "quantizer.layers.4.codebook.embed")
            tensors.emplace_back(name, t);
    }
    writeSafetensors(dir.file("model.safetensors"), tensors);
    checkThrows<Error>(
        "checkpoint missing tensors names them", [&] { Encodec::load(dir.path, testOptions()); },
        {"EnCodec", "encoder.layers.15.conv.bias", "quantizer.layers.4.codebook.embed"});

    TempDir chunked("sonara-encodec-48k");
    std::filesystem::copy_file(fixture() + "/model.safetensors", chunked.file("model.safetensors"));
    std::ofstream(chunked.file("config.json"))
        << R"({"hidden_size": 16, "num_filters": 4, "codebook_size": 64, "num_lstm_layers": 1,
              "target_bandwidths": [1.5, 3.0], "normalize": true, "chunk_length_s": 1.0,
              "overlap": 0.01})";
    checkThrows<Error>("normalising, chunking model (48 kHz) is refused",
                       [&] { Encodec::load(chunked.path, testOptions()); },
                       {"not supported", "encodec_48khz"});

    TempDir badConfig("sonara-encodec-badconfig");
    std::ofstream(badConfig.file("config.json")) << R"({"target_bandwidths": "fast"})";
    checkThrows<Error>("target_bandwidths that is not a list",
                       [&] { Encodec::load(badConfig.path, testOptions()); },
                       {"target_bandwidths", "list of numbers"});
}

// MusicGen stores its EnCodec as audio_encoder.* beside other models' tensors, with the config
// nested under "audio_encoder".
void testPrefixedCheckpoint(const Encodec& codec) {
    TempDir dir("sonara-encodec-prefix");
    Tensors tensors;
    for (auto& [name, t] : fixtureWeights())
        tensors.emplace_back("audio_encoder." + name, t);
    tensors.emplace_back("decoder.model.embed.weight", torch::zeros({4, 4}));
    writeSafetensors(dir.file("model.safetensors"), tensors);
    std::ifstream configFile(fixture() + "/config.json");
    const std::string inner((std::istreambuf_iterator<char>(configFile)), {});
    const auto outer = Config::parse(R"({"audio_encoder": )" + inner + "}", "musicgen config");
    const auto nested =
        Encodec::load(dir.path, "audio_encoder.",
                      EncodecConfig::fromConfig(outer.child("audio_encoder")), testOptions());
    const auto input = sine({1, 4000}, 330);
    check(nested.encode(input, 3.0).data == codec.encode(input, 3.0).data,
          "prefixed checkpoint with a nested config gives the same codes");

    // The real MusicGen fixture (non-causal 32 kHz EnCodec), when the fixture set has it.
    const std::string musicgen = sonara::test::fixturesDir() + "/musicgen";
    if (!std::filesystem::exists(musicgen + "/outputs.safetensors")) {
        std::printf("SKIP  MusicGen audio_encoder parity: no %s\n", musicgen.c_str());
        return;
    }
    const auto audioCodec = Encodec::load(
        musicgen, "audio_encoder.",
        EncodecConfig::fromConfig(Config::load(musicgen).child("audio_encoder")), testOptions());
    const auto outputs = SafetensorsFile::open(musicgen + "/outputs.safetensors");
    const auto codes = outputs.tensor("greedy_codes")[0].contiguous();
    const auto expected = outputs.tensor("greedy_audio").contiguous();
    const auto audio = audioCodec.decode(EncodecCodes{
        codes.sizes().vec(), std::vector<int64_t>(codes.data_ptr<int64_t>(),
                                                  codes.data_ptr<int64_t>() + codes.numel())});
    double worst = audio.shape == expected.sizes().vec() ? 0.0 : INFINITY;
    for (size_t i = 0; std::isfinite(worst) && i < audio.data.size(); ++i)
        worst = std::max(
            worst, static_cast<double>(std::abs(audio.data[i] - expected.data_ptr<float>()[i])));
    checkClose("MusicGen audio_encoder (32 kHz, non-causal) decodes greedy_codes, " +
                   audio.shapeString() + " vs " + shape(expected.sizes().vec()),
               worst, 1e-4);
}

}  // namespace

int main() {
    std::printf("fixtures: %s\n", fixture().c_str());
    section("load", [] {
        const auto codec = Encodec::load(fixture(), testOptions());
        check(codec.device() == "cpu" || std::getenv("SONARA_TEST_DEVICE"), "device");
        check(codec.dtype() == "float32", "dtype");
        check(codec.maxCodebooks() == 6 && codec.codebookSize() == 64 && codec.channels() == 1,
              "codebooks, codebook size and channels from config.json");
        section("bad input", [&] { testBadInput(codec); });
        section("round trip", [&] { testRoundTrip(codec); });
        section("prefixed checkpoint", [&] { testPrefixedCheckpoint(codec); });
    });
    section("bad checkpoints", testBadCheckpoints);
    return sonara::test::finish();
}
