#include "core/engine/engines/dubbing_mix.h"

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/loudness.h"
#include "core/engine/engines/dubbing_media.h"
#include "core/engine/engines/dubbing_voicing.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace sonara::core::dubbing {
namespace {

using audio::AudioBuffer;

constexpr qint64 kChunkFrames = 1 << 16;
constexpr int kMaxLoudnessPasses = 4;

void writeSilence(audio::AudioWriter& writer, qint64 frames) {
    while (frames > 0) {
        const qint64 now = std::min(frames, kChunkFrames);
        writer.write(AudioBuffer{kSpeechRate, 1, std::vector<float>(size_t(now), 0.0f)});
        frames -= now;
    }
}

// The background and the speech track read side by side, chunk by chunk, at the background's
// rate and channels.
class MixSource {
public:
    MixSource(const QString& background, const QString& speechTrack)
        : background_(background),
          speech_(speechTrack, {background_.sampleRate(), background_.channels()}) {}

    int sampleRate() const { return background_.sampleRate(); }
    int channels() const { return background_.channels(); }

    // The next chunk mixed with the speech at `gain`; empty at the end of the background.
    AudioBuffer next(float gain) {
        AudioBuffer mixed = background_.read(kChunkFrames);
        const AudioBuffer speech = speech_.read(mixed.frames());
        const size_t shared = std::min(mixed.samples.size(), speech.samples.size());
        for (size_t i = 0; i < shared; ++i) {
            mixed.samples[i] += gain * speech.samples[i];
        }
        return mixed;
    }

private:
    audio::AudioReader background_;
    audio::AudioReader speech_;
};

float linear(double gainDb) {
    return float(std::pow(10.0, gainDb / 20.0));
}

double mixLoudness(const QString& background, const QString& speechTrack, double gainDb,
                   JobContext& context) {
    MixSource source(background, speechTrack);
    audio::LoudnessMeter meter(source.sampleRate(), source.channels());
    for (AudioBuffer chunk = source.next(linear(gainDb)); chunk.frames() > 0;
         chunk = source.next(linear(gainDb))) {
        meter.add(chunk);
        context.throwIfCancelled();
    }
    return meter.result().integratedLufs;
}

double fileLoudness(const QString& path, int sampleRate, int channels, JobContext& context) {
    audio::AudioReader reader(path, {sampleRate, channels});
    audio::LoudnessMeter meter(sampleRate, channels);
    for (AudioBuffer chunk = reader.read(kChunkFrames); chunk.frames() > 0;
         chunk = reader.read(kChunkFrames)) {
        meter.add(chunk);
        context.throwIfCancelled();
    }
    return meter.result().integratedLufs;
}

}  // namespace

void writeSpeechTrack(DubPlan& plan, const std::function<AudioBuffer(int)>& takeOf,
                      double durationSeconds, const QString& trackPath, JobContext& context) {
    audio::EncodeOptions encode;
    encode.sampleFormat = audio::SampleFormat::Float32;
    audio::AudioWriter writer(trackPath, kSpeechRate, 1, encode);
    const qint64 total = std::llround(durationSeconds * kSpeechRate);
    qint64 written = 0;
    for (int i = 0; i < plan.segments.size(); ++i) {
        context.throwIfCancelled();
        DubSegment& segment = plan.segments[i];
        const qint64 first = std::max(written, std::llround(segment.start * kSpeechRate));
        const double limit =
            i + 1 < plan.segments.size() ? plan.segments[i + 1].start : durationSeconds;
        const qint64 room =
            std::max<qint64>(0, std::min(total, std::llround(limit * kSpeechRate)) - first);
        const AudioBuffer take = takeOf(i);
        if (take.frames() == 0 || room == 0) {
            continue;
        }
        writeSilence(writer, first - written);
        const AudioBuffer placed = cutWithFade(take, room);
        if (placed.frames() < take.frames()) {
            segment.flags.append(kFlagCut);
        }
        writer.write(placed);
        written = first + placed.frames();
    }
    writeSilence(writer, total - written);
    writer.finish();
}

void mixOverBackground(const QString& background, const QString& speechTrack, const QString& source,
                       const QStringList& outputs, JobContext& context) {
    int sampleRate = 0;
    int channels = 0;
    {
        const audio::AudioReader probe(background);
        sampleRate = probe.sampleRate();
        channels = probe.channels();
    }
    const double sourceLufs = fileLoudness(source, sampleRate, channels, context);
    double gainDb = 0;
    for (int pass = 0; pass < kMaxLoudnessPasses && std::isfinite(sourceLufs); ++pass) {
        const double difference =
            sourceLufs - mixLoudness(background, speechTrack, gainDb, context);
        if (!std::isfinite(difference) || std::abs(difference) < 0.1) {
            break;
        }
        gainDb += difference;
    }
    std::vector<std::unique_ptr<audio::AudioWriter>> writers;
    for (int i = 0; i < outputs.size(); ++i) {
        audio::EncodeOptions encode;
        if (i == 0) {
            encode.sampleFormat = audio::SampleFormat::Float32;
        }
        writers.push_back(
            std::make_unique<audio::AudioWriter>(outputs[i], sampleRate, channels, encode));
    }
    MixSource mix(background, speechTrack);
    for (AudioBuffer chunk = mix.next(linear(gainDb)); chunk.frames() > 0;
         chunk = mix.next(linear(gainDb))) {
        for (const auto& writer : writers) {
            writer->write(chunk);
        }
        context.throwIfCancelled();
    }
    for (const auto& writer : writers) {
        writer->finish();
    }
}

}  // namespace sonara::core::dubbing
