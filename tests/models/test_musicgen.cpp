// MusicGen behaviour beyond parity: the delay pattern, seeded sampling, checkpoint errors and
// cancellation, on the reference fixture's tiny model.

#include <torch/torch.h>

#include <filesystem>

#include "check.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/musicgen/musicgen.h"
#include "models/musicgen/musicgen_delay.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkThrows;

namespace {

MusicGen::Tokens prompt() {
    return MusicGen::Tokens{{1, 5}, {5, 17, 33, 8, 1}, {1, 1, 1, 1, 1}};
}

MusicGen::GenerateOptions sampling(uint64_t seed) {
    MusicGen::GenerateOptions options;
    options.maxNewFrames = 8;
    options.guidanceScale = 3.0;
    options.topK = 20;
    options.seed = seed;
    return options;
}

// The fixture directory with one tensor left out of model.safetensors.
void copyWithout(const std::string& from, const std::string& to, const std::string& missing) {
    for (const auto& entry : std::filesystem::directory_iterator(from)) {
        if (entry.path().filename() != "model.safetensors")
            std::filesystem::copy_file(entry.path(), to / entry.path().filename());
    }
    const auto file = SafetensorsFile::open(from + "/model.safetensors");
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (const auto& name : file.names()) {
        if (name != missing)
            tensors.emplace_back(name, file.tensor(name));
    }
    writeSafetensors(to + "/model.safetensors", tensors);
}

}  // namespace

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/musicgen";
    std::printf("fixtures: %s\n", dir.c_str());

    sonara::test::section("delay pattern", [&] {
        const int64_t codebooks = 4;
        const int64_t pad = 64;
        const auto codes = torch::randint(0, 64, {2, codebooks, 7}, torch::kLong);
        const auto delayed = delayCodes(codes, pad);
        check(delayed.sizes() == torch::IntArrayRef({2, codebooks, 11}), "delayed shape",
              shapeString(delayed.sizes()));
        check(torch::equal(undelayCodes(delayed), codes), "undo(delay(codes)) == codes");

        const auto pattern = delayPatternMask(codebooks, 11, pad, torch::kCPU);
        check(torch::equal(applyDelayPattern(delayed, pattern), delayed),
              "the pattern keeps a delayed sequence as it is");
        check(pattern.eq(-1).sum().item<int64_t>() == codebooks * 7,
              "the pattern leaves frames x codebooks positions to the model");
        // Codebook k starts k + 1 positions in: position 0 is the start token for all.
        check(pattern.select(1, 0).eq(pad).all().item<bool>() &&
                  pattern[0][1].item<int64_t>() == -1 && pattern[3][3].item<int64_t>() == pad &&
                  pattern[3][4].item<int64_t>() == -1,
              "codebook k is delayed by k + 1 positions");

        const auto noise = torch::randint(0, 64, {2, codebooks, 11}, torch::kLong);
        const auto masked = applyDelayPattern(noise, pattern);
        check(torch::equal(delayCodes(undelayCodes(masked), pad), masked),
              "a masked sequence round-trips through undo and delay");
        checkThrows<Error>("too short a sequence is refused",
                           [&] { delayPatternMask(codebooks, codebooks, pad, torch::kCPU); });
    });

    sonara::test::section("seeded sampling", [&] {
        MusicGen::Options options;
        options.device = "cpu";
        const auto musicgen = MusicGen::load(dir, options);
        const auto a = musicgen.generate(prompt(), sampling(7));
        const auto b = musicgen.generate(prompt(), sampling(7));
        const auto c = musicgen.generate(prompt(), sampling(8));
        check(a.codes.shape == std::vector<int64_t>({1, 4, 8}), "codes [batch, codebooks, frames]",
              a.codes.shapeString());
        check(a.audio.shape == std::vector<int64_t>({1, 1, 8 * 640}),
              "audio [batch, channels, frames * hop]", a.audio.shapeString());
        check(a.codes.data == b.codes.data && a.audio.data == b.audio.data,
              "the same seed gives the same codes and audio");
        check(a.codes.data != c.codes.data, "another seed gives other codes");

        // The fixture's tiny random model barely attends to its text: its greedy codes are the
        // same with and without guidance 3, so parity cannot tell whether guidance runs at all.
        // A very strong scale must change them.
        auto unguided = sampling(7);
        unguided.greedy = true;
        unguided.guidanceScale = 1.0;
        auto guided = unguided;
        guided.guidanceScale = 1000.0;
        check(musicgen.generate(prompt(), unguided).codes.data !=
                  musicgen.generate(prompt(), guided).codes.data,
              "guidance changes greedy codes");

        auto seconds = sampling(7);
        seconds.maxNewFrames = 0;
        seconds.seconds = 0.1;
        check(musicgen.generate(prompt(), seconds).codes.shape.back() == 5,
              "0.1 s at 50 frames per second is 5 frames");
        checkThrows<Error>(
            "text prompts need a tokenizer",
            [&] { musicgen.generate(std::vector<std::string>{"jazz"}, sampling(1)); },
            {"token ids"});
        auto bad = prompt();
        bad.ids[2] = 100;
        checkThrows<Error>("an out-of-vocabulary token is refused",
                           [&] { musicgen.generate(bad, sampling(1)); }, {"100", "vocabulary"});
    });

    sonara::test::section("checkpoint errors", [&] {
        for (const std::string missing : {"decoder.model.decoder.layers.1.fc2.weight",
                                          "text_encoder.encoder.final_layer_norm.weight"}) {
            sonara::test::TempDir tmp("musicgen-missing");
            copyWithout(dir, tmp.path, missing);
            // The loader strips the family prefix from names it reports.
            const auto reported = missing.substr(missing.find('.') + 1);
            checkThrows<Error>("missing " + missing + " is named",
                               [&] { MusicGen::load(tmp.path); }, {reported});
        }
    });

    sonara::test::section("progress and cancellation", [&] {
        MusicGen::Options options;
        options.device = "cpu";
        const auto musicgen = MusicGen::load(dir, options);
        std::vector<double> fractions;
        musicgen.generate(prompt(), sampling(3), [&](double fraction, std::string_view) {
            fractions.push_back(fraction);
            return true;
        });
        check(!fractions.empty() && std::is_sorted(fractions.begin(), fractions.end()) &&
                  fractions.back() == 1.0,
              "progress rises to 1", std::to_string(fractions.size()) + " reports");
        int calls = 0;
        checkThrows<Cancelled>("returning false cancels generation", [&] {
            musicgen.generate(prompt(), sampling(3),
                              [&](double, std::string_view) { return ++calls < 4; });
        });
        check(calls == 4, "no progress after cancelling", std::to_string(calls) + " calls");
    });
    return sonara::test::finish();
}
