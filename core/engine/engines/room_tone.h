#pragma once

#include "core/audio/audio_buffer.h"
#include "core/engine/engines/edit_list.h"

#include <vector>

namespace sonara::core::voice_editor {

// The stretch of `seconds` with the least energy: the recording's own background, with no
// speech in it. Shorter recordings give the whole file.
TimeRange findQuietestStretch(const audio::AudioBuffer& buffer, double seconds = 0.5);

// A recording's room tone, played as long as needed: its stretch looped with equal-power
// crossfades at each repeat, so a muted span sounds like the room rather than a dropout.
class RoomTone {
public:
    RoomTone(const audio::AudioBuffer& buffer, const TimeRange& stretch);

    // The tone's sample for `channel` at `frame` frames into a fill.
    float sample(qint64 frame, int channel) const;
    // RMS level of the stretch in dBFS.
    double levelDb() const { return levelDb_; }

private:
    int channels_ = 1;
    std::vector<float> samples_;
    qint64 frames_ = 0;
    qint64 crossfade_ = 0;
    double levelDb_ = -120;
};

// RMS level in dBFS of frames [first, last) over all channels.
double rmsDb(const audio::AudioBuffer& buffer, qint64 first, qint64 last);

}  // namespace sonara::core::voice_editor
