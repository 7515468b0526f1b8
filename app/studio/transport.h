#pragma once

#include "core/audio/audio_buffer.h"

#include <QObject>
#include <QTimer>

class QAudioSink;

namespace sonara::studio {

class AudioDocument;

class PlaybackSource;

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
    QTimer poll_;
};

}  // namespace sonara::studio
