#pragma once

// Internal to models/demucs: the spectrogram both hybrid models (torchaudio's HDemucs and
// demucs' HTDemucs) share, in complex-as-channels form: demucs' _spec + _magnitude and
// _mask + _ispec with cac=True.

#include <ATen/core/Tensor.h>

#include <cstdint>

namespace sonara::models {

// [B, C, samples] -> [B, 2C, nfft/2, ceil(samples / hop)] with hop = nfft/4: the real and
// imaginary parts of each channel side by side, frame k aligned with samples [k hop, (k+1) hop).
// Computed in float32 (float64 for float64 input), returned in the input's dtype.
at::Tensor demucsSpectrogram(const at::Tensor& x, int64_t nfft);

// [B, S, 2C, F, T] in the layout above -> [B, S, C, length], in float32 (float64 for float64
// input).
at::Tensor demucsInverseSpectrogram(const at::Tensor& m, int64_t hop, int64_t length);

}  // namespace sonara::models
