// Whisper pieces without reference outputs: config reading, the BPE tokenizer, the timestamp
// rules and transcribe() end to end on a checkpoint folder laid out like a real one.

#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "check.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/whisper/whisper.h"
#include "models/whisper/whisper_config.h"
#include "models/whisper/whisper_decoding.h"
#include "models/whisper/whisper_model.h"
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
void writeCheckpoint(const std::string& dir, bool tokenizerJson) {
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
    const auto t = tinyTokenizer();
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
