#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "models/common/array.h"
#include "models/common/progress.h"

namespace sonara::models {

// Hybrid Transformer Demucs v4 music source separation (demucs.htdemucs.HTDemucs as its
// authors publish it: htdemucs, htdemucs_6s, and htdemucs_ft, a bag of four models whose stems
// are weighted per source): a stereo mix -> one waveform per stem.
class HTDemucs {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16
    };

    // demucs.apply.apply_model's splitting of long inputs.
    struct SeparateOptions {
        // Audio per network call; 0 uses the model's training segment (7.8 s for the published
        // models), which is also the most it accepts.
        double segmentSeconds = 0.0;
        double overlap = 0.25;  // fraction of a segment shared with the next, in [0, 1)
        // Random time shifts of up to half a second averaged over (demucs' CLI uses 1); 0 runs
        // once, unshifted and deterministic. All models of a bag see the same shifts.
        int shifts = 0;
        uint64_t shiftSeed = 0;
        int batch = 1;  // segments per network call
    };

    // path: a published .th file (htdemucs: 955717e8-8726e21a.th); a demucs bag descriptor
    // (htdemucs_ft.yaml) with the .th files it names beside it; a directory holding one of these
    // (a single descriptor, or a single .th file); or a directory holding config.json (the
    // constructor's kwargs) and model.safetensors.
    static HTDemucs load(const std::string& path);
    static HTDemucs load(const std::string& path, const Options& options);
    // A bag given directly: each model a path as above naming one model; weights[m][s] weighs
    // model m's stem s (empty: all ones), as demucs' BagOfModels does.
    static HTDemucs loadBag(const std::vector<std::string>& modelPaths,
                            const std::vector<std::vector<double>>& weights,
                            const Options& options);

    // mix [audioChannels(), samples] at sampleRate(), of any length of at least minimumSamples()
    // -> stems [sources().size(), audioChannels(), samples], normalised by the mono mix's mean
    // and deviation as demucs' separate does. Device memory is that of `batch` segments whatever
    // the length. Progress is reported per segment (and between the models of a bag); a false
    // return cancels with Cancelled.
    FloatArray separate(const FloatArray& mix, const ProgressFn& progress = {}) const;
    FloatArray separate(const FloatArray& mix, const SeparateOptions& options,
                        const ProgressFn& progress = {}) const;

    const std::vector<std::string>& sources() const;
    int sampleRate() const;
    int audioChannels() const;
    double segmentSeconds() const;   // the training segment
    int64_t minimumSamples() const;  // one STFT hop
    int modelCount() const;          // 4 for htdemucs_ft
    std::string device() const;      // e.g. "cpu", "cuda:0"
    std::string dtype() const;       // e.g. "float32"

private:
    struct Impl;
    explicit HTDemucs(std::shared_ptr<const Impl> impl);
    // modelFiles each name one model; segment: a bag descriptor's override ("" for none);
    // source names the checkpoint in errors.
    static HTDemucs fromFiles(const std::vector<std::string>& modelFiles,
                              const std::vector<std::vector<double>>& weights,
                              const std::string& segment, const std::string& source,
                              const Options& options);
    // Shared: copies of an HTDemucs use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
