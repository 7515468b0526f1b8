#pragma once

// Internal to models/: Whisper's log-mel frontend on torch tensors.

#include <torch/torch.h>

#include <cstdint>

namespace sonara::models {

// transformers' WhisperFeatureExtractor (its torch path): 16 kHz audio, 25 ms Hann window
// (periodic), 10 ms hop, power spectrum without the last frame, Slaney mel filters with Slaney
// area normalisation, log10 clamped at 1e-10, floor 8 below the maximum, then (x + 4) / 4.
class WhisperFeatureExtractor {
public:
    static constexpr int64_t kSampleRate = 16000;
    static constexpr int64_t kFft = 400;
    static constexpr int64_t kHop = 160;
    static constexpr int64_t kWindowSamples = 30 * kSampleRate;
    static constexpr int64_t kWindowFrames = kWindowSamples / kHop;  // 3000

    WhisperFeatureExtractor(int64_t melBins, const torch::Device& device);

    // audio [samples] or [batch, samples] (float32, any device) -> [batch, melBins, frames] in
    // float32 on the extractor's device. With padTo30s each item is zero-padded (or cut) to
    // 30 s first, giving 3000 frames as the encoder expects.
    torch::Tensor operator()(const torch::Tensor& audio, bool padTo30s = true) const;

    int64_t melBins() const { return melBins_; }
    // [n_fft / 2 + 1, melBins], float32, as transformers' mel_filter_bank builds it.
    const torch::Tensor& filters() const { return filters_; }

private:
    int64_t melBins_;
    torch::Device device_;
    torch::Tensor filters_;
    torch::Tensor window_;
};

// transformers.audio_utils.mel_filter_bank(norm="slaney", mel_scale="slaney"), computed in
// float64 like the reference and returned as float32 [frequencyBins, melBins].
torch::Tensor slaneyMelFilterBank(int64_t frequencyBins, int64_t melBins, double minHz,
                                  double maxHz, int64_t sampleRate);

}  // namespace sonara::models
