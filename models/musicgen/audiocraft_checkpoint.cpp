#include "models/musicgen/audiocraft_checkpoint.h"

#include <cmath>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "models/common/error.h"
#include "models/common/torch_archive.h"

namespace sonara::models {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// ---- The YAML subset OmegaConf.to_yaml writes --------------------------------------------------

struct YamlLine {
    int indent = 0;
    std::string text;  // without the indentation
};

std::string trim(const std::string& s) {
    const auto begin = s.find_first_not_of(" \t");
    if (begin == std::string::npos)
        return {};
    const auto end = s.find_last_not_of(" \t\r");
    return s.substr(begin, end - begin + 1);
}

json yamlScalar(const std::string& raw);

json yamlFlowList(const std::string& inner) {
    json list = json::array();
    std::string item;
    char quote = 0;
    for (const char c : inner) {
        if (quote) {
            item += c;
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
            item += c;
        } else if (c == ',') {
            list.push_back(yamlScalar(item));
            item.clear();
        } else {
            item += c;
        }
    }
    if (!trim(item).empty())
        list.push_back(yamlScalar(item));
    return list;
}

json yamlScalar(const std::string& raw) {
    const std::string s = trim(raw);
    if (s.empty() || s == "null" || s == "~")
        return nullptr;
    if (s == "true" || s == "True")
        return true;
    if (s == "false" || s == "False")
        return false;
    if (s == "{}")
        return json::object();
    if (s.front() == '[' && s.back() == ']')
        return yamlFlowList(s.substr(1, s.size() - 2));
    if (s.size() >= 2 && s.front() == '\'' && s.back() == '\'') {
        std::string out;
        for (size_t i = 1; i + 1 < s.size(); ++i) {
            out += s[i];
            if (s[i] == '\'' && s[i + 1] == '\'')
                ++i;  // '' is an escaped quote
        }
        return out;
    }
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
        return s.substr(1, s.size() - 2);
    static const std::regex integer(R"([-+]?[0-9]+)");
    static const std::regex real(R"([-+]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)([eE][-+]?[0-9]+)?)");
    if (std::regex_match(s, integer))
        return std::stoll(s);
    if (std::regex_match(s, real))
        return std::stod(s);
    return s;
}

class YamlReader {
public:
    explicit YamlReader(const std::string& text) {
        std::istringstream in(text);
        std::string line;
        while (std::getline(in, line)) {
            const auto content = trim(line);
            if (content.empty() || content[0] == '#' || content == "---")
                continue;
            lines_.push_back({static_cast<int>(line.find_first_not_of(' ')), content});
        }
    }

    json read() { return lines_.empty() ? json::object() : node(lines_[0].indent); }

private:
    bool isItem(size_t i) const {
        return lines_[i].text == "-" || lines_[i].text.rfind("- ", 0) == 0;
    }

    // A plain scalar longer than a line continues on more-indented lines.
    std::string folded(std::string value, int indent) {
        while (pos_ < lines_.size() && lines_[pos_].indent > indent) {
            value += " " + lines_[pos_].text;
            ++pos_;
        }
        return value;
    }

    json node(int indent) {
        if (pos_ < lines_.size() && isItem(pos_))
            return sequence(indent);
        return mapping(indent);
    }

    json sequence(int indent) {
        json list = json::array();
        while (pos_ < lines_.size() && lines_[pos_].indent == indent && isItem(pos_)) {
            const std::string rest =
                lines_[pos_].text.size() > 2 ? lines_[pos_].text.substr(2) : "";
            ++pos_;
            if (trim(rest).empty() && pos_ < lines_.size() && lines_[pos_].indent > indent)
                list.push_back(node(lines_[pos_].indent));
            else
                list.push_back(yamlScalar(folded(rest, indent)));
        }
        return list;
    }

    json mapping(int indent) {
        json object = json::object();
        while (pos_ < lines_.size() && lines_[pos_].indent == indent && !isItem(pos_)) {
            const std::string& text = lines_[pos_].text;
            const auto colon = keyEnd(text);
            ++pos_;
            if (colon == std::string::npos)
                continue;  // not a mapping entry; nothing we read looks like this
            std::string key = trim(text.substr(0, colon));
            if (key.size() >= 2 && (key.front() == '\'' || key.front() == '"'))
                key = key.substr(1, key.size() - 2);
            const std::string value = text.substr(colon + 1);
            if (!trim(value).empty()) {
                object[key] = yamlScalar(folded(value, indent));
            } else if (pos_ < lines_.size() && (lines_[pos_].indent > indent ||
                                                (lines_[pos_].indent == indent && isItem(pos_)))) {
                object[key] = node(lines_[pos_].indent);
            } else {
                object[key] = nullptr;
            }
        }
        // Skip anything deeper that was not claimed (e.g. an odd construct) to stay in step.
        while (pos_ < lines_.size() && lines_[pos_].indent > indent)
            ++pos_;
        return object;
    }

    // The colon that ends a key: the first ": " (or a final ':') outside quotes.
    static size_t keyEnd(const std::string& text) {
        char quote = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ':' && (i + 1 == text.size() || text[i + 1] == ' ')) {
                return i;
            }
        }
        return std::string::npos;
    }

    std::vector<YamlLine> lines_;
    size_t pos_ = 0;
};

// ---- Files
// ---------------------------------------------------------------------------------------

struct AudiocraftFile {
    TorchArchive archive;
    Config cfg;
    std::map<std::string, torch::Tensor> tensors;  // 'best_state', by name
};

AudiocraftFile openAudiocraftFile(const fs::path& file, const std::string& what) {
    if (!fs::is_regular_file(file))
        throw Error(what + " " + file.string() + " not found");
    AudiocraftFile f{TorchArchive::open(file.string()), Config::parse("{}"), {}};
    const auto values = f.archive.values();
    if (values.has("pretrained")) {
        throw Error(file.string() + " refers to the pretrained codec '" +
                    values.getString("pretrained") +
                    "' instead of holding one; only self-contained audiocraft checkpoints load");
    }
    if (!values.has("xp.cfg"))
        throw Error(file.string() + " has no 'xp.cfg'; it is not an audiocraft checkpoint");
    f.cfg = parseOmegaConfYaml(values.getString("xp.cfg"), file.string() + " (xp.cfg)");
    const std::string prefix = "best_state.";
    for (const auto& name : f.archive.tensorNames()) {
        if (name.rfind(prefix, 0) == 0)
            f.tensors[name.substr(prefix.size())] = f.archive.tensor(name);
    }
    if (f.tensors.empty())
        throw Error(file.string() +
                    " holds no 'best_state' tensors; it is not an audiocraft model");
    return f;
}

// How many consecutive indices N have names starting with "<prefix>N.".
int64_t countIndexed(const std::map<std::string, torch::Tensor>& tensors,
                     const std::string& prefix) {
    int64_t count = 0;
    for (;; ++count) {
        const auto start = prefix + std::to_string(count) + ".";
        const auto it = tensors.lower_bound(start);
        if (it == tensors.end() || it->first.rfind(start, 0) != 0)
            return count;
    }
}

const torch::Tensor& required(const std::map<std::string, torch::Tensor>& tensors,
                              const std::string& name, const std::string& file) {
    const auto it = tensors.find(name);
    if (it == tensors.end())
        throw Error(file + " lacks the tensor " + name + "; it is not an AudioGen/MusicGen LM");
    return it->second;
}

void replaceAll(std::string& s, const std::string& from, const std::string& to) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

// ---- The language model ------------------------------------------------------------------------

std::string lmName(std::string name) {
    static const std::vector<std::pair<std::string, std::string>> prefixes = {
        {"condition_provider.conditioners.description.output_proj.", "enc_to_dec_proj."},
        {"emb.", "decoder.model.decoder.embed_tokens."},
        {"transformer.layers.", "decoder.model.decoder.layers."},
        {"out_norm.", "decoder.model.decoder.layer_norm."},
        {"linears.", "decoder.lm_heads."},
    };
    for (const auto& [from, to] : prefixes) {
        if (name.rfind(from, 0) == 0) {
            name = to + name.substr(from.size());
            break;
        }
    }
    replaceAll(name, ".cross_attention.", ".encoder_attn.");
    replaceAll(name, ".linear1.", ".fc1.");
    replaceAll(name, ".linear2.", ".fc2.");
    replaceAll(name, ".norm1.", ".self_attn_layer_norm.");
    replaceAll(name, ".norm_cross.", ".encoder_attn_layer_norm.");
    replaceAll(name, ".norm2.", ".final_layer_norm.");
    return name;
}

std::map<std::string, torch::Tensor> lmTensors(const std::map<std::string, torch::Tensor>& in) {
    std::map<std::string, torch::Tensor> out;
    for (const auto& [name, tensor] : in) {
        const std::string mapped = lmName(name);
        const std::string fused = "in_proj_weight";
        if (mapped.size() > fused.size() &&
            mapped.compare(mapped.size() - fused.size(), fused.size(), fused) == 0 &&
            tensor.dim() == 2 && tensor.size(0) % 3 == 0) {
            const auto base = mapped.substr(0, mapped.size() - fused.size());
            const auto parts = tensor.chunk(3, 0);
            out[base + "q_proj.weight"] = parts[0];
            out[base + "k_proj.weight"] = parts[1];
            out[base + "v_proj.weight"] = parts[2];
        } else {
            out[mapped] = tensor;
        }
    }
    return out;
}

MusicgenDecoderConfig lmConfig(const AudiocraftFile& f, const std::string& file) {
    const auto& t = f.tensors;
    const auto& emb = required(t, "emb.0.weight", file);
    MusicgenDecoderConfig d;
    d.hiddenSize = emb.size(1);
    d.vocabSize = emb.size(0) - 1;  // plus the special (pad/start) token
    d.numCodebooks = countIndexed(t, "emb.");
    d.numHiddenLayers = countIndexed(t, "transformer.layers.");
    d.ffnDim = required(t, "transformer.layers.0.linear1.weight", file).size(0);
    d.padTokenId = d.vocabSize;
    d.bosTokenId = d.vocabSize;
    d.maxPositionEmbeddings = 2048;  // sinusoidal: any length runs; transformers' default
    const auto lm = f.cfg.child("transformer_lm");
    d.numAttentionHeads = lm.getInt("num_heads");
    d.activationFunction = lm.getString("activation", "gelu");
    if (lm.getString("positional_embedding", "sin") != "sin") {
        throw Error(file + ": transformer_lm.positional_embedding '" +
                    lm.getString("positional_embedding") +
                    "' is not supported; only sinusoidal positions (sin) are");
    }
    if (!lm.getBool("norm_first", true))
        throw Error(file + ": transformer_lm.norm_first false (post-norm) is not supported");
    if (f.cfg.child("codebooks_pattern").getString("modeling", "delay") != "delay") {
        throw Error(file + ": codebooks_pattern.modeling '" +
                    f.cfg.child("codebooks_pattern").getString("modeling") +
                    "' is not supported; only the delay pattern is");
    }
    try {
        d.validate();
    } catch (const Error& e) {
        throw Error(file + ": " + e.what());
    }
    return d;
}

// ---- The codec
// -----------------------------------------------------------------------------------

std::string codecName(std::string name) {
    static const std::vector<std::pair<std::string, std::string>> prefixes = {
        {"encoder.model.", "encoder.layers."},
        {"decoder.model.", "decoder.layers."},
        {"quantizer.vq.layers.", "quantizer.layers."},
    };
    for (const auto& [from, to] : prefixes) {
        if (name.rfind(from, 0) == 0) {
            name = to + name.substr(from.size());
            break;
        }
    }
    replaceAll(name, ".conv.conv.", ".conv.");
    replaceAll(name, ".convtr.convtr.", ".conv.");
    replaceAll(name, ".conv.norm.", ".norm.");
    replaceAll(name, ".convtr.norm.", ".norm.");
    replaceAll(name, "._codebook.", ".codebook.");
    return name;
}

EncodecConfig codecConfig(const AudiocraftFile& f, const std::string& file) {
    const auto& c = f.cfg;
    const auto seanet = c.child("seanet");
    const auto rvq = c.child("rvq");
    EncodecConfig e;
    e.samplingRate = c.getInt("sample_rate");
    e.audioChannels = c.getInt("channels", 1);
    e.hiddenSize = seanet.getInt("dimension");
    e.codebookDim = e.hiddenSize;
    e.numFilters = seanet.getInt("n_filters");
    e.numResidualLayers = seanet.getInt("n_residual_layers");
    e.upsamplingRatios = seanet.getIntList("ratios");
    e.normType = seanet.getString("norm", "weight_norm");
    e.kernelSize = seanet.getInt("kernel_size");
    e.residualKernelSize = seanet.getInt("residual_kernel_size");
    e.lastKernelSize = seanet.getInt("last_kernel_size");
    e.dilationGrowthRate = seanet.getInt("dilation_base");
    e.useCausalConv = seanet.getBool("causal", false);
    e.padMode = seanet.getString("pad_mode", "reflect");
    e.useConvShortcut = !seanet.getBool("true_skip", true);
    e.compress = seanet.getInt("compress");
    e.numLstmLayers = seanet.getInt("lstm");
    e.trimRightRatio =
        seanet.has("decoder") ? seanet.child("decoder").getDouble("trim_right_ratio", 1.0) : 1.0;
    e.codebookSize = rvq.getInt("bins");
    e.normalize = c.has("encodec") && c.child("encodec").getBool("renormalize", false);
    // transformers sizes the quantizer from the top bandwidth: n_q codebooks of log2(bins) bits
    // at the frame rate.
    const int64_t codebooks = rvq.getInt("n_q");
    const double bits = std::ceil(std::log2(static_cast<double>(e.codebookSize)));
    e.targetBandwidths = {codebooks * bits * static_cast<double>(e.frameRate()) / 1000.0};
    if (e.numQuantizers() != codebooks)
        e.targetBandwidths[0] += 1e-9;
    try {
        e.validate();
    } catch (const Error& error) {
        throw Error(file + ": " + error.what());
    }
    return e;
}

std::map<std::string, torch::Tensor> codecTensors(const std::map<std::string, torch::Tensor>& in) {
    std::map<std::string, torch::Tensor> out;
    for (const auto& [name, tensor] : in)
        out[codecName(name)] = tensor;
    return out;
}

}  // namespace

Config parseOmegaConfYaml(const std::string& text, const std::string& source) {
    return Config::parse(YamlReader(text).read().dump(), source);
}

bool isAudiocraftCheckpoint(const std::string& dir) {
    const fs::path d(dir);
    return fs::is_directory(d) && fs::exists(d / "state_dict.bin") &&
           fs::exists(d / "compression_state_dict.bin");
}

AudiocraftCheckpoint loadAudiocraftCheckpoint(const std::string& dir) {
    const fs::path root(dir);
    const auto lmFile = (root / "state_dict.bin").string();
    const auto codecFile = (root / "compression_state_dict.bin").string();
    const auto lm = openAudiocraftFile(lmFile, "the language model");
    const auto codec = openAudiocraftFile(codecFile, "the compression model");

    const fs::path textDir = root / "t5";
    if (!fs::exists(textDir / "config.json")) {
        const auto name = lm.cfg.has("conditioners") ? lm.cfg.child("conditioners")
                                                           .child("description")
                                                           .child("t5")
                                                           .getString("name", "t5-large")
                                                     : std::string("t5-large");
        throw Error("audiocraft checkpoint " + dir + " needs its text encoder " + name +
                    ": put that model's config.json, model.safetensors and spiece.model in " +
                    textDir.string());
    }

    AudiocraftCheckpoint out{
        MusicgenConfig{}, Checkpoint::fromTensors(lmFile, lmTensors(lm.tensors)),
        Checkpoint::fromTensors(codecFile, codecTensors(codec.tensors)), textDir.string(), 30.0};
    MusicgenConfig& config = out.config;
    config.textEncoder = T5Config::fromConfig(Config::load(textDir.string()));
    config.audioEncoder = codecConfig(codec, codecFile);
    config.decoder = lmConfig(lm, lmFile);
    config.padTokenId = config.decoder.padTokenId;
    if (lm.cfg.has("classifier_free_guidance")) {
        config.guidanceScale =
            lm.cfg.child("classifier_free_guidance").getDouble("inference_coef", 3.0);
    }
    if (lm.cfg.has("dataset"))
        out.windowSeconds = lm.cfg.child("dataset").getDouble("segment_duration", 30.0);
    try {
        config.validate();
    } catch (const Error& e) {
        throw Error("audiocraft checkpoint " + dir + ": " + e.what());
    }
    return out;
}

}  // namespace sonara::models
