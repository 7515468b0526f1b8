#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "models/common/progress.h"

namespace sonara::models {

struct WhisperWord {
    double start = 0.0;  // seconds from the start of the audio
    double end = 0.0;
    std::string text;  // with its leading space, as the tokenizer decodes it
    // Mean probability of the word's tokens; punctuation merged into the word does not count, as
    // in the reference.
    double probability = 0.0;
};

struct WhisperSegment {
    double start = 0.0;  // seconds from the start of the audio
    double end = 0.0;
    std::string text;
    std::vector<int64_t> tokens;     // text tokens only, without special or timestamp tokens
    std::vector<WhisperWord> words;  // filled when word timestamps were asked for
    double avgLogprob = 0.0;         // mean log-probability of the window's sampled tokens
    double compressionRatio = 0.0;   // of the window's text (zlib's; high = repetitive)
    double noSpeechProbability = 0.0;
    double temperature = 0.0;  // the temperature that produced the window
};

struct WhisperTranscript {
    std::string language;  // code such as "en"; empty for English-only checkpoints
    std::string text;      // every segment's text, concatenated
    std::vector<WhisperSegment> segments;
};

// OpenAI Whisper speech recognition (transformers WhisperForConditionalGeneration checkpoints:
// config.json, generation_config.json, tokenizer.json or vocab.json + merges.txt,
// model.safetensors), greedy or beam-search decoding.
class Whisper {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16
    };

    struct TranscribeOptions {
        std::string language = "auto";    // "auto" detects from the first window, or a code: "en"
        std::string task = "transcribe";  // transcribe | translate (to English)
        // Timestamp tokens and rules; long audio then seeks by the last timestamp of each window.
        // Without them, 30 s windows are decoded batchSize at a time.
        bool timestamps = true;
        // With timestamps: decode fixed 30 s windows batchSize at a time instead of seeking
        // (much faster on a GPU; a word cut by a window edge may be split or lost).
        bool fixedWindows = false;
        int maxNewTokens = 224;                // per window
        int batchSize = 8;                     // windows per batch when not seeking
        int beamSize = 1;                      // 1: greedy; 2 to 5: beam search
        std::string initialPrompt;             // vocabulary or style hint for the first window
        bool conditionOnPreviousText = false;  // prompt each window with the text so far
        // Word-level timestamps and probabilities (cross-attention alignment heads + DTW).
        bool wordTimestamps = false;
        // Temperature fallback as the reference does: decode at temperatures[0] and retry a
        // window at the next temperature (sampling) while its compression ratio exceeds
        // compressionRatioThreshold or its average log-probability is under logprobThreshold,
        // unless it is silence (no-speech probability above noSpeechThreshold with a low
        // log-probability); the last attempt stands. A window still judged silent is skipped.
        // An empty list means {0}. Beam search applies at temperature 0 only; retries sample.
        // A NaN threshold turns its test off (None in the reference); a NaN logprobThreshold
        // leaves silence to the no-speech probability alone.
        std::vector<float> temperatures = {0.0f, 0.2f, 0.4f, 0.6f, 0.8f, 1.0f};
        double compressionRatioThreshold = 2.4;
        double logprobThreshold = -1.0;
        double noSpeechThreshold = 0.6;
        uint64_t seed = 0;  // sampling at temperatures above 0 is reproducible for a given seed
    };

    // checkpointDir holds the files of a Hugging Face Whisper checkpoint, see above.
    static Whisper load(const std::string& checkpointDir);
    static Whisper load(const std::string& checkpointDir, const Options& options);

    // audio16k: mono samples at 16 kHz in [-1, 1]. progress reports per window; returning false
    // cancels (Cancelled is thrown).
    WhisperTranscript transcribe(const std::vector<float>& audio16k,
                                 const TranscribeOptions& options,
                                 const ProgressFn& progress = {}) const;

    static constexpr int sampleRate() { return 16000; }
    int melBins() const;
    bool multilingual() const;
    bool hasTimestamps() const;
    std::vector<std::string> languages() const;  // codes the checkpoint knows, e.g. "en"
    std::string device() const;                  // e.g. "cpu", "cuda:0"
    std::string dtype() const;                   // e.g. "float32"

private:
    struct Impl;
    explicit Whisper(std::shared_ptr<const Impl> impl);
    // Shared: copies of a Whisper use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
