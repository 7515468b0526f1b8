// WavLM port: stopping at a layer, windowed long audio, presets, and the errors a caller meets
// (short audio, bad layer, a checkpoint missing a tensor, bad window options, cancelling).

#include <torch/torch.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "check.h"
#include "models/common/array.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/wavlm/wavlm.h"
#include "models/wavlm/wavlm_config.h"
#include "models/wavlm/wavlm_model.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkNoThrow;
using sonara::test::checkThrows;
namespace fs = std::filesystem;

namespace {

torch::Tensor toTensor(const FloatArray& a) {
    return torch::from_blob(const_cast<float*>(a.data.data()), a.shape, torch::kFloat32).clone();
}

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
    if (a.sizes() != b.sizes())
        return INFINITY;
    return (a - b).abs().max().item<double>();
}

FloatArray testAudio(int64_t samples) {
    FloatArray audio({samples});
    for (int64_t i = 0; i < samples; ++i)
        audio.data[i] = 0.3f * std::sin(0.01f * i) + 0.05f * std::sin(0.37f * i) + 0.02f;
    return audio;
}

FloatArray slice(const FloatArray& audio, int64_t begin, int64_t end) {
    return FloatArray({end - begin},
                      std::vector<float>(audio.data.begin() + begin, audio.data.begin() + end));
}

WavLM::Options cpuOptions() {
    WavLM::Options options;
    options.device = "cpu";
    options.dtype = "fp32";
    return options;
}

}  // namespace

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/wavlm";
    std::printf("fixtures: %s\n", dir.c_str());

    sonara::test::section("config", [&] {
        const auto large = WavLMConfig::preset("large");
        check(large.numLayers() == 24 && large.hiddenSize() == 1024 &&
                  large.base.doStableLayerNorm && !large.base.convBias &&
                  large.base.featExtractNorm == "layer",
              "large preset has wavlm-large's dimensions");
        const auto base = WavLMConfig::preset("base");
        check(base.numLayers() == 12 && base.hiddenSize() == 768 && !base.base.doStableLayerNorm &&
                  base.numBuckets == 320 && base.maxBucketDistance == 800,
              "base preset has wavlm-base-plus's dimensions");
        check(large.samplesForFrames(1) == 400 && large.framesForSamples(399) == 0 &&
                  large.framesForSamples(16000) == 49 && large.samplesForFrames(49) <= 16000,
              "frame arithmetic: 400 samples make one frame, one second 49");
        checkThrows<Error>("unknown preset", [] { WavLMConfig::preset("huge"); }, {"huge"});
    });

    sonara::test::section("group-norm, post-layer-norm layout (wavlm-base)", [&] {
        // No reference fixture covers this layout; this checks that it runs, keeps its shapes
        // and stops at a layer consistently.
        auto config = WavLMConfig::preset("base");
        config.base.hiddenSize = 32;
        config.base.numHiddenLayers = 3;
        config.base.numAttentionHeads = 2;
        config.base.intermediateSize = 64;
        config.base.convDim.assign(7, 16);
        config.base.numConvPosEmbeddings = 16;
        config.base.numConvPosEmbeddingGroups = 2;
        torch::manual_seed(0);
        WavLMModel base(config);
        base->eval();
        InferenceGuard guard;
        const auto input = torch::randn({2, 8000});
        const auto all = base->forward(input, 3, true);
        check(all.size() == 4 && all[3].sizes().vec() == std::vector<int64_t>{2, 24, 32},
              "four states of [batch, frames, hidden]");
        for (int64_t n = 0; n <= 3; ++n) {
            checkClose("stopping at layer " + std::to_string(n),
                       maxAbsDiff(base->forward(input, n, false)[0], all[n]), 0.0);
        }
        check(all[3].isfinite().all().item<bool>(), "finite outputs");
    });

    const auto model = WavLM::load(dir, cpuOptions());
    const auto audio = testAudio(16000);

    sonara::test::section("stopping at a layer", [&] {
        const auto all = model.hiddenStates(audio);
        const int layers = model.numLayers();
        check(all.shape == std::vector<int64_t>{layers + 1, 49, model.hiddenSize()},
              "all hidden states", all.shapeString());
        const auto full = toTensor(all);
        for (int n = 0; n <= layers; ++n) {
            const auto single = toTensor(model.layerOutput(audio, n));
            checkClose("layerOutput(" + std::to_string(n) + ") equals state " + std::to_string(n) +
                           " of the full run",
                       maxAbsDiff(single, full[n]), 0.0);
            const auto prefix = toTensor(model.hiddenStates(audio, n));
            checkClose("hiddenStates(upTo " + std::to_string(n) + ") is the full run's prefix",
                       maxAbsDiff(prefix, full.narrow(0, 0, n + 1)), 0.0);
        }
        FloatArray batch({2, 16000});
        std::copy(audio.data.begin(), audio.data.end(), batch.data.begin());
        std::copy(audio.data.begin(), audio.data.end(), batch.data.begin() + 16000);
        const auto batched = model.layerOutput(batch, 1);
        check(batched.shape == std::vector<int64_t>{2, 49, model.hiddenSize()}, "batched shape",
              batched.shapeString());
        checkClose("each batch item equals its own run", maxAbsDiff(toTensor(batched)[1], full[1]),
                   1e-5);
    });

    sonara::test::section("windowed long audio", [&] {
        // 25-frame windows, 5 frames of context a side: kept spans [0,15) [15,30) [30,45)
        // [45,49), the last two from the window over frames [24, 49).
        auto options = cpuOptions();
        options.windowSeconds = 0.5;
        options.contextSeconds = 0.1;
        const auto windowed = WavLM::load(dir, options);
        const auto states = toTensor(windowed.hiddenStates(audio));
        check(states.sizes().vec() ==
                  std::vector<int64_t>{model.numLayers() + 1, 49, model.hiddenSize()},
              "windowed output covers every frame once");
        const auto first = toTensor(model.hiddenStates(slice(audio, 0, 320 * 24 + 400)));
        checkClose("first window's kept frames",
                   maxAbsDiff(states.narrow(1, 0, 15), first.narrow(1, 0, 15)), 1e-5);
        const auto last = toTensor(model.hiddenStates(slice(audio, 320 * 24, 16000)));
        checkClose("last window's kept frames",
                   maxAbsDiff(states.narrow(1, 45, 4), last.narrow(1, 21, 4)), 1e-5);
        const auto layer = toTensor(windowed.layerOutput(audio, 1));
        checkClose("windowed layerOutput matches windowed hiddenStates",
                   maxAbsDiff(layer, states[1]), 0.0);
        checkThrows<Error>("window no longer than twice its context",
                           [&] {
                               auto bad = cpuOptions();
                               bad.windowSeconds = 2.0;
                               bad.contextSeconds = 1.0;
                               WavLM::load(dir, bad);
                           },
                           {"windowSeconds", "contextSeconds"});
    });

    sonara::test::section("errors", [&] {
        checkThrows<Error>("too short audio", [&] { model.layerOutput(testAudio(399), 1); },
                           {"400 samples", "399"});
        checkNoThrow("shortest audio", [&] { model.layerOutput(testAudio(400), 2); });
        checkThrows<Error>("layer past the last", [&] { model.layerOutput(audio, 3); },
                           {"layer 3", "2 layers"});
        checkThrows<Error>("bad audio shape",
                           [&] {
                               model.layerOutput(FloatArray({1, 2, 400}), 1);
                           },
                           {"[1, 2, 400]"});
        checkThrows<Cancelled>("cancelled by progress", [&] {
            model.hiddenStates(audio, -1, [](double, std::string_view) { return false; });
        });

        sonara::test::TempDir temp("wavlm-missing");
        fs::copy_file(dir + "/config.json", temp.file("config.json"));
        const auto source = SafetensorsFile::open(dir + "/model.safetensors");
        const std::string dropped = "encoder.layers.1.attention.gru_rel_pos_linear.weight";
        std::vector<std::pair<std::string, torch::Tensor>> tensors;
        for (const auto& name : source.names()) {
            if (name != dropped)
                tensors.emplace_back(name, source.tensor(name));
        }
        writeSafetensors(temp.file("model.safetensors"), tensors);
        checkThrows<Error>("checkpoint missing a tensor",
                           [&] { WavLM::load(temp.path, cpuOptions()); }, {dropped});
    });
    return sonara::test::finish();
}
