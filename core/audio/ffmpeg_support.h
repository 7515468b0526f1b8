#pragma once

// Internal to sonara_audio: the only header besides filter_graph.h that includes FFmpeg. Public
// headers must never include it, so that FFmpeg stays a private dependency.

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

#include "core/audio/audio_buffer.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace sonara::core::audio::detail {

// Routes FFmpeg's log into the "sonara.audio.ffmpeg" logging category (silent unless enabled
// with QT_LOGGING_RULES) and remembers the last error line per thread, so that reasons shown to
// users can quote FFmpeg when it knows more than an error code. Safe to call often.
void initFfmpeg();

// Forgets the remembered line; call before an operation whose failure may quote it.
void clearFfmpegLogError();
// The last error-level line FFmpeg logged on this thread since clearFfmpegLogError(), or "".
QString lastFfmpegLogError();

// Collects every line FFmpeg logs on this thread, at any level, while it lives: for filters that
// report their findings only in the log (loudnorm's measurements). One at a time per thread.
class FfmpegLogCapture {
public:
    FfmpegLogCapture();
    ~FfmpegLogCapture();
    FfmpegLogCapture(const FfmpegLogCapture&) = delete;
    FfmpegLogCapture& operator=(const FfmpegLogCapture&) = delete;

    QString text() const;
};

QString ffmpegErrorText(int errnum);
QByteArray encodePath(const QString& path);

struct InputFormatCloser {
    void operator()(AVFormatContext* context) const { avformat_close_input(&context); }
};
struct OutputFormatCloser {
    void operator()(AVFormatContext* context) const;
};
struct CodecContextDeleter {
    void operator()(AVCodecContext* context) const { avcodec_free_context(&context); }
};
struct FrameDeleter {
    void operator()(AVFrame* frame) const { av_frame_free(&frame); }
};
struct PacketDeleter {
    void operator()(AVPacket* packet) const { av_packet_free(&packet); }
};
struct SwrDeleter {
    void operator()(SwrContext* context) const { swr_free(&context); }
};
struct FifoDeleter {
    void operator()(AVAudioFifo* fifo) const { av_audio_fifo_free(fifo); }
};
struct FilterGraphDeleter {
    void operator()(AVFilterGraph* graph) const { avfilter_graph_free(&graph); }
};
struct FilterInOutDeleter {
    void operator()(AVFilterInOut* inOut) const { avfilter_inout_free(&inOut); }
};

using InputFormatPtr = std::unique_ptr<AVFormatContext, InputFormatCloser>;
using OutputFormatPtr = std::unique_ptr<AVFormatContext, OutputFormatCloser>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using SwrPtr = std::unique_ptr<SwrContext, SwrDeleter>;
using FifoPtr = std::unique_ptr<AVAudioFifo, FifoDeleter>;
using FilterGraphPtr = std::unique_ptr<AVFilterGraph, FilterGraphDeleter>;
using FilterInOutPtr = std::unique_ptr<AVFilterInOut, FilterInOutDeleter>;

// Owns an AVChannelLayout, whose custom-order variants allocate.
class ChannelLayout {
public:
    ChannelLayout();
    explicit ChannelLayout(int channels);  // FFmpeg's default layout for that many channels
    ChannelLayout(const AVChannelLayout& other);
    ChannelLayout(const ChannelLayout& other);
    ChannelLayout& operator=(const ChannelLayout& other);
    ~ChannelLayout();

    const AVChannelLayout* get() const { return &layout_; }
    AVChannelLayout* get() { return &layout_; }
    int channels() const { return layout_.nb_channels; }
    // A layout FFmpeg can rematrix: an unspecified order becomes the default for its count.
    ChannelLayout usable() const;
    bool operator==(const ChannelLayout& other) const;
    bool operator!=(const ChannelLayout& other) const { return !(*this == other); }
    QByteArray describe() const;

private:
    AVChannelLayout layout_;
};

// swresample wrapped for sample format, rate and channel conversion into an AVAudioFifo.
// Down/up-mixing follows one house rule everywhere (decode, remix, encode): mono to stereo
// duplicates at unity gain, stereo to mono averages, other layouts use swresample's standard
// matrix scaled so that a full-scale input cannot clip.
class SampleConverter {
public:
    SampleConverter(const ChannelLayout& inLayout, AVSampleFormat inFormat, int inRate,
                    const ChannelLayout& outLayout, AVSampleFormat outFormat, int outRate);

    const ChannelLayout& inLayout() const { return inLayout_; }
    AVSampleFormat inFormat() const { return inFormat_; }
    int inRate() const { return inRate_; }

    // Converts frames (plane pointers as in AVFrame::data) and appends them to fifo.
    void convert(const uint8_t* const* data, int frames, AVAudioFifo* fifo);
    // Pushes out what the resampler still holds; the converter is finished afterwards.
    void flush(AVAudioFifo* fifo);

private:
    void run(const uint8_t* const* data, int frames, AVAudioFifo* fifo);

    ChannelLayout inLayout_;
    AVSampleFormat inFormat_;
    int inRate_;
    ChannelLayout outLayout_;
    AVSampleFormat outFormat_;
    int outRate_;
    SwrPtr swr_;
};

FifoPtr makeFifo(AVSampleFormat format, int channels);
// Drains a packed-float fifo into a buffer.
AudioBuffer takeFromFifo(AVAudioFifo* fifo, int sampleRate, int channels, int maxFrames = -1);

// Converts an in-memory buffer to another rate and/or channel count with swresample.
AudioBuffer convertBuffer(const AudioBuffer& buffer, int sampleRate, int channels);

}  // namespace sonara::core::audio::detail
