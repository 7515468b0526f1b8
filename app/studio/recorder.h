#pragma once

#include "core/audio/audio_buffer.h"

#include <QObject>

class QAudioSource;
class QIODevice;

namespace sonara::studio {

// Records the default microphone into memory until stopped.
class Recorder : public QObject {
    Q_OBJECT
public:
    explicit Recorder(QObject* parent = nullptr);
    ~Recorder() override;

    bool isRecording() const { return source_ != nullptr; }
    // Returns false with the reason when no input device can be opened.
    bool start(QString* error = nullptr);
    // Ends the recording and returns what was captured.
    core::audio::AudioBuffer stop();
    double recordedSeconds() const;
    // What was captured so far (the rate and channels are set once start() succeeded).
    const core::audio::AudioBuffer& captured() const { return captured_; }

Q_SIGNALS:
    void levelChanged(float peak);

private:
    void readAvailable();

    QAudioSource* source_ = nullptr;
    QIODevice* device_ = nullptr;
    core::audio::AudioBuffer captured_;
    bool floatSamples_ = true;
};

}  // namespace sonara::studio
