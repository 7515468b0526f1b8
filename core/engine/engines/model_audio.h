#pragma once

#include "core/audio/audio_buffer.h"
#include "models/common/array.h"

namespace sonara::core {

// [channels, frames] planar, as the models take audio; the buffer is interleaved.
models::FloatArray planar(const audio::AudioBuffer& buffer);

}  // namespace sonara::core
