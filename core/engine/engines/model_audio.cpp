#include "core/engine/engines/model_audio.h"

namespace sonara::core {

models::FloatArray planar(const audio::AudioBuffer& buffer) {
    const int64_t frames = buffer.frames();
    models::FloatArray out({buffer.channels, frames});
    for (int64_t frame = 0; frame < frames; ++frame) {
        for (int c = 0; c < buffer.channels; ++c) {
            out.data[size_t(c * frames + frame)] =
                buffer.samples[size_t(frame * buffer.channels + c)];
        }
    }
    return out;
}

}  // namespace sonara::core
