#include "core/engine/voice_cleaning.h"

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"
#include "core/audio/loudness.h"
#include "core/audio/silence_detector.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace sonara::core {
namespace {

// Speech quieter than this is taken for silence; a pause must last this long to be cut.
constexpr double kSilenceDb = -45.0;
constexpr double kMinPauseSeconds = 0.5;
// Sound kept either side of each stretch of speech, so words keep their onsets and tails and a
// shortened pause still sounds like one.
constexpr double kMarginSeconds = 0.15;
// Less noise than this cannot be measured reliably; afftdn's floor accepts -80..-20 dB.
constexpr double kMinNoiseSeconds = 0.25;

// The RMS level over the silent stretches in dBFS, or nothing when they are too short to tell.
std::optional<double> noiseFloorDb(const audio::AudioBuffer& buffer,
                                   const std::vector<audio::TimeRange>& silences) {
    double energy = 0.0;
    qint64 count = 0;
    for (const audio::TimeRange& silence : silences) {
        const qint64 from = qint64(silence.start * buffer.sampleRate) * buffer.channels;
        const qint64 to =
            std::min<qint64>(qint64(silence.end * buffer.sampleRate) * buffer.channels,
                             qint64(buffer.samples.size()));
        for (qint64 i = std::max<qint64>(from, 0); i < to; ++i) {
            energy += double(buffer.samples[size_t(i)]) * buffer.samples[size_t(i)];
            ++count;
        }
    }
    if (count < qint64(kMinNoiseSeconds * buffer.sampleRate * buffer.channels) || energy <= 0.0) {
        return std::nullopt;
    }
    return 10.0 * std::log10(energy / double(count));
}

std::vector<audio::TimeRange> keptStretches(const std::vector<audio::TimeRange>& sound,
                                            double duration) {
    std::vector<audio::TimeRange> kept;
    for (const audio::TimeRange& range : sound) {
        const audio::TimeRange padded{std::max(0.0, range.start - kMarginSeconds),
                                      std::min(duration, range.end + kMarginSeconds)};
        if (!kept.empty() && padded.start <= kept.back().end) {
            kept.back().end = padded.end;
        } else {
            kept.push_back(padded);
        }
    }
    return kept;
}

}  // namespace

CleanedRecording cleanVoiceRecording(const QString& source, const QString& target) {
    audio::AudioBuffer buffer = audio::decodeFile(source);
    CleanedRecording cleaned;
    cleaned.sourceSeconds = buffer.durationSeconds();
    if (buffer.isEmpty()) {
        return cleaned;
    }
    audio::SilenceDetector detector(buffer.sampleRate, buffer.channels,
                                    {kSilenceDb, kMinPauseSeconds});
    detector.process(buffer);
    const std::vector<audio::TimeRange> silences = detector.finish();
    const std::vector<audio::TimeRange> sound =
        audio::soundBetween(silences, cleaned.sourceSeconds);
    if (sound.empty()) {
        return cleaned;
    }
    // Denoised before cutting, so the filter hears the noise it is told about.
    if (const std::optional<double> floor = noiseFloorDb(buffer, silences)) {
        const double nf = std::clamp(*floor + 3.0, -80.0, -20.0);
        const int rate = buffer.sampleRate;
        const int channels = buffer.channels;
        buffer = audio::applyFilterGraph(buffer,
                                         QStringLiteral("afftdn=nr=12:nf=%1").arg(nf, 0, 'f', 1));
        if (buffer.sampleRate != rate || buffer.channels != channels) {
            buffer = audio::remix(audio::resample(buffer, rate), channels);
        }
        cleaned.denoised = true;
    }
    std::vector<audio::AudioBuffer> parts;
    for (const audio::TimeRange& range : keptStretches(sound, buffer.durationSeconds())) {
        parts.push_back(audio::trim(buffer, range.start, range.end));
    }
    audio::AudioBuffer speech = audio::concatenate(parts, parts.size() > 1 ? 0.01 : 0.0);
    speech = audio::normalizeLoudness(speech, kVoiceTargetLufs, -1.0);
    cleaned.seconds = speech.durationSeconds();
    audio::EncodeOptions options;
    options.format = QStringLiteral("flac");
    audio::encodeFile(speech, target, options);
    return cleaned;
}

}  // namespace sonara::core
