#pragma once

#include "core/audio/audio_buffer.h"
#include "core/engine/engines/edit_list.h"
#include "core/engine/engines/room_tone.h"

#include <optional>

namespace sonara::core::voice_editor {

enum class MuteFill { RoomTone, Silence };

struct RenderOptions {
    // Length of the equal-power crossfade at each cut's join and on each side of a muted or
    // bleeped span.
    double crossfadeSeconds = 0.01;
    MuteFill muteFill = MuteFill::RoomTone;
    double bleepHz = 1000.0;
    // Peak level of the bleep's sine.
    double bleepDb = -12.0;
};

// Applies a plan to a recording: mutes and bleeps replace their spans in place (room tone or
// silence, or a sine), fading over `crossfadeSeconds` just outside each span; cuts remove their
// spans, each join an equal-power crossfade centred on it (with MuteFill::RoomTone one that
// passes through the room tone: over a crossfade each side of the join, the leaving side fades
// into it, it sounds alone, the arriving side fades in out of it), so the result is shorter by
// exactly the cuts' total length.
// Samples farther than a crossfade from every edit are left as they were. `roomTone` is needed
// only for MuteFill::RoomTone.
audio::AudioBuffer renderEdits(const audio::AudioBuffer& source, const EditPlan& plan,
                               const RenderOptions& options, const RoomTone* roomTone);

}  // namespace sonara::core::voice_editor
