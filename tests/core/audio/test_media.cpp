#include "test_media.h"

#include "core/audio/dsp.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/imgutils.h>
}

#include <QFile>

#include <cmath>
#include <cstring>
#include <memory>

namespace sonara::core::audio::test {

namespace {

struct Stream {
    AVStream* stream = nullptr;
    AVCodecContext* codec = nullptr;
    ~Stream() { avcodec_free_context(&codec); }
};

struct Output {
    AVFormatContext* format = nullptr;
    ~Output() {
        if (format != nullptr) {
            avio_closep(&format->pb);
            avformat_free_context(format);
        }
    }
};

bool drain(AVFormatContext* format, Stream& s, AVPacket* packet) {
    for (;;) {
        const int result = avcodec_receive_packet(s.codec, packet);
        if (result == AVERROR(EAGAIN) || result == AVERROR_EOF)
            return true;
        if (result < 0)
            return false;
        av_packet_rescale_ts(packet, s.codec->time_base, s.stream->time_base);
        packet->stream_index = s.stream->index;
        if (av_interleaved_write_frame(format, packet) < 0)
            return false;
    }
}

bool allocate(Stream& s, const AVCodec* codec) {
    s.codec = avcodec_alloc_context3(codec);
    return s.codec != nullptr;
}

bool finishOpen(AVFormatContext* format, Stream& s, const AVCodec* codec) {
    if (format->oformat->flags & AVFMT_GLOBALHEADER)
        s.codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (avcodec_open2(s.codec, codec, nullptr) < 0)
        return false;
    s.stream = avformat_new_stream(format, nullptr);
    if (s.stream == nullptr)
        return false;
    s.stream->time_base = s.codec->time_base;
    return avcodec_parameters_from_context(s.stream->codecpar, s.codec) >= 0;
}

// `sound` (48 kHz stereo) is the audio track when given, else a sine of `seconds`.
bool writeVideo(const QString& path, double seconds, bool withAudio, const AudioBuffer* sound,
                QString* error) {
    auto failed = [error](const char* what) {
        if (error != nullptr)
            *error = QString::fromLatin1(what);
        return false;
    };
    const QByteArray file = QFile::encodeName(path);
    Output out;
    if (avformat_alloc_output_context2(&out.format, nullptr, nullptr, file.constData()) < 0)
        return failed("no muxer for the extension");
    const bool matroska = path.endsWith(QLatin1String(".mkv"));
    const bool webm = path.endsWith(QLatin1String(".webm"));

    Stream video;
    // WebM takes VP8 only (of what Debian's FFmpeg encodes), the others MPEG-4 Part 2.
    const AVCodec* videoCodec = avcodec_find_encoder(webm ? AV_CODEC_ID_VP8 : AV_CODEC_ID_MPEG4);
    if (videoCodec == nullptr || !allocate(video, videoCodec))
        return failed("no video encoder");
    video.codec->width = 64;
    video.codec->height = 48;
    video.codec->pix_fmt = AV_PIX_FMT_YUV420P;
    video.codec->time_base = AVRational{1, 25};
    video.codec->framerate = AVRational{25, 1};
    video.codec->gop_size = 12;
    if (!finishOpen(out.format, video, videoCodec))
        return failed("cannot open the video encoder");

    Stream audio;
    const AVCodec* audioCodec = nullptr;
    if (withAudio) {
        audioCodec = webm       ? avcodec_find_encoder_by_name("libopus")
                     : matroska ? avcodec_find_encoder_by_name("libmp3lame")
                                : avcodec_find_encoder(AV_CODEC_ID_AAC);
        if (audioCodec == nullptr || !allocate(audio, audioCodec))
            return failed("no audio encoder");
        audio.codec->sample_fmt = webm       ? AV_SAMPLE_FMT_FLT
                                  : matroska ? AV_SAMPLE_FMT_S16P
                                             : AV_SAMPLE_FMT_FLTP;
        audio.codec->sample_rate = 48000;
        av_channel_layout_default(&audio.codec->ch_layout, 2);
        audio.codec->bit_rate = 128000;
        audio.codec->time_base = AVRational{1, 48000};
        if (!finishOpen(out.format, audio, audioCodec))
            return failed("cannot open the audio encoder");
    }

    if (avio_open(&out.format->pb, file.constData(), AVIO_FLAG_WRITE) < 0)
        return failed("cannot create the file");
    if (avformat_write_header(out.format, nullptr) < 0)
        return failed("cannot write the header");

    std::unique_ptr<AVPacket, void (*)(AVPacket*)> packet(av_packet_alloc(),
                                                          [](AVPacket* p) { av_packet_free(&p); });
    std::unique_ptr<AVFrame, void (*)(AVFrame*)> frame(av_frame_alloc(),
                                                       [](AVFrame* f) { av_frame_free(&f); });

    if (sound != nullptr)
        seconds = sound->durationSeconds();
    const int videoFrames = static_cast<int>(std::lround(seconds * 25));
    const int64_t audioFrames = sound != nullptr ? sound->frames() : std::llround(seconds * 48000);
    int nextVideo = 0;
    int64_t nextAudio = 0;
    // Interleave by time so that the muxer never has to buffer much.
    while (nextVideo < videoFrames || (withAudio && nextAudio < audioFrames)) {
        const bool videoTurn = !withAudio || nextAudio >= audioFrames ||
                               (nextVideo < videoFrames && nextVideo / 25.0 <= nextAudio / 48000.0);
        av_frame_unref(frame.get());
        if (videoTurn) {
            frame->format = AV_PIX_FMT_YUV420P;
            frame->width = 64;
            frame->height = 48;
            if (av_frame_get_buffer(frame.get(), 0) < 0)
                return failed("out of memory");
            for (int plane = 0; plane < 3; ++plane) {
                const int rows = plane == 0 ? 48 : 24;
                for (int y = 0; y < rows; ++y)
                    std::memset(frame->data[plane] + y * frame->linesize[plane],
                                (nextVideo * 9 + y * 3 + plane * 50) & 0xff,
                                frame->linesize[plane]);
            }
            frame->pts = nextVideo++;
            if (avcodec_send_frame(video.codec, frame.get()) < 0 ||
                !drain(out.format, video, packet.get()))
                return failed("video encoding failed");
        } else {
            const int size = audio.codec->frame_size > 0 ? audio.codec->frame_size : 1024;
            frame->format = audio.codec->sample_fmt;
            frame->sample_rate = 48000;
            frame->nb_samples = static_cast<int>(std::min<int64_t>(size, audioFrames - nextAudio));
            av_channel_layout_copy(&frame->ch_layout, &audio.codec->ch_layout);
            if (av_frame_get_buffer(frame.get(), 0) < 0)
                return failed("out of memory");
            for (int i = 0; i < frame->nb_samples; ++i) {
                const double sine = 0.5 * std::sin(2.0 * M_PI * 440.0 * (nextAudio + i) / 48000);
                for (int c = 0; c < 2; ++c) {
                    const double value =
                        sound != nullptr ? sound->samples[size_t((nextAudio + i) * 2 + c)] : sine;
                    if (frame->format == AV_SAMPLE_FMT_FLT)
                        reinterpret_cast<float*>(frame->data[0])[i * 2 + c] =
                            static_cast<float>(value);
                    else if (frame->format == AV_SAMPLE_FMT_FLTP)
                        reinterpret_cast<float*>(frame->data[c])[i] = static_cast<float>(value);
                    else
                        reinterpret_cast<int16_t*>(frame->data[c])[i] =
                            static_cast<int16_t>(std::lround(value * 32767));
                }
            }
            frame->pts = nextAudio;
            nextAudio += frame->nb_samples;
            if (avcodec_send_frame(audio.codec, frame.get()) < 0 ||
                !drain(out.format, audio, packet.get()))
                return failed("audio encoding failed");
        }
    }
    for (Stream* s : {&video, &audio}) {
        if (s->codec == nullptr)
            continue;
        avcodec_send_frame(s->codec, nullptr);
        if (!drain(out.format, *s, packet.get()))
            return failed("flushing failed");
    }
    if (av_write_trailer(out.format) < 0)
        return failed("cannot write the trailer");
    return true;
}

}  // namespace

bool writeTestVideo(const QString& path, double seconds, bool withAudio, QString* error) {
    return writeVideo(path, seconds, withAudio, nullptr, error);
}

bool writeTestVideo(const QString& path, const AudioBuffer& sound, QString* error) {
    const AudioBuffer stereo = remix(resample(sound, 48000), 2);
    return writeVideo(path, 0, true, &stereo, error);
}

MediaStreams probeMedia(const QString& path) {
    MediaStreams media;
    AVFormatContext* format = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (avformat_open_input(&format, name.constData(), nullptr, nullptr) < 0)
        return media;
    if (avformat_find_stream_info(format, nullptr) >= 0) {
        media.container = QString::fromLatin1(format->iformat->name);
        media.durationSeconds = format->duration > 0 ? format->duration / double(AV_TIME_BASE) : 0;
        for (unsigned i = 0; i < format->nb_streams; ++i) {
            const AVStream* stream = format->streams[i];
            const AVCodecParameters* p = stream->codecpar;
            const QString codec = QString::fromLatin1(avcodec_get_name(p->codec_id));
            if (p->codec_type == AVMEDIA_TYPE_VIDEO && media.videoCodec.isEmpty()) {
                media.videoCodec = codec;
                media.width = p->width;
                media.height = p->height;
                media.framesPerSecond = av_q2d(stream->r_frame_rate);
            } else if (p->codec_type == AVMEDIA_TYPE_AUDIO && media.audioCodec.isEmpty()) {
                media.audioCodec = codec;
                media.sampleRate = p->sample_rate;
            }
        }
    }
    avformat_close_input(&format);
    return media;
}

}  // namespace sonara::core::audio::test

namespace sonara::core::audio::test {

bool writeTestPicture(const QString& path, int width, int height, int red, int green, int blue) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QByteArray pixels;
    for (int i = 0; i < width * height; ++i) {
        pixels.append(char(red)).append(char(green)).append(char(blue));
    }
    const QByteArray header = QStringLiteral("P6\n%1 %2\n255\n").arg(width).arg(height).toLatin1();
    return file.write(header + pixels) == header.size() + pixels.size();
}

std::optional<std::array<int, 3>> firstFrameYuv(const QString& path, int x, int y) {
    AVFormatContext* raw = nullptr;
    if (avformat_open_input(&raw, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return std::nullopt;
    std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)> format(
        raw, [](AVFormatContext* f) { avformat_close_input(&f); });
    if (avformat_find_stream_info(format.get(), nullptr) < 0)
        return std::nullopt;
    const AVCodec* codec = nullptr;
    const int index = av_find_best_stream(format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (index < 0)
        return std::nullopt;
    Stream s;
    if (!allocate(s, codec) ||
        avcodec_parameters_to_context(s.codec, format->streams[index]->codecpar) < 0 ||
        avcodec_open2(s.codec, codec, nullptr) < 0)
        return std::nullopt;
    std::unique_ptr<AVPacket, void (*)(AVPacket*)> packet(av_packet_alloc(),
                                                          [](AVPacket* p) { av_packet_free(&p); });
    std::unique_ptr<AVFrame, void (*)(AVFrame*)> frame(av_frame_alloc(),
                                                       [](AVFrame* f) { av_frame_free(&f); });
    while (av_read_frame(format.get(), packet.get()) >= 0) {
        const bool ours = packet->stream_index == index;
        if (ours && avcodec_send_packet(s.codec, packet.get()) < 0)
            return std::nullopt;
        av_packet_unref(packet.get());
        if (ours && avcodec_receive_frame(s.codec, frame.get()) == 0) {
            if (frame->format != AV_PIX_FMT_YUV420P || x >= frame->width || y >= frame->height)
                return std::nullopt;
            return std::array<int, 3>{frame->data[0][y * frame->linesize[0] + x],
                                      frame->data[1][(y / 2) * frame->linesize[1] + x / 2],
                                      frame->data[2][(y / 2) * frame->linesize[2] + x / 2]};
        }
    }
    return std::nullopt;
}

}  // namespace sonara::core::audio::test
