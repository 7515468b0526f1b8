#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "models/common/array.h"
#include "models/common/progress.h"
#include "models/encodec/encodec_config.h"

namespace sonara::models {

// Discrete EnCodec codes, row-major: [batch, codebooks, frames] or [codebooks, frames].
struct EncodecCodes {
    std::vector<int64_t> shape;
    std::vector<int64_t> data;

    int64_t rank() const { return static_cast<int64_t>(shape.size()); }
    int64_t numel() const { return FloatArray::elementCount(shape); }
    std::string shapeString() const { return FloatArray::shapeString(shape); }
};

// EnCodec neural audio codec (transformers EncodecModel layout): audio <-> codes.
class Encodec {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16
    };

    // checkpointDir holds config.json and model.safetensors (or a sharded index).
    static Encodec load(const std::string& checkpointDir);
    static Encodec load(const std::string& checkpointDir, const Options& options);
    // An EnCodec stored inside another model's checkpoint, e.g. MusicGen's: tensors named
    // prefix + the EncodecModel name ("audio_encoder."), config from the enclosing config.json
    // (EncodecConfig::fromConfig(Config::load(dir).child("audio_encoder"))).
    static Encodec load(const std::string& checkpointPath, const std::string& prefix,
                        const EncodecConfig& config, const Options& options);

    // audio [channels, samples] -> codes [codebooks, frames], or [batch, channels, samples] ->
    // [batch, codebooks, frames]; frames = ceil(samples / hopLength()), codebooks =
    // codebooksForBandwidth(bandwidth). bandwidth (kbps) must be one of bandwidths().
    EncodecCodes encode(const FloatArray& audio, double bandwidth,
                        const ProgressFn& progress = {}) const;
    // codes [codebooks, frames] -> audio [channels, frames * hopLength()], or batched likewise;
    // any number of codebooks from 1 to maxCodebooks().
    FloatArray decode(const EncodecCodes& codes, const ProgressFn& progress = {}) const;

    int sampleRate() const;
    int channels() const;
    int hopLength() const;  // samples per frame
    int frameRate() const;  // frames per second (sampleRate / hopLength, rounded up)
    int codebookSize() const;
    int maxCodebooks() const;
    int codebooksForBandwidth(double bandwidth) const;  // throws Error for unsupported ones
    std::vector<double> bandwidths() const;             // kbps
    const EncodecConfig& config() const;
    std::string device() const;  // e.g. "cpu", "cuda:0"
    std::string dtype() const;   // e.g. "float32"

private:
    struct Impl;
    explicit Encodec(std::shared_ptr<const Impl> impl);
    // Shared: copies of an Encodec use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
