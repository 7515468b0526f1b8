#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "models/t5/t5_tokenizer.h"

namespace sonara::models {

// transformers' MarianTokenizer: source.spm splits the source text into pieces (through
// libsentencepiece), vocab.json maps pieces to the model's ids (unknown pieces to <unk>) and
// </s> ends the sentence; target ids map back through vocab.json (or target_vocab.json when
// the checkpoint has separate vocabularies) and target.spm's pieces join into text.
class MarianTokenizer {
public:
    static MarianTokenizer load(const std::string& checkpointDir);

    std::vector<int64_t> encode(const std::string& text) const;
    // Special tokens (pad, </s>, <unk>) are skipped, as skip_special_tokens does.
    std::string decode(const std::vector<int64_t>& ids) const;

    int64_t eosId() const { return eos_; }
    int64_t padId() const { return pad_; }
    int64_t unkId() const { return unk_; }

private:
    MarianTokenizer() = default;

    std::shared_ptr<const T5Tokenizer> source_;
    std::vector<std::string> sourcePieces_;  // SentencePiece id -> piece, from source.spm
    std::map<std::string, int64_t> sourceVocab_;
    std::map<int64_t, std::string> targetPieces_;
    int64_t eos_ = 0;
    int64_t pad_ = -1;
    int64_t unk_ = 1;
};

// The piece strings of a SentencePiece model file, in id order (its ModelProto's pieces).
std::vector<std::string> sentencePiecePieces(const std::string& file);

}  // namespace sonara::models
