#pragma once

#include "core/audio/audio_buffer.h"
#include "core/engine/engines/edit_list.h"
#include "core/store/job_store.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QToolButton;
class QUndoStack;

namespace sonara::core {
class EngineHost;
}

namespace sonara::studio {

class AudioDocument;
class TranscriptView;
class Transport;
class WaveformView;

// Editing speech by its words, beside the waveform: the transcript panel with the voice
// editor's marks. Selecting words and pressing Delete cuts them, M mutes, B bleeps, K clears;
// "Remove fillers", "Shorten silences" and "Find bloopers" propose edits (the voice editor's
// own rules) to accept one by one or all. Marks show in the text and on the waveform, a
// selection of words selects their time on the waveform, Preview plays the edit rendered as
// the voice editor renders it, and Apply runs the voice-editor capability with the marks as
// its edit list: the track gets the edited audio and the transcript its shifted times, as one
// undoable step. Marks have their own undo (Ctrl+Z over the text).
class VoiceEditPanel : public QWidget {
    Q_OBJECT
public:
    VoiceEditPanel(core::EngineHost& host, TranscriptView* transcript, WaveformView* waveform,
                   Transport* transport, QWidget* parent = nullptr);
    ~VoiceEditPanel() override;

    // The track whose transcript is shown (null without one).
    void setDocument(AudioDocument* document);
    // Writes the current track to the asset store as the capability's audio input.
    void setAudioInputProvider(std::function<QString()> provider);

    TranscriptView* transcriptView() const { return transcript_; }
    // The marks of the shown track: accepted edits and the rules' proposals, in time order.
    QList<core::voice_editor::Edit> edits() const;
    QList<core::voice_editor::Edit> proposals() const;
    // The accepted marks as the voice editor's `edits` document.
    core::voice_editor::EditList editList() const;
    QUndoStack* history();
    QToolButton* button(const QString& name) const;
    QString summaryText() const;
    // Whether `document` has marks that are not applied to its audio yet.
    bool hasMarksOn(const AudioDocument* document) const;
    // The shown track with its marks rendered as the voice editor renders them.
    core::audio::AudioBuffer renderMarks() const;

public Q_SLOTS:
    // Marks the selected words (else the playing one); Keep clears their marks.
    void mark(core::voice_editor::EditAction action);
    void proposeFillers();
    void proposeSilences();
    void proposeBloopers();
    // Accepts the proposals the selected words touch, else the first one, and selects the next.
    void acceptProposal();
    void acceptAllProposals();
    void rejectProposals();
    // Takes the waveform's selection (a stretch without speech) as the room tone that fills
    // muted spans and cut joins.
    void useSelectionAsRoomTone();
    // Plays the track as the marks would make it; false (with a message) when there is nothing
    // to play.
    bool preview();
    // Runs the voice-editor capability on the track with the marks; returns the job's id, or
    // empty with the reason in message().
    QString apply();

Q_SIGNALS:
    void jobSubmitted(const QString& jobId);
    void message(const QString& text);
    // An applied edit reached the track (or was refused: `ok` false).
    void applyFinished(bool ok);

private:
    struct Marks {
        QList<core::voice_editor::Edit> edits;
        QList<core::voice_editor::Edit> proposals;
        // The stretch the user chose as room tone; else the quietest one is found.
        std::optional<core::voice_editor::TimeRange> roomTone;
        QByteArray transcriptKey;  // which transcript they were made on
    };
    struct PendingApply {
        QPointer<AudioDocument> document;
        quint64 revision = 0;
        QString source;
    };
    class MarksCommand;
    class VoiceEditCommand;

    Marks& marksOf(const QString& source);
    void changeMarks(const Marks& after, const QString& text);
    void setMarks(const QString& source, const Marks& marks);
    void propose(QList<core::voice_editor::Edit> found, const QString& what);
    void refresh();
    // Lets the transport play the shown track's marks live (skipping cuts), or not.
    void updatePlaybackEdits();
    static core::audio::AudioBuffer renderPlan(
        const core::audio::AudioBuffer& track, const core::voice_editor::EditPlan& plan,
        const std::optional<core::voice_editor::TimeRange>& roomTone);
    void selectProposal(const core::voice_editor::TimeRange& range);
    void syncWaveformSelection();
    void onJobFinished(const QString& id, core::store::JobState state, const QString& error);
    void finishApply(const QString& id, const PendingApply& pending);
    QList<core::TranscriptWord> words() const;
    // View words [first, last] that a range covers, or {-1, -1}.
    QPair<int, int> wordsIn(const core::voice_editor::TimeRange& range) const;
    QString shownSource() const;

    core::EngineHost& host_;
    TranscriptView* transcript_;
    WaveformView* waveform_;
    Transport* transport_;
    QPointer<AudioDocument> document_;
    std::function<QString()> audioInput_;
    QHash<QString, Marks> marks_;
    QHash<QString, QUndoStack*> histories_;
    QHash<QString, PendingApply> pending_;
    QHash<QString, QToolButton*> buttons_;
    QLabel* summary_;
    QByteArray playbackKey_;
};

}  // namespace sonara::studio
