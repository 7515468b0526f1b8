#include "app/studio/replace_range_command.h"

#include "app/studio/audio_document.h"

namespace sonara::studio {

ReplaceRangeCommand::ReplaceRangeCommand(AudioDocument* document, qint64 start, qint64 count,
                                         std::vector<float> replacement, const QString& text)
    : QUndoCommand(text),
      document_(document),
      start_(start),
      count_(count),
      replacement_(std::move(replacement)) {}

void ReplaceRangeCommand::redo() {
    original_ = document_->splice(start_, count_, replacement_);
}

void ReplaceRangeCommand::undo() {
    const int channels = std::max(document_->channels(), 1);
    const qint64 inserted = static_cast<qint64>(replacement_.size()) / channels;
    document_->splice(start_, inserted, original_);
}

}  // namespace sonara::studio
