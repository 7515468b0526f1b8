#pragma once

#include "core/engine/engine.h"

#include <memory>

namespace sonara::core {

// Music from a described vibe with an installed MusicGen checkpoint (capability `music`): any
// length from 5 s to 5 min, past the model's 30 s window by windowed continuation; optionally
// continuing an audio prompt, or looping (the end crossfaded into the start over one bar).
std::shared_ptr<Engine> musicgenMusicEngine();

// Sound effects from a description with AudioGen (the authors' layout) or a MusicGen checkpoint
// (capability `sfx`): up to four variations generated as one batch, each its own output.
std::shared_ptr<Engine> audiogenSoundEffectsEngine();

}  // namespace sonara::core
