#include "core/audio/audio_buffer.h"

namespace sonara::core::audio {

qint64 AudioBuffer::frames() const {
    return channels > 0 ? static_cast<qint64>(samples.size()) / channels : 0;
}

double AudioBuffer::durationSeconds() const {
    return sampleRate > 0 ? static_cast<double>(frames()) / sampleRate : 0.0;
}

bool AudioBuffer::isEmpty() const {
    return frames() == 0;
}

}  // namespace sonara::core::audio
