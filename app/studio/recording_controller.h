#pragma once

#include "app/studio/recording_journal.h"
#include "core/audio/audio_buffer.h"

#include <QObject>

namespace sonara::core {
class EngineHost;
}  // namespace sonara::core

namespace sonara::studio {

class ActionTable;
class Recorder;

// Transport > Record from microphone (Ctrl+R): the first press starts the default microphone,
// the second stops it and hands the recording over as a new track. While it runs, the recording
// goes to a RecordingJournal in the journal folder, so that a crash loses at most the last
// moment; once stopped it is kept in the asset store, so it survives even if the track is never
// exported, and the track's edits are journalled like those of any file.
class RecordingController : public QObject {
    Q_OBJECT
public:
    // Registers the checkable "record" action in `actions`.
    RecordingController(core::EngineHost& host, ActionTable& actions, QObject* parent = nullptr);

    bool isRecording() const;
    // Where recordings in progress are journalled (MainWindow::recoveryDirectory()).
    void setJournalDirectory(const QString& directory) { journalDirectory_ = directory; }
    // Keeps a recording a crashed session left in `journalFile` as if it had been stopped:
    // recorded follows. False (and failed) when it cannot be read or kept.
    bool recover(const QString& journalFile);

public Q_SLOTS:
    void toggle();

Q_SIGNALS:
    // While recording: the input's peak and the seconds recorded so far.
    void levelChanged(float peak, double recordedSeconds);
    // A status-bar message to show; empty: clear it.
    void statusMessage(const QString& text);
    // The stopped recording, to open as a track named `name` whose source is `assetPath` (the
    // copy in the asset store).
    void recorded(const core::audio::AudioBuffer& recording, const QString& name,
                  const QString& assetPath);
    void failed(const QString& title, const QString& text);

private:
    // The stored copy's path; empty (and failed) when it could not be kept.
    QString keepAsAsset(const core::audio::AudioBuffer& recording, const QString& name);
    void journalNewSamples();

    core::EngineHost& host_;
    ActionTable& actions_;
    Recorder* recorder_;
    RecordingJournal journal_;
    QString journalDirectory_;
    QString name_;
    size_t journalled_ = 0;  // samples already in the journal
};

}  // namespace sonara::studio
