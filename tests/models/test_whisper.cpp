// Whisper pieces without reference outputs: config reading, the BPE tokenizer, the timestamp
// rules, sampling and the temperature fallback, word alignment (DTW, words, punctuation) and
// transcribe() end to end on a checkpoint folder laid out like a real one.

#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>

#include "check.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/whisper/whisper.h"
#include "models/whisper/whisper_alignment.h"
#include "models/whisper/whisper_config.h"
#include "models/whisper/whisper_decoding.h"
#include "models/whisper/whisper_fallback.h"
#include "models/whisper/whisper_model.h"
#include "models/whisper/whisper_search.h"
#include "models/whisper/whisper_tokenizer.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkEqual;
using sonara::test::checkThrows;

namespace {

// GPT-2's bytes_to_unicode, written out independently of the tokenizer under test.
std::vector<std::string> byteAlphabet() {
    std::vector<std::string> table(256);
    int extra = 0;
    for (int b = 0; b < 256; ++b) {
        const bool printable =
            (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
        const int cp = printable ? b : 256 + extra++;
        std::string s;
        if (cp < 0x80) {
            s += static_cast<char>(cp);
        } else {
            s += static_cast<char>(0xC0 | (cp >> 6));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        }
        table[static_cast<size_t>(b)] = s;
    }
    return table;
}

// Token layout of a real multilingual checkpoint, shrunk into the fixture's 384 ids: text 0..299,
// <|endoftext|> 300, <|startoftranscript|> 301, <|startofprev|> 302, <|notimestamps|> 303,
// timestamps <|0.00|>.. from 304.
constexpr int64_t kEot = 300, kSot = 301, kPrev = 302, kNoTs = 303, kTsBegin = 304;

struct TinyTokenizer {
    nlohmann::json vocab = nlohmann::json::object();
    std::vector<std::string> merges;
    std::map<std::string, int64_t> added;
};

TinyTokenizer tinyTokenizer() {
    TinyTokenizer t;
    const auto bytes = byteAlphabet();
    for (int b = 0; b < 256; ++b)
        t.vocab[bytes[static_cast<size_t>(b)]] = b;
    int64_t next = 256;
    for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
             {"\xC4\xA0", "t"}, {"h", "e"}, {"\xC4\xA0t", "he"}, {"l", "l"}, {"he", "ll"}}) {
        t.merges.push_back(a + " " + b);
        t.vocab[a + b] = next++;
    }
    // Text ids up to <|endoftext|> all decode, as in a real vocabulary.
    while (next < kEot) {
        t.vocab["zz" + std::to_string(next)] = next;
        ++next;
    }
    t.added = {{"<|endoftext|>", kEot},
               {"<|startoftranscript|>", kSot},
               {"<|startofprev|>", kPrev},
               {"<|notimestamps|>", kNoTs}};
    for (int64_t id = kTsBegin; id < 384; ++id) {
        char text[32];
        std::snprintf(text, sizeof text, "<|%.2f|>", 0.02 * static_cast<double>(id - kTsBegin));
        t.added[text] = id;
    }
    return t;
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// A checkpoint folder like a hub download: the fixture's weights and config, a generation
// config with the layout above, and tokenizer files in the chosen format.
// kNoSpeech, when asked for, takes over a text id as <|nospeech|>.
constexpr int64_t kNoSpeech = 299;
void writeCheckpoint(const std::string& dir, bool tokenizerJson, bool withNoSpeech = false) {
    namespace fs = std::filesystem;
    const auto fixture = sonara::test::fixturesDir() + "/whisper";
    fs::copy_file(fixture + "/config.json", dir + "/config.json");
    fs::copy_file(fixture + "/model.safetensors", dir + "/model.safetensors");
    nlohmann::json generation = {{"decoder_start_token_id", kSot},
                                 {"eos_token_id", kEot},
                                 {"pad_token_id", kEot},
                                 {"no_timestamps_token_id", kNoTs},
                                 {"max_initial_timestamp_index", 50},
                                 {"suppress_tokens", {1, 2}},
                                 {"begin_suppress_tokens", {220, kEot}}};
    writeText(dir + "/generation_config.json", generation.dump());
    auto t = tinyTokenizer();
    if (withNoSpeech) {
        t.vocab.erase("zz" + std::to_string(kNoSpeech));
        t.added["<|nospeech|>"] = kNoSpeech;
    }
    if (tokenizerJson) {
        nlohmann::json added = nlohmann::json::array();
        for (const auto& [content, id] : t.added)
            added.push_back({{"id", id}, {"content", content}, {"special", true}});
        nlohmann::json j = {{"model", {{"type", "BPE"}, {"vocab", t.vocab}, {"merges", t.merges}}},
                            {"added_tokens", added}};
        writeText(dir + "/tokenizer.json", j.dump());
    } else {
        writeText(dir + "/vocab.json", t.vocab.dump());
        std::string merges = "#version: 0.2\n";
        for (const auto& m : t.merges)
            merges += m + "\n";
        writeText(dir + "/merges.txt", merges);
        writeText(dir + "/added_tokens.json", nlohmann::json(t.added).dump());
    }
}

std::vector<float> fixtureAudio() {
    const auto wave =
        SafetensorsFile::open(sonara::test::fixturesDir() + "/whisper/inputs.safetensors")
            .tensor("waveform_16k")
            .contiguous();
    return std::vector<float>(wave.data_ptr<float>(), wave.data_ptr<float>() + wave.numel());
}

bool isInf(const torch::Tensor& logits, int64_t id) {
    return std::isinf(logits[0][id].item<float>());
}

struct FixtureModel {
    WhisperModel model{nullptr};
    torch::Tensor encoded;  // [1, 1500, 64] of the fixture's features
    torch::Tensor prompt;   // [1, 3]
};

FixtureModel fixtureModel() {
    const auto dir = sonara::test::fixturesDir() + "/whisper";
    const auto inputs = SafetensorsFile::open(dir + "/inputs.safetensors");
    FixtureModel f;
    f.model = loadWhisperModel(dir);
    f.encoded = f.model->encoder->forward(inputs.tensor("input_features_80"));
    f.prompt = inputs.tensor("decoder_prompt");
    return f;
}

std::vector<int64_t> generated(const torch::Tensor& tokens, int64_t promptLength) {
    const auto row = tokens[0].narrow(0, promptLength, tokens.size(1) - promptLength).contiguous();
    return std::vector<int64_t>(row.data_ptr<int64_t>(), row.data_ptr<int64_t>() + row.numel());
}

std::string wordsText(const std::vector<WhisperWord>& words) {
    std::string text;
    for (const auto& w : words)
        text += w.text;
    return text;
}

// Word timings ordered, inside [lo, hi], probabilities in (0, 1].
bool wordsWellFormed(const std::vector<WhisperWord>& words, double lo, double hi) {
    const double eps = 1e-9;
    double previousEnd = lo;
    for (const auto& w : words) {
        if (!(w.start >= previousEnd - eps && w.end >= w.start && w.end <= hi + eps &&
              w.probability > 0.0 && w.probability <= 1.0))
            return false;
        previousEnd = w.end;
    }
    return true;
}

}  // namespace

int main() {
    sonara::test::section("config", [] {
        const auto cfg = WhisperConfig::load(sonara::test::fixturesDir() + "/whisper");
        check(cfg.dModel == 64 && cfg.encoderLayers == 2 && cfg.decoderAttentionHeads == 4 &&
                  cfg.maxTargetPositions == 96 && cfg.vocabSize == 384,
              "dimensions from config.json");
        check(cfg.decoderStartTokenId == 381 && cfg.eosTokenId == 380 &&
                  cfg.beginSuppressTokens == std::vector<int64_t>{220, 50256} &&
                  !cfg.hasTimestamps(),
              "generation_config.json fields");
        const auto large = WhisperConfig::preset("large-v3");
        check(large.numMelBins == 128 && large.noTimestampsTokenId == 50364 &&
                  large.taskToId.at("transcribe") == 50360,
              "large-v3 preset token layout");
        checkThrows<Error>("unknown preset size", [] { WhisperConfig::preset("huge"); },
                           {"huge", "large-v3-turbo"});
        checkThrows<Error>("heads must divide d_model",
                           [] {
                               WhisperConfig::fromConfig(Config::parse(
                                   R"({"d_model": 10, "encoder_attention_heads": 3})"));
                           },
                           {"d_model 10", "encoder_attention_heads 3"});
    });

    sonara::test::section("pre-tokenizer", [] {
        using V = std::vector<std::string>;
        checkEqual("words, contractions, numbers, symbols",
                   byteLevelPreTokenize("Hello world's 123 !!"),
                   V{"Hello", " world", "'s", " 123", " !!"});
        checkEqual("whitespace runs leave their last space to the next word",
                   byteLevelPreTokenize("a   b\n\nc "), V{"a", "  ", " b", "\n", "\n", "c", " "});
        checkEqual("non-ASCII letters", byteLevelPreTokenize(" café 東京"), V{" café", " 東京"});
    });

    sonara::test::section("tokenizer", [] {
        sonara::test::TempDir a("whisper-tok-json");
        sonara::test::TempDir b("whisper-tok-vocab");
        writeCheckpoint(a.path, true);
        writeCheckpoint(b.path, false);
        const auto fromJson = WhisperTokenizer::load(a.path);
        const auto fromVocab = WhisperTokenizer::load(b.path);
        const auto bytes = byteAlphabet();
        const auto theId = fromJson.tokenId("\xC4\xA0the");
        check(theId >= 256, "merged token present");
        checkEqual(
            "merges applied by rank", fromJson.encode(" the hell"),
            std::vector<int64_t>{theId, fromJson.tokenId("\xC4\xA0"), fromJson.tokenId("hell")});
        const std::vector<std::string> samples = {
            "Hello, world!",
            "  leading and trailing  ",
            "tabs\tand\nnew\r\nlines",
            "na\xC3\xAFve caf\xC3\xA9 \xE2\x80\x94 \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x8E\x89 "
            "e\xCC\x81 I'm it's 3.14",
            "invalid \xFF\xFE bytes \xC3",
            std::string("nul\0inside", 10),
            "<|startoftranscript|>text<|endoftext|>",
        };
        for (const auto& s : samples) {
            const auto ids = fromJson.encode(s);
            check(fromJson.decode(ids) == s,
                  "round trip (tokenizer.json): " + std::to_string(ids.size()) + " tokens");
            check(fromVocab.encode(s) == ids, "vocab.json + merges.txt encode the same");
        }
        const auto special = fromJson.encode("<|startoftranscript|>hi<|endoftext|>");
        check(special.front() == kSot && special.back() == kEot, "added tokens matched verbatim");
        checkEqual("decode skipping special tokens", fromJson.decode(special, true),
                   std::string("hi"));
        checkThrows<Error>("unknown id", [&] { fromJson.decode({9999}); }, {"9999"});
        sonara::test::TempDir empty("whisper-tok-none");
        checkThrows<Error>("no tokenizer files", [&] { WhisperTokenizer::load(empty.path); },
                           {"tokenizer.json", "merges.txt"});
    });

    sonara::test::section("timestamp rules", [] {
        WhisperConfig cfg;
        cfg.vocabSize = 384;
        cfg.eosTokenId = kEot;
        cfg.noTimestampsTokenId = kNoTs;
        cfg.maxInitialTimestampIndex = 10;
        cfg.suppressTokens = {7};
        const auto rules = WhisperLogitRules::fromConfig(cfg, true, 2);
        // Text and the end token likelier than all timestamps together, so the probability rule
        // leaves them alone.
        auto textLikely = [](int64_t rows) {
            auto logits = torch::zeros({rows, 384});
            logits.narrow(1, 0, kTsBegin).fill_(5.0);
            return logits;
        };
        auto run = [&](std::vector<int64_t> generated) {
            std::vector<int64_t> seq = {kSot, 0};
            seq.insert(seq.end(), generated.begin(), generated.end());
            auto logits = textLikely(1);
            rules.apply(logits, torch::tensor(seq).unsqueeze(0), cfg);
            return logits;
        };
        auto first = run({});
        check(isInf(first, 5) && isInf(first, kEot) && !isInf(first, kTsBegin) &&
                  !isInf(first, kTsBegin + 10) && isInf(first, kTsBegin + 11) &&
                  isInf(first, kNoTs),
              "first token: a timestamp no later than the initial limit");
        auto opening = run({kTsBegin + 5});
        check(!isInf(opening, 5) && isInf(opening, kTsBegin + 6),
              "after the opening timestamp: text");
        auto lone = run({kTsBegin + 5, 10, kTsBegin + 7});
        check(isInf(lone, 5) && !isInf(lone, kEot) && isInf(lone, kTsBegin + 6) &&
                  !isInf(lone, kTsBegin + 7),
              "after a closing timestamp: no text, no earlier timestamp");
        auto text = run({kTsBegin + 5, 10, 11});
        check(isInf(text, kTsBegin + 5) && !isInf(text, kTsBegin + 6) && isInf(text, 7),
              "after text: timestamps later than the last, suppress_tokens applied");
        auto pair = run({kTsBegin + 5, 10, kTsBegin + 8, kTsBegin + 8});
        check(isInf(pair, kTsBegin + 20) && !isInf(pair, 10), "after a pair: text, no timestamp");
        // Batched rows follow their own history.
        std::vector<int64_t> a = {kSot, 0, kTsBegin + 5, 10, kTsBegin + 7},
                             b = {kSot, 0, 10, 11, 12};
        auto logits = textLikely(2);
        rules.apply(logits, torch::stack({torch::tensor(a), torch::tensor(b)}), cfg);
        check(std::isinf(logits[0][5].item<float>()) && !std::isinf(logits[1][5].item<float>()),
              "rules apply per batch row");
    });

    sonara::test::section("compression ratio", [] {
        const std::string repetitive =
            " Thank you. Thank you. Thank you. Thank you. Thank you. Thank you. Thank you. Thank "
            "you.";
        const std::string normal =
            " The quick brown fox jumps over the lazy dog. And then it ran away into the forest, "
            "where nobody could find it again.";
        check(compressionRatio(repetitive) > 2.4, "repeated phrase above the 2.4 threshold",
              std::to_string(compressionRatio(repetitive)));
        check(compressionRatio(normal) < 2.4, "ordinary sentence below it",
              std::to_string(compressionRatio(normal)));
        check(compressionRatio("") == 0.0, "empty text: 0");
#ifdef SONARA_HAVE_ZLIB
        // Python's len(zlib.compress(text.encode())).
        check(compressedSize(repetitive) == 22 && compressedSize(normal) == 101 &&
                  compressedSize("") == 8,
              "zlib sizes as the reference's");
#endif
    });

    sonara::test::section("fallback rules", [] {
        const FallbackThresholds defaults;
        check(!needsFallback({-0.5, 1.5, 0.1}, defaults), "likely, varied text is kept");
        check(needsFallback({-1.5, 1.5, 0.1}, defaults), "low average log-probability retries");
        check(needsFallback({-0.5, 3.0, 0.1}, defaults), "repetitive text retries");
        check(!needsFallback({-1.5, 1.5, 0.9}, defaults) && isSilence({-1.5, 1.5, 0.9}, defaults),
              "unlikely text where no speech is likely is silence, not retried");
        check(!isSilence({-0.5, 1.5, 0.9}, defaults), "confident text is never silence");
        const double off = std::numeric_limits<double>::quiet_NaN();
        check(!needsFallback({-5.0, 9.0, 0.1}, {off, off, off}), "NaN thresholds test nothing");
        check(isSilence({-0.5, 1.5, 0.9}, {2.4, off, 0.6}),
              "without a log-probability threshold the no-speech probability alone decides");
    });

    sonara::test::section("dtw", [] {
        const auto a = torch::tensor({0.f, 0.f, 9.f, 9.f, 9.f, 9.f, 9.f, 0.f, 9.f, 9.f, 9.f, 9.f,
                                      9.f, 0.f, 0.f})
                           .view({3, 5});
        const auto pa = dynamicTimeWarping(a);
        check(pa.rows == std::vector<int64_t>{0, 0, 1, 2, 2} &&
                  pa.columns == std::vector<int64_t>{0, 1, 2, 3, 4},
              "cheapest path through a hand-built matrix");
        // Ties prefer the step along time, as the reference's dtw_cpu (path from it).
        const auto b = torch::tensor({-3.f, -1.f, 0.f, 0.f, 0.f, -2.f, -2.f, 0.f, 0.f, 0.f, 0.f,
                                      -5.f, 0.f, 0.f, 0.f, -1.f})
                           .view({4, 4});
        const auto pb = dynamicTimeWarping(b);
        check(pb.rows == std::vector<int64_t>{0, 0, 1, 1, 2, 2, 3} &&
                  pb.columns == std::vector<int64_t>{0, 1, 1, 2, 2, 3, 3},
              "the reference's path on a matrix with ties");
        const auto filtered =
            medianFilter(torch::tensor({1.f, 5.f, 2.f, 8.f, 3.f}).view({1, 5}), 3);
        check(filtered.equal(torch::tensor({5.f, 2.f, 5.f, 3.f, 8.f}).view({1, 5})),
              "median filter with reflected edges");
    });

    sonara::test::section("words and punctuation", [] {
        sonara::test::TempDir dir("whisper-words");
        writeCheckpoint(dir.path, true);
        const auto tokenizer = WhisperTokenizer::load(dir.path);
        auto ids = tokenizer.encode(" the hell, yes");
        ids.push_back(kEot);
        const auto split = splitToWordTokens(tokenizer, ids, kEot, "en");
        checkEqual("split at spaces and punctuation", split.words,
                   std::vector<std::string>{" the", " hell", ",", " yes", "<|endoftext|>"});
        const auto chars =
            splitToWordTokens(tokenizer, tokenizer.encode("\xE6\x9D\xB1\xE4\xBA\xAC"), kEot, "ja");
        checkEqual("split per character for Japanese", chars.words,
                   std::vector<std::string>{"\xE6\x9D\xB1", "\xE4\xBA\xAC"});
        std::vector<WordTiming> words;
        for (const char* w : {" (", "Hello", ",", " world", "!"})
            words.push_back({w, {1}, 0.0, 0.0, 0.5});
        mergePunctuations(words);
        std::vector<std::string> merged;
        for (const auto& w : words) {
            if (!w.word.empty())
                merged.push_back(w.word);
        }
        checkEqual("punctuation merged into its words", merged,
                   std::vector<std::string>{" (Hello,", " world!"});
        check(words[1].tokens.size() == 3 && words[3].tokens.size() == 2,
              "merged words carry the punctuation's tokens");
        WhisperConfig cfg;
        cfg.decoderLayers = 4;
        cfg.decoderAttentionHeads = 2;
        using Heads = std::vector<std::pair<int64_t, int64_t>>;
        checkEqual("default alignment heads: the last half of the layers", alignmentHeads(cfg),
                   Heads{{2, 0}, {2, 1}, {3, 0}, {3, 1}});
        cfg.alignmentHeads = {{3, 1}};
        checkEqual("alignment heads from the generation config", alignmentHeads(cfg),
                   Heads{{3, 1}});
        cfg.alignmentHeads = {{4, 0}};
        checkThrows<Error>("alignment head beyond the decoder", [&] { alignmentHeads(cfg); },
                           {"[4, 0]"});
    });

    sonara::test::section("sampling", [] {
        torch::NoGradGuard noGrad;
        auto f = fixtureModel();
        GreedyOptions greedy;
        greedy.maxNewTokens = 20;
        greedy.stopAtEnd = false;
        greedy.noSpeechToken = 5;
        greedy.sotIndex = 0;
        const auto g = decodeWindows(f.model->decoder, f.encoded, f.prompt, greedy);
        // Log-probabilities recomputed from a full forward pass over the greedy sequence.
        const auto logits = f.model->decoder->forward(g.tokens, f.encoded);
        const auto p = f.prompt.size(1);
        const auto expected = torch::log_softmax(logits.narrow(1, p - 1, 20), -1)
                                  .gather(-1, g.tokens.narrow(1, p, 20).unsqueeze(-1))
                                  .sum()
                                  .item<double>();
        check(std::abs(g.sumLogprobs[0].item<double>() - expected) < 1e-3,
              "sum of log-probabilities gathered during greedy decoding",
              std::to_string(g.sumLogprobs[0].item<double>()) + " vs " + std::to_string(expected));
        const double noSpeech = torch::softmax(logits[0][0], -1)[5].item<double>();
        check(std::abs(g.noSpeechProbs[0].item<double>() - noSpeech) < 1e-6,
              "no-speech probability from the logits after <|startoftranscript|>");

        auto sampled = greedy;
        sampled.temperature = 1.0;
        sampled.generator = seededGenerator(torch::kCPU, 7);
        const auto first = decodeWindows(f.model->decoder, f.encoded, f.prompt, sampled).tokens;
        sampled.generator = seededGenerator(torch::kCPU, 7);
        const auto again = decodeWindows(f.model->decoder, f.encoded, f.prompt, sampled).tokens;
        sampled.generator = seededGenerator(torch::kCPU, 8);
        const auto other = decodeWindows(f.model->decoder, f.encoded, f.prompt, sampled).tokens;
        check(first.equal(again), "sampling with a fixed seed is reproducible");
        check(!first.equal(g.tokens), "sampling at temperature 1 differs from greedy");
        check(!first.equal(other), "another seed samples another sequence");
        const auto distinct = std::get<0>(at::_unique(first.narrow(1, p, 20))).numel();
        check(distinct > 3, "sampled tokens vary", std::to_string(distinct) + " distinct");
        sampled.generator.reset();
        checkThrows<Error>("sampling without a generator",
                           [&] { decodeWindows(f.model->decoder, f.encoded, f.prompt, sampled); },
                           {"generator"});
    });

    sonara::test::section("temperature fallback", [] {
        sonara::test::TempDir dir("whisper-fallback");
        writeCheckpoint(dir.path, true, true);
        Whisper::Options load;
        load.device = "cpu";
        const auto whisper = Whisper::load(dir.path, load);
        const auto audio = fixtureAudio();
        Whisper::TranscribeOptions base;
        base.timestamps = false;
        base.maxNewTokens = 12;
        const double off = std::numeric_limits<double>::quiet_NaN();
        base.compressionRatioThreshold = base.logprobThreshold = base.noSpeechThreshold = off;

        auto greedyOnly = base;
        greedyOnly.temperatures = {0.0f};
        const auto greedy = whisper.transcribe(audio, greedyOnly);
        const auto noRetry = whisper.transcribe(audio, base);
        check(greedy.segments.size() == 1 && noRetry.segments.size() == 1 &&
                  noRetry.segments[0].tokens == greedy.segments[0].tokens &&
                  noRetry.segments[0].temperature == 0.0,
              "thresholds off: the greedy result stands");
        const auto& s = greedy.segments[0];
        check(s.avgLogprob < 0.0 && std::isfinite(s.avgLogprob) && s.compressionRatio > 0.0 &&
                  s.noSpeechProbability > 0.0 && s.noSpeechProbability < 1.0,
              "segment carries avg log-probability, compression ratio, no-speech probability",
              std::to_string(s.avgLogprob) + ", " + std::to_string(s.compressionRatio) + ", " +
                  std::to_string(s.noSpeechProbability));

        auto forced = base;
        forced.logprobThreshold = 0.0;  // every window fails it
        forced.seed = 3;
        const auto retried = whisper.transcribe(audio, forced);
        check(retried.segments.size() == 1 && retried.segments[0].temperature == 1.0,
              "log-probability under the threshold retries through every temperature",
              retried.segments.empty() ? "no segment"
                                       : std::to_string(retried.segments[0].temperature));
        check(whisper.transcribe(audio, forced).text == retried.text,
              "the same seed gives the same fallback result");
        auto repetitive = base;
        repetitive.compressionRatioThreshold = 0.0;
        repetitive.temperatures = {0.0f, 0.5f};
        const auto r = whisper.transcribe(audio, repetitive);
        check(r.segments.size() == 1 && r.segments[0].temperature == 0.5,
              "compression ratio over the threshold retries");
        auto beam = forced;
        beam.beamSize = 3;
        beam.temperatures = {0.0f, 0.7f};
        const auto b = whisper.transcribe(audio, beam);
        check(b.segments.size() == 1 && b.segments[0].temperature == 0.7,
              "beam search falls back to sampling");

        auto silence = base;
        silence.logprobThreshold = 0.0;
        silence.noSpeechThreshold = 0.0;  // <|nospeech|> always likelier than that
        check(whisper.transcribe(audio, silence).segments.empty(),
              "a window judged silent is skipped");
        Whisper::TranscribeOptions badTemperature;
        badTemperature.temperatures = {0.0f, -1.0f};
        checkThrows<Error>("negative temperature",
                           [&] { whisper.transcribe(audio, badTemperature); }, {"temperature"});

        // A cancel is asked for within a window too, every few tokens, not only between windows.
        auto longWindow = greedyOnly;
        longWindow.maxNewTokens = 64;
        int asked = 0;
        const ProgressFn stopAtThird = [&](double, std::string_view) { return ++asked < 3; };
        checkThrows<Cancelled>("cancel answered inside one window",
                               [&] { whisper.transcribe(audio, longWindow, stopAtThird); });
        check(asked == 3, "decoding stopped at the first refusal",
              std::to_string(asked) + " progress calls");
    });

    sonara::test::section("word timestamps", [] {
        sonara::test::TempDir dir("whisper-word-ckpt");
        writeCheckpoint(dir.path, true);
        Whisper::Options load;
        load.device = "cpu";
        const auto whisper = Whisper::load(dir.path, load);
        const auto audio = fixtureAudio();
        const double duration = static_cast<double>(audio.size()) / Whisper::sampleRate();
        Whisper::TranscribeOptions options;
        options.timestamps = false;
        options.wordTimestamps = true;
        options.maxNewTokens = 40;
        options.temperatures = {1.0f};  // varied tokens, so several words
        // Sampling may end a window after a few tokens; the first seed giving several words.
        WhisperTranscript t;
        for (options.seed = 11; options.seed < 31; ++options.seed) {
            t = whisper.transcribe(audio, options);
            if (t.segments.size() == 1 && t.segments[0].words.size() >= 3)
                break;
        }
        check(t.segments.size() == 1 && t.segments[0].words.size() >= 3, "words found",
              t.segments.empty() ? std::string()
                                 : std::to_string(t.segments[0].words.size()) + " words, " +
                                       std::to_string(t.segments[0].tokens.size()) + " tokens");
        for (const auto& s : t.segments) {
            check(wordsWellFormed(s.words, s.start, s.end) && s.start >= 0.0 && s.end <= duration,
                  "words ordered, inside the segment and the audio, probabilities in (0, 1]");
            check(wordsText(s.words) == s.text, "words concatenated give the segment text");
        }
        Whisper::TranscribeOptions plain = options;
        plain.wordTimestamps = false;
        const auto withoutWords = whisper.transcribe(audio, plain);
        check(withoutWords.text == t.text && withoutWords.segments[0].words.empty(),
              "word timestamps leave the text as it is");

        Whisper::TranscribeOptions seeking;
        seeking.wordTimestamps = true;
        seeking.maxNewTokens = 30;
        seeking.temperatures = {0.8f};
        seeking.seed = 5;
        const auto timed = whisper.transcribe(audio, seeking);
        bool ok = true;
        std::string text;
        for (const auto& s : timed.segments) {
            ok = ok && wordsWellFormed(s.words, 0.0, duration);
            text += wordsText(s.words);
        }
        check(ok && text == timed.text,
              "with timestamp tokens: words ordered, inside the audio, text complete",
              std::to_string(timed.segments.size()) + " segment(s)");

        std::vector<float> longAudio(static_cast<size_t>(16000 * 65), 0.0f);
        std::copy(audio.begin(), audio.end(), longAudio.begin() + 16000 * 31);
        Whisper::TranscribeOptions batched = seeking;
        batched.fixedWindows = true;
        batched.batchSize = 3;
        batched.maxNewTokens = 10;
        const auto windows = whisper.transcribe(longAudio, batched);
        ok = true;
        text.clear();
        for (const auto& s : windows.segments) {
            ok = ok && wordsWellFormed(s.words, 0.0, 65.0);
            text += wordsText(s.words);
        }
        check(ok && text == windows.text && !windows.segments.empty(),
              "fixed windows decoded as one batch: words of each window",
              std::to_string(windows.segments.size()) + " segment(s)");
    });

    sonara::test::section("transcribe", [] {
        sonara::test::TempDir dir("whisper-ckpt");
        writeCheckpoint(dir.path, true);
        Whisper::Options options;
        options.device = "cpu";
        const auto whisper = Whisper::load(dir.path, options);
        check(whisper.melBins() == 80 && whisper.hasTimestamps() && !whisper.multilingual(),
              "loaded from a hub-style folder");
        auto audio = fixtureAudio();

        Whisper::TranscribeOptions plain;
        plain.timestamps = false;
        plain.maxNewTokens = 8;
        std::vector<float> longAudio(static_cast<size_t>(16000 * 65), 0.0f);
        std::copy(audio.begin(), audio.end(), longAudio.begin() + 16000 * 31);
        int reports = 0;
        const auto batched = whisper.transcribe(longAudio, plain, [&](double, std::string_view) {
            ++reports;
            return true;
        });
        check(batched.segments.size() == 3 && batched.segments[1].start == 30.0 &&
                  batched.segments[2].end == 65.0,
              "65 s in three 30 s windows, one batch", std::to_string(batched.segments.size()));
        check(reports >= 2, "progress reported");

        Whisper::TranscribeOptions timed;
        timed.maxNewTokens = 10;
        const std::vector<float> shortAudio(audio.begin(), audio.begin() + 8000);
        const auto t = whisper.transcribe(shortAudio, timed);
        bool ordered = true;
        double last = 0.0;
        for (const auto& s : t.segments) {
            ordered = ordered && s.start >= last - 1e-9 && s.end >= s.start && s.end <= 0.5 + 1e-9;
            last = s.start;
            for (auto id : s.tokens)
                ordered = ordered && id < kEot;
        }
        check(ordered, "timestamped segments ordered, inside the audio, text tokens only",
              std::to_string(t.segments.size()) + " segment(s)");
        Whisper::TranscribeOptions fixed = timed;
        fixed.fixedWindows = true;
        const auto f = whisper.transcribe(longAudio, fixed);
        bool inside = true;
        for (const auto& s : f.segments)
            inside = inside && s.start >= 0.0 && s.end >= s.start && s.end <= 65.0;
        check(inside, "fixed 30 s windows with timestamps, batched",
              std::to_string(f.segments.size()) + " segment(s)");
        Whisper::TranscribeOptions beam = timed;
        beam.beamSize = 3;
        const auto withBeam = whisper.transcribe(shortAudio, beam);
        bool beamInside = true;
        for (const auto& s : withBeam.segments)
            beamInside = beamInside && s.end >= s.start && s.end <= 0.5 + 1e-9;
        check(beamInside, "beam search 3 with timestamps",
              std::to_string(withBeam.segments.size()) + " segment(s)");
        checkThrows<Cancelled>("cancel from the progress callback", [&] {
            whisper.transcribe(audio, plain, [](double, std::string_view) { return false; });
        });
        Whisper::TranscribeOptions bad;
        bad.task = "summarise";
        checkThrows<Error>("bad task", [&] { whisper.transcribe(audio, bad); }, {"summarise"});
        checkThrows<Error>("fixture folder has no tokenizer",
                           [] { Whisper::load(sonara::test::fixturesDir() + "/whisper"); },
                           {"tokenizer.json"});
    });
    return sonara::test::finish();
}
