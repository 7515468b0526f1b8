#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "models/common/progress.h"

namespace sonara::models {

// Machine translation with Helsinki-NLP's opus-mt models (transformers MarianMTModel
// checkpoints: config.json, generation_config.json, source.spm, target.spm, vocab.json,
// model.safetensors or pytorch_model.bin). Sentences are translated in batches, with greedy or
// beam search as the checkpoint's generation config says.
class Marian {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16
    };

    struct TranslateOptions {
        int beamSize = 0;  // 0: the checkpoint's num_beams (opus-mt: 4); 1: greedy
        // Negative: the checkpoint's length_penalty (1.0 when it names none).
        double lengthPenalty = -1.0;
        // Decoder tokens per sentence; 0: the checkpoint's max_length less the start token.
        int maxNewTokens = 0;
        // The checkpoint's forced_eos_token_id at the last position, as generate() does.
        bool forceEndOfSentence = true;
        int batchSize = 16;  // sentences decoded together
    };

    // checkpointDir holds the files of an opus-mt checkpoint, see above. The tokenizer files are
    // needed for text; a checkpoint without them still translates token ids.
    static Marian load(const std::string& checkpointDir);
    static Marian load(const std::string& checkpointDir, const Options& options);

    // One translation per text, in order. Empty texts stay empty; a text longer than the
    // model's positions is cut to fit, as transformers' tokenizer does with truncation. progress
    // reports after each decoding step; returning false cancels (Cancelled is thrown).
    std::vector<std::string> translate(const std::vector<std::string>& texts,
                                       const TranslateOptions& options,
                                       const ProgressFn& progress = {}) const;

    // The token-level call under translate(): for each source (model ids, ending with </s>), the
    // generated ids after the decoder start token.
    std::vector<std::vector<int64_t>> generate(const std::vector<std::vector<int64_t>>& sources,
                                               const TranslateOptions& options,
                                               const ProgressFn& progress = {}) const;

    // Teacher-forced logits: source ids [batch][length] and decoder ids [batch][length] (equal
    // lengths within each) -> [batch, decoderLength, vocab] flattened, row-major.
    std::vector<float> logits(const std::vector<std::vector<int64_t>>& sources,
                              const std::vector<std::vector<int64_t>>& decoderIds) const;

    bool hasTokenizer() const;
    std::vector<int64_t> encode(const std::string& text) const;
    std::string decode(const std::vector<int64_t>& ids) const;

    int64_t vocabSize() const;
    int64_t decoderStartTokenId() const;
    int64_t eosTokenId() const;
    std::string device() const;  // e.g. "cpu", "cuda:0"
    std::string dtype() const;   // e.g. "float32"

private:
    struct Impl;
    explicit Marian(std::shared_ptr<const Impl> impl);
    // Shared: copies of a Marian use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
