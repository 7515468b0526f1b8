#pragma once

#include <memory>
#include <string>
#include <vector>

#include "models/common/array.h"
#include "models/common/progress.h"
#include "models/wav2vec2/wav2vec2_ctc.h"

namespace sonara::models {

// Wav2Vec2ForCTC (transformers layout; base group-norm and large/robust/XLS-R stable-layer-norm
// variants): 16 kHz audio -> per-frame CTC logits, greedy transcripts and forced word alignment.
class Wav2Vec2 {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16
    };

    // checkpointDir holds config.json and model.safetensors (or a sharded index), and usually
    // vocab.json and preprocessor_config.json. With do_normalize set there, audio is scaled to
    // zero mean and unit variance before the model, as Wav2Vec2FeatureExtractor does.
    static Wav2Vec2 load(const std::string& checkpointDir);
    static Wav2Vec2 load(const std::string& checkpointDir, const Options& options);

    // audio [samples] -> logits [frames, vocab], or [batch, samples] -> [batch, frames, vocab].
    // progress reports after each transformer layer; returning false cancels (Cancelled is
    // thrown), so a long window on a CPU stops within one layer.
    FloatArray logits(const FloatArray& audio16k, const ProgressFn& progress = {}) const;

    // Greedy CTC transcript with word times; needs vocab.json.
    CtcTranscript transcribe(const FloatArray& audio16k) const;
    // Start and end times of each whitespace-separated word of transcript; needs vocab.json.
    std::vector<CtcWord> align(const FloatArray& audio16k, const std::string& transcript) const;

    bool hasVocabulary() const;
    const CtcVocabulary& vocabulary() const;  // throws Error without vocab.json
    int sampleRate() const;                   // 16000
    int64_t frameStride() const;              // samples per frame (320)
    double frameSeconds() const;              // 0.02
    int64_t vocabSize() const;
    std::string device() const;
    std::string dtype() const;

private:
    struct Impl;
    explicit Wav2Vec2(std::shared_ptr<const Impl> impl);
    // Shared: copies of a Wav2Vec2 use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
