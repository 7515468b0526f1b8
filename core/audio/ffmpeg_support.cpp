#include "core/audio/ffmpeg_support.h"

#include "core/audio/audio_error.h"

extern "C" {
#include <libavutil/log.h>
#include <libavutil/opt.h>
}

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdarg>
#include <mutex>
#include <stdexcept>
#include <string>

namespace sonara::core::audio::detail {

namespace {

Q_LOGGING_CATEGORY(lcFfmpeg, "sonara.audio.ffmpeg", QtWarningMsg)

thread_local std::string t_lastError;
// FFmpeg sometimes builds one line from several calls; the part before the newline waits here.
thread_local std::string t_pendingError;
// What an FfmpegLogCapture on this thread has collected, when one is active.
thread_local std::string* t_capture = nullptr;

void capture(int level, const char* format, va_list args) {
    char line[4096];
    int printPrefix = 0;
    av_log_format_line2(nullptr, level, format, args, line, sizeof line, &printPrefix);
    t_capture->append(line);
}

void logCallback(void* object, int level, const char* format, va_list args) {
    if (t_capture) {
        va_list captureArgs;
        va_copy(captureArgs, args);
        capture(level, format, captureArgs);
        va_end(captureArgs);
    }
    if (level > av_log_get_level())
        return;
    va_list argsCopy;
    va_copy(argsCopy, args);
    char line[1024];
    int printPrefix = 1;
    av_log_format_line2(object, level, format, args, line, sizeof line, &printPrefix);
    const QByteArray text = QByteArray(line).trimmed();
    if (level <= AV_LOG_ERROR) {
        // Without the "[component @ 0x...]" prefix: this text may end up in a user message.
        char bare[1024];
        printPrefix = 0;
        av_log_format_line2(nullptr, level, format, argsCopy, bare, sizeof bare, &printPrefix);
        t_pendingError += bare;
        if (!t_pendingError.empty() && t_pendingError.back() == '\n') {
            const QByteArray complete = QByteArray::fromStdString(t_pendingError).trimmed();
            if (!complete.isEmpty())
                t_lastError = complete.toStdString();
            t_pendingError.clear();
        }
    }
    va_end(argsCopy);
    if (text.isEmpty())
        return;
    if (level <= AV_LOG_FATAL)
        qCWarning(lcFfmpeg).noquote() << text;
    else if (level <= AV_LOG_WARNING)
        qCInfo(lcFfmpeg).noquote() << text;
    else
        qCDebug(lcFfmpeg).noquote() << text;
}

}  // namespace

void initFfmpeg() {
    static std::once_flag once;
    std::call_once(once, [] {
        av_log_set_level(lcFfmpeg().isDebugEnabled() ? AV_LOG_VERBOSE : AV_LOG_WARNING);
        av_log_set_callback(logCallback);
    });
}

void clearFfmpegLogError() {
    t_lastError.clear();
    t_pendingError.clear();
}

QString lastFfmpegLogError() {
    return QString::fromStdString(t_lastError);
}

FfmpegLogCapture::FfmpegLogCapture() {
    initFfmpeg();
    t_capture = new std::string;
}

FfmpegLogCapture::~FfmpegLogCapture() {
    delete t_capture;
    t_capture = nullptr;
}

QString FfmpegLogCapture::text() const {
    return QString::fromStdString(*t_capture);
}

QString ffmpegErrorText(int errnum) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(errnum, text, sizeof text);
    return QString::fromUtf8(text);
}

QByteArray encodePath(const QString& path) {
    return QFile::encodeName(path);
}

void OutputFormatCloser::operator()(AVFormatContext* context) const {
    if (context == nullptr)
        return;
    if (context->oformat != nullptr && !(context->oformat->flags & AVFMT_NOFILE))
        avio_closep(&context->pb);
    avformat_free_context(context);
}

ChannelLayout::ChannelLayout() : layout_{} {}

ChannelLayout::ChannelLayout(int channels) : layout_{} {
    av_channel_layout_default(&layout_, channels);
}

ChannelLayout::ChannelLayout(const AVChannelLayout& other) : layout_{} {
    if (av_channel_layout_copy(&layout_, &other) < 0)
        throw std::bad_alloc();
}

ChannelLayout::ChannelLayout(const ChannelLayout& other) : ChannelLayout(other.layout_) {}

ChannelLayout& ChannelLayout::operator=(const ChannelLayout& other) {
    if (this != &other && av_channel_layout_copy(&layout_, &other.layout_) < 0)
        throw std::bad_alloc();
    return *this;
}

ChannelLayout::~ChannelLayout() {
    av_channel_layout_uninit(&layout_);
}

ChannelLayout ChannelLayout::usable() const {
    if (layout_.order == AV_CHANNEL_ORDER_UNSPEC || av_channel_layout_check(&layout_) == 0)
        return ChannelLayout(layout_.nb_channels);
    return *this;
}

bool ChannelLayout::operator==(const ChannelLayout& other) const {
    return av_channel_layout_compare(&layout_, &other.layout_) == 0;
}

QByteArray ChannelLayout::describe() const {
    char text[128] = {};
    av_channel_layout_describe(&layout_, text, sizeof text);
    return QByteArray(text);
}

SampleConverter::SampleConverter(const ChannelLayout& inLayout, AVSampleFormat inFormat, int inRate,
                                 const ChannelLayout& outLayout, AVSampleFormat outFormat,
                                 int outRate)
    : inLayout_(inLayout),
      inFormat_(inFormat),
      inRate_(inRate),
      outLayout_(outLayout),
      outFormat_(outFormat),
      outRate_(outRate) {
    ChannelLayout in = inLayout.usable();
    ChannelLayout out = outLayout.usable();
    SwrContext* raw = nullptr;
    int result = swr_alloc_set_opts2(&raw, out.get(), outFormat, outRate, in.get(), inFormat,
                                     inRate, 0, nullptr);
    swr_.reset(raw);
    if (result < 0)
        throw std::runtime_error("swresample: " + ffmpegErrorText(result).toStdString());
    av_opt_set_double(swr_.get(), "rematrix_maxval", 1.0, 0);

    const int inChannels = in.channels();
    const int outChannels = out.channels();
    if (inChannels != outChannels && (inChannels == 1 || (inChannels == 2 && outChannels == 1))) {
        // matrix[out * stride + in]
        std::vector<double> matrix(static_cast<size_t>(outChannels) * inChannels, 0.0);
        if (inChannels == 1) {
            const int targets = std::min(outChannels, 2);
            for (int o = 0; o < targets; ++o)
                matrix[o] = 1.0;
        } else {
            matrix[0] = matrix[1] = 0.5;
        }
        result = swr_set_matrix(swr_.get(), matrix.data(), inChannels);
        if (result < 0)
            throw std::runtime_error("swresample matrix: " + ffmpegErrorText(result).toStdString());
    }
    result = swr_init(swr_.get());
    if (result < 0)
        throw std::runtime_error("swresample init: " + ffmpegErrorText(result).toStdString());
}

void SampleConverter::convert(const uint8_t* const* data, int frames, AVAudioFifo* fifo) {
    if (frames > 0)
        run(data, frames, fifo);
}

void SampleConverter::flush(AVAudioFifo* fifo) {
    run(nullptr, 0, fifo);
}

void SampleConverter::run(const uint8_t* const* data, int frames, AVAudioFifo* fifo) {
    const int capacity = swr_get_out_samples(swr_.get(), frames);
    if (capacity <= 0)
        return;
    uint8_t** out = nullptr;
    int result = av_samples_alloc_array_and_samples(&out, nullptr, outLayout_.channels(), capacity,
                                                    outFormat_, 0);
    if (result < 0)
        throw std::bad_alloc();
    auto release = [&out] {
        av_freep(&out[0]);
        av_freep(&out);
    };
    const int converted =
        swr_convert(swr_.get(), out, capacity, const_cast<const uint8_t**>(data), frames);
    if (converted > 0 &&
        av_audio_fifo_write(fifo, reinterpret_cast<void**>(out), converted) < converted) {
        release();
        throw std::bad_alloc();
    }
    release();
    if (converted < 0)
        throw std::runtime_error("swresample: " + ffmpegErrorText(converted).toStdString());
}

FifoPtr makeFifo(AVSampleFormat format, int channels) {
    FifoPtr fifo(av_audio_fifo_alloc(format, channels, 4096));
    if (!fifo)
        throw std::bad_alloc();
    return fifo;
}

AudioBuffer takeFromFifo(AVAudioFifo* fifo, int sampleRate, int channels, int maxFrames) {
    AudioBuffer buffer;
    buffer.sampleRate = sampleRate;
    buffer.channels = channels;
    int frames = av_audio_fifo_size(fifo);
    if (maxFrames >= 0)
        frames = std::min(frames, maxFrames);
    if (frames <= 0)
        return buffer;
    buffer.samples.resize(static_cast<size_t>(frames) * channels);
    void* planes[] = {buffer.samples.data()};
    av_audio_fifo_read(fifo, planes, frames);
    return buffer;
}

AudioBuffer convertBuffer(const AudioBuffer& buffer, int sampleRate, int channels) {
    if (sampleRate <= 0 || channels <= 0)
        throw std::invalid_argument(
            "audio conversion needs a positive sample rate and channel "
            "count");
    if (buffer.sampleRate == sampleRate && buffer.channels == channels)
        return buffer;
    AudioBuffer result;
    result.sampleRate = sampleRate;
    result.channels = channels;
    if (buffer.sampleRate <= 0 || buffer.channels <= 0 || buffer.isEmpty())
        return result;
    initFfmpeg();
    SampleConverter converter(ChannelLayout(buffer.channels), AV_SAMPLE_FMT_FLT, buffer.sampleRate,
                              ChannelLayout(channels), AV_SAMPLE_FMT_FLT, sampleRate);
    FifoPtr fifo = makeFifo(AV_SAMPLE_FMT_FLT, channels);
    result.samples.reserve(static_cast<size_t>(
        (buffer.frames() * static_cast<double>(sampleRate) / buffer.sampleRate + 64) * channels));
    auto drain = [&] {
        const int frames = av_audio_fifo_size(fifo.get());
        const size_t offset = result.samples.size();
        result.samples.resize(offset + static_cast<size_t>(frames) * channels);
        void* planes[] = {result.samples.data() + offset};
        av_audio_fifo_read(fifo.get(), planes, frames);
    };
    // Chunked so that converting an hour of audio never holds a second full copy in the fifo.
    constexpr qint64 chunk = 65536;
    for (qint64 start = 0; start < buffer.frames(); start += chunk) {
        const int frames = static_cast<int>(std::min(chunk, buffer.frames() - start));
        const uint8_t* planes[] = {
            reinterpret_cast<const uint8_t*>(buffer.samples.data() + start * buffer.channels)};
        converter.convert(planes, frames, fifo.get());
        drain();
    }
    converter.flush(fifo.get());
    drain();
    return result;
}

}  // namespace sonara::core::audio::detail
