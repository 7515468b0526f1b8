#pragma once

#include "core/audio/audio_buffer.h"
#include "core/engine/engines/edit_list.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>

class QAudioSink;

namespace sonara::studio {

class AudioDocument;

class PlaybackSource;

// The track as it will sound once edited, played live: cut spans skipped, muted and bleeped
// spans covered, as the voice editor renders them. Positions stay the track's, so the playhead
// jumps over a cut.
struct PlaybackEdits {
    // Track seconds, sorted and disjoint: what the heard audio leaves out.
    QList<core::voice_editor::TimeRange> cuts;
    // The heard audio from the track's.
    std::function<core::audio::AudioBuffer(const core::audio::AudioBuffer&)> render;

    bool isEmpty() const { return !render; }
    qint64 heardFrame(qint64 trackFrame, int sampleRate) const;
    qint64 trackFrame(qint64 heardFrame, int sampleRate) const;
};

// Plays the edited track (A) or a job's result (B) through a QtMultimedia audio sink fed from
// memory, so edits are heard at once without rendering a file or touching the source. The
// sink is opened only when playing starts: a machine without audio output can still edit.
class Transport : public QObject {
    Q_OBJECT
public:
    explicit Transport(QObject* parent = nullptr);
    ~Transport() override;

    void setDocument(AudioDocument* document);
    void setComparison(const core::audio::AudioBuffer& buffer, const QString& name);
    void clearComparison();
    bool hasComparison() const { return !comparison_.isEmpty(); }
    bool comparing() const { return comparing_; }
    const QString& comparisonName() const { return comparisonName_; }

    bool isPlaying() const;
    qint64 positionFrame() const;
    // Frames [start, end) repeat while playing; end <= start plays through.
    void setLoop(qint64 start, qint64 end);
    // Plays the track with these edits in place from now on (at once when playing); empty
    // plays it as it is. The comparison (B) is never edited.
    void setPlaybackEdits(PlaybackEdits edits);
    const PlaybackEdits& playbackEdits() const { return edits_; }
    // What playing the track sounds like now: the edits applied, if any.
    core::audio::AudioBuffer heardTrack() const;

public Q_SLOTS:
    void play(qint64 fromFrame);
    void pause();
    void stop();
    // Switches between the track and the comparison, at the same position.
    void toggleComparison();

Q_SIGNALS:
    void positionChanged(qint64 frame);
    void playingChanged(bool playing);
    void comparingChanged(bool comparing);

private:
    const core::audio::AudioBuffer* activeBuffer() const;
    void poll();
    int activeRate() const;
    void closeSink();
    bool playsEdits() const { return !comparing_ && !edits_.isEmpty(); }
    // Track frames to the playing source's frames (the heard ones when editing), and back.
    qint64 toHeard(qint64 trackFrame) const;
    qint64 toTrack(qint64 heardFrame) const;

    AudioDocument* document_ = nullptr;
    core::audio::AudioBuffer comparison_;
    QString comparisonName_;
    bool comparing_ = false;
    QAudioSink* sink_ = nullptr;
    PlaybackSource* source_ = nullptr;
    bool playing_ = false;
    qint64 loopStart_ = 0;
    qint64 loopEnd_ = 0;
    qint64 lastPosition_ = 0;
    PlaybackEdits edits_;
    // Whether the playing source is the edited track (frames are heard frames).
    bool sourceEdited_ = false;
    QTimer poll_;
};

}  // namespace sonara::studio
