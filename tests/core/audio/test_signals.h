#pragma once

#include "core/audio/audio_buffer.h"

#include <cstdint>

namespace sonara::core::audio::test {

// A sine with the same phase on every channel; amplitude is linear (1.0 = 0 dBFS peak).
AudioBuffer sine(int sampleRate, int channels, double frequency, double seconds,
                 double amplitude = 0.5);
// Speech-like: noise bursts of varying level with pauses between them.
AudioBuffer noiseBursts(int sampleRate, int channels, double seconds, double amplitude,
                        std::uint32_t seed = 1);
// The same buffer with samples rounded to 16-bit steps, so that int16 formats hold it exactly.
AudioBuffer quantized16(AudioBuffer buffer);

// Frequency of channel `channel` from its upward zero crossings, interpolated between samples.
double zeroCrossingFrequency(const AudioBuffer& buffer, int channel = 0);
double rms(const AudioBuffer& buffer, int channel = -1);
double peak(const AudioBuffer& buffer);
// Normalised cross-correlation of channel 0 (over a window from the middle of a) at the best
// lag within +-maxLag frames.
double bestCorrelation(const AudioBuffer& a, const AudioBuffer& b, int maxLag);
// A metronome at `bpm`, mono: a high accented click on each bar's first beat, lower clicks on
// the other three.
AudioBuffer clickTrack(double bpm, double seconds, int sampleRate = 32000);
// A rock beat at `bpm`, mono: kick on 1 and 3, snare on 2 and 4, a hi-hat on every eighth.
AudioBuffer rockBeat(double bpm, double seconds, int sampleRate = 32000);

// One channel of an interleaved buffer.
std::vector<float> channelSamples(const AudioBuffer& buffer, int channel);

}  // namespace sonara::core::audio::test
