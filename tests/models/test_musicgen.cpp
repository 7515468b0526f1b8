// MusicGen behaviour beyond parity: the delay pattern, seeded sampling, checkpoint errors and
// cancellation, on the reference fixture's tiny model.

#include <torch/torch.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "check.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/encodec/encodec.h"
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

// Frames [from, from + count) of codes [batch, codebooks, frames].
EncodecCodes framesOf(const EncodecCodes& codes, int64_t from, int64_t count) {
    const auto t =
        torch::from_blob(const_cast<int64_t*>(codes.data.data()), codes.shape, torch::kLong)
            .narrow(2, from, count)
            .contiguous();
    return EncodecCodes{t.sizes().vec(), std::vector<int64_t>(t.data_ptr<int64_t>(),
                                                              t.data_ptr<int64_t>() + t.numel())};
}

torch::Tensor tensorOf(const FloatArray& a) {
    return torch::from_blob(const_cast<float*>(a.data.data()), a.shape, torch::kFloat32);
}

// Windows of 20 frames, each after the first prompted by the 5 frames before it.
MusicGen::GenerateOptions windowed(uint64_t seed, int64_t frames) {
    auto options = sampling(seed);
    options.maxNewFrames = frames;
    options.windowSeconds = 0.4;
    options.contextSeconds = 0.1;
    return options;
}

// The fixture directory with one file left out.
void copyExcept(const std::string& from, const std::string& to, const std::string& skipped) {
    for (const auto& entry : std::filesystem::directory_iterator(from)) {
        if (entry.path().filename() != skipped)
            std::filesystem::copy_file(entry.path(), to / entry.path().filename());
    }
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

        // Top-p keeps the fewest best codes reaching p: a tiny p keeps only the best one, which
        // is what greedy decoding picks; a p near 1 still samples.
        auto nucleus = sampling(7);
        nucleus.topP = 1e-6;
        auto greedy = nucleus;
        greedy.greedy = true;
        const auto best = musicgen.generate(prompt(), greedy).codes.data;
        check(musicgen.generate(prompt(), nucleus).codes.data == best,
              "a tiny top-p samples the greedy codes");
        nucleus.topP = 0.95;
        const auto wide = musicgen.generate(prompt(), nucleus).codes.data;
        check(wide == musicgen.generate(prompt(), nucleus).codes.data && wide != best,
              "top-p 0.95 samples repeatably, not greedily");

        auto seconds = sampling(7);
        seconds.maxNewFrames = 0;
        seconds.seconds = 0.1;
        check(musicgen.generate(prompt(), seconds).codes.shape.back() == 5,
              "0.1 s at 50 frames per second is 5 frames");
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

    sonara::test::section("text prompts through spiece.model", [&] {
        MusicGen::Options options;
        options.device = "cpu";
        const auto musicgen = MusicGen::load(dir, options);
        check(musicgen.hasTokenizer(), "the fixture has spiece.model");
        std::ifstream file(dir + "/tokenizer_ids.json");
        const auto cases = nlohmann::json::parse(file).at("cases");
        const auto happy = cases.at(5).at("ids").get<std::vector<int64_t>>();
        const auto first = cases.at(0).at("ids").get<std::vector<int64_t>>();
        const auto tokens = musicgen.tokenize({"happy", cases.at(0).at("text")});
        const int64_t longest = static_cast<int64_t>(first.size());
        check(tokens.shape == std::vector<int64_t>({2, longest}), "two prompts, padded",
              FloatArray::shapeString(tokens.shape));
        check(std::equal(happy.begin(), happy.end(), tokens.ids.begin()) &&
                  tokens.ids[happy.size()] == 0 && tokens.mask[happy.size() - 1] == 1 &&
                  tokens.mask[happy.size()] == 0,
              "ids as spm_encode gives them, then <pad> masked out");
        const MusicGen::Tokens ids{{1, static_cast<int64_t>(happy.size())}, happy, {}};
        check(musicgen.generate({"happy"}, sampling(4)).codes.data ==
                  musicgen.generate(ids, sampling(4)).codes.data,
              "a text prompt generates what its ids generate");

        sonara::test::TempDir tmp("musicgen-no-spiece");
        copyExcept(dir, tmp.path, "spiece.model");
        const auto without = MusicGen::load(tmp.path, options);
        check(!without.hasTokenizer(), "no spiece.model, no tokenizer");
        checkThrows<Error>("text prompts need spiece.model",
                           [&] { without.generate(std::vector<std::string>{"jazz"}, sampling(1)); },
                           {"spiece.model", "token ids"});
    });

    sonara::test::section("windowed continuation", [&] {
        MusicGen::Options options;
        options.device = "cpu";
        options.dtype = "fp32";
        const auto musicgen = MusicGen::load(dir, options);
        auto greedy = windowed(0, 40);
        greedy.greedy = true;
        const auto whole = musicgen.generate(prompt(), greedy);
        check(whole.codes.shape == std::vector<int64_t>({1, 4, 40}), "40 frames",
              whole.codes.shapeString());
        const bool planned = whole.windows.size() == 3 && whole.windows[1].start == 20 &&
                             whole.windows[1].contextFrames == 5 &&
                             whole.windows[1].newFrames == 15 && whole.windows[2].start == 35 &&
                             whole.windows[2].newFrames == 5;
        check(planned, "windows of 20 frames: 0-20, then 20-35 and 35-40 after 5 frames each",
              std::to_string(whole.windows.size()) + " windows");

        // Window 2 is what continuing window 1's last 5 codes gives: it starts from exactly
        // there, and its frames follow window 1's with nothing left out or repeated.
        auto next = greedy;
        next.maxNewFrames = 15;
        const auto continued = musicgen.continueCodes(prompt(), framesOf(whole.codes, 15, 5), next);
        check(continued.promptFrames == 5 &&
                  framesOf(continued.codes, 0, 5).data == framesOf(whole.codes, 15, 5).data,
              "a continuation starts with its prompt codes");
        check(framesOf(continued.codes, 5, 15).data == framesOf(whole.codes, 20, 15).data,
              "window 2 continues exactly from window 1's last 5 codes");
        const auto elsewhere = musicgen.continueCodes(prompt(), framesOf(whole.codes, 3, 5), next);
        check(framesOf(elsewhere.codes, 5, 15).data != framesOf(continued.codes, 5, 15).data,
              "other context codes continue otherwise (the prompt is read)");
        auto single = greedy;
        single.maxNewFrames = 20;
        check(musicgen.generate(prompt(), single).codes.data == framesOf(whole.codes, 0, 20).data,
              "window 1 is a plain generation of its 20 frames");

        // The audio is one decode of the joined codes: 40 frames' samples, no gap, no repeat.
        check(whole.audio.shape == std::vector<int64_t>({1, 1, 40 * 640}),
              "audio of exactly 40 frames", whole.audio.shapeString());
        const auto config =
            EncodecConfig::fromConfig(sonara::models::Config::load(dir).child("audio_encoder"));
        Encodec::Options codecOptions;
        codecOptions.device = "cpu";
        codecOptions.dtype = "fp32";
        const auto codec = Encodec::load(dir, "audio_encoder.", config, codecOptions);
        const auto decodedArray = codec.decode(whole.codes);
        const auto decoded = tensorOf(decodedArray);
        const auto audio = tensorOf(whole.audio);
        const double diff = (decoded - audio).abs().max().item<double>();
        check(diff < 1e-5, "the joined audio is the decode of the joined codes",
              "max abs diff " + std::to_string(diff) + ", peak " +
                  std::to_string(audio.abs().max().item<double>()));
        const auto seam = audio.narrow(2, 20 * 640 - 320, 640);
        check(seam.abs().max().item<double>() > 0.0, "the seam is not silent");

        // Sampled: the same seed gives the same windows, another seed others.
        const auto a = musicgen.generate(prompt(), windowed(11, 40));
        const auto b = musicgen.generate(prompt(), windowed(11, 40));
        const auto c = musicgen.generate(prompt(), windowed(12, 40));
        check(a.codes.data == b.codes.data && a.audio.data == b.audio.data,
              "the same seed gives the same windowed codes and audio");
        check(framesOf(a.codes, 20, 20).data != framesOf(c.codes, 20, 20).data,
              "another seed gives other codes in later windows");
        auto fewer = windowed(11, 20);
        check(musicgen.generate(prompt(), fewer).codes.data == framesOf(a.codes, 0, 20).data,
              "the first window samples as a single window would");
        const auto seeded =
            musicgen.continueCodes(prompt(), framesOf(a.codes, 15, 5), windowed(11, 15));
        check(framesOf(seeded.codes, 5, 15).data != framesOf(a.codes, 20, 15).data,
              "later windows draw other random numbers than the first");
    });

    sonara::test::section("audio prompt", [&] {
        MusicGen::Options options;
        options.device = "cpu";
        options.dtype = "fp32";
        const auto musicgen = MusicGen::load(dir, options);
        auto greedy = sampling(0);
        greedy.greedy = true;
        greedy.maxNewFrames = 12;
        const auto source = musicgen.generate(prompt(), greedy);
        // 100 samples more than 12 frames: the prompt keeps the last 12 whole frames.
        FloatArray clip({1, 1, 12 * 640 + 100});
        std::copy(source.audio.data.begin(), source.audio.data.end(), clip.data.begin() + 100);
        const auto config =
            EncodecConfig::fromConfig(sonara::models::Config::load(dir).child("audio_encoder"));
        Encodec::Options codecOptions;
        codecOptions.device = "cpu";
        const auto codec = Encodec::load(dir, "audio_encoder.", config, codecOptions);
        // The fixture's codec holds more codebooks than the decoder reads; residual
        // quantization makes the first ones the same whatever the count.
        const auto all = codec.encode(source.audio, config.targetBandwidths.front());
        const auto first4 =
            torch::from_blob(const_cast<int64_t*>(all.data.data()), all.shape, torch::kLong)
                .narrow(1, 0, 4)
                .contiguous();
        const EncodecCodes encoded{
            first4.sizes().vec(),
            std::vector<int64_t>(first4.data_ptr<int64_t>(),
                                 first4.data_ptr<int64_t>() + first4.numel())};

        auto more = greedy;
        more.maxNewFrames = 8;
        const auto result = musicgen.continueAudio(prompt(), clip, more);
        check(result.promptFrames == 12 && result.codes.shape == std::vector<int64_t>({1, 4, 20}),
              "12 prompt frames and 8 new", result.codes.shapeString());
        check(framesOf(result.codes, 0, 12).data == encoded.data,
              "the prompt frames are EnCodec's codes of the clip's last whole frames");
        check(result.codes.data == musicgen.continueCodes(prompt(), encoded, more).codes.data,
              "continuing the audio continues its codes");
        check(result.audio.shape == std::vector<int64_t>({1, 1, 20 * 640}),
              "audio of the prompt's frames and the new ones", result.audio.shapeString());

        checkThrows<Error>("a stereo prompt for a mono model is refused",
                           [&] {
                               musicgen.continueAudio(prompt(), FloatArray({2, 6400}), more);
                           },
                           {"audio prompt", "[2, 6400]"});
        checkThrows<Error>("a prompt shorter than a frame is refused",
                           [&] {
                               musicgen.continueAudio(prompt(), FloatArray({1, 100}), more);
                           },
                           {"shorter than one code frame"});
        FloatArray bad({1, 1280});
        bad.data[7] = std::nanf("");
        checkThrows<Error>("a prompt with NaN is refused",
                           [&] { musicgen.continueAudio(prompt(), bad, more); }, {"finite"});
        checkThrows<Error>(
            "codes outside the codebook are refused",
            [&] {
                musicgen.continueCodes(prompt(), EncodecCodes{{1, 4, 1}, {0, 1, 64, 2}}, more);
            },
            {"64", "codebook"});
    });

    sonara::test::section("loop", [&] {
        MusicGen::Options options;
        options.device = "cpu";
        options.dtype = "fp32";
        const auto musicgen = MusicGen::load(dir, options);
        auto loop = sampling(5);
        loop.maxNewFrames = 20;
        loop.loop = true;
        loop.loopCrossfadeSeconds = 0.1;  // 5 frames, 3200 samples
        auto plain = sampling(5);
        plain.maxNewFrames = 25;
        const auto looped = musicgen.generate(prompt(), loop);
        const auto straight = musicgen.generate(prompt(), plain);
        check(looped.codes.data == straight.codes.data,
              "a loop generates its crossfade's frames past the end");
        check(looped.audio.shape == std::vector<int64_t>({1, 1, 20 * 640}),
              "the loop lasts exactly its 20 frames", looped.audio.shapeString());
        const auto l = tensorOf(looped.audio)[0][0];
        const auto s = tensorOf(straight.audio)[0][0];
        const int64_t n = 20 * 640, x = 5 * 640;
        check(torch::equal(l.narrow(0, x, n - x), s.narrow(0, x, n - x)),
              "after the crossfade the audio is as generated");
        check(l[0].item<float>() == s[n].item<float>(),
              "the wrap-around goes on with the sample that followed the end");
        const auto t = torch::arange(x, torch::kFloat32) / static_cast<double>(x);
        const auto expected = s.narrow(0, 0, x) * torch::sin(t * (M_PI / 2)) +
                              s.narrow(0, n, x) * torch::cos(t * (M_PI / 2));
        check((l.narrow(0, 0, x) - expected).abs().max().item<double>() < 1e-6,
              "the start is an equal-power crossfade of the tail into the beginning");
        auto tooLong = loop;
        tooLong.loopCrossfadeSeconds = 1.0;
        checkThrows<Error>("a crossfade longer than the music is refused",
                           [&] { musicgen.generate(prompt(), tooLong); }, {"loopCrossfadeSeconds"});
    });

    sonara::test::section("option errors", [&] {
        MusicGen::Options options;
        options.device = "cpu";
        const auto musicgen = MusicGen::load(dir, options);
        auto context = windowed(1, 10);
        context.contextSeconds = 0.5;
        checkThrows<Error>("context as long as the window is refused",
                           [&] { musicgen.generate(prompt(), context); },
                           {"contextSeconds", "windowSeconds"});
        auto seconds = sampling(1);
        seconds.maxNewFrames = 0;
        seconds.seconds = -1;
        checkThrows<Error>("negative seconds are refused",
                           [&] { musicgen.generate(prompt(), seconds); }, {"seconds", "-1"});
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

        // Mid-way through a later window: the next decoding step stops it.
        fractions.clear();
        musicgen.generate(prompt(), windowed(3, 40), [&](double fraction, std::string_view) {
            fractions.push_back(fraction);
            return true;
        });
        check(std::is_sorted(fractions.begin(), fractions.end()) && fractions.back() == 1.0,
              "progress rises steadily over the windows");
        using Clock = std::chrono::steady_clock;
        Clock::time_point refused;
        int after = 0;
        checkThrows<Cancelled>("returning false cancels within a later window", [&] {
            musicgen.generate(prompt(), windowed(3, 40), [&](double fraction, std::string_view) {
                if (refused != Clock::time_point()) {
                    ++after;
                    return false;
                }
                if (fraction < 0.7)
                    return true;
                refused = Clock::now();
                return false;
            });
        });
        const double seconds = std::chrono::duration<double>(Clock::now() - refused).count();
        check(after == 0 && seconds < 1.0, "cancelled at once",
              std::to_string(seconds) + " s, " + std::to_string(after) + " later reports");
    });
    return sonara::test::finish();
}
