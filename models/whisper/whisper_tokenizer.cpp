#include "models/whisper/whisper_tokenizer.h"

#include <array>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "models/common/error.h"

namespace sonara::models {

namespace {

void appendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// One code point of text starting at byte i: its value and byte length. Invalid sequences are
// taken one byte at a time (as U+FFFD's stand-in class "other"), so any byte string splits.
std::pair<uint32_t, size_t> nextCodePoint(const std::string& s, size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](size_t k) {
        return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    };
    auto at = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i + k])); };
    if (b0 < 0x80)
        return {b0, 1};
    if ((b0 & 0xE0) == 0xC0 && b0 >= 0xC2 && cont(1))
        return {((b0 & 0x1Fu) << 6) | (at(1) & 0x3F), 2};
    if ((b0 & 0xF0) == 0xE0 && cont(1) && cont(2))
        return {((b0 & 0x0Fu) << 12) | ((at(1) & 0x3F) << 6) | (at(2) & 0x3F), 3};
    if ((b0 & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3))
        return {
            ((b0 & 0x07u) << 18) | ((at(1) & 0x3F) << 12) | ((at(2) & 0x3F) << 6) | (at(3) & 0x3F),
            4};
    return {0xFFFD, 1};
}

bool isSpace(uint32_t c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

bool isDigit(uint32_t c) {
    return (c >= '0' && c <= '9') || c == 0xB2 || c == 0xB3 || c == 0xB9 ||
           (c >= 0xBC && c <= 0xBE) || (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) ||
           (c >= 0x966 && c <= 0x96F) || (c >= 0xFF10 && c <= 0xFF19);
}

bool isLetter(uint32_t c) {
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (isSpace(c) || isDigit(c) || c == 0xFFFD)
        return false;
    if (c < 0xC0)
        return c == 0xAA || c == 0xB5 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7)
        return false;
    // Combining marks, punctuation and symbol blocks, private use, emoji: not \p{L}.
    const std::array<std::pair<uint32_t, uint32_t>, 13> other = {{{0x0300, 0x036F},
                                                                  {0x2000, 0x2BFF},
                                                                  {0x3000, 0x303F},
                                                                  {0xE000, 0xF8FF},
                                                                  {0xFE00, 0xFE0F},
                                                                  {0xFE30, 0xFE4F},
                                                                  {0xFF00, 0xFF0F},
                                                                  {0xFF1A, 0xFF20},
                                                                  {0xFF3B, 0xFF40},
                                                                  {0xFF5B, 0xFF65},
                                                                  {0x1F000, 0x1FAFF},
                                                                  {0xE0000, 0xE007F},
                                                                  {0xD800, 0xDFFF}}};
    for (const auto& [lo, hi] : other) {
        if (c >= lo && c <= hi)
            return false;
    }
    return true;
}

enum class CharClass { Space, Letter, Digit, Other };

CharClass classify(uint32_t c) {
    if (isSpace(c))
        return CharClass::Space;
    if (isLetter(c))
        return CharClass::Letter;
    if (isDigit(c))
        return CharClass::Digit;
    return CharClass::Other;
}

// GPT-2's bytes_to_unicode: printable bytes map to themselves, the rest to U+0100 onwards.
std::array<std::string, 256> byteEncoder() {
    std::array<std::string, 256> table;
    uint32_t extra = 0;
    for (uint32_t b = 0; b < 256; ++b) {
        const bool printable =
            (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
        appendUtf8(table[b], printable ? b : 256 + extra++);
    }
    return table;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot open " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

std::vector<std::string> byteLevelPreTokenize(const std::string& text) {
    struct Char {
        uint32_t cp;
        size_t begin, length;
        CharClass cls;
    };
    std::vector<Char> chars;
    for (size_t i = 0; i < text.size();) {
        const auto [cp, n] = nextCodePoint(text, i);
        chars.push_back({cp, i, n, classify(cp)});
        i += n;
    }
    std::vector<std::string> pieces;
    const size_t n = chars.size();
    auto emit = [&](size_t from, size_t to) {
        const size_t begin = chars[from].begin;
        const size_t end = chars[to - 1].begin + chars[to - 1].length;
        pieces.push_back(text.substr(begin, end - begin));
    };
    auto runOf = [&](size_t from, CharClass cls) {
        size_t j = from;
        while (j < n && chars[j].cls == cls)
            ++j;
        return j;
    };
    size_t i = 0;
    while (i < n) {
        const auto& c = chars[i];
        if (c.cp == '\'' && i + 1 < n) {
            auto is = [&](size_t k, char ch) {
                return i + k < n && chars[i + k].cp == uint32_t(ch);
            };
            size_t len = 0;
            if (is(1, 's') || is(1, 't') || is(1, 'm') || is(1, 'd'))
                len = 2;
            else if ((is(1, 'r') && is(2, 'e')) || (is(1, 'v') && is(2, 'e')) ||
                     (is(1, 'l') && is(2, 'l')))
                len = 3;
            if (len) {
                emit(i, i + len);
                i += len;
                continue;
            }
        }
        size_t start = i;
        size_t body = i;
        if (c.cp == ' ' && i + 1 < n && chars[i + 1].cls != CharClass::Space)
            body = i + 1;
        const auto cls = chars[body].cls;
        if (cls != CharClass::Space) {
            const size_t end = runOf(body, cls);
            emit(start, end);
            i = end;
            continue;
        }
        // Whitespace: the run, less its last character when a non-space follows (that one
        // leads the next piece), as \s+(?!\S)|\s+ matches.
        const size_t end = runOf(i, CharClass::Space);
        if (end < n && end - i > 1) {
            emit(i, end - 1);
            i = end - 1;
        } else {
            emit(i, end);
            i = end;
        }
    }
    return pieces;
}

struct WhisperTokenizer::Impl {
    std::unordered_map<std::string, int64_t> vocab;
    std::map<std::pair<std::string, std::string>, int64_t> ranks;
    std::vector<std::pair<std::string, int64_t>> added;  // longest content first
    std::unordered_map<int64_t, std::string> idToText;
    std::unordered_map<int64_t, std::string> idToBytes;
    std::set<int64_t> addedIds;
    std::array<std::string, 256> byteToChar;
    int64_t size = 0;

    std::vector<std::string> bpe(const std::string& piece) const {
        std::vector<std::string> symbols;
        for (unsigned char b : piece)
            symbols.push_back(byteToChar[b]);
        while (symbols.size() > 1) {
            int64_t best = std::numeric_limits<int64_t>::max();
            size_t at = 0;
            for (size_t k = 0; k + 1 < symbols.size(); ++k) {
                const auto it = ranks.find({symbols[k], symbols[k + 1]});
                if (it != ranks.end() && it->second < best) {
                    best = it->second;
                    at = k;
                }
            }
            if (best == std::numeric_limits<int64_t>::max())
                break;
            const auto first = symbols[at];
            const auto second = symbols[at + 1];
            std::vector<std::string> merged;
            for (size_t k = 0; k < symbols.size(); ++k) {
                if (k + 1 < symbols.size() && symbols[k] == first && symbols[k + 1] == second) {
                    merged.push_back(first + second);
                    ++k;
                } else {
                    merged.push_back(symbols[k]);
                }
            }
            symbols = std::move(merged);
        }
        return symbols;
    }

    void encodePlain(const std::string& text, std::vector<int64_t>& out) const {
        for (const auto& piece : byteLevelPreTokenize(text)) {
            for (const auto& symbol : bpe(piece)) {
                const auto it = vocab.find(symbol);
                if (it != vocab.end()) {
                    out.push_back(it->second);
                    continue;
                }
                // A merge result missing from the vocabulary: fall back to its characters.
                for (size_t k = 0; k < symbol.size();) {
                    const auto [cp, len] = nextCodePoint(symbol, k);
                    const auto one = symbol.substr(k, len);
                    const auto single = vocab.find(one);
                    if (single == vocab.end())
                        throw Error("tokenizer vocabulary lacks the byte-level symbol '" + one +
                                    "'");
                    out.push_back(single->second);
                    k += len;
                }
            }
        }
    }
};

WhisperTokenizer WhisperTokenizer::fromParts(
    std::map<std::string, int64_t> vocab,
    const std::vector<std::pair<std::string, std::string>>& merges,
    const std::map<std::string, int64_t>& added) {
    auto impl = std::make_shared<Impl>();
    impl->byteToChar = byteEncoder();
    std::unordered_map<std::string, unsigned char> charToByte;
    for (int b = 0; b < 256; ++b)
        charToByte[impl->byteToChar[static_cast<size_t>(b)]] = static_cast<unsigned char>(b);
    for (const auto& [token, id] : vocab) {
        impl->vocab[token] = id;
        impl->idToText[id] = token;
        std::string bytes;
        for (size_t k = 0; k < token.size();) {
            const auto [cp, len] = nextCodePoint(token, k);
            const auto it = charToByte.find(token.substr(k, len));
            // Entries outside the byte alphabet (such as <|endoftext|> in vocab.json) decode
            // as their text.
            bytes += it != charToByte.end() ? std::string(1, static_cast<char>(it->second))
                                            : token.substr(k, len);
            k += len;
        }
        impl->idToBytes[id] = std::move(bytes);
        impl->size = std::max(impl->size, id + 1);
    }
    for (size_t r = 0; r < merges.size(); ++r)
        impl->ranks.emplace(merges[r], static_cast<int64_t>(r));
    for (const auto& [content, id] : added) {
        impl->added.emplace_back(content, id);
        impl->addedIds.insert(id);
        impl->idToText[id] = content;
        impl->idToBytes[id] = content;
        impl->size = std::max(impl->size, id + 1);
    }
    std::sort(impl->added.begin(), impl->added.end(),
              [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    WhisperTokenizer t;
    t.impl_ = std::move(impl);
    return t;
}

WhisperTokenizer WhisperTokenizer::load(const std::string& checkpointDir) {
    namespace fs = std::filesystem;
    const fs::path dir(checkpointDir);
    std::map<std::string, int64_t> vocab;
    std::vector<std::pair<std::string, std::string>> merges;
    std::map<std::string, int64_t> added;
    auto splitMerge = [](const std::string& line, const std::string& source) {
        const auto space = line.find(' ');
        if (space == std::string::npos || space == 0 || space + 1 >= line.size())
            throw Error(source + ": malformed merge '" + line + "' (expected 'a b')");
        return std::make_pair(line.substr(0, space), line.substr(space + 1));
    };
    try {
        if (fs::exists(dir / "tokenizer.json")) {
            const auto path = (dir / "tokenizer.json").string();
            const auto j = nlohmann::json::parse(readFile(path));
            const auto& model = j.at("model");
            for (const auto& [token, id] : model.at("vocab").items())
                vocab[token] = id.get<int64_t>();
            for (const auto& m : model.at("merges")) {
                if (m.is_string())
                    merges.push_back(splitMerge(m.get<std::string>(), path));
                else
                    merges.emplace_back(m.at(0).get<std::string>(), m.at(1).get<std::string>());
            }
            if (j.contains("added_tokens")) {
                for (const auto& a : j["added_tokens"])
                    added[a.at("content").get<std::string>()] = a.at("id").get<int64_t>();
            }
        } else if (fs::exists(dir / "vocab.json") && fs::exists(dir / "merges.txt")) {
            const auto j = nlohmann::json::parse(readFile((dir / "vocab.json").string()));
            for (const auto& [token, id] : j.items())
                vocab[token] = id.get<int64_t>();
            std::istringstream lines(readFile((dir / "merges.txt").string()));
            std::string line;
            while (std::getline(lines, line)) {
                if (!line.empty() && line.back() == '\r')
                    line.pop_back();
                if (line.empty() || line.rfind("#version", 0) == 0)
                    continue;
                merges.push_back(splitMerge(line, (dir / "merges.txt").string()));
            }
            if (fs::exists(dir / "added_tokens.json")) {
                const auto a =
                    nlohmann::json::parse(readFile((dir / "added_tokens.json").string()));
                for (const auto& [token, id] : a.items())
                    added[token] = id.get<int64_t>();
            }
        } else {
            throw Error("no tokenizer in " + checkpointDir +
                        ": expected tokenizer.json, or vocab.json and merges.txt");
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error("cannot read the tokenizer in " + checkpointDir + ": " + e.what());
    }
    return fromParts(std::move(vocab), merges, added);
}

std::vector<int64_t> WhisperTokenizer::encode(const std::string& text) const {
    std::vector<int64_t> out;
    size_t plainStart = 0;
    size_t i = 0;
    while (i < text.size()) {
        bool matched = false;
        for (const auto& [content, id] : impl_->added) {
            if (!content.empty() && text.compare(i, content.size(), content) == 0) {
                impl_->encodePlain(text.substr(plainStart, i - plainStart), out);
                out.push_back(id);
                i += content.size();
                plainStart = i;
                matched = true;
                break;
            }
        }
        if (!matched)
            ++i;
    }
    impl_->encodePlain(text.substr(plainStart), out);
    return out;
}

std::string WhisperTokenizer::decode(const std::vector<int64_t>& ids, bool skipSpecial) const {
    std::string out;
    for (const auto id : ids) {
        if (skipSpecial && impl_->addedIds.count(id)) {
            const auto& text = impl_->idToText.at(id);
            if (text.rfind("<|", 0) == 0 && text.size() >= 4 &&
                text.compare(text.size() - 2, 2, "|>") == 0)
                continue;
        }
        const auto it = impl_->idToBytes.find(id);
        if (it == impl_->idToBytes.end())
            throw Error("token id " + std::to_string(id) + " is not in the tokenizer (size " +
                        std::to_string(impl_->size) + ")");
        out += it->second;
    }
    return out;
}

int64_t WhisperTokenizer::tokenId(const std::string& token) const {
    for (const auto& [content, id] : impl_->added) {
        if (content == token)
            return id;
    }
    const auto it = impl_->vocab.find(token);
    return it == impl_->vocab.end() ? -1 : it->second;
}

std::string WhisperTokenizer::tokenText(int64_t id) const {
    const auto it = impl_->idToText.find(id);
    return it == impl_->idToText.end() ? std::string() : it->second;
}

bool WhisperTokenizer::isAdded(int64_t id) const {
    return impl_->addedIds.count(id) > 0;
}

int64_t WhisperTokenizer::size() const {
    return impl_->size;
}

}  // namespace sonara::models
