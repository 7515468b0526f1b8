#pragma once

#include "core/engine/engine.h"

#include <QStringList>
#include <memory>
#include <optional>

namespace sonara::core {

// A vibe preset for status clips: what MusicGen is asked for, at which tempo, for how long.
struct StatusVibe {
    QString id;
    QString description;  // the prompt template, in the English the text encoder knows
    int bpm = 0;
    int seconds = 0;
};

// chill, romantic, party, devotional, lo-fi, epic, sad, happy.
const QList<StatusVibe>& statusVibes();
QStringList statusVibeIds();

// The prompt a status clip is generated from: the vibe's description at its tempo, with the
// user's own words added; the user's words alone without a vibe.
QString statusPrompt(const std::optional<StatusVibe>& vibe, const QString& userPrompt);

// Short music for a WhatsApp status or an Instagram story (capability `status-music`) with an
// installed MusicGen checkpoint: a vibe preset or a free prompt, 15, 30 or 60 s, faded in and
// out, normalised to -14 LUFS with FFmpeg's loudnorm in two passes; the clip (exported as M4A,
// OGG/Opus or any audio format) and a vertical 1080x1920 MP4 with a waveform animation.
std::shared_ptr<Engine> statusMusicEngine();

}  // namespace sonara::core
