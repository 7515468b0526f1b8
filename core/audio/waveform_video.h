#pragma once

#include "core/audio/audio_buffer.h"

#include <QString>

#include <functional>

namespace sonara::core::audio {

// What moves over the background: the waveform, a scrolling spectrum, or nothing (the
// picture alone).
enum class VideoAnimation { Waveform, Spectrum, None };

struct WaveformVideoOptions {
    // A vertical 9:16 frame, as stories and statuses show it.
    int width = 1080;
    int height = 1920;
    int framesPerSecond = 30;
    // FFmpeg colours ("0xRRGGBB" or a name).
    QString waveColor = QStringLiteral("0xF4F1DE");
    QString backgroundColor = QStringLiteral("0x1B1F3B");
    VideoAnimation animation = VideoAnimation::Waveform;
    // A picture (PNG, JPEG, WebP) scaled to cover the frame and cropped to it, instead of the
    // plain background colour.
    QString picturePath;
    int audioBitrateKbps = 192;
};

// Writes an MP4 of the audio with a moving waveform or spectrum FFmpeg draws (showwaves or
// showspectrum) over a plain background or a picture, or the picture alone: H.264 video (libx264,
// yuv420p; FFmpeg's MPEG-4 Part 2 where the build lacks libx264) and AAC audio at 48 kHz stereo,
// the moov atom first so that it plays while downloading. The file appears under its name only when
// complete; until then it is
// "<path>.partial". `progress` gets the fraction done and returns false to stop: nothing is left
// behind and the function returns false. Failures throw AudioError naming the file.
bool writeWaveformVideo(const AudioBuffer& audio, const QString& path,
                        const WaveformVideoOptions& options = {},
                        const std::function<bool(double fraction)>& progress = {});

// Checks that `path` is one picture FFmpeg can read; throws AudioError naming the file and
// saying what to do otherwise.
void checkPicture(const QString& path);
// The same check, as an answer: true when `path` is one picture FFmpeg can read.
bool isPicture(const QString& path);

}  // namespace sonara::core::audio
