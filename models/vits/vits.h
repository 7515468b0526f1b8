#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "models/common/array.h"
#include "models/common/progress.h"
#include "models/vits/vits_tokenizer.h"

namespace sonara::models {

// Unset values take the checkpoint's config.json (speaking_rate, noise_scale,
// noise_scale_duration).
struct VitsSynthesisOptions {
    std::optional<double> speakingRate;        // > 0; 1.5 speaks 1.5 times as fast
    std::optional<double> noiseScale;          // variation of the voice; 0 is deterministic
    std::optional<double> noiseScaleDuration;  // variation of the timing; 0 is deterministic
    int speaker = 0;                           // 0..speakers()-1; ignored when speakers() == 1
    uint64_t seed = 0;                         // same seed, same inputs: same waveform
};

// VITS text-to-speech (transformers VitsModel layout, e.g. facebook/mms-tts-*): characters ->
// waveform in one non-autoregressive pass.
class Vits {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16
    };

    using SynthesisOptions = VitsSynthesisOptions;

    // checkpointDir holds config.json and model.safetensors (or a sharded index), and for text
    // input vocab.json and tokenizer_config.json.
    static Vits load(const std::string& checkpointDir);
    static Vits load(const std::string& checkpointDir, const Options& options);

    // UTF-8 text -> waveform [samples] in [-1, 1] at sampleRate().
    FloatArray synthesize(const std::string& text, const SynthesisOptions& options = {},
                          const ProgressFn& progress = {}) const;
    // Token ids as tokenize() makes them (blanks included) -> waveform [samples].
    FloatArray synthesizeTokens(const std::vector<int64_t>& tokenIds,
                                const SynthesisOptions& options = {},
                                const ProgressFn& progress = {}) const;

    // Several sentences in one padded batch: one waveform per input, each of its own length.
    // Faster than one call per sentence for long texts; the noise drawn for an input depends on
    // the whole batch, so with noise on it differs from a single call with the same seed.
    std::vector<FloatArray> synthesizeBatch(const std::vector<std::string>& texts,
                                            const SynthesisOptions& options = {},
                                            const ProgressFn& progress = {}) const;
    std::vector<FloatArray> synthesizeTokensBatch(const std::vector<std::vector<int64_t>>& tokenIds,
                                                  const SynthesisOptions& options = {},
                                                  const ProgressFn& progress = {}) const;

    // Throws Error when the checkpoint has no vocab.json, the text has no character the
    // vocabulary covers, or the tokenizer needs a hook (phonemes, romanisation) that `hooks`
    // lacks.
    std::vector<int64_t> tokenize(const std::string& text, const VitsTextHooks& hooks = {}) const;
    bool phonemizes() const;  // the tokenizer reads espeak IPA (tokenizer_config phonemize)
    bool romanizes() const;   // the tokenizer reads romanised text (is_uroman)

    bool readsText() const;        // the checkpoint ships a usable tokenizer
    std::string language() const;  // tokenizer_config.json's language, e.g. "eng"; may be empty
    int sampleRate() const;
    int speakers() const;
    int hopLength() const;  // waveform samples per spectrogram frame
    std::string device() const;
    std::string dtype() const;

private:
    struct Impl;
    explicit Vits(std::shared_ptr<const Impl> impl);
    // Shared: copies of a Vits use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
