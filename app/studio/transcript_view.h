#pragma once

#include "core/engine/transcript.h"

#include <QWidget>

class QListWidget;

namespace sonara::studio {

// A speech-to-text result as a list of timed words: clicking a word seeks there, and the word
// under the playhead is highlighted while playing. Exports the formats Transcript renders.
class TranscriptView : public QWidget {
    Q_OBJECT
public:
    explicit TranscriptView(QWidget* parent = nullptr);

    // Reads a transcript JSON file; returns false (and shows why) when it cannot.
    bool loadFile(const QString& path);
    void setTranscript(const core::Transcript& transcript);
    const core::Transcript& transcript() const { return transcript_; }
    int wordCount() const;
    int currentWord() const;
    QListWidget* list() const { return list_; }
    // Writes the transcript in the format of `path`'s extension (json, srt, vtt, txt).
    bool exportTo(const QString& path);

public Q_SLOTS:
    void setPlaybackPosition(double seconds);

Q_SIGNALS:
    void seekRequested(double seconds);

private:
    void exportWithDialog();

    core::Transcript transcript_;
    QList<core::TranscriptWord> words_;
    QListWidget* list_;
};

}  // namespace sonara::studio
