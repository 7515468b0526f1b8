#pragma once

// Internal to sonara_audio: what a WAV file's header says about its length.

#include <QString>

#include <optional>

namespace sonara::core::audio::detail {

// The length a RIFF/WAVE (or RF64) file's header states: its data chunk's size over the fmt
// chunk's byte rate. FFmpeg's demuxer drops a data size larger than the file and guesses the
// length from the file's size instead, so a truncated WAV would otherwise look complete. Empty
// when the file is not a WAV or states no length (0 or 0xFFFFFFFF, as streaming writers leave it).
std::optional<double> wavStatedSeconds(const QString& path);

}  // namespace sonara::core::audio::detail
