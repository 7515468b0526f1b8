#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "models/common/array.h"
#include "models/common/progress.h"
#include "models/encodec/encodec.h"

namespace sonara::models {

// MusicGen text-to-music (transformers MusicgenForConditionalGeneration layout): T5 text
// encoder, a language model over 4 EnCodec codebooks with the delay pattern, EnCodec 32 kHz.
class MusicGen {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16 (the text encoder stays fp32)
    };

    struct GenerateOptions {
        int64_t maxNewFrames = 0;    // code frames to generate; 0: seconds * frameRate()
        double seconds = 10.0;       // length of the music when maxNewFrames is 0
        double guidanceScale = 3.0;  // classifier-free guidance; <= 1 turns it off
        int64_t topK = 250;          // <= 0: sample from the whole codebook
        double temperature = 1.0;
        uint64_t seed = 0;    // the same seed, input and options give the same music
        bool greedy = false;  // pick the most likely code instead of sampling
    };

    // Tokenized prompts, row-major [batch, length]; mask 1 for tokens and 0 for padding (empty:
    // every position is a token). Ids come from the T5 tokenizer, ending in </s>.
    struct Tokens {
        std::vector<int64_t> shape;
        std::vector<int64_t> ids;
        std::vector<int64_t> mask;
    };

    struct Result {
        FloatArray audio;    // [batch, channels, samples] at sampleRate(), in [-1, 1]
        EncodecCodes codes;  // [batch, codebooks, frames]
    };

    // checkpointDir holds config.json, model.safetensors (or a sharded index), optionally
    // generation_config.json (sampling defaults) and spiece.model (the text tokenizer).
    static MusicGen load(const std::string& checkpointDir);
    static MusicGen load(const std::string& checkpointDir, const Options& options);

    Result generate(const Tokens& tokens, const GenerateOptions& options,
                    const ProgressFn& progress = {}) const;
    // One prompt per batch item; needs spiece.model and a build with SentencePiece.
    Result generate(const std::vector<std::string>& prompts, const GenerateOptions& options,
                    const ProgressFn& progress = {}) const;

    // GenerateOptions with the checkpoint's generation_config.json sampling defaults.
    GenerateOptions defaultOptions() const;
    bool hasTokenizer() const;
    int sampleRate() const;
    int channels() const;
    int frameRate() const;  // code frames per second
    int numCodebooks() const;
    std::string device() const;  // e.g. "cpu", "cuda:0"
    std::string dtype() const;   // e.g. "float32"

private:
    struct Impl;
    explicit MusicGen(std::shared_ptr<const Impl> impl);
    // Shared: copies of a MusicGen use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
