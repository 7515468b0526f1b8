// models/demucs HTDemucs: the published models' kwargs (segment as a Fraction, the layouts of
// htdemucs and htdemucs_6s at their real dimensions), bags of models from demucs' YAML
// descriptors weighted per source, and the errors a caller sees for files and input it cannot
// use.

#include <torch/types.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "check.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/demucs/htdemucs.h"
#include "models/demucs/htdemucs_bag.h"
#include "models/demucs/htdemucs_model.h"
#include "parity_support.h"
#include "torch_save_writer.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkThrows;
using sonara::test::maxAbsDiff;
using sonara::test::TempDir;
using sonara::test::toArray;
using sonara::test::toTensor;

namespace {

nlohmann::json readJson(const std::string& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::trunc) << text;
}

HTDemucsConfig configFrom(const nlohmann::json& kwargs) {
    return HTDemucsConfig::fromKwargs(Config::parse(kwargs.dump(), "kwargs.json"));
}

// The published htdemucs (955717e8) and htdemucs_6s (5c90dfd2) arguments.
nlohmann::json publishedKwargs(bool sixSources) {
    nlohmann::json k = {{"channels", 48},
                        {"growth", 2},
                        {"nfft", 4096},
                        {"cac", true},
                        {"depth", 4},
                        {"rewrite", true},
                        {"multi_freqs", nlohmann::json::array()},
                        {"freq_emb", 0.2},
                        {"emb_scale", 10},
                        {"kernel_size", 8},
                        {"time_stride", 2},
                        {"stride", 4},
                        {"context", 1},
                        {"context_enc", 0},
                        {"norm_starts", 4},
                        {"norm_groups", 4},
                        {"dconv_mode", 3},
                        {"dconv_depth", 2},
                        {"dconv_comp", 8},
                        {"dconv_init", 1e-3},
                        {"t_layers", 5},
                        {"t_heads", 8},
                        {"t_hidden_scale", 4.0},
                        {"t_emb", "sin"},
                        {"t_norm_in", true},
                        {"t_norm_first", true},
                        {"t_norm_out", true},
                        {"t_layer_scale", true},
                        {"t_gelu", true},
                        {"t_dropout", 0.0},
                        {"t_cape_augment", true},
                        {"samplerate", 44100},
                        {"segment", "39/5"},
                        {"audio_channels", 2},
                        {"wiener_iters", 0}};
    k["sources"] = sixSources
                       ? nlohmann::json{"drums", "bass", "other", "vocals", "guitar", "piano"}
                       : nlohmann::json{"drums", "bass", "other", "vocals"};
    k["bottom_channels"] = sixSources ? 0 : 512;
    return k;
}

std::map<std::string, std::vector<int64_t>> parameterShapes(HTDemucsModel& model) {
    std::map<std::string, std::vector<int64_t>> shapes;
    for (const auto& item : model->named_parameters())
        shapes[item.key()] = item.value().sizes().vec();
    return shapes;
}

std::vector<std::pair<std::string, torch::Tensor>> fixtureState(const std::string& dir,
                                                                double scale) {
    const auto weights = SafetensorsFile::open(dir + "/model.safetensors");
    std::vector<std::pair<std::string, torch::Tensor>> state;
    for (const auto& name : weights.names())
        state.emplace_back(name, weights.tensor(name) * scale);
    return state;
}

}  // namespace

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/htdemucs";
    std::printf("fixtures: %s\n", dir.c_str());
    torch::manual_seed(5);

    sonara::test::section("segment: a Fraction is exact, a float truncates as Python does", [] {
        auto k = publishedKwargs(false);
        check(configFrom(k).segmentSamples == 343980, "Fraction 39/5 at 44.1 kHz: 343980 samples");
        k["segment"] = 7.8;
        check(configFrom(k).segmentSamples == 343980, "float 7.8: int(7.8 * 44100) = 343980");
        k["segment"] = 2.3;
        check(configFrom(k).segmentSamples == 101429,
              "float 2.3: 2.3 * 44100 is 101429.99999999999 in doubles, truncated as Python does");
        k["segment"] = "23/10";
        check(configFrom(k).segmentSamples == 101430, "the Fraction 23/10 is exact");
        k["segment"] = 8;
        check(configFrom(k).segmentSamples == 352800, "integer seconds");
    });

    sonara::test::section("htdemucs and htdemucs_6s at their real dimensions", [] {
        HTDemucsModel four(configFrom(publishedKwargs(false)));
        auto shapes = parameterShapes(four);
        const std::map<std::string, std::vector<int64_t>> expected = {
            {"freq_emb.embedding.weight", {512, 48}},
            {"encoder.3.conv.weight", {384, 192, 8, 1}},
            {"decoder.0.rewrite.weight", {768, 384, 3, 3}},
            {"decoder.0.dconv.layers.0.0.weight", {48, 384, 3}},
            {"decoder.3.conv_tr.weight", {48, 16, 8, 1}},
            {"tdecoder.3.conv_tr.weight", {48, 8, 8}},
            {"tdecoder.1.dconv.layers.1.6.scale", {192}},
            {"channel_upsampler.weight", {512, 384, 1}},
            {"channel_downsampler_t.weight", {384, 512, 1}},
            {"crosstransformer.layers.0.self_attn.in_proj_weight", {1536, 512}},
            {"crosstransformer.layers_t.3.cross_attn.out_proj.weight", {512, 512}},
            {"crosstransformer.layers.4.linear1.weight", {2048, 512}},
            {"crosstransformer.layers_t.1.norm3.weight", {512}},
            {"crosstransformer.layers.2.norm_out.bias", {512}}};
        std::string wrong;
        for (const auto& [name, shape] : expected) {
            if (shapes[name] != shape)
                wrong += " " + name + " " + shapeString(shapes[name]);
        }
        check(wrong.empty(), "htdemucs: the tensors of the published file have its shapes", wrong);
        int64_t count = 0;
        for (const auto& p : four->parameters())
            count += p.numel();
        check(count > 40'000'000 && count < 45'000'000, "htdemucs: about 42M parameters",
              std::to_string(count));

        HTDemucsModel six(configFrom(publishedKwargs(true)));
        shapes = parameterShapes(six);
        check(shapes["tdecoder.3.conv_tr.weight"] == std::vector<int64_t>{48, 12, 8} &&
                  shapes["decoder.3.conv_tr.weight"] == std::vector<int64_t>{48, 24, 8, 1} &&
                  shapes["crosstransformer.layers.0.linear1.weight"] ==
                      std::vector<int64_t>{1536, 384} &&
                  !shapes.count("channel_upsampler.weight"),
              "htdemucs_6s: six stems, a 384-wide transformer without channel resampling");
    });

    sonara::test::section("arguments the port does not implement are refused by name", [] {
        const std::vector<std::pair<std::string, nlohmann::json>> cases = {
            {"cac", false},
            {"multi_freqs", nlohmann::json::array({0.5})},
            {"t_emb", "cape"},
            {"t_sparse_self_attn", true},
            {"t_sin_random_shift", 2}};
        for (const auto& [key, value] : cases) {
            auto k = publishedKwargs(false);
            k[key] = value;
            checkThrows<Error>("unsupported " + key, [&] { configFrom(k); },
                               {"kwargs.json", "'" + key + "'", "not supported"});
        }
        auto k = publishedKwargs(false);
        k.erase("sources");
        checkThrows<Error>("no sources", [&] { configFrom(k); }, {"'sources'"});
        k = publishedKwargs(false);
        k["segment"] = "7.8s";
        checkThrows<Error>("unreadable segment", [&] { configFrom(k); }, {"'segment'", "7.8s"});
        k = publishedKwargs(false);
        k["channels_time"] = 32;
        checkThrows<Error>("time branch narrower than the transformer", [&] { configFrom(k); },
                           {"channels_time"});
    });

    sonara::test::section("bag descriptors as demucs writes them", [&] {
        TempDir temp("sonara-htdemucs-bag");
        const auto config = readJson(dir + "/config.json");
        sonara::test::writeDemucsPackage(temp.file("aaaa1111-0123abcd.th"), config,
                                         {{"segment", "1"}}, fixtureState(dir, 1.0));
        // A different second model: every weight scaled, so its stems differ.
        sonara::test::writeDemucsPackage(temp.file("bbbb2222-4567cdef.th"), config,
                                         {{"segment", "1"}}, fixtureState(dir, 0.9));
        writeText(temp.file("pair.yaml"),
                  "# two models\n"
                  "models: ['aaaa1111', \"bbbb2222\"]\n"
                  "weights: [\n"
                  "  [1., 0., 0.5, 0.],\n"
                  "  [0., 1., 0.5, 1.],  # trailing comma as in htdemucs_ft.yaml\n"
                  "]\n");
        auto spec = readDemucsBagDescriptor(temp.file("pair.yaml"));
        check(spec.models.size() == 2 && spec.models[1] == temp.file("bbbb2222-4567cdef.th") &&
                  spec.weights.size() == 2 && spec.weights[0][2] == 0.5 && spec.segment.empty(),
              "flow lists over several lines, quotes, comments; signatures resolved to files");
        writeText(temp.file("block.yml"),
                  "models:\n  - aaaa1111\nweights:\n  - [2, 2, 2, 2]\nsegment: 0.5\n");
        spec = readDemucsBagDescriptor(temp.file("block.yml"));
        check(spec.models.size() == 1 && spec.weights[0][0] == 2.0 && spec.segment == "0.5",
              "block lists and a segment override");
        checkThrows<Error>("a directory with two descriptors asks which",
                           [&] { resolveHTDemucsPath(temp.path); }, {"pair.yaml", "block.yml"});

        const auto mix = torch::randn({2, 60000}) * 0.3;
        HTDemucs::Options options;
        options.device = "cpu";
        const auto a =
            toTensor(
                HTDemucs::load(temp.file("aaaa1111-0123abcd.th"), options).separate(toArray(mix)))
                .clone();
        const auto b =
            toTensor(
                HTDemucs::load(temp.file("bbbb2222-4567cdef.th"), options).separate(toArray(mix)))
                .clone();
        check(maxAbsDiff(a, b) > 1e-3, "the two models separate differently");
        const auto bag = HTDemucs::load(temp.file("pair.yaml"), options);
        check(bag.modelCount() == 2, "a bag of two");
        std::vector<double> fractions;
        const auto stems = toTensor(bag.separate(toArray(mix), [&](double f, auto) {
                               fractions.push_back(f);
                               return true;
                           })).clone();
        // Per source: sum of weight x stems over the models, divided by the source's total.
        const auto wa = torch::tensor({1.f, 0.f, 0.5f, 0.f}).view({4, 1, 1});
        const auto wb = torch::tensor({0.f, 1.f, 0.5f, 1.f}).view({4, 1, 1});
        checkClose("stems weighted per source as apply_model weighs a bag",
                   maxAbsDiff(stems, (wa * a + wb * b) / (wa + wb)), 1e-5);
        // 60000 samples in 1 s segments: two segments, each with a cancellation point between
        // the two models.
        check(fractions.size() == 5, "progress per segment and between the models of a bag",
              std::to_string(fractions.size()) + " reports");
        std::vector<double> seen;
        checkThrows<Cancelled>("cancelled between the models of a bag", [&] {
            bag.separate(toArray(mix), [&](double f, auto) {
                seen.push_back(f);
                return seen.size() < 2;
            });
        });
        check(seen.size() == 2, "nothing reported after cancelling");

        const auto direct = HTDemucs::loadBag(
            {temp.file("aaaa1111-0123abcd.th"), temp.file("bbbb2222-4567cdef.th")},
            {{1, 0, 0.5, 0}, {0, 1, 0.5, 1}}, options);
        checkClose("loadBag with the same files and weights",
                   maxAbsDiff(toTensor(direct.separate(toArray(mix))), stems), 1e-6);
        checkThrows<Error>(
            "weights of a source summing to zero",
            [&] {
                HTDemucs::loadBag({temp.file("aaaa1111-0123abcd.th")}, {{1, 0, 1, 1}}, options);
            },
            {"source 2", "sum to zero"});
        checkThrows<Error>("a weights row per model",
                           [&] {
                               HTDemucs::loadBag({temp.file("aaaa1111-0123abcd.th")},
                                                 {{1, 1, 1, 1}, {1, 1, 1, 1}}, options);
                           },
                           {"1 models", "2 rows"});

        const auto overridden = HTDemucs::load(temp.file("block.yml"), options);
        check(overridden.segmentSeconds() == 0.5, "the descriptor's segment overrides the model's");

        writeText(temp.file("pair.yaml"), "models: ['aaaa1111', 'cccc3333']\n");
        checkThrows<Error>("a descriptor naming a missing model",
                           [&] { HTDemucs::load(temp.file("pair.yaml")); },
                           {"pair.yaml", "cccc3333", "no cccc3333-*.th"});
    });

    sonara::test::section("files that are not HTDemucs models say so", [&] {
        TempDir temp("sonara-htdemucs-bad");
        const auto config = readJson(dir + "/config.json");
        const auto hdemucs = temp.file("hdemucs.th");
        sonara::test::writeDemucsPackage(hdemucs, config, {}, fixtureState(dir, 1.0),
                                         "demucs.hdemucs", "HDemucs");
        checkThrows<Error>("another demucs class", [&] { HTDemucs::load(hdemucs); },
                           {hdemucs, "demucs.hdemucs.HDemucs", "Hybrid Transformer Demucs"});

        auto state = fixtureState(dir, 1.0);
        const std::string dropped = state.back().first;
        state.pop_back();
        const auto missing = temp.file("missing.th");
        sonara::test::writeDemucsPackage(missing, config, {{"segment", "1"}}, state);
        checkThrows<Error>("a missing tensor is named", [&] { HTDemucs::load(missing); },
                           {dropped});

        const auto plain = temp.file("plain.pth");
        {
            sonara::test::PickleWriter p;
            sonara::test::TorchSaveFile file;
            p.op("}(").str("weight");
            file.tensor(p, torch::ones({2}));
            p.op("u.");
            file.write(plain, p);
        }
        checkThrows<Error>("a bare state dict", [&] { HTDemucs::load(plain); },
                           {plain, "not a demucs model file"});
        checkThrows<Error>("a path that does not exist",
                           [&] { HTDemucs::load(temp.file("absent.th")); },
                           {"absent.th", "does not exist"});
    });

    sonara::test::section("bad input gives a clear error", [&] {
        HTDemucs::Options options;
        options.device = "cpu";
        const auto demucs = HTDemucs::load(dir + "/model.pth", options);
        checkThrows<Error>("mono mix for a stereo model",
                           [&] {
                               demucs.separate(FloatArray(std::vector<int64_t>{1, 44100}));
                           },
                           {"2 channels", "[1, 44100]"});
        checkThrows<Error>("shorter than one STFT hop",
                           [&] {
                               demucs.separate(FloatArray(std::vector<int64_t>{2, 1000}));
                           },
                           {"at least 1024 samples", "1000"});
        HTDemucs::SeparateOptions longer;
        longer.segmentSeconds = 2.0;
        checkThrows<Error>("segments longer than the training segment",
                           [&] {
                               demucs.separate(FloatArray(std::vector<int64_t>{2, 44100}), longer);
                           },
                           {"44100 samples", "88200"});
    });

    sonara::test::section("shifts average shifted passes, reproducibly by seed", [&] {
        HTDemucs::Options options;
        options.device = "cpu";
        const auto demucs = HTDemucs::load(dir + "/model.pth", options);
        const auto mix = torch::randn({2, 30000}) * 0.3;
        HTDemucs::SeparateOptions shifted;
        shifted.shifts = 2;
        shifted.shiftSeed = 11;
        const auto first = toTensor(demucs.separate(toArray(mix), shifted)).clone();
        const auto again = toTensor(demucs.separate(toArray(mix), shifted)).clone();
        const auto plain = toTensor(demucs.separate(toArray(mix))).clone();
        check(first.sizes() == plain.sizes() && torch::isfinite(first).all().item<bool>(),
              "shifted stems have the input's length");
        checkClose("the same seed gives the same stems", maxAbsDiff(first, again), 0.0);
        check(maxAbsDiff(first, plain) > 1e-6, "shifting changes the result");
    });
    return sonara::test::finish();
}
