#pragma once

#include "core/audio/audio_buffer.h"

#include <QString>

#include <functional>

namespace sonara::core::audio {

struct WaveformVideoOptions {
    // A vertical 9:16 frame, as stories and statuses show it.
    int width = 1080;
    int height = 1920;
    int framesPerSecond = 30;
    // FFmpeg colours ("0xRRGGBB" or a name).
    QString waveColor = QStringLiteral("0xF4F1DE");
    QString backgroundColor = QStringLiteral("0x1B1F3B");
    int audioBitrateKbps = 192;
};

// Writes an MP4 of the audio with a moving waveform FFmpeg draws (showwaves over a plain
// background): H.264 video (libx264, yuv420p; FFmpeg's MPEG-4 Part 2 where the build lacks
// libx264) and AAC audio at 48 kHz stereo, the moov atom first so that it plays while
// downloading. The file appears under its name only when complete; until then it is
// "<path>.partial". `progress` gets the fraction done and returns false to stop: nothing is left
// behind and the function returns false. Failures throw AudioError naming the file.
bool writeWaveformVideo(const AudioBuffer& audio, const QString& path,
                        const WaveformVideoOptions& options = {},
                        const std::function<bool(double fraction)>& progress = {});

}  // namespace sonara::core::audio
