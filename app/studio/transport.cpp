#include "app/studio/transport.h"

#include "core/audio/audio_error.h"

#include "app/studio/audio_document.h"
#include "core/audio/dsp.h"

#include <QAudioSink>
#include <QDebug>
#include <QIODevice>
#include <QMediaDevices>
#include <algorithm>
#include <atomic>
#include <cstring>

namespace sonara::studio {

// Serves a snapshot of the audio to the sink in its sample format, looping when asked. The
// snapshot keeps playback steady while the track is edited.
class PlaybackSource : public QIODevice {
public:
    PlaybackSource(core::audio::AudioBuffer audio, QAudioFormat::SampleFormat format,
                   QObject* parent)
        : QIODevice(parent), audio_(std::move(audio)), format_(format) {}

    void seekFrame(qint64 frame) { position_ = std::clamp<qint64>(frame, 0, audio_.frames()); }
    qint64 frame() const { return position_; }
    void setLoop(qint64 start, qint64 end) {
        loopStart_ = start;
        loopEnd_ = end;
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override {
        return (audio_.frames() - position_) * bytesPerFrame() + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const int channels = audio_.channels;
        const qint64 frameBytes = bytesPerFrame();
        qint64 written = 0;
        while (written + frameBytes <= maxSize) {
            qint64 end = audio_.frames();
            const qint64 loopEnd = loopEnd_;
            const bool looping = loopEnd > loopStart_ && position_ < loopEnd;
            if (looping) {
                end = loopEnd;
            }
            if (position_ >= end) {
                if (!looping && loopEnd <= loopStart_) {
                    break;
                }
                position_ = loopStart_.load();
                continue;
            }
            const qint64 frames = std::min((maxSize - written) / frameBytes, end - position_);
            const float* from = audio_.samples.data() + position_ * channels;
            const qint64 count = frames * channels;
            if (format_ == QAudioFormat::Float) {
                std::memcpy(data + written, from, static_cast<size_t>(count) * sizeof(float));
            } else {
                auto* to = reinterpret_cast<qint16*>(data + written);
                for (qint64 i = 0; i < count; ++i) {
                    to[i] = static_cast<qint16>(std::clamp(from[i], -1.0f, 1.0f) * 32767.0f);
                }
            }
            written += frames * frameBytes;
            position_ += frames;
            if (looping && position_ >= loopEnd) {
                position_ = loopStart_.load();
            }
        }
        return written;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 bytesPerFrame() const {
        return audio_.channels *
               (format_ == QAudioFormat::Float ? qint64(sizeof(float)) : qint64(sizeof(qint16)));
    }

    core::audio::AudioBuffer audio_;
    QAudioFormat::SampleFormat format_;
    std::atomic<qint64> position_{0};
    std::atomic<qint64> loopStart_{0};
    std::atomic<qint64> loopEnd_{0};
};

qint64 PlaybackEdits::heardFrame(qint64 trackFrame, int sampleRate) const {
    const double seconds = double(trackFrame) / sampleRate;
    return std::llround(core::voice_editor::shiftTime(seconds, cuts) * sampleRate);
}

qint64 PlaybackEdits::trackFrame(qint64 heardFrame, int sampleRate) const {
    double seconds = double(heardFrame) / sampleRate;
    for (const core::voice_editor::TimeRange& cut : cuts) {
        if (cut.start > seconds) {
            break;
        }
        seconds += cut.length();
    }
    return std::llround(seconds * sampleRate);
}

Transport::Transport(QObject* parent) : QObject(parent) {
    poll_.setInterval(30);
    connect(&poll_, &QTimer::timeout, this, &Transport::poll);
}

Transport::~Transport() {
    closeSink();
}

void Transport::setDocument(AudioDocument* document) {
    stop();
    document_ = document;
}

void Transport::setComparison(const core::audio::AudioBuffer& buffer, const QString& name) {
    comparison_ = buffer;
    comparisonName_ = name;
}

void Transport::clearComparison() {
    if (comparing_) {
        toggleComparison();
    }
    comparison_ = {};
    comparisonName_.clear();
}

const core::audio::AudioBuffer* Transport::activeBuffer() const {
    if (comparing_) {
        return &comparison_;
    }
    return document_ ? &document_->buffer() : nullptr;
}

int Transport::activeRate() const {
    const core::audio::AudioBuffer* buffer = activeBuffer();
    return buffer && buffer->sampleRate > 0 ? buffer->sampleRate : 48000;
}

bool Transport::isPlaying() const {
    return playing_;
}

qint64 Transport::positionFrame() const {
    if (!sink_ || !source_) {
        return lastPosition_;
    }
    // What the source handed over, less what still waits in the sink's buffer.
    const QAudioFormat format = sink_->format();
    const qint64 queuedBytes = std::max<qint64>(sink_->bufferSize() - sink_->bytesFree(), 0);
    const qint64 queuedFrames =
        format.bytesPerFrame() > 0 ? queuedBytes / format.bytesPerFrame() : 0;
    const qint64 rateScale = format.sampleRate() > 0 ? format.sampleRate() : activeRate();
    const qint64 frame = source_->frame() - queuedFrames;
    return toTrack(std::max<qint64>(frame, 0) * activeRate() / rateScale);
}

qint64 Transport::toHeard(qint64 trackFrame) const {
    return sourceEdited_ ? edits_.heardFrame(trackFrame, activeRate()) : trackFrame;
}

qint64 Transport::toTrack(qint64 heardFrame) const {
    return sourceEdited_ ? edits_.trackFrame(heardFrame, activeRate()) : heardFrame;
}

void Transport::setPlaybackEdits(PlaybackEdits edits) {
    const bool restart = playing_ && !comparing_;
    const qint64 at = restart ? positionFrame() : lastPosition_;
    edits_ = std::move(edits);
    if (!restart) {
        return;
    }
    // The sink was open a moment ago; should it fail to reopen, playing stops as at the end.
    try {
        play(at);
    } catch (const std::exception& failure) {
        qWarning() << "Playback could not restart with the new edits:" << failure.what();
        stop();
    }
}

core::audio::AudioBuffer Transport::heardTrack() const {
    if (!document_) {
        return {};
    }
    return edits_.isEmpty() ? document_->buffer() : edits_.render(document_->buffer());
}

void Transport::setLoop(qint64 start, qint64 end) {
    loopStart_ = start;
    loopEnd_ = end;
    if (source_ && sink_) {
        const double scale = static_cast<double>(sink_->format().sampleRate()) / activeRate();
        source_->setLoop(static_cast<qint64>(toHeard(start) * scale),
                         static_cast<qint64>(toHeard(end) * scale));
    }
}

void Transport::closeSink() {
    poll_.stop();
    if (sink_) {
        sink_->stop();
        delete sink_;
        sink_ = nullptr;
    }
    delete source_;
    source_ = nullptr;
}

void Transport::play(qint64 fromFrame) {
    const core::audio::AudioBuffer* buffer = activeBuffer();
    if (!buffer || buffer->isEmpty()) {
        return;
    }
    closeSink();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        throw core::audio::AudioError(
            {}, tr("There is no audio output device, so nothing can be played. Connect "
                   "headphones or speakers, or check the sound settings, then press Play "
                   "again."));
    }
    QAudioFormat format;
    format.setSampleRate(buffer->sampleRate);
    format.setChannelCount(buffer->channels);
    format.setSampleFormat(QAudioFormat::Float);
    sourceEdited_ = playsEdits();
    core::audio::AudioBuffer audio = sourceEdited_ ? edits_.render(*buffer) : *buffer;
    if (!device.isNull() && !device.isFormatSupported(format)) {
        const QAudioFormat preferred = device.preferredFormat();
        if (preferred.sampleRate() > 0 && preferred.sampleRate() != audio.sampleRate) {
            audio = core::audio::resample(audio, preferred.sampleRate());
        }
        if (preferred.channelCount() > 0 && preferred.channelCount() != audio.channels) {
            audio = core::audio::remix(audio, preferred.channelCount());
        }
        format.setSampleRate(audio.sampleRate);
        format.setChannelCount(audio.channels);
        format.setSampleFormat(preferred.sampleFormat() == QAudioFormat::Float
                                   ? QAudioFormat::Float
                                   : QAudioFormat::Int16);
    }
    const double scale = static_cast<double>(audio.sampleRate) / buffer->sampleRate;
    source_ = new PlaybackSource(std::move(audio), format.sampleFormat(), this);
    source_->open(QIODevice::ReadOnly);
    source_->seekFrame(static_cast<qint64>(toHeard(fromFrame) * scale));
    source_->setLoop(static_cast<qint64>(toHeard(loopStart_) * scale),
                     static_cast<qint64>(toHeard(loopEnd_) * scale));
    sink_ = new QAudioSink(device, format, this);
    connect(sink_, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        // Idle means the source ran dry (the end of the audio); the sink is not deleted from
        // inside its own signal.
        if (state == QAudio::IdleState ||
            (state == QAudio::StoppedState && sink_ && sink_->error() != QAudio::NoError)) {
            QMetaObject::invokeMethod(this, &Transport::stop, Qt::QueuedConnection);
        }
    });
    lastPosition_ = fromFrame;
    sink_->start(source_);
    playing_ = sink_->error() == QAudio::NoError;
    if (playing_) {
        poll_.start();
    }
    Q_EMIT playingChanged(playing_);
}

void Transport::pause() {
    if (!playing_) {
        return;
    }
    lastPosition_ = positionFrame();
    closeSink();
    playing_ = false;
    Q_EMIT playingChanged(false);
}

void Transport::stop() {
    const bool was = playing_;
    closeSink();
    playing_ = false;
    if (was) {
        Q_EMIT playingChanged(false);
    }
    Q_EMIT positionChanged(-1);
}

void Transport::toggleComparison() {
    if (comparison_.isEmpty() && !comparing_) {
        return;
    }
    const bool wasPlaying = isPlaying();
    const qint64 frame = wasPlaying ? positionFrame() : lastPosition_;
    const double seconds = static_cast<double>(frame) / activeRate();
    comparing_ = !comparing_;
    Q_EMIT comparingChanged(comparing_);
    if (wasPlaying) {
        play(static_cast<qint64>(seconds * activeRate()));
    }
}

void Transport::poll() {
    const qint64 frame = positionFrame();
    lastPosition_ = frame;
    Q_EMIT positionChanged(frame);
}

}  // namespace sonara::studio
