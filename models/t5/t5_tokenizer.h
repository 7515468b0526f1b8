#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace sonara::models {

// T5's SentencePiece tokenizer (spiece.model). Built only when libsentencepiece is found
// (SONARA_HAVE_SENTENCEPIECE).
class T5Tokenizer {
public:
    // A SentencePiece model file, or a directory holding spiece.model.
    static T5Tokenizer load(const std::string& path);

    // The text's piece ids followed by </s>, as transformers' T5Tokenizer encodes a sentence.
    std::vector<int64_t> encode(const std::string& text) const;
    int64_t padId() const;
    int64_t eosId() const;

private:
    struct Impl;
    explicit T5Tokenizer(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
