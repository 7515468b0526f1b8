#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "models/common/array.h"
#include "models/common/progress.h"

namespace sonara::models {

// Hybrid Demucs v3 music source separation (torchaudio.models.HDemucs, e.g. the hdemucs_high
// HDEMUCS_HIGH_MUSDB_PLUS checkpoint): a stereo mix -> one waveform per stem.
class HDemucs {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16
    };

    // demucs.apply.apply_model's splitting of long inputs.
    struct SeparateOptions {
        double segmentSeconds = 10.0;  // audio per network call
        double overlap = 0.25;         // fraction of a segment shared with the next, in [0, 1)
        // Random time shifts of up to half a second averaged over (demucs' CLI uses 1); 0 runs
        // once, unshifted and deterministic.
        int shifts = 0;
        uint64_t shiftSeed = 0;
        int batch = 1;  // segments per network call
    };

    // checkpointDir holds config.json and model.safetensors with torchaudio's state-dict names.
    static HDemucs load(const std::string& checkpointDir);
    static HDemucs load(const std::string& checkpointDir, const Options& options);

    // mix [audioChannels(), samples] at sampleRate(), of any length of at least minimumSamples()
    // -> stems [sources().size(), audioChannels(), samples]. Progress is reported per segment.
    FloatArray separate(const FloatArray& mix, const ProgressFn& progress = {}) const;
    FloatArray separate(const FloatArray& mix, const SeparateOptions& options,
                        const ProgressFn& progress = {}) const;

    const std::vector<std::string>& sources() const;
    int sampleRate() const;
    int audioChannels() const;
    int64_t minimumSamples() const;  // one STFT hop
    std::string device() const;      // e.g. "cpu", "cuda:0"
    std::string dtype() const;       // e.g. "float32"

private:
    struct Impl;
    explicit HDemucs(std::shared_ptr<const Impl> impl);
    // Shared: copies of an HDemucs use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
