#include "app/studio/audio_document.h"

#include "app/studio/replace_range_command.h"
#include "core/audio/audio_reader.h"
#include "core/audio/dsp.h"
#include "core/audio/loudness.h"

#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace sonara::studio {

using core::audio::AudioBuffer;

AudioDocument::AudioDocument(QObject* parent) : QObject(parent) {}

void AudioDocument::load(const QString& path, const QString& name) {
    setSource(path, core::audio::decodeFile(path), name);
}

void AudioDocument::setSource(const QString& path, AudioBuffer decoded, const QString& name) {
    path_ = QFileInfo(path).absoluteFilePath();
    setBuffer(std::move(decoded), name.isEmpty() ? QFileInfo(path).fileName() : name);
}

void AudioDocument::setBuffer(AudioBuffer buffer, const QString& name) {
    buffer_ = std::move(buffer);
    name_ = name;
    undoStack_.clear();
    peaks_.rebuild(buffer_);
    ++revision_;
    Q_EMIT loaded();
    Q_EMIT changed();
}

AudioBuffer AudioDocument::copy(qint64 start, qint64 end) const {
    AudioBuffer clip;
    clip.sampleRate = buffer_.sampleRate;
    clip.channels = buffer_.channels;
    start = std::clamp<qint64>(start, 0, frames());
    end = std::clamp<qint64>(end, start, frames());
    clip.samples.assign(buffer_.samples.begin() + start * buffer_.channels,
                        buffer_.samples.begin() + end * buffer_.channels);
    return clip;
}

AudioBuffer AudioDocument::conform(const AudioBuffer& clip) const {
    AudioBuffer result = clip;
    if (result.isEmpty() || buffer_.sampleRate <= 0) {
        return result;
    }
    if (result.sampleRate != buffer_.sampleRate) {
        result = core::audio::resample(result, buffer_.sampleRate);
    }
    if (result.channels != buffer_.channels) {
        result = core::audio::remix(result, buffer_.channels);
    }
    return result;
}

std::vector<float> AudioDocument::splice(qint64 start, qint64 count,
                                         const std::vector<float>& replacement) {
    const int channels = std::max(buffer_.channels, 1);
    start = std::clamp<qint64>(start, 0, frames());
    count = std::clamp<qint64>(count, 0, frames() - start);
    auto first = buffer_.samples.begin() + start * channels;
    auto last = first + count * channels;
    std::vector<float> removed(first, last);
    if (static_cast<qint64>(replacement.size()) == count * channels) {
        std::copy(replacement.begin(), replacement.end(), first);
    } else {
        first = buffer_.samples.erase(first, last);
        buffer_.samples.insert(first, replacement.begin(), replacement.end());
    }
    peaks_.update(buffer_, start);
    ++revision_;
    Q_EMIT changed();
    return removed;
}

void AudioDocument::remove(qint64 start, qint64 end) {
    if (end <= start) {
        return;
    }
    undoStack_.push(new ReplaceRangeCommand(this, start, end - start, {}, tr("Delete")));
}

void AudioDocument::insert(qint64 at, const AudioBuffer& clip) {
    const AudioBuffer conformed = conform(clip);
    if (conformed.isEmpty()) {
        return;
    }
    undoStack_.push(new ReplaceRangeCommand(this, at, 0, conformed.samples, tr("Paste")));
}

void AudioDocument::replace(qint64 start, qint64 end, const AudioBuffer& clip,
                            const QString& text) {
    const AudioBuffer conformed = conform(clip);
    undoStack_.push(new ReplaceRangeCommand(this, start, std::max<qint64>(end - start, 0),
                                            conformed.samples, text));
}

void AudioDocument::silence(qint64 start, qint64 end) {
    if (end <= start) {
        return;
    }
    std::vector<float> zeros(static_cast<size_t>((end - start) * buffer_.channels), 0.0f);
    undoStack_.push(
        new ReplaceRangeCommand(this, start, end - start, std::move(zeros), tr("Silence")));
}

void AudioDocument::fadeIn(qint64 start, qint64 end) {
    AudioBuffer clip = copy(start, end);
    const qint64 count = clip.frames();
    if (count == 0) {
        return;
    }
    for (qint64 frame = 0; frame < count; ++frame) {
        const float factor = static_cast<float>(frame) / static_cast<float>(count);
        for (int channel = 0; channel < clip.channels; ++channel) {
            clip.samples[static_cast<size_t>(frame * clip.channels + channel)] *= factor;
        }
    }
    undoStack_.push(
        new ReplaceRangeCommand(this, start, count, std::move(clip.samples), tr("Fade in")));
}

void AudioDocument::fadeOut(qint64 start, qint64 end) {
    AudioBuffer clip = copy(start, end);
    const qint64 count = clip.frames();
    if (count == 0) {
        return;
    }
    for (qint64 frame = 0; frame < count; ++frame) {
        const float factor = static_cast<float>(count - 1 - frame) / static_cast<float>(count);
        for (int channel = 0; channel < clip.channels; ++channel) {
            clip.samples[static_cast<size_t>(frame * clip.channels + channel)] *= factor;
        }
    }
    undoStack_.push(
        new ReplaceRangeCommand(this, start, count, std::move(clip.samples), tr("Fade out")));
}

void AudioDocument::gain(qint64 start, qint64 end, double db) {
    AudioBuffer clip = copy(start, end);
    if (clip.isEmpty()) {
        return;
    }
    const float factor = static_cast<float>(std::pow(10.0, db / 20.0));
    for (float& sample : clip.samples) {
        sample *= factor;
    }
    const qint64 count = clip.frames();
    undoStack_.push(
        new ReplaceRangeCommand(this, start, count, std::move(clip.samples), tr("Gain")));
}

void AudioDocument::normalize(qint64 start, qint64 end, double targetLufs) {
    const AudioBuffer clip = copy(start, end);
    if (clip.isEmpty()) {
        return;
    }
    AudioBuffer normalized = core::audio::normalizeLoudness(clip, targetLufs);
    // The limiter may add or drop a few frames at the ends; the selection keeps its length.
    normalized.samples.resize(clip.samples.size(), 0.0f);
    undoStack_.push(new ReplaceRangeCommand(this, start, clip.frames(),
                                            std::move(normalized.samples), tr("Normalize")));
}

}  // namespace sonara::studio
