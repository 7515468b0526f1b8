#pragma once

#include "core/audio/audio_buffer.h"

#include <optional>

namespace sonara::core::audio {

struct TempoRange {
    double minimumBpm = 60.0;
    double maximumBpm = 200.0;
};

// The music's tempo in beats per minute, from its onsets (spectral flux): the beat is the
// period, within `range`, whose grid of beats, at its best phase, lands on the strongest
// onsets per beat. A period twice the beat hits as strong onsets but every other beat goes
// uncounted; half the beat puts every other grid point between onsets; both score lower.
// Nothing when the audio has no steady pulse (silence, noise, a drone) or is shorter than
// four beats at the slowest tempo.
std::optional<double> estimateTempo(const AudioBuffer& buffer, TempoRange range = {});

}  // namespace sonara::core::audio
