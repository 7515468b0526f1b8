#include "core/audio/waveform_video.h"

#include "core/audio/audio_error.h"
#include "core/audio/dsp.h"
#include "core/audio/ffmpeg_support.h"
#include "core/audio/filter_graph.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavformat/avformat.h>
#include <libavutil/avstring.h>
#include <libavutil/opt.h>
}

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace sonara::core::audio {

using namespace detail;

namespace {

// What phones expect of a posted video's sound.
constexpr int kAudioRate = 48000;
constexpr int kAudioChannels = 2;
constexpr qint64 kChunkFrames = 1024;

// `value` as one option value inside a filter graph description: escaped once for the option
// parser and once for the graph parser, as FFmpeg's filter documentation describes.
QString filterGraphValue(const QString& value) {
    const auto escape = [](const QByteArray& text, const char* special) {
        char* escaped = nullptr;
        if (av_escape(&escaped, text.constData(), special, AV_ESCAPE_MODE_BACKSLASH, 0) < 0)
            throw std::bad_alloc();
        QByteArray result(escaped);
        av_free(escaped);
        return result;
    };
    return QString::fromUtf8(escape(escape(value.toUtf8(), ":"), "[],;"));
}

struct WaveformWriter {
    QString path;
    QString partialPath;
    WaveformVideoOptions options;
    FilterGraphPtr graph;
    AVFilterContext* source = nullptr;
    AVFilterContext* sink = nullptr;
    OutputFormatPtr format;
    CodecContextPtr video;
    CodecContextPtr audio;
    AVStream* videoStream = nullptr;
    AVStream* audioStream = nullptr;
    PacketPtr packet{av_packet_alloc()};
    FramePtr frame{av_frame_alloc()};
    int64_t audioPts = 0;
    bool finished = false;

    WaveformWriter(QString target, const WaveformVideoOptions& o)
        : path(std::move(target)), partialPath(path + QStringLiteral(".partial")), options(o) {
        if (!packet || !frame)
            throw std::bad_alloc();
    }

    ~WaveformWriter() {
        if (!finished) {
            format.reset();
            QFile::remove(partialPath);
        }
    }

    [[noreturn]] void fail(const QString& reason) const { throw AudioError(path, reason); }

    void check(int result, const QString& what) const {
        if (result < 0)
            fail(QStringLiteral("cannot be written (%1: %2)").arg(what, ffmpegErrorText(result)));
    }

    QString background() const;
    QString animation() const;
    void buildGraph();
    void openOutput();
    void openVideoEncoder();
    void openAudioEncoder();
    AVStream* addStream(const AVCodecContext* encoder);
    void writePackets(AVCodecContext* encoder, AVStream* stream);
    void encodeAudio(const AudioBuffer& buffer, qint64 start, qint64 frames);
    void drainVideo();
    void finish();
};

// The frame behind the animation: the plain colour, or the picture scaled to cover the frame,
// cropped to it and repeated at the frame rate.
QString WaveformWriter::background() const {
    if (options.picturePath.isEmpty()) {
        return QStringLiteral("color=c=%1:s=%2x%3:r=%4[background]")
            .arg(options.backgroundColor)
            .arg(options.width)
            .arg(options.height)
            .arg(options.framesPerSecond);
    }
    return QStringLiteral(
               "movie=filename=%1,scale=%2:%3:force_original_aspect_ratio=increase,"
               "crop=%2:%3,setsar=1,format=yuv420p,loop=loop=-1:size=1,"
               "settb=expr=1/%4,setpts=N[background]")
        .arg(filterGraphValue(options.picturePath))
        .arg(options.width)
        .arg(options.height)
        .arg(options.framesPerSecond);
}

// What the audio draws: the waves or the spectrum over the middle three eighths of the frame.
// With no animation, a 2x2 waveform is still drawn, outside the frame, because the audio's
// stream is what ends the video.
QString WaveformWriter::animation() const {
    const int bandHeight = options.height * 3 / 8 / 2 * 2;
    switch (options.animation) {
        case VideoAnimation::Spectrum:
            return QStringLiteral(
                       "[in]showspectrum=s=%1x%2:slide=scroll:mode=combined:color=intensity:"
                       "scale=cbrt:legend=0,fps=%3,format=yuv420p[animation]")
                .arg(options.width)
                .arg(bandHeight)
                .arg(options.framesPerSecond);
        case VideoAnimation::None:
            return QStringLiteral("[in]showwaves=s=2x2:rate=%1[animation]")
                .arg(options.framesPerSecond);
        case VideoAnimation::Waveform:
            break;
    }
    return QStringLiteral(
               "[in]showwaves=s=%1x%2:mode=cline:rate=%3:colors=%4:scale=sqrt:draw=full"
               "[animation]")
        .arg(options.width)
        .arg(bandHeight)
        .arg(options.framesPerSecond)
        .arg(options.waveColor);
}

void WaveformWriter::buildGraph() {
    graph.reset(avfilter_graph_alloc());
    if (!graph)
        throw std::bad_alloc();
    const QByteArray args = QStringLiteral(
                                "sample_rate=%1:sample_fmt=flt:channel_layout=stereo:"
                                "time_base=1/%1")
                                .arg(kAudioRate)
                                .toLatin1();
    check(avfilter_graph_create_filter(&source, avfilter_get_by_name("abuffer"), "in",
                                       args.constData(), nullptr, graph.get()),
          QStringLiteral("abuffer"));
    check(avfilter_graph_create_filter(&sink, avfilter_get_by_name("buffersink"), "out", nullptr,
                                       nullptr, graph.get()),
          QStringLiteral("buffersink"));
    const AVPixelFormat pixelFormats[] = {AV_PIX_FMT_YUV420P, AV_PIX_FMT_NONE};
    check(av_opt_set_int_list(sink, "pix_fmts", pixelFormats, AV_PIX_FMT_NONE,
                              AV_OPT_SEARCH_CHILDREN),
          QStringLiteral("buffersink"));
    const QString description =
        QStringLiteral(
            "%1;%2;[background][animation]overlay=%3:"
            "shortest=1:format=yuv420,format=yuv420p[out]")
            .arg(background(), animation(),
                 options.animation == VideoAnimation::None ? QStringLiteral("x=W:y=0")
                                                           : QStringLiteral("x=0:y=(H-h)/2"));
    AVFilterInOut* outputs = avfilter_inout_alloc();
    AVFilterInOut* inputs = avfilter_inout_alloc();
    FilterInOutPtr ownOutputs(outputs);
    FilterInOutPtr ownInputs(inputs);
    if (!outputs || !inputs)
        throw std::bad_alloc();
    outputs->name = av_strdup("in");
    outputs->filter_ctx = source;
    inputs->name = av_strdup("out");
    inputs->filter_ctx = sink;
    AVFilterInOut* openInputs = ownInputs.release();
    AVFilterInOut* openOutputs = ownOutputs.release();
    const QByteArray text = description.toUtf8();
    const int parsed =
        avfilter_graph_parse_ptr(graph.get(), text.constData(), &openInputs, &openOutputs, nullptr);
    avfilter_inout_free(&openInputs);
    avfilter_inout_free(&openOutputs);
    check(parsed, QStringLiteral("waveform filters"));
    check(avfilter_graph_config(graph.get(), nullptr), QStringLiteral("waveform filters"));
}

AVStream* WaveformWriter::addStream(const AVCodecContext* encoder) {
    AVStream* stream = avformat_new_stream(format.get(), nullptr);
    if (stream == nullptr)
        throw std::bad_alloc();
    stream->time_base = encoder->time_base;
    check(avcodec_parameters_from_context(stream->codecpar, encoder), QStringLiteral("stream"));
    return stream;
}

void WaveformWriter::openOutput() {
    AVFormatContext* raw = nullptr;
    // The muxer needs the file's name: +faststart reopens it to move the index to the front.
    const QByteArray partial = encodePath(partialPath);
    if (avformat_alloc_output_context2(&raw, nullptr, "mp4", partial.constData()) < 0 ||
        raw == nullptr)
        fail(QStringLiteral("cannot be written (no mp4 muxer in this build)"));
    format.reset(raw);
}

void WaveformWriter::openVideoEncoder() {
    // H.264 is what every phone and platform takes; MPEG-4 Part 2 only where it is missing.
    const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
    const bool h264 = codec != nullptr;
    if (!h264)
        codec = avcodec_find_encoder(AV_CODEC_ID_MPEG4);
    if (codec == nullptr)
        fail(QStringLiteral("cannot be written (this build has no H.264 or MPEG-4 encoder)"));
    video.reset(avcodec_alloc_context3(codec));
    if (!video)
        throw std::bad_alloc();
    video->width = av_buffersink_get_w(sink);
    video->height = av_buffersink_get_h(sink);
    video->pix_fmt = AV_PIX_FMT_YUV420P;
    video->time_base = AVRational{1, options.framesPerSecond};
    video->framerate = AVRational{options.framesPerSecond, 1};
    video->sample_aspect_ratio = AVRational{1, 1};
    video->gop_size = options.framesPerSecond * 2;
    if (h264) {
        av_opt_set(video->priv_data, "preset", "veryfast", 0);
        av_opt_set(video->priv_data, "crf", "23", 0);
    } else {
        video->bit_rate = 4'000'000;
    }
    if (format->oformat->flags & AVFMT_GLOBALHEADER)
        video->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    check(avcodec_open2(video.get(), codec, nullptr), QStringLiteral("video encoder"));
    videoStream = addStream(video.get());
}

void WaveformWriter::openAudioEncoder() {
    const AVCodec* codec = avcodec_find_encoder_by_name("aac");
    if (codec == nullptr)
        fail(QStringLiteral("cannot be written (this build has no AAC encoder)"));
    audio.reset(avcodec_alloc_context3(codec));
    if (!audio)
        throw std::bad_alloc();
    audio->sample_fmt = AV_SAMPLE_FMT_FLTP;
    audio->sample_rate = kAudioRate;
    av_channel_layout_default(&audio->ch_layout, kAudioChannels);
    audio->bit_rate = int64_t{options.audioBitrateKbps} * 1000;
    audio->time_base = AVRational{1, kAudioRate};
    if (format->oformat->flags & AVFMT_GLOBALHEADER)
        audio->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    check(avcodec_open2(audio.get(), codec, nullptr), QStringLiteral("audio encoder"));
    audioStream = addStream(audio.get());
}

void WaveformWriter::writePackets(AVCodecContext* encoder, AVStream* stream) {
    for (;;) {
        const int result = avcodec_receive_packet(encoder, packet.get());
        if (result == AVERROR(EAGAIN) || result == AVERROR_EOF)
            return;
        check(result, QStringLiteral("encoder"));
        av_packet_rescale_ts(packet.get(), encoder->time_base, stream->time_base);
        packet->stream_index = stream->index;
        check(av_interleaved_write_frame(format.get(), packet.get()), QStringLiteral("mp4"));
    }
}

// One encoder frame of interleaved `buffer` from `start`, planar as AAC takes it; the last one
// padded with silence when the encoder needs whole frames.
void WaveformWriter::encodeAudio(const AudioBuffer& buffer, qint64 start, qint64 frames) {
    const bool smallLast = audio->codec->capabilities & AV_CODEC_CAP_SMALL_LAST_FRAME;
    FramePtr in(av_frame_alloc());
    if (!in)
        throw std::bad_alloc();
    in->nb_samples = int(smallLast ? frames : std::max<qint64>(frames, audio->frame_size));
    in->format = audio->sample_fmt;
    in->sample_rate = audio->sample_rate;
    if (av_channel_layout_copy(&in->ch_layout, &audio->ch_layout) < 0 ||
        av_frame_get_buffer(in.get(), 0) < 0)
        throw std::bad_alloc();
    for (int c = 0; c < kAudioChannels; ++c) {
        float* plane = reinterpret_cast<float*>(in->data[c]);
        std::fill(plane, plane + in->nb_samples, 0.0f);
        for (qint64 i = 0; i < frames; ++i)
            plane[i] = buffer.samples[size_t((start + i) * kAudioChannels + c)];
    }
    in->pts = audioPts;
    audioPts += in->nb_samples;
    check(avcodec_send_frame(audio.get(), in.get()), QStringLiteral("audio encoder"));
    writePackets(audio.get(), audioStream);
}

void WaveformWriter::drainVideo() {
    const AVRational sinkTimeBase = av_buffersink_get_time_base(sink);
    for (;;) {
        const int got = av_buffersink_get_frame(sink, frame.get());
        if (got == AVERROR(EAGAIN) || got == AVERROR_EOF)
            return;
        check(got, QStringLiteral("waveform filters"));
        frame->pts = av_rescale_q(frame->pts, sinkTimeBase, video->time_base);
        frame->pict_type = AV_PICTURE_TYPE_NONE;
        const int sent = avcodec_send_frame(video.get(), frame.get());
        av_frame_unref(frame.get());
        check(sent, QStringLiteral("video encoder"));
        writePackets(video.get(), videoStream);
    }
}

void WaveformWriter::finish() {
    check(av_buffersrc_add_frame_flags(source, nullptr, 0), QStringLiteral("waveform filters"));
    drainVideo();
    check(avcodec_send_frame(video.get(), nullptr), QStringLiteral("video encoder"));
    writePackets(video.get(), videoStream);
    check(avcodec_send_frame(audio.get(), nullptr), QStringLiteral("audio encoder"));
    writePackets(audio.get(), audioStream);
    check(av_write_trailer(format.get()), QStringLiteral("mp4"));
    format.reset();
    QFile::remove(path);
    if (!QFile::rename(partialPath, path))
        fail(QStringLiteral("cannot be written (the finished file could not be moved in place)"));
    finished = true;
}

}  // namespace

bool writeWaveformVideo(const AudioBuffer& audio, const QString& path,
                        const WaveformVideoOptions& options,
                        const std::function<bool(double fraction)>& progress) {
    initFfmpeg();
    clearFfmpegLogError();
    if (audio.isEmpty() || audio.sampleRate <= 0)
        throw AudioError(path, QStringLiteral("cannot be written (there is no audio to show)"));
    if (!QFileInfo(path).absoluteDir().exists())
        throw AudioError(path, QStringLiteral("cannot be written (its folder does not exist)"));
    AudioBuffer sound = audio;
    if (sound.channels != kAudioChannels)
        sound = remix(sound, kAudioChannels);
    if (sound.sampleRate != kAudioRate)
        sound = resample(sound, kAudioRate);

    WaveformWriter writer(path, options);
    writer.buildGraph();
    writer.openOutput();
    writer.openVideoEncoder();
    writer.openAudioEncoder();
    writer.check(avio_open(&writer.format->pb, writer.format->url, AVIO_FLAG_WRITE),
                 QStringLiteral("open"));
    AVDictionary* muxerOptions = nullptr;
    av_dict_set(&muxerOptions, "movflags", "+faststart", 0);
    const int header = avformat_write_header(writer.format.get(), &muxerOptions);
    av_dict_free(&muxerOptions);
    writer.check(header, QStringLiteral("mp4"));

    const qint64 total = sound.frames();
    for (qint64 start = 0; start < total; start += kChunkFrames) {
        const qint64 frames = std::min(kChunkFrames, total - start);
        writer.encodeAudio(sound, start, frames);
        writer.check(pushFrames(writer.source, sound, start, int(frames), start),
                     QStringLiteral("waveform filters"));
        writer.drainVideo();
        if (progress && !progress(double(start + frames) / double(total)))
            return false;
    }
    writer.finish();
    return true;
}

namespace {

// Whether the video stream `index` of `input` is a single picture that decodes.
bool decodesOnePicture(AVFormatContext* input, int index, const AVCodec* codec) {
    const AVStream* stream = input->streams[index];
    // Picture codecs only: FFmpeg would also read a text file as ANSI art, say.
    static const std::set<AVCodecID> kPictureCodecs = {
        AV_CODEC_ID_PNG, AV_CODEC_ID_MJPEG, AV_CODEC_ID_WEBP, AV_CODEC_ID_BMP, AV_CODEC_ID_TIFF,
        AV_CODEC_ID_GIF, AV_CODEC_ID_PPM,   AV_CODEC_ID_PGM,  AV_CODEC_ID_PAM};
    if (stream->nb_frames > 1 || kPictureCodecs.count(stream->codecpar->codec_id) == 0)
        return false;
    CodecContextPtr decoder(avcodec_alloc_context3(codec));
    PacketPtr packet(av_packet_alloc());
    FramePtr frame(av_frame_alloc());
    if (!decoder || !packet || !frame)
        throw std::bad_alloc();
    if (avcodec_parameters_to_context(decoder.get(), stream->codecpar) < 0 ||
        avcodec_open2(decoder.get(), codec, nullptr) < 0)
        return false;
    while (av_read_frame(input, packet.get()) >= 0) {
        const bool ours = packet->stream_index == index;
        const int sent = ours ? avcodec_send_packet(decoder.get(), packet.get()) : 0;
        av_packet_unref(packet.get());
        if (sent < 0)
            return false;
        if (ours)
            break;
    }
    avcodec_send_packet(decoder.get(), nullptr);
    return avcodec_receive_frame(decoder.get(), frame.get()) == 0 && frame->width > 0;
}

}  // namespace

void checkPicture(const QString& path) {
    initFfmpeg();
    const QString advice = QStringLiteral("choose a PNG, JPEG or WebP picture");
    if (!QFileInfo(path).isFile())
        throw AudioError(path, QStringLiteral("does not exist; %1").arg(advice));
    AVFormatContext* raw = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    if (avformat_open_input(&raw, encoded.constData(), nullptr, nullptr) < 0)
        throw AudioError(path, QStringLiteral("cannot be read as a picture; %1").arg(advice));
    InputFormatPtr input(raw);
    const AVCodec* codec = nullptr;
    const int stream =
        avformat_find_stream_info(input.get(), nullptr) < 0
            ? -1
            : av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (stream < 0 || codec == nullptr || !decodesOnePicture(input.get(), stream, codec))
        throw AudioError(path, QStringLiteral("is not a picture; %1").arg(advice));
}

bool isPicture(const QString& path) {
    try {
        checkPicture(path);
        return true;
    } catch (const AudioError&) {
        return false;
    }
}

}  // namespace sonara::core::audio
