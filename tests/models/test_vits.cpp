// Vits beyond parity: the MMS character tokenizer's rules, config and checkpoint errors, weight
// norm spellings, batched synthesis and seeded noise.

#include <torch/torch.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "check.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/vits/vits.h"
#include "models/vits/vits_config.h"
#include "models/vits/vits_model.h"
#include "models/vits/vits_tokenizer.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkEqual;
using sonara::test::checkNoThrow;
using sonara::test::checkThrows;
using sonara::test::section;
using sonara::test::TempDir;

namespace {

using Ids = std::vector<int64_t>;
using Tensors = std::vector<std::pair<std::string, torch::Tensor>>;

// A tiny MMS-style vocabulary: blank "_" at id 0, an upper-case entry, accented and Romanian
// letters, and <unk>.
const char* kVocab = R"({"_": 0, " ": 1, "a": 2, "b": 3, "c": 4, "A": 5, "é": 6, "ţ": 7,
                         "<unk>": 8, "'": 9})";
const char* kMmsConfig = R"({"add_blank": true, "normalize": true, "phonemize": false,
                             "is_uroman": false, "language": "eng", "unk_token": "<unk>"})";

const std::string& fixture() {
    static const std::string dir = sonara::test::fixturesDir() + "/vits";
    return dir;
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

Tensors fixtureWeights() {
    const auto file = SafetensorsFile::open(fixture() + "/model.safetensors");
    Tensors out;
    for (const auto& name : file.names())
        out.emplace_back(name, file.tensor(name).clone());
    return out;
}

void writeCheckpoint(const TempDir& dir, const Tensors& tensors) {
    std::filesystem::copy_file(fixture() + "/config.json", dir.file("config.json"));
    writeSafetensors(dir.file("model.safetensors"), tensors);
}

Vits::Options cpu() {
    Vits::Options options;
    options.device = "cpu";
    options.dtype = "fp32";
    return options;
}

Vits::SynthesisOptions deterministic() {
    Vits::SynthesisOptions options;
    options.noiseScale = 0.0;
    options.noiseScaleDuration = 0.0;
    return options;
}

double maxAbsDiff(const FloatArray& a, const FloatArray& b, int64_t count = -1) {
    if (count < 0) {
        if (a.shape != b.shape)
            return INFINITY;
        count = a.numel();
    }
    double worst = 0.0;
    for (int64_t i = 0; i < count; ++i)
        worst = std::max(worst, static_cast<double>(std::abs(a.data[i] - b.data[i])));
    return worst;
}

Ids fixtureIds() {
    const auto t = SafetensorsFile::open(fixture() + "/inputs.safetensors")
                       .tensor("input_ids")
                       .to(torch::kLong)
                       .contiguous();
    return Ids(t.data_ptr<int64_t>(), t.data_ptr<int64_t>() + t.numel());
}

void tokenizerRules() {
    const auto t = VitsTokenizer::fromJson(kVocab, kMmsConfig);
    checkEqual("blanks around and between characters", t.encode("abc"), Ids{0, 2, 0, 3, 0, 4, 0});
    checkEqual("lower-cased, except characters the vocabulary has in upper case", t.encode("ABC"),
               Ids{0, 5, 0, 3, 0, 4, 0});
    checkEqual("characters outside the vocabulary dropped", t.encode("a!b?"), Ids{0, 2, 0, 3, 0});
    checkEqual("whitespace trimmed after dropping", t.encode(" ?a b! "), Ids{0, 2, 0, 1, 0, 3, 0});
    checkEqual("non-ASCII lower-casing", t.encode("É"), Ids{0, 6, 0});
    checkEqual("apostrophe kept", t.encode("a'"), Ids{0, 2, 0, 9, 0});
    checkEqual("nothing readable leaves one blank", t.encode("?!"), Ids{0});
    check(t.language() == "eng" && t.vocabSize() == 10, "language and vocabulary size");

    const auto noBlank = VitsTokenizer::fromJson(
        kVocab, R"({"add_blank": false, "phonemize": false, "language": "eng"})");
    checkEqual("add_blank false", noBlank.encode("ab"), Ids{2, 3});

    const auto romanian = VitsTokenizer::fromJson(
        kVocab, R"({"add_blank": false, "phonemize": false, "language": "ron"})");
    checkEqual("Romanian t-comma read as t-cedilla", romanian.encode("ț"), Ids{7});

    const auto raw = VitsTokenizer::fromJson(
        kVocab, R"({"add_blank": false, "normalize": false, "phonemize": false})");
    checkEqual("without normalize: no lower-casing, unknown characters become <unk>",
               raw.encode("aB!"), Ids{2, 8, 8});

    const auto hindi = VitsTokenizer::fromJson(
        kVocab, R"({"is_uroman": true, "phonemize": false, "language": "hin"})");
    checkThrows<Error>("uroman text without a romaniser refused, naming the language",
                       [&] { hindi.encode("\xE0\xA4\x95"); }, {"hin", "romanised"});
    checkEqual("ASCII text of a uroman voice needs no romaniser", hindi.encode("ab"),
               Ids{0, 2, 0, 3, 0});
    VitsTextHooks romaniser;
    std::string romanised;
    romaniser.romanize = [&](const std::string& text) {
        romanised = text;
        return std::string("bA!");
    };
    checkEqual("romanised after lower-casing, then filtered by the vocabulary",
               hindi.encode("\xC3\x89\xE0\xA4\x95", romaniser), Ids{0, 3, 0, 5, 0});
    check(romanised == "\xC3\xA9\xE0\xA4\x95", "the romaniser sees the lower-cased text");
    const auto phonemes = VitsTokenizer::fromJson(kVocab, R"({"language": "en"})");
    check(phonemes.phonemizes() && !phonemes.romanizes(), "phonemize defaults to true");
    checkThrows<Error>("phonemizing voices without a phonemizer refused",
                       [&] { phonemes.encode("ab"); }, {"phonem"});
    checkThrows<Error>("invalid UTF-8 refused", [&] { t.encode("a\xC3"); }, {"UTF-8"});
    checkThrows<Error>("vocabulary ids must be integers",
                       [] { VitsTokenizer::fromJson(R"({"a": "x"})", kMmsConfig); },
                       {"'a'", "integer"});

    TempDir dir("vits-tokenizer");
    writeText(dir.file("vocab.json"), kVocab);
    writeText(dir.file("tokenizer_config.json"),
              R"({"add_blank": true, "normalize": true, "phonemize": false, "is_uroman": false,
                  "language": "eng", "unk_token": {"content": "<unk>", "special": true}})");
    checkEqual("load() reads vocab.json and tokenizer_config.json",
               VitsTokenizer::load(dir.path).encode("Ab"), Ids{0, 5, 0, 3, 0});
}

void configErrors() {
    auto parse = [](const std::string& json) {
        return VitsConfig::fromConfig(Config::parse(json, "config.json"));
    };
    checkNoThrow("defaults are the MMS-TTS dimensions", [&] {
        const auto c = parse("{}");
        if (c.hiddenSize != 192 || c.hopLength() != 256 || c.flowSize != 192)
            throw Error("unexpected defaults");
    });
    checkThrows<Error>("hidden_size not divisible by heads",
                       [&] { parse(R"({"hidden_size": 30, "num_attention_heads": 4})"); },
                       {"config.json", "num_attention_heads"});
    checkThrows<Error>("odd flow_size", [&] { parse(R"({"flow_size": 31})"); }, {"flow_size"});
    checkThrows<Error>("unknown activation", [&] { parse(R"({"hidden_act": "tanhexp"})"); },
                       {"tanhexp"});
    checkThrows<Error>("wrong type names the key", [&] { parse(R"({"hidden_size": "big"})"); },
                       {"hidden_size", "integer"});
    checkThrows<Error>("several speakers need an embedding size",
                       [&] { parse(R"({"num_speakers": 4})"); }, {"speaker_embedding_size"});
}

void checkpointErrors() {
    auto weights = fixtureWeights();
    const std::string dropped = "flow.flows.1.conv_post.weight";
    Tensors missing;
    for (const auto& w : weights) {
        if (w.first != dropped)
            missing.push_back(w);
    }
    TempDir dir("vits-missing");
    writeCheckpoint(dir, missing);
    checkThrows<Error>("a missing tensor is named", [&] { Vits::load(dir.path, cpu()); },
                       {dropped});

    Tensors misShaped = weights;
    for (auto& w : misShaped) {
        if (w.first == "text_encoder.embed_tokens.weight")
            w.second = torch::zeros({41, 32});
    }
    TempDir shaped("vits-shape");
    writeCheckpoint(shaped, misShaped);
    checkThrows<Error>("a mis-shaped tensor is named with both shapes",
                       [&] { Vits::load(shaped.path, cpu()); },
                       {"text_encoder.embed_tokens.weight", "[40, 32]", "[41, 32]"});
}

void weightNormSpellings() {
    // torch.nn.utils.weight_norm's weight_g/weight_v instead of parametrizations: same values.
    Tensors renamed;
    for (const auto& [name, tensor] : fixtureWeights()) {
        std::string n = name;
        for (const auto& [from, to] : {std::pair<std::string, std::string>{
                                           ".parametrizations.weight.original0", ".weight_g"},
                                       {".parametrizations.weight.original1", ".weight_v"}}) {
            const auto at = n.find(from);
            if (at != std::string::npos)
                n = n.substr(0, at) + to;
        }
        renamed.emplace_back(n, tensor);
    }
    TempDir dir("vits-weight-g");
    writeCheckpoint(dir, renamed);
    const auto ids = fixtureIds();
    const auto a = Vits::load(fixture(), cpu()).synthesizeTokens(ids, deterministic());
    const auto b = Vits::load(dir.path, cpu()).synthesizeTokens(ids, deterministic());
    checkClose("weight_g/weight_v checkpoint gives the same waveform", maxAbsDiff(a, b), 1e-6);

    // Hub checkpoints are often stored in half precision; they load into float32 on the CPU.
    Tensors half;
    for (const auto& [name, tensor] : fixtureWeights())
        half.emplace_back(name, tensor.to(torch::kFloat16));
    TempDir halfDir("vits-fp16");
    writeCheckpoint(halfDir, half);
    const auto fromHalf = Vits::load(halfDir.path, cpu());
    check(fromHalf.dtype() == "float32", "fp16 checkpoint runs in float32 on the CPU");
    const auto c = fromHalf.synthesizeTokens(ids, deterministic());
    bool finite = c.numel() > 0;
    for (float v : c.data)
        finite = finite && std::isfinite(v);
    check(finite, "fp16 checkpoint synthesizes finite audio", std::to_string(c.numel()));
}

void textAndBatches() {
    TempDir dir("vits-text");
    std::filesystem::copy_file(fixture() + "/config.json", dir.file("config.json"));
    std::filesystem::copy_file(fixture() + "/model.safetensors", dir.file("model.safetensors"));
    writeText(dir.file("vocab.json"), kVocab);
    writeText(dir.file("tokenizer_config.json"), kMmsConfig);
    const auto vits = Vits::load(dir.path, cpu());
    check(vits.readsText() && vits.language() == "eng" && vits.speakers() == 1,
          "tokenizer found next to the weights");

    const auto viaText = vits.synthesize("Abc, cab!", deterministic());
    const auto viaIds = vits.synthesizeTokens(vits.tokenize("Abc, cab!"), deterministic());
    checkClose("text and its token ids give the same waveform", maxAbsDiff(viaText, viaIds), 0.0);
    check(viaText.numel() > 0 && viaText.numel() % vits.hopLength() == 0,
          "waveform is a whole number of frames", std::to_string(viaText.numel()));
    checkThrows<Error>("text with nothing readable", [&] { vits.synthesize("?!"); },
                       {"no characters"});
    checkThrows<Error>("token id outside the vocabulary",
                       [&] {
                           vits.synthesizeTokens({0, 40, 0});
                       },
                       {"40", "vocabulary"});

    const Ids longIds = fixtureIds();
    const Ids shortIds(longIds.begin(), longIds.begin() + 7);
    const auto batch = vits.synthesizeTokensBatch({longIds, shortIds}, deterministic());
    const auto singleLong = vits.synthesizeTokens(longIds, deterministic());
    const auto singleShort = vits.synthesizeTokens(shortIds, deterministic());
    check(batch.size() == 2, "one waveform per batch input");
    check(batch[0].numel() == singleLong.numel() && batch[1].numel() == singleShort.numel(),
          "batched lengths equal single-call lengths",
          std::to_string(batch[0].numel()) + "/" + std::to_string(batch[1].numel()) + " vs " +
              std::to_string(singleLong.numel()) + "/" + std::to_string(singleShort.numel()));
    checkClose("longest batch item equals its single call", maxAbsDiff(batch[0], singleLong), 1e-4);
    // The decoder's receptive field reaches past a padded item's end, as in the reference's
    // batched forward, so only samples away from the tail are compared.
    const int64_t head = std::max<int64_t>(0, singleShort.numel() - 8 * vits.hopLength());
    checkClose("padded batch item equals its single call away from its tail",
               maxAbsDiff(batch[1], singleShort, head), 1e-4);

    Vits::SynthesisOptions noisy;
    noisy.noiseScale = 0.667;
    noisy.noiseScaleDuration = 0.8;
    noisy.seed = 7;
    const auto first = vits.synthesizeTokens(longIds, noisy);
    const auto again = vits.synthesizeTokens(longIds, noisy);
    checkClose("same seed, same waveform", maxAbsDiff(first, again), 0.0);
    noisy.seed = 8;
    const auto other = vits.synthesizeTokens(longIds, noisy);
    check(first.shape != other.shape || maxAbsDiff(first, other) > 0.0,
          "another seed, another waveform");
    checkThrows<Cancelled>("a progress callback returning false cancels", [&] {
        vits.synthesizeTokens(longIds, deterministic(),
                              [](double, std::string_view) { return false; });
    });
    Vits::SynthesisOptions bad = deterministic();
    bad.speakingRate = 0.0;
    checkThrows<Error>("speaking rate must be positive",
                       [&] { vits.synthesizeTokens(longIds, bad); }, {"speaking rate"});

    TempDir uroman("vits-uroman");
    std::filesystem::copy_file(fixture() + "/config.json", uroman.file("config.json"));
    std::filesystem::copy_file(fixture() + "/model.safetensors", uroman.file("model.safetensors"));
    writeText(uroman.file("vocab.json"), kVocab);
    writeText(uroman.file("tokenizer_config.json"),
              R"({"is_uroman": true, "phonemize": false, "language": "kor"})");
    const Vits romanising = Vits::load(uroman.path, cpu());
    check(romanising.romanizes() && !romanising.phonemizes(), "a uroman checkpoint loads");
    checkThrows<Error>("its non-Latin text is refused without a romaniser",
                       [&] { romanising.tokenize("\xEC\x9D\xB4"); }, {"kor", "romanised"});
}

// A multi-speaker checkpoint with the plain convolutional duration predictor, written from a
// randomly initialised model: loading it must reproduce that model, and speakers must matter.
void speakersAndPlainDurations() {
    std::stringstream text;
    text << std::ifstream(fixture() + "/config.json").rdbuf();
    auto json = nlohmann::json::parse(text.str());
    json["num_speakers"] = 3;
    json["speaker_embedding_size"] = 8;
    json["use_stochastic_duration_prediction"] = false;
    torch::manual_seed(0);
    VitsModel model(VitsConfig::fromConfig(Config::parse(json.dump(), "config.json")));
    model->eval();
    Tensors tensors;
    for (const auto& p : model->named_parameters())
        tensors.emplace_back(p.key(), p.value().detach().clone());
    TempDir dir("vits-speakers");
    writeText(dir.file("config.json"), json.dump());
    writeSafetensors(dir.file("model.safetensors"), tensors);

    const auto vits = Vits::load(dir.path, cpu());
    check(vits.speakers() == 3, "speaker count from config.json");
    const Ids ids = fixtureIds();
    auto options = deterministic();
    options.speaker = 2;
    const auto loaded = vits.synthesizeTokens(ids, options);

    torch::InferenceMode guard;
    VitsControls controls;
    controls.speaker = 2;
    const auto direct =
        model->synthesize(torch::tensor(ids).unsqueeze(0), torch::Tensor(), controls);
    const auto wave =
        direct.waveform[0].slice(0, 0, direct.lengths[0].item<int64_t>()).contiguous();
    const FloatArray expected(
        {wave.numel()},
        std::vector<float>(wave.data_ptr<float>(), wave.data_ptr<float>() + wave.numel()));
    checkClose("loaded multi-speaker checkpoint reproduces the model", maxAbsDiff(loaded, expected),
               1e-6);

    options.speaker = 0;
    const auto other = vits.synthesizeTokens(ids, options);
    check(other.shape != loaded.shape || maxAbsDiff(other, loaded) > 1e-4,
          "another speaker, another waveform");
    options.speaker = 3;
    checkThrows<Error>("speaker out of range", [&] { vits.synthesizeTokens(ids, options); },
                       {"speaker 3", "3 speakers"});
}

}  // namespace

int main() {
    section("tokenizer", tokenizerRules);
    section("config errors", configErrors);
    section("checkpoint errors", checkpointErrors);
    section("weight norm spellings", weightNormSpellings);
    section("text, batches and noise", textAndBatches);
    section("speakers and plain duration predictor", speakersAndPlainDurations);
    return sonara::test::finish();
}
