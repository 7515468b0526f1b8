#pragma once

// Internal to models/: the reference's tests of a decoded window (openai-whisper transcribe()),
// which decide whether to decode it again at a higher temperature or to skip it as silence.

#include <string>

namespace sonara::models {

// len(utf8) / len(zlib.compress(utf8)), as the reference. Builds without zlib (no
// SONARA_HAVE_ZLIB) estimate the compressed length with a greedy LZ77 parse costed at deflate's
// fixed or (entropy-estimated) dynamic Huffman codes, whichever is shorter; that tracks zlib
// within about 5% on transcripts and keeps repetitive text far above 2.4.
double compressionRatio(const std::string& text);
// The compressed length compressionRatio divides by.
size_t compressedSize(const std::string& text);

struct WindowQuality {
    double avgLogprob = 0.0;
    double compressionRatio = 0.0;
    double noSpeechProbability = 0.0;
};

// Thresholds as in Whisper::TranscribeOptions; NaN turns a test off (None in the reference).
struct FallbackThresholds {
    double compressionRatio = 2.4;
    double logprob = -1.0;
    double noSpeech = 0.6;
};

// Too repetitive or too unlikely, unless it looks like silence.
bool needsFallback(const WindowQuality& window, const FallbackThresholds& thresholds);
// Silence: the no-speech probability is high and the text is not confidently likely.
bool isSilence(const WindowQuality& window, const FallbackThresholds& thresholds);

}  // namespace sonara::models
