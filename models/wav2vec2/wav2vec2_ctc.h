#pragma once

// CTC decoding over per-frame scores, free of libtorch so callers and tests can use it on any
// logit matrix.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "models/common/array.h"

namespace sonara::models {

// Wav2Vec2CTCTokenizer's vocabulary: one string per token id.
struct CtcVocabulary {
    std::vector<std::string> tokens;
    int64_t blank = 0;       // the pad token, which CTC uses as its blank
    int64_t delimiter = -1;  // the word delimiter "|"; -1 when the vocabulary has none

    // vocab.json maps token -> id; blankToken and delimiterToken name the special tokens.
    static CtcVocabulary load(const std::string& vocabJsonPath,
                              const std::string& blankToken = "<pad>",
                              const std::string& delimiterToken = "|");
    // Token ids of one word, character by character; a character missing from the vocabulary is
    // tried in the other letter case (English checkpoints use capitals) before Error is thrown.
    std::vector<int64_t> encodeWord(const std::string& word) const;
};

struct CtcWord {
    std::string text;
    double start = 0.0;  // seconds
    double end = 0.0;    // seconds, exclusive: the end of the word's last frame
};

struct CtcTranscript {
    std::string text;  // words joined by single spaces
    std::vector<CtcWord> words;
};

// Greedy (best path) decoding of logits [frames, vocab]: argmax per frame, repeats merged, blanks
// and special tokens (<s>, </s>, <unk>) dropped, words split at the delimiter. frameSeconds is the
// time one frame covers.
CtcTranscript ctcGreedyDecode(const FloatArray& logits, const CtcVocabulary& vocabulary,
                              double frameSeconds);

// Forced alignment (Viterbi over the CTC trellis) of the given words onto logits [frames, vocab].
// wordTokens holds each word's token ids; words are separated by the delimiter token when the
// vocabulary has one, which may also absorb pauses. Throws Error when the frames cannot hold the
// transcript.
std::vector<CtcWord> ctcForcedAlign(const FloatArray& logits, const CtcVocabulary& vocabulary,
                                    const std::vector<std::string>& words, double frameSeconds);

// Splits a transcript at whitespace.
std::vector<std::string> splitWords(const std::string& transcript);

}  // namespace sonara::models
