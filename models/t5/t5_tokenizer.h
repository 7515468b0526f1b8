#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace sonara::models {

// T5's SentencePiece tokenizer (spiece.model), through libsentencepiece. The library is loaded at
// run time by way of libsonara_sentencepiece (see sentencepiece_shim.h), so a program that never
// tokenizes text does not need it, and one that does gets an Error saying what to install.
class T5Tokenizer {
public:
    // A SentencePiece model file, or a directory holding spiece.model.
    static T5Tokenizer load(const std::string& path);

    // The text's piece ids followed by </s>, as transformers' T5Tokenizer encodes a sentence.
    std::vector<int64_t> encode(const std::string& text) const;
    int64_t padId() const;
    int64_t eosId() const;
    int64_t pieceCount() const;  // ids are below this

private:
    struct Impl;
    explicit T5Tokenizer(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> impl_;
};

// Where the tokenizer looks for libsonara_sentencepiece: only $SONARA_SENTENCEPIECE_SHIM when it
// is set; else next to the program, in ../lib/sonara beside the program's folder (the installed
// layout), then in the build tree.
std::vector<std::string> sentencePieceShimCandidates();

}  // namespace sonara::models
