#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sonara::models {

// GPT-2 style byte-level BPE as Whisper checkpoints ship it: tokenizer.json, or vocab.json +
// merges.txt (+ added_tokens.json / special_tokens_map.json entries). Text is split like GPT-2's
// pre-tokenizer, each piece mapped byte by byte onto printable characters and merged by rank;
// decode maps the characters back to bytes, so decode(encode(s)) == s for any UTF-8 string.
class WhisperTokenizer {
public:
    // A checkpoint directory holding tokenizer.json or vocab.json + merges.txt.
    static WhisperTokenizer load(const std::string& checkpointDir);
    // vocab: token string (byte-level alphabet) -> id; merges in rank order; added: special or
    // added tokens (content -> id), matched verbatim in encode() before BPE.
    static WhisperTokenizer fromParts(
        std::map<std::string, int64_t> vocab,
        const std::vector<std::pair<std::string, std::string>>& merges,
        const std::map<std::string, int64_t>& added);

    std::vector<int64_t> encode(const std::string& text) const;
    // skipSpecial drops added tokens such as <|endoftext|> and timestamps.
    std::string decode(const std::vector<int64_t>& ids, bool skipSpecial = false) const;

    // -1 when the token is unknown.
    int64_t tokenId(const std::string& token) const;
    std::string tokenText(int64_t id) const;  // the raw vocabulary entry
    bool isAdded(int64_t id) const;
    int64_t size() const;  // highest id + 1

private:
    struct Impl;
    std::shared_ptr<const Impl> impl_;
};

// Splits UTF-8 text as GPT-2's pre-tokenizer pattern does ('s 't 're 've 'm 'll 'd, optional
// space + letters, optional space + digits, optional space + other symbols, whitespace runs).
// Letters and digits outside ASCII are classified by Unicode block, not the full property tables.
std::vector<std::string> byteLevelPreTokenize(const std::string& text);

}  // namespace sonara::models
