#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace sonara::models {

// transformers' VitsTokenizer for character vocabularies (MMS-TTS): optional normalisation
// (lower-casing except where the vocabulary has the upper-case form, then dropping characters the
// vocabulary lacks and trimming whitespace), one token per character, and token 0 interspersed
// between and around characters when add_blank is set.
class VitsTokenizer {
public:
    // vocab.json and tokenizer_config.json of a checkpoint directory. Throws Error for
    // checkpoints whose text needs uroman romanisation or espeak phonemisation first, which this
    // tokenizer does not do.
    static VitsTokenizer load(const std::string& checkpointDir);
    // The same from the two files' contents; an empty tokenizerConfig means the reference's
    // defaults.
    static VitsTokenizer fromJson(const std::string& vocabJson, const std::string& tokenizerConfig,
                                  const std::string& source = "tokenizer");

    // UTF-8 text -> token ids. Throws Error on invalid UTF-8.
    std::vector<int64_t> encode(const std::string& text) const;

    const std::string& language() const { return language_; }
    bool addBlank() const { return addBlank_; }
    bool normalize() const { return normalize_; }
    size_t vocabSize() const { return vocab_.size(); }

private:
    std::vector<std::pair<std::u32string, int64_t>> vocabInOrder_;  // normalize_text's match order
    std::map<std::u32string, int64_t> vocab_;
    std::string language_;
    bool addBlank_ = true;
    bool normalize_ = true;
    int64_t unkId_ = -1;  // -1: the vocabulary has no unk token
};

}  // namespace sonara::models
