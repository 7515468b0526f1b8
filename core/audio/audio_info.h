#pragma once

#include <QString>

namespace sonara::core::audio {

// Tags kept in both directions; formats without tags (none of ours) simply drop them.
struct AudioMetadata {
    QString title;
    QString artist;
};

// What a file holds, as found by probeFile() or AudioReader::info(); describes the source, not a
// decode at a requested rate or channel count.
struct AudioInfo {
    double durationSeconds = 0.0;
    int sampleRate = 0;
    int channels = 0;
    QString codec;      // FFmpeg codec name, e.g. "mp3", "aac", "pcm_s16le"
    QString container;  // e.g. "wav", "mp4", "matroska", "ogg"
    AudioMetadata metadata;
};

}  // namespace sonara::core::audio
