#pragma once

#include "core/audio/audio_buffer.h"

#include <QString>

#include <array>
#include <optional>

namespace sonara::core::audio::test {

// Writes a small video (mpeg4, 64x48, 25 fps) with libavcodec directly, independently of the
// code under test. With audio, the file also holds a stereo 48 kHz 440 Hz sine at -6 dBFS in
// the container's usual codec (aac in mp4/mov, mp3 in mkv). The container follows the
// extension. On failure returns false with the
// reason in *error.
bool writeTestVideo(const QString& path, double seconds, bool withAudio, QString* error);
// The same with `sound` (any rate and channel count, as 48 kHz stereo) as the audio, the video
// as long as the sound. A .webm file holds VP8 and Opus.
bool writeTestVideo(const QString& path, const AudioBuffer& sound, QString* error);

// What a media file holds, read with libavformat directly: its first video and audio streams
// (codec names empty where there is none) and its duration.
struct MediaStreams {
    QString container;
    QString videoCodec;
    int width = 0;
    int height = 0;
    double framesPerSecond = 0;
    QString audioCodec;
    int sampleRate = 0;
    double durationSeconds = 0;
};
MediaStreams probeMedia(const QString& path);

// Writes a picture of one colour as a binary PPM, a format FFmpeg reads like PNG and JPEG
// (written without Qt Gui).
bool writeTestPicture(const QString& path, int width, int height, int red, int green, int blue);

// The Y, U and V values at (x, y) of the first frame of the video stream of `path` (a YUV 4:2:0
// stream), or nothing when it cannot be decoded.
std::optional<std::array<int, 3>> firstFrameYuv(const QString& path, int x, int y);

}  // namespace sonara::core::audio::test
