#include "core/audio/audio_filter.h"

#include "core/audio/audio_error.h"
#include "core/audio/filter_graph.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
}

#include <stdexcept>

namespace sonara::core::audio {

using namespace detail;

struct AudioFilter::Impl {
    QString description;
    int sampleRate = 0;
    int channels = 0;
    BuiltGraph built;
    int64_t pts = 0;
    bool finished = false;

    [[noreturn]] void fail(int errnum) const {
        throw AudioError(
            description,
            QStringLiteral("the filter graph failed (%1)").arg(ffmpegErrorText(errnum)));
    }

    void drainInto(AudioBuffer& output) {
        const int status = drainSink(built.sink, &output);
        if (status < 0)
            fail(status);
    }

    AudioBuffer emptyOutput() const {
        AudioBuffer output;
        output.sampleRate = av_buffersink_get_sample_rate(built.sink);
        output.channels = av_buffersink_get_channels(built.sink);
        return output;
    }
};

AudioFilter::AudioFilter(const QString& filterGraph, int sampleRate, int channels)
    : impl_(std::make_unique<Impl>()) {
    impl_->description = filterGraph;
    impl_->sampleRate = sampleRate;
    impl_->channels = channels;
    impl_->built =
        buildGraph({InputFormat{sampleRate, channels}},
                   filterGraph.trimmed().isEmpty() ? QStringLiteral("anull") : filterGraph);
}

AudioFilter::~AudioFilter() = default;

int AudioFilter::outputSampleRate() const {
    return av_buffersink_get_sample_rate(impl_->built.sink);
}

int AudioFilter::outputChannels() const {
    return av_buffersink_get_channels(impl_->built.sink);
}

AudioBuffer AudioFilter::process(const AudioBuffer& chunk) {
    if (impl_->finished)
        throw std::logic_error("AudioFilter::process after finish");
    if (chunk.sampleRate != impl_->sampleRate || chunk.channels != impl_->channels)
        throw std::invalid_argument("AudioFilter::process: chunk format differs from the filter's");
    AudioBuffer output = impl_->emptyOutput();
    if (chunk.isEmpty())
        return output;
    const int result = pushFrames(impl_->built.sources.front(), chunk, 0,
                                  static_cast<int>(chunk.frames()), impl_->pts);
    if (result < 0)
        impl_->fail(result);
    impl_->pts += chunk.frames();
    impl_->drainInto(output);
    return output;
}

AudioBuffer AudioFilter::finish() {
    AudioBuffer output = impl_->emptyOutput();
    if (impl_->finished)
        return output;
    impl_->finished = true;
    const int result = av_buffersrc_add_frame_flags(impl_->built.sources.front(), nullptr, 0);
    if (result < 0)
        impl_->fail(result);
    impl_->drainInto(output);
    return output;
}

}  // namespace sonara::core::audio
