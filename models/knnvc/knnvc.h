#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "models/common/array.h"
#include "models/common/progress.h"

namespace sonara::models {

// kNN-VC voice conversion (Baas, van Niekerk and Kamper, "Voice Conversion With Just Nearest
// Neighbors", bshall/knn-vc): every WavLM feature frame of the source speech is replaced by the
// mean of its k nearest frames (cosine similarity) in the target voice's matching set, and the
// result is vocoded by a HiFi-GAN trained on such features (the authors' "prematched" vocoder).
//
// The matching set is the features of the target's recordings, computed once by matchingSet()
// and reusable for every conversion to that voice (saveMatchingSet/loadMatchingSet keep it on
// disk). The nearest-neighbour search runs on the model's device in blocks of query frames, so a
// 30-minute matching set and a 10-minute query need a few GB.
class KnnVc {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        // WavLM's and the vocoder's; the search and the averaging always run in float32.
        std::string dtype = "auto";  // auto | fp32 | fp16 | bf16
        // WavLM hidden state used as features; -1: the "layer" of a knnvc.json in the model
        // folder, else 6 (WavLM-large's layer 6, as kNN-VC).
        int layer = -1;
        // Similarities held at once by the search (query frames x matching frames per block).
        int64_t searchBlockElements = int64_t(1) << 26;
        // The vocoder runs on windows of this many frames, each with contextFrames of its
        // neighbours on both sides that are computed and dropped, so memory stays flat in the
        // audio's length; audio up to one window is vocoded in one pass.
        int64_t vocoderWindowFrames = 1500;
        int64_t vocoderContextFrames = 32;
    };

    // `folder` holds wavlm/ (a transformers WavLM checkpoint: config.json and
    // model.safetensors or pytorch_model.bin, e.g. microsoft/wavlm-large) and vocoder/ (the
    // authors' vocoder, e.g. prematch_g_02500000.pt, with an optional config.json in the keys of
    // their hifigan/config_v1_wavlm.json).
    static KnnVc load(const std::string& folder);
    static KnnVc load(const std::string& folder, const Options& options);
    static KnnVc load(const std::string& wavlmDir, const std::string& vocoderPath,
                      const Options& options);

    // Features of 16 kHz mono audio [samples] -> [frames, featureSize()], one frame per
    // hopLength() samples. progress reports WavLM's layers; returning false cancels.
    FloatArray features(const FloatArray& audio16k, const ProgressFn& progress = {}) const;
    // The features of every clip, one after the other: a voice's matching set. Each clip needs
    // at least minimumSamples(); Error names the first that is shorter.
    FloatArray matchingSet(const std::vector<FloatArray>& clips16k,
                           const ProgressFn& progress = {}) const;

    // Indices into the matching set's frames of each query frame's k nearest frames, nearest
    // first: [frames * k], row-major by query frame.
    std::vector<int64_t> nearest(const FloatArray& query, const FloatArray& matchingSet,
                                 int k) const;
    // Each query frame replaced by the mean of its k nearest: [frames, featureSize()].
    FloatArray match(const FloatArray& query, const FloatArray& matchingSet, int k) const;
    // Features [frames, featureSize()] -> waveform [frames * hopLength()] at outputSampleRate().
    FloatArray vocode(const FloatArray& features, const ProgressFn& progress = {}) const;
    // features, match and vocode in one call.
    FloatArray convert(const FloatArray& audio16k, const FloatArray& matchingSet, int k,
                       const ProgressFn& progress = {}) const;

    int sampleRate() const;          // what features() takes: 16000
    int outputSampleRate() const;    // the vocoder's: 16000 for the authors' vocoder
    int64_t hopLength() const;       // output samples per feature frame: 320
    int64_t featureSize() const;     // 1024 for WavLM-large
    int64_t minimumSamples() const;  // shortest audio that yields one frame (400)
    int64_t frameCount(int64_t samples) const;
    std::string device() const;
    std::string dtype() const;

private:
    struct Impl;
    explicit KnnVc(std::shared_ptr<const Impl> impl);
    // Shared: copies of a KnnVc use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

// A matching set on disk: a safetensors file holding "features" [frames, dim] in float32 and the
// given string metadata (e.g. what it was computed from, to know when it is stale). The file is
// written beside `path` and renamed into place, so a reader never sees half of it.
void saveMatchingSet(const std::string& path, const FloatArray& features,
                     const std::map<std::string, std::string>& metadata);
// Throws Error when the file is unreadable or holds no float32 [frames, dim] "features".
FloatArray loadMatchingSet(const std::string& path,
                           std::map<std::string, std::string>* metadata = nullptr);

}  // namespace sonara::models
