#pragma once

#include <QString>
#include <QStringList>
#include <vector>

class QUndoStack;

namespace sonara::studio {

class AudioDocument;

// The unsaved edits of one track, kept on disk while the studio runs so that a crash loses
// nothing. The audio itself is not copied: the journal names the source file and holds the
// edits applied to it (each a range replaced by other frames), which is small next to the
// audio for cuts, fades and gain on a selection. A journal exists only while a track has
// unsaved changes.
struct EditJournal {
    struct Splice {
        qint64 start = 0;
        qint64 count = 0;
        std::vector<float> replacement;
        QString text;
    };

    QString sourcePath;
    QString name;
    qint64 sourceFrames = 0;
    std::vector<Splice> splices;

    // The edits of `document` up to its undo stack's current index; empty splices when there
    // are none (or when the track has no source file to replay them on).
    static EditJournal of(AudioDocument& document);

    // Where the journal of a track from `sourcePath` lives inside `directory`.
    static QString fileFor(const QString& directory, const QString& sourcePath);
    // Journals left by a session that did not close normally.
    static QStringList pending(const QString& directory);

    // Atomic write; false when the folder cannot be written.
    bool save(const QString& file) const;
    // Throws std::runtime_error with a user-facing reason when the file is unreadable.
    static EditJournal load(const QString& file);

    // Replays the edits on a document opened from sourcePath, each as an undoable step; throws
    // std::runtime_error when the source no longer matches.
    void replay(AudioDocument& document) const;
};

}  // namespace sonara::studio
