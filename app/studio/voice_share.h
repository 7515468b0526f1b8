#pragma once

#include "core/audio/audio_buffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sonara::studio {

// What a shared voice carries for the moderators who decide on it: its first seconds, mono,
// as Ogg Opus small enough for the service (at most kMaxBytes).
class VoiceShareSample {
    Q_DECLARE_TR_FUNCTIONS(VoiceShareSample)
public:
    static constexpr int kSeconds = 12;
    static constexpr int kMaxBytes = 64 * 1024;

    // The sample of the recording at `audioPath`; throws AudioError naming the file.
    static QByteArray fromFile(const QString& audioPath);
    // A sample as the service hands it back, decoded for playing; throws AudioError.
    static core::audio::AudioBuffer decode(const QByteArray& oggOpus);
};

}  // namespace sonara::studio
