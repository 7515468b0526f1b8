#pragma once

#include "core/audio/audio_buffer.h"

#include <QString>

namespace sonara::core::dubbing {

// The stretch the dub allows without re-synthesising: fitted / synthesised duration.
constexpr double kMinStretch = 0.8;
constexpr double kMaxStretch = 1.25;

struct FittedSegment {
    audio::AudioBuffer audio;
    double stretch = 1.0;
    // The slot needed more than the allowed stretch: the audio is stretched to the limit only.
    bool tooLong = false;
    bool tooShort = false;
};

// Stretches speech to last `slotSeconds`, within [kMinStretch, kMaxStretch].
FittedSegment fitToSlot(const audio::AudioBuffer& speech, double slotSeconds);

// The first `frames` frames of `segment`; when that cuts it short, a short fade ends it.
audio::AudioBuffer cutWithFade(const audio::AudioBuffer& segment, qint64 frames);

// Whether FFmpeg finds a video stream (not a cover picture) in the file.
bool hasVideoStream(const QString& path);

// Writes `output` with every video stream of `video` copied packet for packet and the audio of
// `audio` (already encoded in a codec the container takes) as its only sound. Throws
// audio::AudioError naming the file that failed.
void muxVideoWithAudio(const QString& video, const QString& audio, const QString& output);

// The audio file extension whose codec the video's container takes (webm: opus, else m4a/AAC).
QString audioFormatForContainer(const QString& videoPath);

}  // namespace sonara::core::dubbing
