#pragma once

#include "core/audio/audio_buffer.h"
#include "core/audio/audio_info.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace sonara::core::audio {

enum class SampleFormat { Int16, Int24, Float32 };

struct EncodeOptions {
    // "" picks it from the file extension: wav, flac, mp3, ogg (vorbis), opus, m4a (aac).
    QString format;
    // wav: all three; flac: 16 or 24 bit (Float32 is written as 24 bit); ignored by lossy codecs.
    SampleFormat sampleFormat = SampleFormat::Int16;
    // Lossy codecs; 0 = a sensible default (mp3/aac 192, opus 128, vorbis quality 5).
    int bitrateKbps = 0;
    AudioMetadata metadata;
};

// Streaming encode. Resamples internally when a codec needs another rate (opus: 48 kHz) and
// downmixes when it takes fewer channels (mp3: stereo). The file appears under its name only
// when finish() succeeds: until then it is written beside it as "<name>.partial", so an
// interrupted export never leaves a damaged file that looks complete. Destroying the writer
// without finish() discards the partial file. Failures throw AudioError naming the file.
class AudioWriter {
public:
    AudioWriter(const QString& path, int sampleRate, int channels,
                const EncodeOptions& options = {});
    ~AudioWriter();
    AudioWriter(const AudioWriter&) = delete;
    AudioWriter& operator=(const AudioWriter&) = delete;

    // chunk must have the writer's sample rate and channel count (std::invalid_argument if not).
    void write(const AudioBuffer& chunk);
    void finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

void encodeFile(const AudioBuffer& buffer, const QString& path, const EncodeOptions& options = {});

// {"wav", "flac", "mp3", "ogg", "opus", "m4a"}
QStringList supportedOutputFormats();

}  // namespace sonara::core::audio
