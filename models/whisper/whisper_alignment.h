#pragma once

// Internal to models/: word-level timestamps as openai-whisper's timing.py does them: the
// cross-attention of the alignment heads over the decoded text, normalised and median filtered,
// aligned to the audio frames by dynamic time warping, then grouped into words.

#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "models/whisper/whisper.h"
#include "models/whisper/whisper_model.h"
#include "models/whisper/whisper_tokenizer.h"

namespace sonara::models {

// The reference's defaults for punctuation merged into the following / preceding word.
inline constexpr const char* kPrependPunctuations = "\"'\xE2\x80\x9C\xC2\xBF([{-";
inline constexpr const char* kAppendPunctuations =
    "\"'.\xE3\x80\x82,\xEF\xBC\x8C!\xEF\xBC\x81?\xEF\xBC\x9F:\xEF\xBC\x9A\xE2\x80\x9D)]}"
    "\xE3\x80\x81";
constexpr int64_t kMedianFilterWidth = 7;
constexpr double kAlignmentFramesPerSecond = 50.0;  // encoder frames: 20 ms each

struct WordTiming {
    std::string word;
    std::vector<int64_t> tokens;
    double start = 0.0;  // seconds from the start of the window
    double end = 0.0;
    double probability = 0.0;  // mean of the word's token probabilities
};

// Monotonic path of least total cost through cost [N, M], from (0, 0) to (N - 1, M - 1), by
// steps down, right or diagonal, with the reference's tie-breaking (dtw_cpu).
struct DtwPath {
    std::vector<int64_t> rows;     // text indices
    std::vector<int64_t> columns;  // time indices
};
DtwPath dynamicTimeWarping(const torch::Tensor& cost);

// Median of each sliding window of odd width along the last dimension, reflect-padded; inputs no
// longer than width / 2 are returned as they are.
torch::Tensor medianFilter(const torch::Tensor& x, int64_t width);

// (layer, head): generation_config.json's alignment_heads, or every head of the last half of the
// decoder layers.
std::vector<std::pair<int64_t, int64_t>> alignmentHeads(const WhisperConfig& config);

// tokens (text tokens, then the end token) grouped into words: at spaces and punctuation, or, for
// languages written without spaces (zh, ja, th, lo, my, yue), at every complete character.
struct WordTokens {
    std::vector<std::string> words;
    std::vector<std::vector<int64_t>> tokens;
};
WordTokens splitToWordTokens(const WhisperTokenizer& tokenizer, const std::vector<int64_t>& tokens,
                             int64_t eot, const std::string& language);

// Leading punctuation joins the next word, trailing punctuation the previous one; the emptied
// entries stay with an empty word and no tokens.
void mergePunctuations(std::vector<WordTiming>& alignment,
                       const std::string& prepended = kPrependPunctuations,
                       const std::string& appended = kAppendPunctuations);

struct AlignmentRequest {
    std::vector<int64_t> sotSequence;  // <|startoftranscript|> [language] [task]
    std::vector<int64_t> textTokens;
    int64_t numFrames = 0;  // mel frames of real audio in the window
    std::string language;
};
// Word timings of request.textTokens in the window whose encoder output is encoded [1, 1500, d].
std::vector<WordTiming> findAlignment(WhisperDecoder& decoder, const torch::Tensor& encoded,
                                      const WhisperTokenizer& tokenizer,
                                      const AlignmentRequest& request);

// Distributes a window's alignment over its segments (segments[first..]), with the reference's
// corrections of overlong words at pauses and segment edges; segment times may move to their
// words'. timeOffset: the window's start in seconds. lastSpeechTimestamp carries across windows.
void addWordTimestamps(std::vector<WhisperSegment>& segments, size_t first,
                       std::vector<WordTiming> alignment, double timeOffset,
                       double& lastSpeechTimestamp);

}  // namespace sonara::models
