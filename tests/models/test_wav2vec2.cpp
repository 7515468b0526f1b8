// Wav2Vec2 port: CTC greedy decoding and forced alignment on logit matrices whose answers are
// known, vocabulary and preprocessing files, and loader errors.

#include <torch/torch.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "check.h"
#include "models/common/array.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/wav2vec2/wav2vec2.h"
#include "models/wav2vec2/wav2vec2_config.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkThrows;
namespace fs = std::filesystem;

namespace {

// Real checkpoints' (facebook/wav2vec2-base-960h) token order.
const std::vector<std::string> kTokens = {
    "<pad>", "<s>", "</s>", "<unk>", "|", "E", "T", "A", "O", "N", "I", "H", "S", "R", "D", "L",
    "U",     "M",   "W",    "C",     "F", "G", "Y", "P", "B", "V", "K", "'", "X", "J", "Q", "Z"};

void writeVocab(const std::string& path) {
    std::ofstream out(path);
    out << "{";
    for (size_t i = 0; i < kTokens.size(); ++i) {
        out << (i ? ", " : "") << "\"" << kTokens[i] << "\": " << i;
    }
    out << "}";
}

CtcVocabulary vocabulary() {
    CtcVocabulary v;
    v.tokens = kTokens;
    v.blank = 0;
    v.delimiter = 4;
    return v;
}

int64_t id(const std::string& token) {
    return std::find(kTokens.begin(), kTokens.end(), token) - kTokens.begin();
}

// One frame per entry, the named token scoring `high` and everything else 0.
FloatArray framesOf(const std::vector<std::string>& frames, float high = 5.0f) {
    FloatArray logits({static_cast<int64_t>(frames.size()), static_cast<int64_t>(kTokens.size())});
    for (size_t t = 0; t < frames.size(); ++t)
        logits.data[t * kTokens.size() + static_cast<size_t>(id(frames[t]))] = high;
    return logits;
}

bool near(double a, double b) {
    return std::abs(a - b) < 1e-9;
}

void copyFixture(const std::string& from, const std::string& to) {
    fs::create_directories(to);
    for (const auto* name : {"config.json", "model.safetensors"})
        fs::copy_file(from + "/" + name, to + "/" + name);
}

FloatArray testAudio(int64_t samples) {
    FloatArray audio({samples});
    for (int64_t i = 0; i < samples; ++i)
        audio.data[i] = 0.3f * std::sin(0.01f * i) + 0.05f * std::sin(0.37f * i) + 0.2f;
    return audio;
}

}  // namespace

int main() {
    const double frame = 0.02;

    sonara::test::section("greedy CTC decode", [&] {
        // "THE CAT": repeats merge, blanks separate the doubled letter, "|" splits words.
        const auto logits = framesOf({"<pad>", "T", "T", "H", "E", "<pad>", "|", "|", "C", "A",
                                      "<pad>", "T", "T", "<pad>", "<pad>"});
        const auto result = ctcGreedyDecode(logits, vocabulary(), frame);
        check(result.text == "THE CAT", "transcript", result.text);
        check(result.words.size() == 2, "two words");
        if (result.words.size() == 2) {
            check(
                near(result.words[0].start, 0.02) && near(result.words[0].end, 0.10),
                "THE spans frames 1-4",
                std::to_string(result.words[0].start) + "-" + std::to_string(result.words[0].end));
            check(
                near(result.words[1].start, 0.16) && near(result.words[1].end, 0.26),
                "CAT spans frames 8-12",
                std::to_string(result.words[1].start) + "-" + std::to_string(result.words[1].end));
        }
        const auto doubled =
            ctcGreedyDecode(framesOf({"E", "E", "<pad>", "E"}), vocabulary(), frame);
        check(doubled.text == "EE", "a blank between repeats keeps both letters", doubled.text);
        const auto special =
            ctcGreedyDecode(framesOf({"A", "<s>", "A", "<unk>", "|", "B"}), vocabulary(), frame);
        check(special.text == "AA B", "special tokens carry no text", special.text);
    });

    sonara::test::section("CTC forced alignment", [&] {
        // The known path: T 2-3, O 4, blank 5, O 6, blank 7, | 8, G 9, O 10, blanks after.
        auto logits = framesOf({"<pad>", "<pad>", "T", "T", "O", "<pad>", "O", "<pad>", "|", "G",
                                "O", "<pad>", "<pad>"});
        // Frame 5 prefers "A" over the blank that must separate the two O's.
        logits.data[5 * kTokens.size() + static_cast<size_t>(id("A"))] = 7.0f;
        // Frame 9 prefers "E" over the "G" the transcript needs.
        logits.data[9 * kTokens.size() + static_cast<size_t>(id("E"))] = 6.0f;
        const auto words = ctcForcedAlign(logits, vocabulary(), splitWords("too go"), frame);
        check(words.size() == 2, "two words aligned");
        if (words.size() == 2) {
            check(words[0].text == "too" && near(words[0].start, 0.04) && near(words[0].end, 0.14),
                  "too spans frames 2-6",
                  std::to_string(words[0].start) + "-" + std::to_string(words[0].end));
            check(words[1].text == "go" && near(words[1].start, 0.18) && near(words[1].end, 0.22),
                  "go spans frames 9-10",
                  std::to_string(words[1].start) + "-" + std::to_string(words[1].end));
        }
        checkThrows<Error>("too few frames for the transcript",
                           [&] {
                               ctcForcedAlign(framesOf({"T", "O"}), vocabulary(), {"too"}, frame);
                           },
                           {"at least 4 frames", "gives 2"});
        checkThrows<Error>("a character outside the vocabulary",
                           [&] { ctcForcedAlign(logits, vocabulary(), {"t0o"}, frame); },
                           {"\"0\"", "t0o"});
        checkThrows<Error>("logits that do not match the vocabulary",
                           [&] {
                               ctcGreedyDecode(FloatArray({3, 5}), vocabulary(), frame);
                           },
                           {"5 classes", "32 tokens"});
    });

    const std::string fixture = sonara::test::fixturesDir() + "/wav2vec2_base";
    sonara::test::section("vocabulary and preprocessing files", [&] {
        sonara::test::TempDir dir("wav2vec2");
        copyFixture(fixture, dir.path);
        Wav2Vec2::Options options;
        options.device = "cpu";
        const auto bare = Wav2Vec2::load(dir.path, options);
        check(!bare.hasVocabulary(), "no vocab.json: no vocabulary");
        checkThrows<Error>("transcribe without vocab.json",
                           [&] { bare.transcribe(testAudio(8000)); }, {"vocab.json"});
        check(near(bare.frameSeconds(), 0.02), "20 ms frames");

        writeVocab(dir.file("vocab.json"));
        const auto model = Wav2Vec2::load(dir.path, options);
        check(model.hasVocabulary() && model.vocabulary().delimiter == 4 &&
                  model.vocabulary().tokens[7] == "A",
              "vocab.json read");
        const auto audio = testAudio(16000);
        const auto logits = model.logits(audio);
        check(logits.shape == std::vector<int64_t>{49, 32}, "logits [frames, vocab]",
              logits.shapeString());
        const auto transcript = model.transcribe(audio);
        const auto expected = ctcGreedyDecode(logits, model.vocabulary(), 0.02);
        check(transcript.text == expected.text, "transcribe is greedy decoding of logits()");
        for (const auto& w : transcript.words) {
            check(w.start >= 0.0 && w.start < w.end && w.end <= 49 * 0.02 + 1e-9,
                  "word \"" + w.text + "\" inside the audio");
        }
        const auto aligned = model.align(audio, "the cat sat");
        bool ordered = aligned.size() == 3;
        for (size_t i = 0; ordered && i < aligned.size(); ++i) {
            ordered = aligned[i].start < aligned[i].end &&
                      (i == 0 || aligned[i - 1].end <= aligned[i].start);
        }
        check(ordered, "aligned words are ordered and non-overlapping");

        // do_normalize: the model sees zero-mean unit-variance audio.
        {
            std::ofstream pre(dir.file("preprocessor_config.json"));
            pre << R"({"do_normalize": true, "sampling_rate": 16000})";
        }
        const auto normalizing = Wav2Vec2::load(dir.path, options);
        double mean = 0.0, var = 0.0;
        for (float v : audio.data)
            mean += v;
        mean /= audio.numel();
        for (float v : audio.data)
            var += (v - mean) * (v - mean);
        var /= audio.numel();
        auto scaled = audio;
        for (auto& v : scaled.data)
            v = static_cast<float>((v - mean) / std::sqrt(var + 1e-7));
        const auto a = normalizing.logits(audio);
        const auto b = model.logits(scaled);
        double diff = 0.0;
        for (size_t i = 0; i < a.data.size(); ++i)
            diff = std::max(diff, static_cast<double>(std::abs(a.data[i] - b.data[i])));
        checkClose("do_normalize matches normalising by hand", diff, 1e-4);

        checkThrows<Error>("audio shorter than the receptive field",
                           [&] { model.logits(testAudio(100)); }, {"at least 400 samples"});
    });

    sonara::test::section("loader errors", [&] {
        sonara::test::TempDir dir("wav2vec2-bad");
        copyFixture(fixture, dir.path);
        std::ifstream in(dir.file("config.json"));
        std::string config((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto at = config.find("\"num_hidden_layers\": 2");
        check(at != std::string::npos, "fixture config has num_hidden_layers 2");
        if (at != std::string::npos) {
            config.replace(at, std::string("\"num_hidden_layers\": 2").size(),
                           "\"num_hidden_layers\": 3");
            std::ofstream(dir.file("config.json")) << config;
            checkThrows<Error>("a layer missing from the checkpoint",
                               [&] { Wav2Vec2::load(dir.path); },
                               {"wav2vec2.encoder.layers.2.attention.q_proj.weight"});
        }
        checkThrows<Error>(
            "mismatched conv lists",
            [&] {
                Wav2Vec2Config::fromConfig(Config::parse(
                    R"({"conv_dim": [4, 4], "conv_kernel": [3], "conv_stride": [2]})"));
            },
            {"conv_dim", "2, 1 and 1"});
        checkThrows<Error>(
            "unknown feat_extract_norm",
            [&] { Wav2Vec2Config::fromConfig(Config::parse(R"({"feat_extract_norm": "batch"})")); },
            {"feat_extract_norm", "batch"});
    });
    return sonara::test::finish();
}
