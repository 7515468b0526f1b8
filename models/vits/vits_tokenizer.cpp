#include "models/vits/vits_tokenizer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "models/common/config.h"
#include "models/common/error.h"
#include "models/vits/vits_phonemizer.h"

namespace sonara::models {

namespace {

std::u32string decodeUtf8(const std::string& text, const std::string& what) {
    std::u32string out;
    out.reserve(text.size());
    size_t i = 0;
    auto fail = [&] { throw Error(what + " is not valid UTF-8 (byte " + std::to_string(i) + ")"); };
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        int extra = 0;
        char32_t cp = 0;
        if (b < 0x80) {
            cp = b;
        } else if ((b & 0xE0) == 0xC0) {
            extra = 1;
            cp = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            extra = 2;
            cp = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            extra = 3;
            cp = b & 0x07;
        } else {
            fail();
        }
        if (i + static_cast<size_t>(extra) >= text.size())
            fail();
        for (int k = 1; k <= extra; ++k) {
            const auto c = static_cast<unsigned char>(text[i + k]);
            if ((c & 0xC0) != 0x80)
                fail();
            cp = (cp << 6) | (c & 0x3F);
        }
        static const char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
        if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            fail();
        out.push_back(cp);
        i += static_cast<size_t>(extra) + 1;
    }
    return out;
}

bool in(char32_t c, char32_t first, char32_t last) {
    return c >= first && c <= last;
}

// Python's str.lower() for one character, over the scripts MMS-TTS vocabularies use: Latin
// (with the African and Vietnamese letters of Latin Extended-B and Additional), Greek, Cyrillic,
// Armenian, Georgian and fullwidth Latin. Other characters are returned unchanged.
std::u32string lowerChar(char32_t c) {
    if (c == 0x130)
        return {U'i', 0x307};  // İ lowers to i + combining dot above
    if (in(c, 'A', 'Z') || (in(c, 0xC0, 0xDE) && c != 0xD7) || in(c, 0x391, 0x3A1) ||
        in(c, 0x3A3, 0x3AB) || in(c, 0x410, 0x42F) || in(c, 0xFF21, 0xFF3A))
        return {c + 32};
    if (in(c, 0x400, 0x40F))
        return {c + 80};
    if (in(c, 0x531, 0x556))
        return {c + 48};
    if (in(c, 0x10A0, 0x10C5))
        return {c + 7264};
    // Ranges of upper/lower pairs: upper case at even (or odd) code points, lower right after.
    static const struct {
        char32_t first, last;
        bool upperOdd;
    } kPairs[] = {
        {0x100, 0x12F, false},   {0x132, 0x137, false}, {0x139, 0x148, true},
        {0x14A, 0x177, false},   {0x179, 0x17E, true},  {0x1CD, 0x1DC, true},
        {0x1DE, 0x1EF, false},   {0x1F8, 0x21F, false}, {0x222, 0x233, false},
        {0x246, 0x24F, false},   {0x460, 0x481, false}, {0x48A, 0x4BF, false},
        {0x4C1, 0x4CE, true},    {0x4D0, 0x52F, false}, {0x1E00, 0x1E95, false},
        {0x1EA0, 0x1EFF, false},
    };
    for (const auto& p : kPairs) {
        if (in(c, p.first, p.last) && ((c & 1) == 1) == p.upperOdd)
            return {c + 1};
    }
    static const std::pair<char32_t, char32_t> kSingles[] = {
        {0x178, 0xFF},  {0x181, 0x253}, {0x182, 0x183},  {0x184, 0x185}, {0x186, 0x254},
        {0x187, 0x188}, {0x189, 0x256}, {0x18A, 0x257},  {0x18B, 0x18C}, {0x18E, 0x1DD},
        {0x18F, 0x259}, {0x190, 0x25B}, {0x191, 0x192},  {0x193, 0x260}, {0x194, 0x263},
        {0x196, 0x269}, {0x197, 0x268}, {0x198, 0x199},  {0x19C, 0x26F}, {0x19D, 0x272},
        {0x19F, 0x275}, {0x1A0, 0x1A1}, {0x1A2, 0x1A3},  {0x1A4, 0x1A5}, {0x1A6, 0x280},
        {0x1A7, 0x1A8}, {0x1A9, 0x283}, {0x1AC, 0x1AD},  {0x1AE, 0x288}, {0x1AF, 0x1B0},
        {0x1B1, 0x28A}, {0x1B2, 0x28B}, {0x1B3, 0x1B4},  {0x1B5, 0x1B6}, {0x1B7, 0x292},
        {0x1B8, 0x1B9}, {0x1BC, 0x1BD}, {0x1C4, 0x1C6},  {0x1C5, 0x1C6}, {0x1C7, 0x1C9},
        {0x1C8, 0x1C9}, {0x1CA, 0x1CC}, {0x1CB, 0x1CC},  {0x1F1, 0x1F3}, {0x1F2, 0x1F3},
        {0x1F4, 0x1F5}, {0x1F6, 0x195}, {0x1F7, 0x1BF},  {0x220, 0x19E}, {0x23A, 0x2C65},
        {0x23B, 0x23C}, {0x23D, 0x19A}, {0x23E, 0x2C66}, {0x241, 0x242}, {0x243, 0x180},
        {0x244, 0x289}, {0x245, 0x28C}, {0x386, 0x3AC},  {0x388, 0x3AD}, {0x389, 0x3AE},
        {0x38A, 0x3AF}, {0x38C, 0x3CC}, {0x38E, 0x3CD},  {0x38F, 0x3CE}, {0x4C0, 0x4CF},
        {0x1E9E, 0xDF},
    };
    for (const auto& [upper, lower] : kSingles) {
        if (c == upper)
            return {lower};
    }
    return {c};
}

// Python's str.isspace(), which str.strip() trims.
bool isSpace(char32_t c) {
    return in(c, 0x09, 0x0D) || in(c, 0x1C, 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           in(c, 0x2000, 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot read " + path.string());
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Special tokens are plain strings in older tokenizer_config.json files and {"content": ...}
// objects in newer ones.
std::string tokenString(const Config& config, const std::string& key, const std::string& fallback) {
    if (!config.has(key))
        return fallback;
    try {
        return config.getString(key);
    } catch (const Error&) {
        return config.child(key).getString("content");
    }
}

}  // namespace

VitsTokenizer VitsTokenizer::load(const std::string& checkpointDir) {
    const std::filesystem::path dir(checkpointDir);
    const auto vocabPath = dir / "vocab.json";
    if (!std::filesystem::exists(vocabPath)) {
        throw Error("VITS checkpoint " + checkpointDir +
                    " has no vocab.json, so it cannot turn text into tokens");
    }
    const auto configPath = dir / "tokenizer_config.json";
    const std::string config =
        std::filesystem::exists(configPath) ? readFile(configPath) : std::string();
    return fromJson(readFile(vocabPath), config, dir.string());
}

VitsTokenizer VitsTokenizer::fromJson(const std::string& vocabJson,
                                      const std::string& tokenizerConfig,
                                      const std::string& source) {
    VitsTokenizer t;
    const Config config = tokenizerConfig.empty()
                              ? Config::parse("{}", source + "/tokenizer_config.json")
                              : Config::parse(tokenizerConfig, source + "/tokenizer_config.json");
    t.language_ = config.getString("language", "");
    t.addBlank_ = config.getBool("add_blank", true);
    t.normalize_ = config.getBool("normalize", true);
    t.phonemize_ = config.getBool("phonemize", true);
    t.isUroman_ = config.getBool("is_uroman", false);

    nlohmann::ordered_json vocab;
    try {
        vocab = nlohmann::ordered_json::parse(vocabJson);
    } catch (const nlohmann::json::exception& e) {
        throw Error(source + "/vocab.json is not valid JSON (" + e.what() + ")");
    }
    if (!vocab.is_object() || vocab.empty())
        throw Error(source + "/vocab.json must be a non-empty object of token -> id");
    for (const auto& [token, id] : vocab.items()) {
        if (!id.is_number_integer() || id.get<int64_t>() < 0) {
            throw Error(source + "/vocab.json: token '" + token +
                        "' must map to a non-negative integer id, found " + id.dump());
        }
        const auto key = decodeUtf8(token, source + "/vocab.json token");
        t.vocabInOrder_.emplace_back(key, id.get<int64_t>());
        t.vocab_.emplace(key, id.get<int64_t>());
    }
    const auto unk = decodeUtf8(tokenString(config, "unk_token", "<unk>"), "unk_token");
    if (auto it = t.vocab_.find(unk); it != t.vocab_.end())
        t.unkId_ = it->second;
    return t;
}

std::vector<int64_t> VitsTokenizer::encode(const std::string& utf8,
                                           const VitsTextHooks& hooks) const {
    std::u32string text = decodeUtf8(utf8, "text");
    if (normalize_) {
        // normalize_text: vocabulary entries are kept as written (so upper-case tokens survive),
        // everything else is lower-cased one character at a time.
        std::u32string lowered;
        for (size_t i = 0; i < text.size();) {
            bool matched = false;
            for (const auto& [word, id] : vocabInOrder_) {
                if (!word.empty() && text.compare(i, word.size(), word) == 0) {
                    lowered += word;
                    i += word.size();
                    matched = true;
                    break;
                }
            }
            if (!matched)
                lowered += lowerChar(text[i++]);
        }
        text = std::move(lowered);
    }
    if (language_ == "ron") {
        for (auto& c : text) {
            if (c == 0x21B)  // ț (comma below) -> ţ (cedilla), the form the vocabulary has
                c = 0x163;
        }
    }
    const std::string languageName = language_.empty() ? "unknown" : language_;
    const bool nonAscii =
        std::any_of(text.begin(), text.end(), [](char32_t c) { return c > 0x7F; });
    if (isUroman_ && nonAscii) {
        if (!hooks.romanize) {
            throw Error("this VITS voice (language '" + languageName +
                        "') reads romanised text (uroman), and no romaniser was given");
        }
        text = decodeUtf8(hooks.romanize(vits_phonemizer::toUtf8(text)), "romanised text");
    }
    if (phonemize_) {
        if (!hooks.espeakIpa) {
            throw Error("this VITS voice (language '" + languageName +
                        "') reads espeak phonemes, and no phonemizer was given");
        }
        text = decodeUtf8(
            vits_phonemizer::phonemize(vits_phonemizer::toUtf8(text), hooks.espeakIpa), "phonemes");
    } else if (normalize_) {
        std::u32string kept;
        for (char32_t c : text) {
            if (vocab_.count(std::u32string(1, c)))
                kept += c;
        }
        size_t begin = 0, end = kept.size();
        while (begin < end && isSpace(kept[begin]))
            ++begin;
        while (end > begin && isSpace(kept[end - 1]))
            --end;
        text = kept.substr(begin, end - begin);
    }

    std::vector<int64_t> ids;
    ids.reserve(text.size() * 2 + 1);
    if (addBlank_)
        ids.push_back(0);
    for (char32_t c : text) {
        const auto it = vocab_.find(std::u32string(1, c));
        const int64_t id = it != vocab_.end() ? it->second : unkId_;
        if (id < 0)
            continue;
        ids.push_back(id);
        if (addBlank_)
            ids.push_back(0);
    }
    return ids;
}

}  // namespace sonara::models
