#pragma once

#include <QUndoCommand>
#include <vector>

namespace sonara::studio {

class AudioDocument;

// Replaces a range of frames with other frames (possibly of another length) and puts the
// original samples back on undo. Cut, delete, paste, silence, fades, gain, normalize and
// applying a job's result are all this one command.
class ReplaceRangeCommand : public QUndoCommand {
public:
    ReplaceRangeCommand(AudioDocument* document, qint64 start, qint64 count,
                        std::vector<float> replacement, const QString& text);

    void redo() override;
    void undo() override;

    // What redo() does, for the edit journal that recovers unsaved edits after a crash.
    qint64 start() const { return start_; }
    qint64 count() const { return count_; }
    const std::vector<float>& replacement() const { return replacement_; }

private:
    AudioDocument* document_;
    qint64 start_;
    qint64 count_;
    std::vector<float> replacement_;
    std::vector<float> original_;
};

}  // namespace sonara::studio
