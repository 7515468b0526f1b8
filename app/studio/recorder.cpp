#include "app/studio/recorder.h"

#include <QAudioSource>
#include <QMediaDevices>
#include <algorithm>
#include <cmath>

namespace sonara::studio {

Recorder::Recorder(QObject* parent) : QObject(parent) {}

Recorder::~Recorder() {
    stop();
}

bool Recorder::start(QString* error) {
    if (source_) {
        return true;
    }
    const QAudioDevice input = QMediaDevices::defaultAudioInput();
    if (input.isNull()) {
        if (error) {
            *error =
                tr("No microphone was found: connect one, or choose it as the default "
                   "input in the system's sound settings.");
        }
        return false;
    }
    QAudioFormat format = input.preferredFormat();
    if (format.sampleFormat() != QAudioFormat::Float) {
        format.setSampleFormat(QAudioFormat::Int16);
    }
    floatSamples_ = format.sampleFormat() == QAudioFormat::Float;
    captured_ = {};
    captured_.sampleRate = format.sampleRate();
    captured_.channels = format.channelCount();
    source_ = new QAudioSource(input, format, this);
    device_ = source_->start();
    if (!device_ || source_->error() != QAudio::NoError) {
        delete source_;
        source_ = nullptr;
        device_ = nullptr;
        if (error) {
            *error =
                tr("The microphone could not be opened; check that no other program "
                   "holds it.");
        }
        return false;
    }
    connect(device_, &QIODevice::readyRead, this, &Recorder::readAvailable);
    return true;
}

void Recorder::readAvailable() {
    if (!device_) {
        return;
    }
    const QByteArray data = device_->readAll();
    float peak = 0.0f;
    if (floatSamples_) {
        const auto* samples = reinterpret_cast<const float*>(data.constData());
        const qsizetype count = data.size() / qsizetype(sizeof(float));
        for (qsizetype i = 0; i < count; ++i) {
            captured_.samples.push_back(samples[i]);
            peak = std::max(peak, std::abs(samples[i]));
        }
    } else {
        const auto* samples = reinterpret_cast<const qint16*>(data.constData());
        const qsizetype count = data.size() / qsizetype(sizeof(qint16));
        for (qsizetype i = 0; i < count; ++i) {
            const float value = samples[i] / 32768.0f;
            captured_.samples.push_back(value);
            peak = std::max(peak, std::abs(value));
        }
    }
    Q_EMIT levelChanged(peak);
}

core::audio::AudioBuffer Recorder::stop() {
    if (!source_) {
        return {};
    }
    readAvailable();
    source_->stop();
    delete source_;
    source_ = nullptr;
    device_ = nullptr;
    // A partial frame at the end cannot be played back.
    const size_t channels = static_cast<size_t>(std::max(captured_.channels, 1));
    captured_.samples.resize(captured_.samples.size() / channels * channels);
    return std::move(captured_);
}

double Recorder::recordedSeconds() const {
    return captured_.durationSeconds();
}

}  // namespace sonara::studio
