#pragma once

#include "core/engine/engines/edit_list.h"
#include "core/engine/transcript.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextEdit;
class QUndoStack;

namespace sonara::studio {

// One word as the view shows it: its place in the transcript, its times and where its text
// (with the punctuation that follows it) lies in the view's document. Words are numbered in
// reading order; an editor that works on words (cut, mute) addresses them by that number.
struct TranscriptWordItem {
    int segment = 0;
    int indexInSegment = 0;
    double start = 0;
    double end = 0;
    QString text;
    int from = 0;  // document position of the first character
    int to = 0;    // one past the last character; from == to when the text was not found
};

// A stretch of the shown text marked by the voice editor: words cut, muted or bleeped (or a
// pause shortened), drawn in the action's style, lighter while only proposed.
struct TextMark {
    int from = 0;
    int to = 0;
    core::voice_editor::EditAction action = core::voice_editor::EditAction::Cut;
    bool proposed = false;
};

// The transcripts of the open tracks, one shown at a time: the current track's. Segments read
// as paragraphs with their start time (and speaker, when the transcript names one) in the
// transcript's own casing and punctuation; the word under the playhead is highlighted, a click
// on a word or a time seeks there, and Export writes SRT, VTT, text or JSON under a name taken
// from the track.
class TranscriptView : public QWidget {
    Q_OBJECT
public:
    explicit TranscriptView(QWidget* parent = nullptr);

    // Reads a transcript JSON file as the transcript of the track named `sourceName` and shows
    // it; returns false when it cannot (errorText() says why).
    bool loadFile(const QString& path, const QString& sourceName = {});
    void setTranscript(const core::Transcript& transcript, const QString& sourceName = {},
                       const QStringList& speakers = {});
    // Shows the transcript of the track named `sourceName`, or a hint to make one.
    void showTrack(const QString& sourceName);
    QString errorText() const { return error_; }

    const QString& sourceName() const { return shownSource_; }
    bool hasTranscript() const { return entries_.contains(shownSource_); }
    const core::Transcript& transcript() const;
    QString segmentLine(int segment) const;

    int wordCount() const { return words_.size(); }
    const TranscriptWordItem& word(int index) const { return words_.at(index); }
    // The word whose text covers the document position, or -1.
    int wordAt(int position) const;
    // The word at `seconds`: the last one starting at or before it, or -1.
    int wordAtTime(double seconds) const;
    int currentWord() const { return current_; }
    // The words the text selection touches, in order (empty without a selection).
    QList<int> selectedWords() const;
    void selectWords(int first, int last);

    // Draws the voice editor's marks under the playing word's highlight.
    void setMarks(const QList<TextMark>& marks);
    const QList<TextMark>& marks() const { return marks_; }
    // The document position of the text between word `index` and the next (the whole
    // text's start for -1, its end after the last word): where a pause is shown.
    QPair<int, int> gapAfter(int index) const;
    // The marks' own history: Ctrl+Z over the text undoes a mark while there is one to undo,
    // and leaves the key to the window's Undo (the track's edits) otherwise.
    void setMarkHistory(QUndoStack* history) { markHistory_ = history; }

    QTextEdit* textView() const { return text_; }
    QPushButton* exportButton() const { return export_; }
    // "interview.srt" for the transcript of interview.wav; "transcript.srt" without a track.
    QString suggestedExportName(const QString& format) const;
    // Writes the transcript in the format of `path`'s extension (json, srt, vtt, txt).
    bool exportTo(const QString& path);

public Q_SLOTS:
    void setPlaybackPosition(double seconds);

Q_SIGNALS:
    void seekRequested(double seconds);
    void currentWordChanged(int index);
    // Keys over the text: Delete or Backspace cut, M mutes, B bleeps, K keeps (clears the
    // marks of) the selected words; Ctrl+Z and Ctrl+Shift+Z undo and redo marks while the mark
    // history (setMarkHistory) has one to undo or redo.
    void markRequested(core::voice_editor::EditAction action);
    void undoMarksRequested();
    // The text was laid out anew (another track, another transcript): marks must be set again.
    void transcriptShown(const QString& sourceName);
    void redoMarksRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Entry {
        core::Transcript transcript;
        QStringList speakers;  // per segment; empty strings where unknown
    };

    void render();
    void renderSegment(int index, const core::TranscriptSegment& segment, const QString& speaker);
    void highlight(int index);
    void updateExtraSelections();
    bool handleKey(const class QKeyEvent* key, bool act);
    void exportWithDialog();

    QHash<QString, Entry> entries_;
    QString shownSource_;
    QList<TranscriptWordItem> words_;
    QList<QPair<int, double>> segmentStarts_;  // document position of each time stamp, its time
    int current_ = -1;
    QList<TextMark> marks_;
    QUndoStack* markHistory_ = nullptr;
    QString error_;
    QLabel* heading_;
    QTextEdit* text_;
    QPushButton* export_;
};

}  // namespace sonara::studio
