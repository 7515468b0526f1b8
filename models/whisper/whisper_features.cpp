#include "models/whisper/whisper_features.h"

#include <cmath>

#include "models/common/error.h"

namespace sonara::models {

namespace {

double hertzToMel(double hz) {
    constexpr double minLogHertz = 1000.0;
    constexpr double minLogMel = 15.0;
    const double logstep = 27.0 / std::log(6.4);
    double mel = 3.0 * hz / 200.0;
    if (hz >= minLogHertz)
        mel = minLogMel + std::log(hz / minLogHertz) * logstep;
    return mel;
}

double melToHertz(double mel) {
    constexpr double minLogHertz = 1000.0;
    constexpr double minLogMel = 15.0;
    const double logstep = std::log(6.4) / 27.0;
    double hz = 200.0 * mel / 3.0;
    if (mel >= minLogMel)
        hz = minLogHertz * std::exp(logstep * (mel - minLogMel));
    return hz;
}

}  // namespace

torch::Tensor slaneyMelFilterBank(int64_t frequencyBins, int64_t melBins, double minHz,
                                  double maxHz, int64_t sampleRate) {
    const double melMin = hertzToMel(minHz);
    const double melMax = hertzToMel(maxHz);
    // np.linspace: start + i * step, with the last point exactly the stop.
    std::vector<double> filterFreqs(static_cast<size_t>(melBins + 2));
    for (int64_t i = 0; i < melBins + 2; ++i) {
        const double mel = i == melBins + 1 ? melMax
                                            : melMin + static_cast<double>(i) * (melMax - melMin) /
                                                           static_cast<double>(melBins + 1);
        filterFreqs[static_cast<size_t>(i)] = melToHertz(mel);
    }
    const double nyquist = static_cast<double>(sampleRate / 2);
    auto bank = torch::zeros({frequencyBins, melBins}, torch::kFloat64);
    auto acc = bank.accessor<double, 2>();
    for (int64_t f = 0; f < frequencyBins; ++f) {
        const double fft = f == frequencyBins - 1 ? nyquist
                                                  : static_cast<double>(f) * nyquist /
                                                        static_cast<double>(frequencyBins - 1);
        for (int64_t m = 0; m < melBins; ++m) {
            const auto lo = filterFreqs[static_cast<size_t>(m)];
            const auto mid = filterFreqs[static_cast<size_t>(m + 1)];
            const auto hi = filterFreqs[static_cast<size_t>(m + 2)];
            const double down = -(lo - fft) / (mid - lo);
            const double up = (hi - fft) / (hi - mid);
            const double v = std::max(0.0, std::min(down, up));
            acc[f][m] = v * 2.0 / (hi - lo);
        }
    }
    return bank.to(torch::kFloat32);
}

WhisperFeatureExtractor::WhisperFeatureExtractor(int64_t melBins, const torch::Device& device)
    : melBins_(melBins), device_(device) {
    if (melBins <= 0)
        throw Error("Whisper feature extractor needs a positive number of mel bins, found " +
                    std::to_string(melBins));
    filters_ = slaneyMelFilterBank(kFft / 2 + 1, melBins, 0.0, 8000.0, kSampleRate).to(device);
    window_ = torch::hann_window(kFft, torch::TensorOptions().dtype(torch::kFloat32)).to(device);
}

torch::Tensor WhisperFeatureExtractor::operator()(const torch::Tensor& audio, bool padTo30s) const {
    if (audio.dim() != 1 && audio.dim() != 2) {
        throw Error(
            "Whisper feature extractor: audio must have shape [samples] or [batch, "
            "samples], found " +
            std::to_string(audio.dim()) + " dimensions");
    }
    auto x = audio.to(device_, torch::kFloat32);
    if (x.dim() == 1)
        x = x.unsqueeze(0);
    if (padTo30s) {
        const int64_t n = x.size(1);
        x = n >= kWindowSamples ? x.narrow(1, 0, kWindowSamples)
                                : torch::constant_pad_nd(x, {0, kWindowSamples - n}, 0.0);
    }
    if (x.size(1) <= kFft / 2)
        throw Error("Whisper feature extractor: audio needs more than " + std::to_string(kFft / 2) +
                    " samples, found " + std::to_string(x.size(1)));
    // torch.stft(center=True) reflect-pads by n_fft / 2; done here so the call below has the
    // same signature in libtorch 1.13 and 2.x.
    namespace F = torch::nn::functional;
    x = F::pad(x.unsqueeze(1), F::PadFuncOptions({kFft / 2, kFft / 2}).mode(torch::kReflect))
            .squeeze(1);
    const auto spec = torch::stft(x, kFft, kHop, kFft, window_, /*normalized=*/false,
                                  /*onesided=*/true, /*return_complex=*/true);
    const auto frames = spec.size(-1) - 1;
    const auto power = spec.narrow(-1, 0, frames).abs().pow(2);
    // filters^T [mels, freq] @ power [batch, freq, frames]
    auto mel = torch::matmul(filters_.t(), power);
    auto logSpec = mel.clamp_min(1e-10).log10();
    const auto peak = std::get<0>(logSpec.flatten(1).max(1, true)).unsqueeze(-1);
    logSpec = torch::maximum(logSpec, peak - 8.0);
    return (logSpec + 4.0) / 4.0;
}

}  // namespace sonara::models
