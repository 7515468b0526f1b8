#pragma once

#include "core/audio/audio_buffer.h"

#include <QString>

#include <vector>

namespace sonara::core::audio {

// Editing operations on audio in memory, built on swresample and libavfilter. Inputs with
// different rates or channel counts are converted to the first (valid) one's.

AudioBuffer resample(const AudioBuffer& buffer, int sampleRate);
// Mono to stereo duplicates, stereo to mono averages, other layouts follow FFmpeg's standard
// downmix/upmix, scaled so that full-scale input cannot clip.
AudioBuffer remix(const AudioBuffer& buffer, int channels);
// Sums the tracks (no normalisation); the result is as long as the longest.
AudioBuffer mix(const std::vector<AudioBuffer>& tracks);
void applyGainDb(AudioBuffer& buffer, double db);
// Linear fades over the first or last `seconds` (clamped to the buffer's length).
AudioBuffer fadeIn(const AudioBuffer& buffer, double seconds);
AudioBuffer fadeOut(const AudioBuffer& buffer, double seconds);
// [startSeconds, endSeconds), clamped to the buffer; empty when end <= start.
AudioBuffer trim(const AudioBuffer& buffer, double startSeconds, double endSeconds);
// Joins parts end to end; with a crossfade each join overlaps by that long (clamped to the
// shorter side), so the result is sum(durations) - (parts - 1) * crossfade.
AudioBuffer concatenate(const std::vector<AudioBuffer>& parts, double crossfadeSeconds = 0);
// Runs a libavfilter chain such as "highpass=f=80,afftdn=nr=12". The result keeps whatever rate
// and channel count the chain produces. A graph that does not parse or cannot run throws
// AudioError(filterGraph, reason).
AudioBuffer applyFilterGraph(const AudioBuffer& buffer, const QString& filterGraph);

}  // namespace sonara::core::audio
