#include "core/engine/engines/dubbing_stems.h"

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/engines/dubbing_media.h"
#include "core/engine/errors.h"
#include "core/engine/sub_job.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <memory>

namespace sonara::core::dubbing {
namespace {

using audio::AudioBuffer;

constexpr double kWindowSeconds = 60.0;
// HTDemucs' own segments overlap by about two seconds too.
constexpr double kOverlapSeconds = 2.0;
constexpr double kReferenceSeconds = 300.0;
constexpr double kReferenceClipSeconds = 30.0;
// Around each segment: a little of the pauses, so that the matching set has quiet frames for
// the takes' own pauses.
constexpr double kReferencePadSeconds = 0.2;
constexpr double kSilenceDb = -50.0;
constexpr double kMinSilenceSeconds = 0.3;

audio::EncodeOptions floatWav() {
    audio::EncodeOptions encode;
    encode.format = QStringLiteral("wav");
    encode.sampleFormat = audio::SampleFormat::Float32;
    return encode;
}

QString outputOf(const QList<EngineOutput>& outputs, const QString& id) {
    for (const EngineOutput& output : outputs) {
        if (output.outputId == id) {
            return output.filePath;
        }
    }
    throw EngineError(QStringLiteral("the %1 output is missing").arg(id));
}

struct SeparatedWindow {
    AudioBuffer speech;
    AudioBuffer background;
};

SeparatedWindow separateFile(const QString& path, JobContext& context, const QString& subdirectory,
                             double from, double to) {
    JobRequest request;
    request.capability = QStringLiteral("separate");
    request.parameters = {{QStringLiteral("stems"), QStringLiteral("vocals-accompaniment")}};
    request.inputs.setFiles(QStringLiteral("audio"), {path});
    const QList<EngineOutput> outputs = runSubJob(request, context, subdirectory, from, to);
    SeparatedWindow window{audio::decodeFile(outputOf(outputs, QStringLiteral("vocals"))),
                           audio::decodeFile(outputOf(outputs, QStringLiteral("accompaniment")))};
    QDir(QDir(context.workDirectory()).filePath(subdirectory)).removeRecursively();
    return window;
}

// Exactly `frames` frames: the separation may round a resampled length by a frame or two, which
// would otherwise add up from window to window.
AudioBuffer withFrames(AudioBuffer buffer, qint64 frames) {
    buffer.samples.resize(size_t(frames * buffer.channels), 0.0f);
    return buffer;
}

// Joins the windows' stems into one file: where two windows overlap, the first fades out as the
// second fades in; the rest is written as it comes.
class StemJoiner {
public:
    explicit StemJoiner(QString path) : path_(std::move(path)) {}

    void add(const AudioBuffer& stem, qint64 overlapFrames, bool last) {
        if (!writer_) {
            writer_ = std::make_unique<audio::AudioWriter>(path_, stem.sampleRate, stem.channels,
                                                           floatWav());
        }
        const int channels = stem.channels;
        const qint64 fade = std::min(tail_.frames(), stem.frames());
        AudioBuffer out{stem.sampleRate, channels, {}};
        out.samples.reserve(stem.samples.size());
        for (qint64 f = 0; f < fade; ++f) {
            const float in = float(f + 1) / float(fade + 1);
            for (int c = 0; c < channels; ++c) {
                const size_t i = size_t(f * channels + c);
                out.samples.push_back(tail_.samples[i] * (1.0f - in) + stem.samples[i] * in);
            }
        }
        const qint64 keep = last ? stem.frames() : std::max(fade, stem.frames() - overlapFrames);
        out.samples.insert(out.samples.end(), stem.samples.begin() + fade * channels,
                           stem.samples.begin() + keep * channels);
        tail_ = AudioBuffer{
            stem.sampleRate, channels,
            std::vector<float>(stem.samples.begin() + keep * channels, stem.samples.end())};
        writer_->write(out);
        if (last) {
            writer_->finish();
        }
    }

private:
    QString path_;
    std::unique_ptr<audio::AudioWriter> writer_;
    AudioBuffer tail_;
};

void keepWhole(const SeparatedWindow& window, const Stems& stems) {
    audio::encodeFile(window.background, stems.background + QStringLiteral(".whole"), floatWav());
    audio::encodeFile(window.speech, stems.speech + QStringLiteral(".whole"), floatWav());
    // Renamed last, so that a stem pair on disk is always complete.
    for (const QString& path : {stems.background, stems.speech}) {
        QFile::remove(path);
        if (!QFile::rename(path + QStringLiteral(".whole"), path)) {
            throw EngineError(
                QStringLiteral("the separated stems cannot be kept: check the "
                               "free space of Sonara's data folder"));
        }
    }
}

}  // namespace

void separateInWindows(const QString& input, const Stems& stems, JobContext& context, double from,
                       double to) {
    const double duration = audio::probeFile(input).durationSeconds;
    const int windows =
        std::max(1, int(std::llround((duration - kOverlapSeconds) / kWindowSeconds)));
    if (windows == 1) {
        keepWhole(separateFile(input, context, QStringLiteral("separate"), from, to), stems);
        return;
    }
    audio::AudioReader reader(input);
    const qint64 hop = std::llround(kWindowSeconds * reader.sampleRate());
    const qint64 overlap = std::llround(kOverlapSeconds * reader.sampleRate());
    const QString windowPath =
        QDir(context.workDirectory()).filePath(QStringLiteral("separation-window.wav"));
    StemJoiner speech(stems.speech);
    StemJoiner background(stems.background);
    AudioBuffer carried{reader.sampleRate(), reader.channels(), {}};
    for (int w = 0; w < windows; ++w) {
        context.throwIfCancelled();
        const bool last = w + 1 == windows;
        AudioBuffer window = carried;
        const AudioBuffer fresh = reader.read(last ? std::numeric_limits<qint64>::max()
                                                   : hop + overlap - carried.frames());
        window.samples.insert(window.samples.end(), fresh.samples.begin(), fresh.samples.end());
        carried.samples.assign(
            window.samples.end() - std::min(window.frames(), overlap) * window.channels,
            window.samples.end());
        audio::encodeFile(window, windowPath, floatWav());
        const double span = (to - from) / windows;
        SeparatedWindow separated =
            separateFile(windowPath, context, QStringLiteral("separate-%1").arg(w + 1),
                         from + span * w, from + span * (w + 1));
        const qint64 frames =
            std::llround(window.frames() * double(separated.speech.sampleRate) / window.sampleRate);
        const qint64 stemOverlap =
            std::llround(overlap * double(separated.speech.sampleRate) / window.sampleRate);
        speech.add(withFrames(std::move(separated.speech), frames), stemOverlap, last);
        background.add(withFrames(std::move(separated.background), frames), stemOverlap, last);
    }
    QFile::remove(windowPath);
}

QStringList speakerReference(const QString& speechStem, const DubPlan& plan,
                             const QString& folder) {
    double spoken = 0;
    for (const DubSegment& segment : plan.segments) {
        spoken += segment.slotSeconds() + 2 * kReferencePadSeconds;
    }
    if (audio::probeFile(speechStem).durationSeconds <= kReferenceSeconds || spoken <= 0) {
        return {speechStem};
    }
    // Every n-th segment, so that the clips sample the whole programme.
    const int stride = std::max(1, int(std::ceil(spoken / kReferenceSeconds)));
    audio::AudioReader reader(speechStem);
    QStringList clips;
    AudioBuffer clip{reader.sampleRate(), reader.channels(), {}};
    const auto flush = [&] {
        if (clip.frames() > 0) {
            clips.append(
                QDir(folder).filePath(QStringLiteral("reference-%1.wav").arg(clips.size())));
            audio::encodeFile(clip, clips.last(), floatWav());
            clip.samples.clear();
        }
    };
    double taken = 0;
    for (int i = 0; i < plan.segments.size() && taken < kReferenceSeconds; i += stride) {
        const DubSegment& segment = plan.segments[i];
        const double start = std::max(0.0, segment.start - kReferencePadSeconds);
        reader.seek(start);
        const AudioBuffer part = reader.read(
            std::llround((segment.end + kReferencePadSeconds - start) * reader.sampleRate()));
        clip.samples.insert(clip.samples.end(), part.samples.begin(), part.samples.end());
        taken += part.durationSeconds();
        if (clip.durationSeconds() >= kReferenceClipSeconds) {
            flush();
        }
    }
    flush();
    return clips.isEmpty() ? QStringList{speechStem} : clips;
}

std::vector<audio::TimeRange> soundIn(const QString& path, JobContext& context) {
    audio::AudioReader reader(path);
    audio::SilenceDetector detector(reader.sampleRate(), reader.channels(),
                                    {kSilenceDb, kMinSilenceSeconds});
    double seconds = 0;
    for (AudioBuffer chunk = reader.read(1 << 16); chunk.frames() > 0;
         chunk = reader.read(1 << 16)) {
        detector.process(chunk);
        seconds += chunk.durationSeconds();
        context.throwIfCancelled();
    }
    return audio::soundBetween(detector.finish(), seconds);
}

}  // namespace sonara::core::dubbing
