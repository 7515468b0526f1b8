// The T5 tokenizer through libsentencepiece (loaded at run time by way of libsonara_sentencepiece):
// ids equal Google's spm_encode's plus </s> for the fixture's spiece.model, errors name the file,
// and a libtorch program that tokenizes keeps working (linking libsentencepiece crashed it).

#include <torch/types.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

#include "check.h"
#include "models/common/error.h"
#include "models/t5/t5_tokenizer.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkThrows;

namespace {

std::string idsString(const std::vector<int64_t>& ids) {
    std::string out;
    for (const auto id : ids)
        out += (out.empty() ? "" : " ") + std::to_string(id);
    return out;
}

}  // namespace

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/musicgen";
    std::printf("fixtures: %s\n", dir.c_str());

    // First, while nothing is loaded yet: a library that is not there is named.
    sonara::test::section("a missing SentencePiece library", [&] {
        setenv("SONARA_SENTENCEPIECE_SHIM", "/nonexistent/libsonara_sentencepiece.so", 1);
        checkThrows<Error>(
            "the missing library is named", [&] { T5Tokenizer::load(dir); },
            {"/nonexistent/libsonara_sentencepiece.so", "SONARA_SENTENCEPIECE_SHIM"});
        unsetenv("SONARA_SENTENCEPIECE_SHIM");
        check(!sentencePieceShimCandidates().empty(), "the build knows where the library is");
    });

    sonara::test::section("ids as spm_encode gives them, with </s>", [&] {
        const auto tokenizer = T5Tokenizer::load(dir);
        check(tokenizer.eosId() == 1 && tokenizer.padId() == 0, "</s> is 1 and <pad> is 0");
        check(tokenizer.pieceCount() == 96, "96 pieces", std::to_string(tokenizer.pieceCount()));
        std::ifstream file(dir + "/tokenizer_ids.json");
        const auto expected = nlohmann::json::parse(file);
        check(expected.at("cases").size() >= 8, "the fixture has its cases");
        for (const auto& item : expected.at("cases")) {
            const auto text = item.at("text").get<std::string>();
            const auto want = item.at("ids").get<std::vector<int64_t>>();
            const auto got = tokenizer.encode(text);
            check(got == want, "\"" + text + "\"",
                  got == want ? idsString(got) : idsString(got) + " vs " + idsString(want));
        }
        // Copies share the loaded model; a second load of the same file agrees.
        const auto copy = tokenizer;
        check(copy.encode("happy") == T5Tokenizer::load(dir + "/spiece.model").encode("happy"),
              "a directory and its spiece.model load the same tokenizer");
    });

    sonara::test::section("libtorch keeps working beside libsentencepiece", [&] {
        const auto sum = torch::arange(10, torch::kFloat32).sum().item<float>();
        check(sum == 45.0f, "a tensor op after tokenizing", std::to_string(sum));
    });

    sonara::test::section("bad files", [&] {
        sonara::test::TempDir tmp("t5-tokenizer");
        checkThrows<Error>("a folder without spiece.model is named",
                           [&] { T5Tokenizer::load(tmp.path); }, {tmp.file("spiece.model")});
        std::ofstream(tmp.file("spiece.model")) << "not a sentencepiece model";
        checkThrows<Error>("a broken spiece.model is named", [&] { T5Tokenizer::load(tmp.path); },
                           {tmp.file("spiece.model"), "SentencePiece"});
    });
    return sonara::test::finish();
}
