// AudioGen's published layout (facebook/audiogen-medium: the audiocraft authors' state_dict.bin
// and compression_state_dict.bin, torch.save files) mapped onto MusicGen's modules. The test
// writes the MusicGen fixture's tensors in that layout, under audiocraft's names, and checks that
// MusicGen loads them and gives the fixture's codes exactly.

#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/pickler.h>
#include <torch/types.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "check.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/encodec/encodec_model.h"
#include "models/musicgen/audiocraft_checkpoint.h"
#include "models/musicgen/musicgen.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkThrows;

namespace {

using Tensors = std::map<std::string, torch::Tensor>;

// xp.cfg of the language model as OmegaConf.to_yaml writes it: block lists, a long value folded
// onto a second line, quoted strings.
const char* kLmYaml = R"(transformer_lm:
  dim: 32
  num_heads: 2
  num_layers: 2
  hidden_scale: 2
  n_q: 4
  card: 64
  activation: gelu
  norm_first: true
  positional_embedding: sin
  layer_scale: null
codebooks_pattern:
  modeling: delay
  delay:
    delays:
    - 0
    - 1
    - 2
    - 3
classifier_free_guidance:
  training_dropout: 0.1
  inference_coef: 3.0
conditioners:
  description:
    model: t5
    t5:
      name: t5-large
      finetune: false
dataset:
  segment_duration: 10.0
  description: 'a long text that PyYAML folds: it goes on past eighty characters and so
    continues on this line'
fuser:
  cross: [description]
)";

// xp.cfg of the codec: the fixture's EnCodec in audiocraft's terms.
const char* kCodecYaml = R"(sample_rate: 32000
channels: 1
compression_model: encodec
encodec:
  autoencoder: seanet
  causal: false
  renormalize: false
seanet:
  dimension: 16
  channels: 1
  causal: false
  n_filters: 4
  n_residual_layers: 1
  ratios:
  - 8
  - 5
  - 4
  - 4
  activation: ELU
  norm: weight_norm
  kernel_size: 7
  residual_kernel_size: 3
  last_kernel_size: 7
  dilation_base: 2
  pad_mode: reflect
  true_skip: false
  compress: 2
  lstm: 1
  decoder:
    trim_right_ratio: 1.0
    final_activation: null
  encoder: {}
rvq:
  n_q: 7
  bins: 64
)";

std::string replaced(std::string s, const std::string& pattern, const std::string& with) {
    return std::regex_replace(s, std::regex(pattern), with);
}

// transformers' MusicGen decoder names -> audiocraft's LMModel names, q/k/v fused.
Tensors audiocraftLm(const SafetensorsFile& file) {
    Tensors out;
    std::map<std::string, std::map<std::string, torch::Tensor>> fused;
    for (const auto& name : file.names()) {
        std::string n = name;
        if (n.rfind("enc_to_dec_proj.", 0) == 0) {
            out["condition_provider.conditioners.description.output_proj." + n.substr(16)] =
                file.tensor(name);
            continue;
        }
        if (n.rfind("decoder.", 0) != 0)
            continue;
        n = replaced(n, R"(^decoder\.model\.decoder\.embed_tokens\.)", "emb.");
        n = replaced(n, R"(^decoder\.model\.decoder\.layer_norm\.)", "out_norm.");
        n = replaced(n, R"(^decoder\.model\.decoder\.layers\.)", "transformer.layers.");
        n = replaced(n, R"(^decoder\.lm_heads\.)", "linears.");
        n = replaced(n, R"(\.encoder_attn_layer_norm\.)", ".norm_cross.");
        n = replaced(n, R"(\.self_attn_layer_norm\.)", ".norm1.");
        n = replaced(n, R"(\.final_layer_norm\.)", ".norm2.");
        n = replaced(n, R"(\.encoder_attn\.)", ".cross_attention.");
        n = replaced(n, R"(\.fc1\.)", ".linear1.");
        n = replaced(n, R"(\.fc2\.)", ".linear2.");
        std::smatch m;
        if (std::regex_match(n, m, std::regex(R"((.*)\.([qkv])_proj\.weight)"))) {
            fused[m[1].str() + ".in_proj_weight"][m[2].str()] = file.tensor(name);
            continue;
        }
        out[n] = file.tensor(name);
    }
    for (auto& [name, parts] : fused)
        out[name] = torch::cat({parts.at("q"), parts.at("k"), parts.at("v")});
    return out;
}

// transformers' EncodecModel names (under audio_encoder.) -> audiocraft's, weight norm as
// weight_g / weight_v. Decoder layers 3, 6, 9 and 12 are the transposed convolutions.
Tensors audiocraftCodec(const Tensors& tensors) {
    Tensors out;
    for (const auto& [name, tensor] : tensors) {
        std::string n = name;
        n = replaced(n, R"(\.parametrizations\.weight\.original0$)", ".weight_g");
        n = replaced(n, R"(\.parametrizations\.weight\.original1$)", ".weight_v");
        n = replaced(n, R"(^decoder\.layers\.(3|6|9|12)\.conv\.)",
                     "decoder.model.$1.convtr.convtr.");
        n = replaced(n, R"(\.conv\.(weight|weight_g|weight_v|bias)$)", ".conv.conv.$1");
        n = replaced(n, R"(^(encoder|decoder)\.layers\.)", "$1.model.");
        n = replaced(n, R"(^quantizer\.layers\.(\d+)\.codebook\.)",
                     "quantizer.vq.layers.$1._codebook.");
        out[n] = tensor;
    }
    return out;
}

// torch.save({'best_state': tensors, 'xp.cfg': yaml, 'version': ..., 'exported': True}), as
// audiocraft's export functions write it: plain dicts (torch::pickle_save would tag them with
// TorchScript types, which torch.save never writes), each storage in archive/data/N.
void saveAudiocraft(const std::string& path, const Tensors& tensors, const std::string& yaml) {
    c10::impl::GenericDict state(c10::StringType::get(), c10::TensorType::get());
    for (const auto& [name, tensor] : tensors)
        state.insert(name, tensor.contiguous());
    c10::impl::GenericDict package(c10::StringType::get(), c10::AnyType::get());
    package.insert("best_state", state);
    package.insert("xp.cfg", yaml);
    package.insert("version", std::string("1.0.0"));
    package.insert("exported", true);
    std::string pickle;
    torch::jit::Pickler pickler([&](const char* data, size_t size) { pickle.append(data, size); },
                                nullptr, nullptr, nullptr, nullptr, /*tag_aggregates=*/false);
    pickler.protocol();
    pickler.pushIValue(package);
    pickler.stop();
    caffe2::serialize::PyTorchStreamWriter writer(path);
    writer.writeRecord("data.pkl", pickle.data(), pickle.size());
    const auto& storages = pickler.tensorData();
    for (size_t i = 0; i < storages.size(); ++i) {
        const auto data = torch::jit::getWriteableTensorData(storages[i]);
        writer.writeRecord("data/" + std::to_string(i), data.data(), data.sizeInBytes());
    }
    writer.writeEndOfFile();
}

// The fixture's T5 as the separate transformers checkpoint audiocraft would fetch by name.
void writeT5(const std::string& dir, const std::string& fixture, const SafetensorsFile& file) {
    std::filesystem::create_directories(dir);
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (const auto& name : file.names()) {
        if (name.rfind("text_encoder.", 0) == 0)
            tensors.emplace_back(name.substr(13), file.tensor(name));
    }
    writeSafetensors(dir + "/model.safetensors", tensors);
    std::ifstream in(fixture + "/config.json");
    const auto config = nlohmann::json::parse(in);
    std::ofstream(dir + "/config.json") << config.at("text_encoder").dump(1);
    std::filesystem::copy_file(fixture + "/spiece.model", dir + "/spiece.model");
}

// The fixture's EnCodec tensors, transformers names without the audio_encoder. prefix.
Tensors fixtureCodec(const SafetensorsFile& file) {
    Tensors out;
    for (const auto& name : file.names()) {
        if (name.rfind("audio_encoder.", 0) == 0)
            out[name.substr(14)] = file.tensor(name);
    }
    return out;
}

void writeAudioGenLayout(const std::string& dir, const std::string& fixture,
                         const std::string& lmYaml = kLmYaml) {
    const auto file = SafetensorsFile::open(fixture + "/model.safetensors");
    saveAudiocraft(dir + "/state_dict.bin", audiocraftLm(file), lmYaml);
    saveAudiocraft(dir + "/compression_state_dict.bin", audiocraftCodec(fixtureCodec(file)),
                   kCodecYaml);
    writeT5(dir + "/t5", fixture, file);
}

MusicGen::Tokens tokensOf(const torch::Tensor& ids) {
    const auto i = ids.to(torch::kLong).contiguous();
    return MusicGen::Tokens{
        i.sizes().vec(),
        std::vector<int64_t>(i.data_ptr<int64_t>(), i.data_ptr<int64_t>() + i.numel()),
        {}};
}

bool sameCodes(const EncodecCodes& codes, const torch::Tensor& reference) {
    const auto expected = reference[0].to(torch::kLong).contiguous();
    return codes.shape == expected.sizes().vec() &&
           std::equal(codes.data.begin(), codes.data.end(), expected.data_ptr<int64_t>());
}

}  // namespace

int main() {
    const std::string fixture = sonara::test::fixturesDir() + "/musicgen";
    std::printf("fixtures: %s\n", fixture.c_str());

    sonara::test::section("xp.cfg as OmegaConf writes it", [&] {
        const auto cfg = parseOmegaConfYaml(kLmYaml, "xp.cfg");
        check(cfg.child("transformer_lm").getInt("num_heads") == 2, "nested integers");
        check(cfg.child("codebooks_pattern").child("delay").getIntList("delays") ==
                  std::vector<int64_t>({0, 1, 2, 3}),
              "block lists");
        check(cfg.child("fuser").getStringList("cross") == std::vector<std::string>{"description"},
              "flow lists");
        check(cfg.child("dataset").getString("description") ==
                  "a long text that PyYAML folds: it goes on past eighty characters and so "
                  "continues on this line",
              "a quoted value folded onto the next line");
        check(cfg.child("transformer_lm").getInt("layer_scale", -1) == -1, "null reads as absent");
        check(cfg.child("dataset").getDouble("segment_duration") == 10.0, "floats");
    });

    sonara::test::section("the MusicGen fixture in AudioGen's layout gives the same codes", [&] {
        sonara::test::TempDir tmp("audiogen");
        writeAudioGenLayout(tmp.path, fixture);
        const auto inputs = SafetensorsFile::open(fixture + "/inputs.safetensors");
        const auto outputs = SafetensorsFile::open(fixture + "/outputs.safetensors");
        const auto tokens = tokensOf(inputs.tensor("input_ids"));

        MusicGen::Options options;
        options.device = "cpu";
        options.dtype = "fp32";
        const auto audiogen = MusicGen::load(tmp.path, options);
        check(audiogen.sampleRate() == 32000 && audiogen.numCodebooks() == 4,
              "rate and codebooks from the two xp.cfg");
        check(audiogen.hasTokenizer(), "spiece.model from t5/");
        const auto defaults = audiogen.defaultOptions();
        check(defaults.windowSeconds == 10.0 && defaults.guidanceScale == 3.0,
              "windows of dataset.segment_duration, guidance of inference_coef");

        MusicGen::GenerateOptions greedy;
        greedy.greedy = true;
        greedy.guidanceScale = 1.0;
        greedy.maxNewFrames = outputs.tensor("greedy_codes").size(-1);
        const auto result = audiogen.generate(tokens, greedy);
        check(sameCodes(result.codes, outputs.tensor("greedy_codes")), "greedy codes exactly");
        const auto audio = torch::from_blob(const_cast<float*>(result.audio.data.data()),
                                            result.audio.shape, torch::kFloat32);
        const auto expectedAudio = outputs.tensor("greedy_audio");
        const bool sameShape = result.audio.shape == expectedAudio.sizes().vec();
        const double diff = sameShape ? (audio - expectedAudio).abs().max().item<double>() : 1e9;
        check(sameShape && diff <= 1e-4, "decoded audio within 1e-4",
              "max abs diff " + std::to_string(diff));
        auto guided = greedy;
        guided.guidanceScale = 3.0;
        check(sameCodes(audiogen.generate(tokens, guided).codes, outputs.tensor("cfg3_codes")),
              "guidance 3 codes exactly");

        MusicGen::GenerateOptions sampled;
        sampled.maxNewFrames = 10;
        sampled.topK = 20;
        sampled.seed = 9;
        const auto musicgen = MusicGen::load(fixture, options);
        check(audiogen.generate({"a dog barks"}, sampled).codes.data ==
                  musicgen.generate({"a dog barks"}, sampled).codes.data,
              "a text prompt samples the same codes as the transformers layout");
    });

    sonara::test::section("a 16 kHz codec as AudioGen's", [&] {
        // AudioGen's EnCodec: 16 kHz, ratios 8 5 4 2 (320 samples a frame, 50 frames a second).
        // Random weights of that shape in audiocraft's names; the language model is the
        // fixture's, whose codes do not depend on the codec.
        std::string yaml = kCodecYaml;
        yaml.replace(yaml.find("sample_rate: 32000"), 18, "sample_rate: 16000");
        yaml.replace(yaml.find("  - 4\n  - 4\n"), 12, "  - 4\n  - 2\n");
        EncodecConfig codecConfig;
        codecConfig.samplingRate = 16000;
        codecConfig.upsamplingRatios = {8, 5, 4, 2};
        codecConfig.hiddenSize = codecConfig.codebookDim = 16;
        codecConfig.numFilters = 4;
        codecConfig.numLstmLayers = 1;
        codecConfig.useCausalConv = false;
        codecConfig.codebookSize = 64;
        codecConfig.targetBandwidths = {2.1};
        torch::manual_seed(3);
        EncodecModel codec(codecConfig);
        Tensors random;
        for (const auto& item : codec->named_parameters())
            random[item.key()] = item.value().detach();
        for (const auto& item : codec->named_buffers())
            random[item.key()] = item.value().detach().normal_();

        sonara::test::TempDir tmp("audiogen-16k");
        writeAudioGenLayout(tmp.path, fixture);
        saveAudiocraft(tmp.path + "/compression_state_dict.bin", audiocraftCodec(random), yaml);
        MusicGen::Options options;
        options.device = "cpu";
        const auto audiogen = MusicGen::load(tmp.path, options);
        check(audiogen.sampleRate() == 16000 && audiogen.hopLength() == 320 &&
                  audiogen.frameRate() == 50,
              "16 kHz, 320 samples a frame", std::to_string(audiogen.sampleRate()));
        const auto outputs = SafetensorsFile::open(fixture + "/outputs.safetensors");
        const auto inputs = SafetensorsFile::open(fixture + "/inputs.safetensors");
        MusicGen::GenerateOptions greedy;
        greedy.greedy = true;
        greedy.guidanceScale = 1.0;
        greedy.maxNewFrames = outputs.tensor("greedy_codes").size(-1);
        const auto result = audiogen.generate(tokensOf(inputs.tensor("input_ids")), greedy);
        check(sameCodes(result.codes, outputs.tensor("greedy_codes")),
              "the same decoder gives the same codes");
        check(result.audio.shape == std::vector<int64_t>({1, 1, greedy.maxNewFrames * 320}),
              "decoded at 320 samples a frame", result.audio.shapeString());
    });

    sonara::test::section("errors name what is wrong", [&] {
        {
            sonara::test::TempDir tmp("audiogen-no-t5");
            writeAudioGenLayout(tmp.path, fixture);
            std::filesystem::remove_all(tmp.path + "/t5");
            checkThrows<Error>("a missing text encoder is named", [&] { MusicGen::load(tmp.path); },
                               {"t5-large", tmp.path + "/t5"});
        }
        {
            sonara::test::TempDir tmp("audiogen-no-heads");
            std::string yaml = kLmYaml;
            yaml.replace(yaml.find("  num_heads: 2\n"), 15, "");
            writeAudioGenLayout(tmp.path, fixture, yaml);
            checkThrows<Error>("xp.cfg without num_heads is named",
                               [&] { MusicGen::load(tmp.path); }, {"num_heads", "state_dict.bin"});
        }
        {
            sonara::test::TempDir tmp("audiogen-missing");
            writeAudioGenLayout(tmp.path, fixture);
            const auto file = SafetensorsFile::open(fixture + "/model.safetensors");
            auto lm = audiocraftLm(file);
            lm.erase("transformer.layers.1.linear2.weight");
            saveAudiocraft(tmp.path + "/state_dict.bin", lm, kLmYaml);
            checkThrows<Error>("a missing tensor is named", [&] { MusicGen::load(tmp.path); },
                               {"layers.1.fc2.weight", "state_dict.bin"});
        }
    });
    return sonara::test::finish();
}
