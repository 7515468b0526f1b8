#pragma once

#include "core/audio/audio_buffer.h"

namespace sonara::core::audio {

// Rubber Band (librubberband) in offline mode, for pitch and tempo.

// Shifts the pitch by `semitones` (positive: higher) without changing the length, with Rubber
// Band's R3 engine in offline mode. With preserveFormants the spectral envelope stays where it
// was, so a voice keeps its timbre (the vowels do not turn "chipmunk"). The result has the
// input's rate, channel count and frame count; 0 semitones returns the input unchanged.
AudioBuffer shiftPitch(const AudioBuffer& buffer, double semitones, bool preserveFormants = true);

// Changes the duration by `ratio` (output / input length) keeping the pitch, with the same
// engine; the result has exactly round(frames * ratio) frames. A ratio of 1 returns the input.
AudioBuffer timeStretch(const AudioBuffer& buffer, double ratio);

}  // namespace sonara::core::audio
