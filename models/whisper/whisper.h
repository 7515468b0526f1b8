#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "models/common/progress.h"

namespace sonara::models {

struct WhisperSegment {
    double start = 0.0;  // seconds from the start of the audio
    double end = 0.0;
    std::string text;
    std::vector<int64_t> tokens;  // text tokens only, without special or timestamp tokens
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
