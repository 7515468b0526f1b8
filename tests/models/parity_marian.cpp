// Parity with transformers' MarianMTModel on the reference fixture: teacher-forced logits
// (encoder, decoder with its cache, final_logits_bias) and the greedy sequence (tokens exact),
// both through the public Marian API. The fixture has no beam reference: beam search is
// checked for its forced </s> and for batch independence.

#include <torch/torch.h>

#include <cstdlib>

#include "check.h"
#include "models/common/config.h"
#include "models/common/safetensors.h"
#include "models/marian/marian.h"
#include "models/marian/marian_config.h"
#include "parity_support.h"

using namespace sonara::models;
using sonara::test::atolFor;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkThrows;
using sonara::test::maxAbsDiff;

namespace {

std::vector<std::vector<int64_t>> rowsOf(const torch::Tensor& t) {
    const auto c = t.to(torch::kLong).contiguous();
    std::vector<std::vector<int64_t>> rows;
    for (int64_t r = 0; r < c.size(0); ++r) {
        const auto* row = c.data_ptr<int64_t>() + r * c.size(1);
        rows.emplace_back(row, row + c.size(1));
    }
    return rows;
}

std::string join(const std::vector<int64_t>& ids) {
    std::string s;
    for (const auto id : ids)
        s += (s.empty() ? "" : " ") + std::to_string(id);
    return s;
}

}  // namespace

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/marian";
    std::printf("fixtures: %s\n", dir.c_str());
    const auto inputs = SafetensorsFile::open(dir + "/inputs.safetensors");
    const auto outputs = SafetensorsFile::open(dir + "/outputs.safetensors");
    const auto source = rowsOf(inputs.tensor("input_ids"));

    Marian::Options options;
    // The reference ran on CPU in float32; SONARA_TEST_DEVICE can point the check elsewhere.
    const char* device = std::getenv("SONARA_TEST_DEVICE");
    options.device = device && *device ? device : "cpu";
    options.dtype = "fp32";
    const auto marian = Marian::load(dir, options);

    sonara::test::section("teacher-forced logits", [&] {
        const auto expected = outputs.tensor("logits");
        auto found = marian.logits(source, rowsOf(inputs.tensor("decoder_input_ids")));
        check(int64_t(found.size()) == expected.numel(), "logits size");
        const auto tensor = torch::from_blob(found.data(), expected.sizes(), torch::kFloat32);
        checkClose("logits [batch, decoder length, vocab]", maxAbsDiff(tensor, expected),
                   atolFor(dir, "logits"));
    });

    sonara::test::section("greedy decoding", [&] {
        const auto expected = rowsOf(outputs.tensor("greedy_sequence")).front();
        Marian::TranslateOptions greedy;
        greedy.beamSize = 1;
        greedy.maxNewTokens = int(expected.size()) - 1;
        // The reference appends argmax tokens without generate()'s processors; none of them
        // would change these tokens except the forced </s> at the last position.
        greedy.forceEndOfSentence = false;
        auto found = marian.generate(source, greedy).front();
        found.insert(found.begin(), marian.decoderStartTokenId());
        check(found == expected, "greedy_sequence equal exactly",
              join(found) + " vs " + join(expected));

        // Two copies of the source in one batch, one padded behind a longer neighbour: the pad
        // mask must keep the result unchanged.
        auto longer = source.front();
        longer.insert(longer.begin(), {5, 6, 7});
        const auto batch = marian.generate({longer, source.front()}, greedy);
        auto second = batch[1];
        second.insert(second.begin(), marian.decoderStartTokenId());
        check(second == expected, "greedy in a padded batch equals greedy alone",
              join(second) + " vs " + join(expected));
    });

    sonara::test::section("beam search", [&] {
        Marian::TranslateOptions beam;
        beam.beamSize = 4;
        beam.maxNewTokens = 12;
        const auto found = marian.generate(source, beam).front();
        check(!found.empty() && found.size() <= 12, "beam search returns at most 12 tokens",
              join(found));
        check(found.back() == marian.eosTokenId(), "beam search ends with </s> (forced at the end)",
              join(found));
        auto longer = source.front();
        longer.insert(longer.begin(), {5, 6, 7});
        check(marian.generate({longer, source.front()}, beam)[1] == found,
              "beam search in a padded batch equals beam search alone");
    });
    sonara::test::section("tokenizer (the project's fixture: make_tokenizer.sh)", [&] {
        // Expected ids: spm_encode's pieces looked up in vocab.json, unknown pieces as <unk> (1),
        // then </s> (0), as transformers' MarianTokenizer encodes.
        const auto project =
            Marian::load(std::string(SONARA_FIXTURES_DEFAULT) + "/marian", options);
        check(project.hasTokenizer(), "source.spm, target.spm and vocab.json load");
        check(project.encode("the cat sat") == std::vector<int64_t>{7, 3, 35, 20, 26, 20, 0},
              "encode: pieces through vocab.json, then </s>", join(project.encode("the cat sat")));
        const std::vector<int64_t> unknown = {2,  1,  12, 4, 28, 2,  1,  11, 27,
                                              15, 28, 31, 2, 1,  44, 41, 1,  0};
        check(project.encode("Guten Morgen, xyz!") == unknown, "encode: unknown pieces as <unk>",
              join(project.encode("Guten Morgen, xyz!")));
        check(project.decode({7, 3, 35, 20, 26, 20, 0, 127}) == "the cat sat",
              "decode joins pieces and skips </s> and <pad>",
              project.decode({7, 3, 35, 20, 26, 20, 0, 127}));
        const auto texts = project.translate({"the cat sat", "", "good morning"}, {});
        check(texts.size() == 3 && texts[1].empty(), "translate keeps order; empty stays empty");
    });
    sonara::test::section("generation settings as opus-mt publishes them", [&] {
        // An older opus-mt config.json carries the generation keys itself; a newer
        // generation_config.json overrides them.
        const auto config = Config::parse(R"({"d_model": 512, "vocab_size": 58101,
            "pad_token_id": 58100, "eos_token_id": 0, "decoder_start_token_id": 58100,
            "num_beams": 6, "max_length": 512, "bad_words_ids": [[58100]],
            "activation_function": "swish", "max_position_embeddings": 512})");
        const auto fromConfig = MarianConfig::fromConfig(config);
        check(fromConfig.numBeams == 6 && fromConfig.maxLength == 512 &&
                  fromConfig.badWordIds == std::vector<int64_t>{58100} &&
                  fromConfig.forcedEosTokenId == -1 && !fromConfig.renormalizeLogits,
              "config.json: num_beams, max_length, bad_words_ids");
        const auto generation = Config::parse(R"({"num_beams": 4, "max_length": 256,
            "forced_eos_token_id": 0, "renormalize_logits": true, "length_penalty": 0.6,
            "bad_words_ids": [[58100]]})");
        const auto both = MarianConfig::fromConfig(config, &generation);
        check(both.numBeams == 4 && both.maxLength == 256 && both.forcedEosTokenId == 0 &&
                  both.renormalizeLogits && both.lengthPenalty == 0.6,
              "generation_config.json overrides config.json");
        checkThrows(
            "an unknown activation is refused by name",
            [] { MarianConfig::fromConfig(Config::parse(R"({"activation_function": "mish"})")); },
            {"mish"});
    });
    return sonara::test::finish();
}
