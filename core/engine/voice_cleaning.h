#pragma once

#include <QString>

namespace sonara::core {

// What cleaning a voice recording did, for the voice's record and its errors.
struct CleanedRecording {
    double seconds = 0.0;        // length of the cleaned recording: its speech and short pauses
    double sourceSeconds = 0.0;  // length of the recording as given
    bool denoised = false;       // pauses long enough to measure the noise floor were found
};

// Cleans one reference recording once, as it joins the voice library: the noise measured in its
// pauses is reduced (FFmpeg afftdn), silence at the edges is cut and long pauses are shortened
// (FFmpeg silencedetect), and the loudness is normalised to kTargetLufs. Writes FLAC to `target`
// unless the recording has no sound at all (seconds == 0, nothing written). Throws AudioError
// naming `source` when it cannot be decoded, or `target` when it cannot be written.
CleanedRecording cleanVoiceRecording(const QString& source, const QString& target);

inline constexpr double kVoiceTargetLufs = -20.0;

}  // namespace sonara::core
