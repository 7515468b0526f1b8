#include "core/audio/filter_graph.h"

#include "core/audio/audio_error.h"
#include "core/audio/ffmpeg_support.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/opt.h>
}

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>

namespace sonara::core::audio::detail {

namespace {

[[noreturn]] void throwGraphError(const QString& graph, const QString& what, int errnum) {
    QString detail = lastFfmpegLogError();
    if (detail.isEmpty())
        detail = ffmpegErrorText(errnum);
    throw AudioError(graph, QStringLiteral("%1 (%2)").arg(what, detail));
}

// libavfilter connects a chain's unlabelled ends only to pads named "in" and "out".
std::string sourceLabel(size_t index, size_t count) {
    return count == 1 ? std::string("in") : "in" + std::to_string(index);
}

AVFilterContext* makeSource(AVFilterGraph* graph, const InputFormat& input, int index) {
    const ChannelLayout layout(input.channels);
    const QByteArray args = QStringLiteral(
                                "sample_rate=%1:sample_fmt=flt:channel_layout=%2:"
                                "time_base=1/%1")
                                .arg(input.sampleRate)
                                .arg(QString::fromLatin1(layout.describe()))
                                .toLatin1();
    const QByteArray name = "in" + QByteArray::number(index);
    AVFilterContext* source = nullptr;
    const int result =
        avfilter_graph_create_filter(&source, avfilter_get_by_name("abuffer"), name.constData(),
                                     args.constData(), nullptr, graph);
    if (result < 0)
        throw std::runtime_error("abuffer: " + ffmpegErrorText(result).toStdString());
    return source;
}

}  // namespace

int pushFrames(AVFilterContext* source, const AudioBuffer& buffer, qint64 startFrame, int frames,
               int64_t pts) {
    FramePtr in(av_frame_alloc());
    if (!in)
        throw std::bad_alloc();
    in->format = AV_SAMPLE_FMT_FLT;
    in->sample_rate = buffer.sampleRate;
    in->nb_samples = frames;
    av_channel_layout_default(&in->ch_layout, buffer.channels);
    in->pts = pts;
    if (av_frame_get_buffer(in.get(), 0) < 0)
        throw std::bad_alloc();
    std::memcpy(in->data[0], buffer.samples.data() + startFrame * buffer.channels,
                static_cast<size_t>(frames) * buffer.channels * sizeof(float));
    return av_buffersrc_add_frame_flags(source, in.get(), 0);
}

int drainSink(AVFilterContext* sink, AudioBuffer* output, const FrameObserver& observer) {
    FramePtr frame(av_frame_alloc());
    if (!frame)
        throw std::bad_alloc();
    for (;;) {
        const int got = av_buffersink_get_frame(sink, frame.get());
        if (got == AVERROR(EAGAIN) || got == AVERROR_EOF)
            return 0;
        if (got < 0)
            return got;
        if (observer)
            observer(*frame);
        if (output) {
            const size_t count = static_cast<size_t>(frame->nb_samples) * output->channels;
            const float* data = reinterpret_cast<const float*>(frame->data[0]);
            output->samples.insert(output->samples.end(), data, data + count);
        }
        av_frame_unref(frame.get());
    }
}

BuiltGraph buildGraph(const std::vector<InputFormat>& inputs, const QString& graph) {
    initFfmpeg();
    clearFfmpegLogError();
    if (inputs.empty())
        throw std::invalid_argument("a filter graph needs at least one input");
    for (const InputFormat& input : inputs) {
        if (input.sampleRate <= 0 || input.channels <= 0)
            throw std::invalid_argument("filter graph inputs need a sample rate and channels");
    }

    BuiltGraph built;
    built.graph.reset(avfilter_graph_alloc());
    if (!built.graph)
        throw std::bad_alloc();
    AVFilterGraph* filterGraph = built.graph.get();
    std::vector<AVFilterContext*>& sources = built.sources;
    for (size_t i = 0; i < inputs.size(); ++i)
        sources.push_back(makeSource(filterGraph, inputs[i], static_cast<int>(i)));

    AVFilterContext*& sink = built.sink;
    int result = avfilter_graph_create_filter(&sink, avfilter_get_by_name("abuffersink"), "out",
                                              nullptr, nullptr, filterGraph);
    if (result < 0)
        throw std::runtime_error("abuffersink: " + ffmpegErrorText(result).toStdString());
    const AVSampleFormat sinkFormats[] = {AV_SAMPLE_FMT_FLT, AV_SAMPLE_FMT_NONE};
    result = av_opt_set_int_list(sink, "sample_fmts", sinkFormats, AV_SAMPLE_FMT_NONE,
                                 AV_OPT_SEARCH_CHILDREN);
    if (result < 0)
        throw std::runtime_error("abuffersink: " + ffmpegErrorText(result).toStdString());

    // The graph's open inputs connect to our sources' outputs and its open output to the sink.
    AVFilterInOut* outputs = nullptr;
    for (size_t i = sources.size(); i-- > 0;) {
        AVFilterInOut* entry = avfilter_inout_alloc();
        if (entry == nullptr) {
            avfilter_inout_free(&outputs);
            throw std::bad_alloc();
        }
        entry->name = av_strdup(sourceLabel(i, sources.size()).c_str());
        entry->filter_ctx = sources[i];
        entry->pad_idx = 0;
        entry->next = outputs;
        outputs = entry;
    }
    AVFilterInOut* sinkInputs = avfilter_inout_alloc();
    if (sinkInputs == nullptr) {
        avfilter_inout_free(&outputs);
        throw std::bad_alloc();
    }
    sinkInputs->name = av_strdup("out");
    sinkInputs->filter_ctx = sink;
    sinkInputs->pad_idx = 0;
    sinkInputs->next = nullptr;

    const QByteArray description = graph.toUtf8();
    result = avfilter_graph_parse_ptr(filterGraph, description.constData(), &sinkInputs, &outputs,
                                      nullptr);
    // Whatever the parser left unmatched is ours to free; an unconnected pad makes
    // avfilter_graph_config() fail below, with FFmpeg's reason.
    FilterInOutPtr leftoverInputs(sinkInputs);
    FilterInOutPtr leftoverOutputs(outputs);
    if (result < 0)
        throwGraphError(graph, QStringLiteral("not a valid filter graph"), result);
    result = avfilter_graph_config(filterGraph, nullptr);
    if (result < 0) {
        // FFmpeg names our internal endpoints here, which would mean nothing to a user.
        if (lastFfmpegLogError().contains(QLatin1String("not connected")))
            throw AudioError(graph,
                             QStringLiteral("not a valid filter graph (it must take %1 and "
                                            "give exactly one audio output)")
                                 .arg(inputs.size() == 1
                                          ? QStringLiteral("the audio as its one input")
                                          : QStringLiteral("%1 audio inputs").arg(inputs.size())));
        throwGraphError(graph, QStringLiteral("the filter graph cannot run on this audio"), result);
    }

    return built;
}

AudioBuffer runFilterGraph(const std::vector<const AudioBuffer*>& inputs, const QString& graph,
                           const FrameObserver& observer, FeedOrder order) {
    std::vector<InputFormat> formats;
    for (const AudioBuffer* input : inputs) {
        if (input == nullptr)
            throw std::invalid_argument("runFilterGraph inputs must not be null");
        formats.push_back(InputFormat{input->sampleRate, input->channels});
    }
    BuiltGraph built = buildGraph(formats, graph);
    const std::vector<AVFilterContext*>& sources = built.sources;
    AVFilterContext* sink = built.sink;
    int result = 0;

    AudioBuffer output;
    output.sampleRate = av_buffersink_get_sample_rate(sink);
    output.channels = av_buffersink_get_channels(sink);
    auto pull = [&] {
        const int status = drainSink(sink, &output, observer);
        if (status < 0)
            throwGraphError(graph, QStringLiteral("the filter graph failed"), status);
    };

    // Frames stay small so that memory held inside the graph stays small.
    constexpr qint64 chunk = 4096;
    std::vector<qint64> positions(inputs.size(), 0);
    std::vector<bool> closed(inputs.size(), false);
    std::vector<int64_t> pts(inputs.size(), 0);
    bool open = true;
    while (open) {
        open = false;
        for (size_t i = 0; i < inputs.size(); ++i) {
            if (closed[i])
                continue;
            const AudioBuffer& input = *inputs[i];
            const qint64 remaining = input.frames() - positions[i];
            if (remaining <= 0) {
                result = av_buffersrc_add_frame_flags(sources[i], nullptr, 0);
                if (result < 0)
                    throwGraphError(graph, QStringLiteral("the filter graph failed"), result);
                closed[i] = true;
                continue;
            }
            open = true;
            const int frames = static_cast<int>(std::min(chunk, remaining));
            result = pushFrames(sources[i], input, positions[i], frames, pts[i]);
            if (result < 0)
                throwGraphError(graph, QStringLiteral("the filter graph failed"), result);
            positions[i] += frames;
            pts[i] += frames;
            if (order == FeedOrder::Sequential)
                break;
        }
        pull();
    }
    pull();
    return output;
}

}  // namespace sonara::core::audio::detail
