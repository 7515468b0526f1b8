#pragma once

#include "app/studio/peak_cache.h"
#include "core/audio/audio_buffer.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace sonara::studio {

// One track: the decoded audio being edited. The source file is never written; every edit
// changes this buffer through an undoable command, and only an export produces a file.
class AudioDocument : public QObject {
    Q_OBJECT
public:
    explicit AudioDocument(QObject* parent = nullptr);

    // Decodes the whole file; throws core::audio::AudioError naming it when it cannot be read.
    // The track is named `name`, or after the file.
    void load(const QString& path, const QString& name = {});
    // The same with audio decoded elsewhere (on a worker thread, for long files).
    void setSource(const QString& path, core::audio::AudioBuffer decoded, const QString& name = {});
    void setBuffer(core::audio::AudioBuffer buffer, const QString& name);

    const core::audio::AudioBuffer& buffer() const { return buffer_; }
    const PeakCache& peaks() const { return peaks_; }
    QUndoStack* undoStack() { return &undoStack_; }
    const QString& path() const { return path_; }
    const QString& name() const { return name_; }
    qint64 frames() const { return buffer_.frames(); }
    int sampleRate() const { return buffer_.sampleRate; }
    int channels() const { return buffer_.channels; }
    double duration() const { return buffer_.durationSeconds(); }
    // Counts every change, so the transport knows when its rendered copy is stale.
    quint64 revision() const { return revision_; }

    core::audio::AudioBuffer copy(qint64 start, qint64 end) const;
    // The clip converted to this track's rate and channel count, for pasting.
    core::audio::AudioBuffer conform(const core::audio::AudioBuffer& clip) const;

    // Edits on [start, end); each is one undo step.
    void remove(qint64 start, qint64 end);
    void insert(qint64 at, const core::audio::AudioBuffer& clip);
    void replace(qint64 start, qint64 end, const core::audio::AudioBuffer& clip,
                 const QString& text);
    void silence(qint64 start, qint64 end);
    void fadeIn(qint64 start, qint64 end);
    void fadeOut(qint64 start, qint64 end);
    void gain(qint64 start, qint64 end, double db);
    void normalize(qint64 start, qint64 end, double targetLufs);

    // Replaces `count` frames at `start` with `frames` (interleaved) and returns what was
    // there; the single primitive every undo command uses, so undo is sample-exact.
    std::vector<float> splice(qint64 start, qint64 count, const std::vector<float>& frames);

Q_SIGNALS:
    void changed();
    void loaded();

private:
    core::audio::AudioBuffer buffer_;
    PeakCache peaks_;
    QUndoStack undoStack_;
    QString path_;
    QString name_;
    quint64 revision_ = 0;
};

}  // namespace sonara::studio
