#include "core/audio/silence_detector.h"

#include "core/audio/audio_error.h"
#include "core/audio/filter_graph.h"

extern "C" {
#include <libavfilter/buffersrc.h>
#include <libavutil/dict.h>
#include <libavutil/frame.h>
}

#include <QByteArray>
#include <algorithm>
#include <optional>
#include <stdexcept>

namespace sonara::core::audio {

using namespace detail;

namespace {

// silencedetect stamps one event of a kind per frame, so frames stay shorter than any silence
// it could report: a frame then never holds two starts or two ends.
constexpr qint64 kFrameLimit = 1024;

QString graphFor(const SilenceDetector::Options& options) {
    return QStringLiteral("silencedetect=noise=%1dB:duration=%2")
        .arg(options.noiseDb, 0, 'f', 2)
        .arg(options.minSilenceSeconds, 0, 'f', 3);
}

// FFmpeg prints the times with printf, which follows the process's numeric locale.
std::optional<double> metadataSeconds(const AVFrame& frame, const char* key) {
    const AVDictionaryEntry* entry = av_dict_get(frame.metadata, key, nullptr, 0);
    if (entry == nullptr)
        return std::nullopt;
    QByteArray text(entry->value);
    text.replace(',', '.');
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    return ok ? std::optional<double>(std::max(seconds, 0.0)) : std::nullopt;
}

}  // namespace

struct SilenceDetector::Impl {
    QString description;
    int sampleRate = 0;
    int channels = 0;
    BuiltGraph built;
    int64_t pts = 0;
    std::vector<TimeRange> silences;
    std::optional<double> openSince;

    [[noreturn]] void fail(int errnum) const {
        throw AudioError(
            description,
            QStringLiteral("silence detection failed (%1)").arg(ffmpegErrorText(errnum)));
    }

    void observe(const AVFrame& frame) {
        if (const auto start = metadataSeconds(frame, "lavfi.silence_start"))
            openSince = start;
        if (const auto end = metadataSeconds(frame, "lavfi.silence_end")) {
            if (openSince && *end > *openSince)
                silences.push_back(TimeRange{*openSince, *end});
            openSince.reset();
        }
    }

    void drain() {
        const int status =
            drainSink(built.sink, nullptr, [this](const AVFrame& frame) { observe(frame); });
        if (status < 0)
            fail(status);
    }
};

SilenceDetector::SilenceDetector(int sampleRate, int channels, const Options& options)
    : impl_(std::make_unique<Impl>()) {
    impl_->description = graphFor(options);
    impl_->sampleRate = sampleRate;
    impl_->channels = channels;
    impl_->built = buildGraph({InputFormat{sampleRate, channels}}, impl_->description);
}

SilenceDetector::~SilenceDetector() = default;

void SilenceDetector::process(const AudioBuffer& chunk) {
    if (chunk.sampleRate != impl_->sampleRate || chunk.channels != impl_->channels)
        throw std::invalid_argument("SilenceDetector::process: chunk format differs");
    for (qint64 done = 0; done < chunk.frames();) {
        const int frames = static_cast<int>(std::min(kFrameLimit, chunk.frames() - done));
        const int result =
            pushFrames(impl_->built.sources.front(), chunk, done, frames, impl_->pts);
        if (result < 0)
            impl_->fail(result);
        impl_->pts += frames;
        done += frames;
        impl_->drain();
    }
}

std::vector<TimeRange> SilenceDetector::finish() {
    const int result = av_buffersrc_add_frame_flags(impl_->built.sources.front(), nullptr, 0);
    if (result < 0)
        impl_->fail(result);
    impl_->drain();
    // silencedetect only logs a silence that lasts to the end; it stamps no frame with it.
    const double end = static_cast<double>(impl_->pts) / impl_->sampleRate;
    if (impl_->openSince && end > *impl_->openSince)
        impl_->silences.push_back(TimeRange{*impl_->openSince, end});
    impl_->openSince.reset();
    return impl_->silences;
}

std::vector<TimeRange> soundBetween(const std::vector<TimeRange>& silences, double duration) {
    std::vector<TimeRange> sound;
    double position = 0.0;
    for (const TimeRange& silence : silences) {
        const double start = std::clamp(silence.start, 0.0, duration);
        if (start > position)
            sound.push_back(TimeRange{position, start});
        position = std::max(position, std::min(silence.end, duration));
    }
    if (duration > position)
        sound.push_back(TimeRange{position, duration});
    return sound;
}

}  // namespace sonara::core::audio
