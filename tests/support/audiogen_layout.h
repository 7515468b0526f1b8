#pragma once

// AudioGen's published layout (facebook/audiogen-medium: the audiocraft authors' state_dict.bin
// and compression_state_dict.bin, torch.save files, with the T5 encoder in t5/) written from the
// tiny MusicGen fixture's tensors under audiocraft's names: for the model test that checks the
// mapping, and for the engine and end-to-end tests that install an AudioGen checkpoint.

#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/pickler.h>
#include <torch/types.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "models/common/safetensors.h"

namespace sonara::test::audiogen {

using Tensors = std::map<std::string, torch::Tensor>;
using sonara::models::SafetensorsFile;
using sonara::models::writeSafetensors;

// xp.cfg of the language model as OmegaConf.to_yaml writes it: block lists, a long value folded
// onto a second line, quoted strings.
inline const char* kLmYaml = R"(transformer_lm:
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
inline const char* kCodecYaml = R"(sample_rate: 32000
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

inline std::string replaced(std::string s, const std::string& pattern, const std::string& with) {
    return std::regex_replace(s, std::regex(pattern), with);
}

// transformers' MusicGen decoder names -> audiocraft's LMModel names, q/k/v fused.
inline Tensors audiocraftLm(const SafetensorsFile& file) {
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
inline Tensors audiocraftCodec(const Tensors& tensors) {
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
inline void saveAudiocraft(const std::string& path, const Tensors& tensors,
                           const std::string& yaml) {
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
inline void writeT5(const std::string& dir, const std::string& fixture,
                    const SafetensorsFile& file) {
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
inline Tensors fixtureCodec(const SafetensorsFile& file) {
    Tensors out;
    for (const auto& name : file.names()) {
        if (name.rfind("audio_encoder.", 0) == 0)
            out[name.substr(14)] = file.tensor(name);
    }
    return out;
}

inline void writeAudioGenLayout(const std::string& dir, const std::string& fixture,
                                const std::string& lmYaml = kLmYaml) {
    const auto file = SafetensorsFile::open(fixture + "/model.safetensors");
    saveAudiocraft(dir + "/state_dict.bin", audiocraftLm(file), lmYaml);
    saveAudiocraft(dir + "/compression_state_dict.bin", audiocraftCodec(fixtureCodec(file)),
                   kCodecYaml);
    writeT5(dir + "/t5", fixture, file);
}

}  // namespace sonara::test::audiogen
