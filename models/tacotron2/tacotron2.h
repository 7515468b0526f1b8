#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "models/common/array.h"
#include "models/common/progress.h"

namespace sonara::models {

// Tacotron2 (torchaudio's layout, as in its LJSpeech bundles, or NVIDIA's): symbol ids -> mel
// spectrogram.
class Tacotron2 {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16
        // The reference keeps the prenet's dropout on at inference, which the model was trained
        // to expect; off makes synthesis deterministic.
        bool prenetDropout = true;
    };

    // checkpointDir holds config.json (torchaudio's constructor arguments) and model.safetensors
    // or a torch.save state dict (model.pth, pytorch_model.bin, ...); a torch.save file in such
    // a directory may be named instead.
    static Tacotron2 load(const std::string& checkpointDir);
    static Tacotron2 load(const std::string& checkpointDir, const Options& options);

    struct Spectrogram {
        FloatArray mel;               // [batch, n_mels, frames], after the postnet
        std::vector<int64_t> frames;  // per row: frames until its stop gate fired
        FloatArray alignments;        // [batch, frames, longest token sequence]
    };

    // One symbol id sequence per row (ids in [0, symbolCount())). Decodes until every row's stop
    // gate fired or maxDecoderSteps() frames; rows that stopped early keep decoding until then,
    // so mel beyond frames[i] is not speech. The prenet's dropout draws from seed: the same seed
    // and tokens give the same spectrogram, and a row's does not depend on the rows beside it.
    Spectrogram synthesize(const std::vector<std::vector<int64_t>>& tokens, uint64_t seed = 0,
                           const ProgressFn& progress = {}) const;

    int melBins() const;
    int symbolCount() const;
    int maxDecoderSteps() const;
    int sampleRate() const;
    std::string device() const;  // e.g. "cpu", "cuda:0"
    std::string dtype() const;   // e.g. "float32"

private:
    struct Impl;
    explicit Tacotron2(std::shared_ptr<const Impl> impl);
    // Shared: copies of a Tacotron2 use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
