#pragma once

#include "core/audio/audio_buffer.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace sonara::studio {

// A recording in progress, written to disk as it arrives so that a crash loses at most the
// last moment of it: a small header (name, rate, channels) and then the raw samples, in the
// recovery folder beside the edit journals. A clean stop discards it once the recording is in
// the asset store; one left behind is offered back at the next start.
class RecordingJournal {
public:
    // Starts a journal for a recording named `name`; false when the folder cannot be written.
    bool begin(const QString& directory, const QString& name, int sampleRate, int channels);
    // Appends interleaved samples and hands them to the system, so that they outlive a crash.
    bool append(const float* samples, qsizetype count);
    // Removes the journal: the recording is safe elsewhere.
    void discard();
    bool isOpen() const { return file_.isOpen(); }

    struct Recording {
        QString name;
        core::audio::AudioBuffer audio;
    };
    // Journals of recordings a session did not stop.
    static QStringList pending(const QString& directory);
    // Throws std::runtime_error with a user-facing reason when the file is unreadable.
    static Recording load(const QString& file);

private:
    QFile file_;
};

}  // namespace sonara::studio
