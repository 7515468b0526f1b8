#include "models/demucs/demucs_spec.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <string>

#include "models/common/error.h"

namespace sonara::models {

namespace {

// demucs' pad1d: reflect padding; an input too short to reflect is first extended with the
// zeros it lacks, taken from the right padding first, so the result is always
// left + length + right long.
at::Tensor reflectPad(at::Tensor x, int64_t left, int64_t right) {
    const int64_t length = x.size(-1);
    const int64_t maxPad = std::max(left, right);
    if (length <= maxPad) {
        const int64_t extra = maxPad - length + 1;
        const int64_t extraRight = std::min(right, extra);
        const int64_t extraLeft = extra - extraRight;
        x = at::constant_pad_nd(x, {extraLeft, extraRight});
        left -= extraLeft;
        right -= extraRight;
    }
    return at::reflection_pad1d(x, {left, right});
}

// float32 (half precision FFTs lose too much), float64 kept for float64 input.
at::ScalarType computeType(const at::Tensor& x) {
    return x.scalar_type() == at::kDouble ? at::kDouble : at::kFloat;
}

}  // namespace

at::Tensor demucsSpectrogram(const at::Tensor& input, int64_t nfft) {
    const int64_t hop = nfft / 4;
    const int64_t length = input.size(-1);
    const int64_t frames = (length + hop - 1) / hop;
    // Padding by 3/4 of a hop more than torch.stft's centring keeps frame k aligned with samples
    // [k hop, (k+1) hop), as the time branch's strided convolutions are.
    const int64_t pad = hop / 2 * 3;
    auto x = reflectPad(input.to(computeType(input)), pad, pad + frames * hop - length);
    const int64_t batch = x.size(0), channels = x.size(1);
    auto z = at::stft(x.reshape({-1, x.size(-1)}), nfft, hop, nfft,
                      at::hann_window(nfft, x.options()), /*center=*/true, "reflect",
                      /*normalized=*/true, /*onesided=*/true, /*return_complex=*/true);
    if (z.size(-1) != frames + 4) {
        throw Error("demucs: the spectrogram has " + std::to_string(z.size(-1)) + " frames where " +
                    std::to_string(frames + 4) + " were expected");
    }
    z = z.slice(-2, 0, z.size(-2) - 1).slice(-1, 2, 2 + frames);
    const int64_t freqs = z.size(-2);
    return at::view_as_real(z)
        .reshape({batch, channels, freqs, frames, 2})
        .permute({0, 1, 4, 2, 3})
        .reshape({batch, channels * 2, freqs, frames})
        .to(input.scalar_type());
}

at::Tensor demucsInverseSpectrogram(const at::Tensor& m, int64_t hop, int64_t length) {
    const int64_t batch = m.size(0), sources = m.size(1), freqs = m.size(3), frames = m.size(4);
    // Back to complex, with the dropped Nyquist bin and two frames either side restored as zeros.
    const auto type = computeType(m);
    auto z = m.to(type).reshape({batch, sources, -1, 2, freqs, frames}).permute({0, 1, 2, 4, 5, 3});
    z = at::view_as_complex(at::constant_pad_nd(z, {0, 0, 2, 2, 0, 1}).contiguous());
    const int64_t channels = z.size(2);
    const int64_t pad = hop / 2 * 3;
    const int64_t padded = hop * ((length + hop - 1) / hop) + 2 * pad;
    const int64_t nfft = 2 * (freqs + 1) - 2;
    auto x = at::istft(z.reshape({-1, freqs + 1, frames + 4}), nfft, hop, nfft,
                       at::hann_window(nfft, m.options().dtype(type)),
                       /*center=*/true, /*normalized=*/true, /*onesided=*/true, padded,
                       /*return_complex=*/false);
    return x.reshape({batch, sources, channels, padded}).slice(-1, pad, pad + length);
}

}  // namespace sonara::models
