#include "core/audio/audio_filter.h"

#include "core/audio/audio_error.h"
#include "core/audio/filter_graph.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
}

#include <cstring>
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
        throw AudioError(description,
                         QStringLiteral("the filter graph failed (%1)").arg(ffmpegErrorText(errnum)));
    }

    void drainInto(AudioBuffer& output) {
        FramePtr frame(av_frame_alloc());
        if (!frame)
            throw std::bad_alloc();
        for (;;) {
            const int got = av_buffersink_get_frame(built.sink, frame.get());
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF)
                return;
            if (got < 0)
                fail(got);
            const size_t count = static_cast<size_t>(frame->nb_samples) * output.channels;
            const float* data = reinterpret_cast<const float*>(frame->data[0]);
            output.samples.insert(output.samples.end(), data, data + count);
            av_frame_unref(frame.get());
        }
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
    impl_->built = buildGraph({InputFormat{sampleRate, channels}},
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
    FramePtr in(av_frame_alloc());
    if (!in)
        throw std::bad_alloc();
    in->format = AV_SAMPLE_FMT_FLT;
    in->sample_rate = chunk.sampleRate;
    in->nb_samples = static_cast<int>(chunk.frames());
    av_channel_layout_default(&in->ch_layout, chunk.channels);
    in->pts = impl_->pts;
    if (av_frame_get_buffer(in.get(), 0) < 0)
        throw std::bad_alloc();
    std::memcpy(in->data[0], chunk.samples.data(), chunk.samples.size() * sizeof(float));
    const int result = av_buffersrc_add_frame_flags(impl_->built.sources.front(), in.get(), 0);
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
