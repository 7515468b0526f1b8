// Tacotron2 beyond parity: NVIDIA's checkpoint layouts (torch.hub's {"state_dict": {"module.*"},
// "config"} and NVIDIA/tacotron2's tacotron2_statedict.pt) give exactly what torchaudio's layout
// of the same weights gives, and the seed makes the prenet's dropout reproducible.

#include <torch/torch.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "check.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/tacotron2/tacotron2.h"
#include "torch_save_writer.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkEqual;
using sonara::test::checkThrows;
using sonara::test::PickleWriter;
using sonara::test::section;
using sonara::test::TempDir;
using sonara::test::TorchSaveFile;

namespace {

using Tensors = std::vector<std::pair<std::string, torch::Tensor>>;

const std::string& fixture() {
    static const std::string dir = sonara::test::fixturesDir() + "/tacotron2";
    return dir;
}

Tensors fixtureWeights() {
    const auto file = SafetensorsFile::open(fixture() + "/model.safetensors");
    Tensors out;
    for (const auto& name : file.names())
        out.emplace_back(name, file.tensor(name).clone());
    return out;
}

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

// torchaudio's name -> NVIDIA's, which wraps each Linear in LinearNorm and each Conv1d in
// ConvNorm (layers.py of NVIDIA/tacotron2 and DeepLearningExamples).
std::string nvidiaName(const std::string& name) {
    const auto dot = name.rfind('.');
    const std::string module = name.substr(0, dot);
    const std::string leaf = name.substr(dot);
    const bool convNorm = (startsWith(module, "encoder.convolutions.") ||
                           startsWith(module, "postnet.convolutions.")) &&
                          module.size() > 2 && module.compare(module.size() - 2, 2, ".0") == 0;
    if (convNorm || module == "decoder.attention_layer.location_layer.location_conv")
        return module + ".conv" + leaf;
    for (const std::string linear :
         {"decoder.prenet.layers.0", "decoder.prenet.layers.1", "decoder.linear_projection",
          "decoder.gate_layer", "decoder.attention_layer.query_layer",
          "decoder.attention_layer.memory_layer", "decoder.attention_layer.v",
          "decoder.attention_layer.location_layer.location_dense"}) {
        if (module == linear)
            return module + ".linear_layer" + leaf;
    }
    return name;
}

// The fixture's config.json as NVIDIA's hub checkpoint spells its constructor arguments.
void writeNvidiaConfig(PickleWriter& p) {
    const Config c = Config::load(fixture());
    p.op("}(");
    const std::vector<std::pair<std::string, std::string>> ints = {
        {"n_mel_channels", "n_mels"},
        {"n_symbols", "n_symbol"},
        {"symbols_embedding_dim", "symbol_embedding_dim"},
        {"encoder_kernel_size", "encoder_kernel_size"},
        {"encoder_n_convolutions", "encoder_n_convolution"},
        {"encoder_embedding_dim", "encoder_embedding_dim"},
        {"attention_rnn_dim", "attention_rnn_dim"},
        {"attention_dim", "attention_hidden_dim"},
        {"attention_location_n_filters", "attention_location_n_filter"},
        {"attention_location_kernel_size", "attention_location_kernel_size"},
        {"n_frames_per_step", "n_frames_per_step"},
        {"decoder_rnn_dim", "decoder_rnn_dim"},
        {"prenet_dim", "prenet_dim"},
        {"max_decoder_steps", "decoder_max_step"},
        {"postnet_embedding_dim", "postnet_embedding_dim"},
        {"postnet_kernel_size", "postnet_kernel_size"},
        {"postnet_n_convolutions", "postnet_n_convolution"},
    };
    for (const auto& [nvidia, torchaudio] : ints)
        p.str(nvidia).integer(c.getInt(torchaudio));
    p.str("mask_padding").boolean(c.getBool("mask_padding"));
    p.str("gate_threshold").real(c.getDouble("gate_threshold"));
    p.str("p_attention_dropout").real(0.1);
    p.str("p_decoder_dropout").real(0.1);
    p.str("decoder_no_early_stopping").boolean(!c.getBool("decoder_early_stopping"));
    p.op("u");
}

// {"state_dict": {prefix + NVIDIA name: tensor}, ["config": {...},] "iteration": 1500}, as
// torch.save writes NVIDIA's checkpoints.
void writeNvidiaCheckpoint(const std::string& path, const Tensors& weights,
                           const std::string& prefix, bool withConfig) {
    PickleWriter p;
    TorchSaveFile file;
    p.op("}(");
    p.str("state_dict").global("collections", "OrderedDict").op(")R(");
    for (const auto& [name, tensor] : weights) {
        p.str(prefix + nvidiaName(name));
        file.tensor(p, tensor);
    }
    p.op("u");
    if (withConfig) {
        p.str("config");
        writeNvidiaConfig(p);
    }
    p.str("iteration").integer(1500);
    p.op("u.");
    file.write(path, p);
}

Tacotron2 loadOnCpu(const std::string& path, bool dropout) {
    Tacotron2::Options options;
    options.device = "cpu";
    options.dtype = "fp32";
    options.prenetDropout = dropout;
    return Tacotron2::load(path, options);
}

const std::vector<std::vector<int64_t>> kTokens = {{3, 4, 5, 6, 7, 12, 20}, {9, 8, 30, 2}};

double maxDiff(const FloatArray& a, const FloatArray& b) {
    if (a.shape != b.shape)
        return 1e9;
    double worst = 0;
    for (size_t i = 0; i < a.data.size(); ++i)
        worst = std::max(worst, static_cast<double>(std::abs(a.data[i] - b.data[i])));
    return worst;
}

void checkSame(const std::string& what, const Tacotron2& reference, const Tacotron2& candidate,
               uint64_t seed) {
    const auto expected = reference.synthesize(kTokens, seed);
    const auto found = candidate.synthesize(kTokens, seed);
    checkEqual(what + ": frames", found.frames, expected.frames);
    checkEqual(what + ": mel shape", found.mel.shape, expected.mel.shape);
    checkClose(what + ": mel (identical)", maxDiff(found.mel, expected.mel), 0.0);
    checkClose(what + ": alignments (identical)", maxDiff(found.alignments, expected.alignments),
               0.0);
}

void testNvidiaLayouts() {
    const Tensors weights = fixtureWeights();
    const auto torchaudio = loadOnCpu(fixture(), false);
    const auto torchaudioDrawn = loadOnCpu(fixture(), true);

    TempDir hub("tacotron2-nvidia-hub");
    const std::string hubFile = hub.path + "/nvidia_tacotron2pyt_fp32.pt";
    writeNvidiaCheckpoint(hubFile, weights, "module.", /*withConfig=*/true);
    checkSame("torch.hub checkpoint (module. prefix, config inside)", torchaudio,
              loadOnCpu(hubFile, false), 0);
    checkSame("torch.hub checkpoint with prenet dropout, seed 7", torchaudioDrawn,
              loadOnCpu(hubFile, true), 7);

    // torch.hub saves the download under the URL's last segment, with no extension; the file is
    // known by its content, alone or in a folder.
    TempDir bare("tacotron2-nvidia-bare");
    const std::string bareFile = bare.path + "/nvidia_tacotron2pyt_fp32_20190427";
    writeNvidiaCheckpoint(bareFile, weights, "module.", /*withConfig=*/true);
    checkSame("extension-less hub file", torchaudio, loadOnCpu(bareFile, false), 0);
    checkSame("folder holding the extension-less hub file", torchaudio, loadOnCpu(bare.path, false),
              0);

    TempDir repo("tacotron2-nvidia-repo");
    std::filesystem::copy_file(fixture() + "/config.json", repo.path + "/config.json");
    writeNvidiaCheckpoint(repo.path + "/tacotron2_statedict.pt", weights, "", false);
    checkSame("NVIDIA/tacotron2 state dict in a folder with config.json", torchaudio,
              loadOnCpu(repo.path, false), 0);

    TempDir broken("tacotron2-nvidia-broken");
    Tensors missing;
    for (const auto& entry : weights) {
        if (entry.first != "decoder.gate_layer.bias")
            missing.push_back(entry);
    }
    writeNvidiaCheckpoint(broken.path + "/model.pt", missing, "module.", true);
    checkThrows<Error>("an NVIDIA checkpoint without a tensor names it",
                       [&] { loadOnCpu(broken.path + "/model.pt", false); },
                       {"NVIDIA layout", "decoder.gate_layer.bias"});
}

void testSeed() {
    const auto model = loadOnCpu(fixture(), true);
    const auto first = model.synthesize(kTokens, 42);
    const auto again = model.synthesize(kTokens, 42);
    checkEqual("same seed: same frames", again.frames, first.frames);
    checkClose("same seed: identical mel", maxDiff(again.mel, first.mel), 0.0);
    const auto other = model.synthesize(kTokens, 43);
    check(other.mel.shape != first.mel.shape || maxDiff(other.mel, first.mel) > 1e-3,
          "another seed gives another take");

    // One dropout mask serves the whole batch, so a sentence does not depend on its neighbours.
    const auto alone = model.synthesize({kTokens[0]}, 42);
    checkEqual("a row in a batch stops where it stops alone", first.frames[0], alone.frames[0]);
    const int64_t bins = first.mel.dim(1);
    const int64_t used = alone.frames[0];
    double worst = 0;
    for (int64_t b = 0; b < bins; ++b) {
        for (int64_t f = 0; f < used; ++f) {
            const float batched = first.mel.data[size_t(b * first.mel.dim(2) + f)];
            const float single = alone.mel.data[size_t(b * alone.mel.dim(2) + f)];
            worst = std::max(worst, static_cast<double>(std::abs(batched - single)));
        }
    }
    checkClose("a row's mel is the same alone and in a batch", worst, 1e-4);
}

}  // namespace

int main() {
    std::printf("fixtures: %s\n", fixture().c_str());
    section("NVIDIA checkpoint layouts", testNvidiaLayouts);
    section("seeded prenet dropout", testSeed);
    return sonara::test::finish();
}
