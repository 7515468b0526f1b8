#pragma once

#include "core/audio/audio_buffer.h"

#include <QObject>
#include <functional>
#include <utility>

class QUndoGroup;
class QWidget;

namespace sonara::studio {

class ActionTable;
class AudioDocument;
class WaveformView;

// The Edit menu over the current track: the undo group of every track's undo stack, the
// clipboard, and cut, copy, paste, delete, select all, silence and fades on the waveform view's
// selection, gain and normalize on the selection or, without one, the whole track. Every edit
// goes through the track's undo stack.
class EditActions : public QObject {
    Q_OBJECT
public:
    // Registers the actions in `actions` (undo, redo, cut, copy, paste, delete, selectAll,
    // silence, fadeIn, fadeOut, gain, normalize); `window` parents the dialogs.
    EditActions(ActionTable& actions, WaveformView* view,
                std::function<AudioDocument*()> currentDocument, QWidget* window);

    QUndoGroup* undoGroup() const { return undoGroup_; }
    void addTrack(AudioDocument* document);
    void removeTrack(AudioDocument* document);
    // Undo and redo act on this track's stack (none: nothing to undo).
    void setCurrentTrack(AudioDocument* document);
    // The selection, or the whole current track without one.
    std::pair<qint64, qint64> editRange() const;
    // Enables the actions the current track and selection allow.
    void updateActions();

public Q_SLOTS:
    void cut();
    void copy();
    void paste();
    void deleteSelection();
    void silenceSelection();
    void fadeInSelection();
    void fadeOutSelection();
    void gainSelection();
    void normalizeSelection();

Q_SIGNALS:
    void failed(const QString& title, const QString& text);

private:
    void createActions();

    ActionTable& actions_;
    WaveformView* view_;
    std::function<AudioDocument*()> currentDocument_;
    QWidget* window_;
    QUndoGroup* undoGroup_;
    core::audio::AudioBuffer clipboard_;
};

}  // namespace sonara::studio
