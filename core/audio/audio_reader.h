#pragma once

#include "core/audio/audio_buffer.h"
#include "core/audio/audio_info.h"
#include "core/audio/truncation.h"

#include <QString>

#include <memory>
#include <optional>

namespace sonara::core::audio {

// 0 keeps the source's value.
struct DecodeOptions {
    int sampleRate = 0;
    int channels = 0;
};

// Streaming decode of anything FFmpeg reads (wav, flac, mp3, ogg/opus, m4a/aac, the audio track of
// mp4/mov/mkv) to interleaved float, so that an hour of audio never needs to sit in memory.
// Every failure, from the constructor on, throws AudioError naming the file. Not thread-safe;
// use one reader per thread.
class AudioReader {
public:
    explicit AudioReader(const QString& path, const DecodeOptions& options = {});
    ~AudioReader();
    AudioReader(const AudioReader&) = delete;
    AudioReader& operator=(const AudioReader&) = delete;

    // The source as probed; sampleRate()/channels() give what read() delivers.
    const AudioInfo& info() const;
    int sampleRate() const;
    int channels() const;

    // Up to maxFrames frames; an empty buffer (with rate and channels set) at the end. Throws when
    // the file turns out too damaged to decode anything. A file that stops early is read as far
    // as it goes: see truncation().
    AudioBuffer read(qint64 maxFrames);
    // Once read() has reached the end of a file that stops before its header's length: where it
    // stopped. It is also passed to the thread's TruncationWatch. Not checked after a seek.
    const std::optional<Truncation>& truncation() const;
    // Sample-accurate where the container's timestamps allow; past the end, read() returns empty.
    void seek(double seconds);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The whole file in memory; metadata, when given, receives the file's title and artist. A
// truncated file gives what is there and reaches the thread's TruncationWatch.
AudioBuffer decodeFile(const QString& path, const DecodeOptions& options = {},
                       AudioMetadata* metadata = nullptr);

// Reads only the headers (and enough packets to know the stream's parameters).
AudioInfo probeFile(const QString& path);

}  // namespace sonara::core::audio
