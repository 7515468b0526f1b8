#pragma once

#include "core/audio/audio_buffer.h"

#include <QObject>

namespace sonara::core {
class EngineHost;
}  // namespace sonara::core

namespace sonara::studio {

class ActionTable;
class Recorder;

// Transport > Record from microphone (Ctrl+R): the first press starts the default microphone,
// the second stops it and hands the recording over as a new track. The recording is kept in the
// asset store at once, so it survives even if the track is never exported.
class RecordingController : public QObject {
    Q_OBJECT
public:
    // Registers the checkable "record" action in `actions`.
    RecordingController(core::EngineHost& host, ActionTable& actions, QObject* parent = nullptr);

    bool isRecording() const;

public Q_SLOTS:
    void toggle();

Q_SIGNALS:
    // While recording: the input's peak and the seconds recorded so far.
    void levelChanged(float peak, double recordedSeconds);
    // A status-bar message to show; empty: clear it.
    void statusMessage(const QString& text);
    // The stopped recording, to open as a track named `name`.
    void recorded(const core::audio::AudioBuffer& recording, const QString& name);
    void failed(const QString& title, const QString& text);

private:
    void keepAsAsset(const core::audio::AudioBuffer& recording, const QString& name);

    core::EngineHost& host_;
    ActionTable& actions_;
    Recorder* recorder_;
};

}  // namespace sonara::studio
