#include "core/engine/engines/dubbing_media.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/pitch_shift.h"

#include <QFile>
#include <QFileInfo>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace sonara::core::dubbing {
namespace {

using audio::AudioBuffer;
using audio::AudioError;

constexpr double kCutFadeSeconds = 0.03;

QString avError(int code) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

struct InputCloser {
    void operator()(AVFormatContext* context) const { avformat_close_input(&context); }
};
struct OutputCloser {
    void operator()(AVFormatContext* context) const {
        if (context->pb && !(context->oformat->flags & AVFMT_NOFILE)) {
            avio_closep(&context->pb);
        }
        avformat_free_context(context);
    }
};
struct PacketFree {
    void operator()(AVPacket* packet) const { av_packet_free(&packet); }
};
using Input = std::unique_ptr<AVFormatContext, InputCloser>;
using Output = std::unique_ptr<AVFormatContext, OutputCloser>;
using Packet = std::unique_ptr<AVPacket, PacketFree>;

Input openInput(const QString& path) {
    AVFormatContext* raw = nullptr;
    int code = avformat_open_input(&raw, QFile::encodeName(path).constData(), nullptr, nullptr);
    if (code < 0) {
        throw AudioError(path, QStringLiteral("cannot be opened: %1").arg(avError(code)));
    }
    Input input(raw);
    code = avformat_find_stream_info(raw, nullptr);
    if (code < 0) {
        throw AudioError(path, QStringLiteral("cannot be read: %1").arg(avError(code)));
    }
    return input;
}

bool isPicture(const AVStream* stream) {
    return stream->codecpar->codec_type == AVMEDIA_TYPE_VIDEO &&
           !(stream->disposition & AV_DISPOSITION_ATTACHED_PIC);
}

// One input's packets, mapped to output streams (-1: dropped), read one ahead so that two inputs
// can be interleaved by time.
struct Feed {
    AVFormatContext* input = nullptr;
    std::vector<int> streamMap;
    Packet pending{av_packet_alloc()};
    bool done = false;
    QString path;

    void advance() {
        while (true) {
            av_packet_unref(pending.get());
            const int code = av_read_frame(input, pending.get());
            if (code == AVERROR_EOF) {
                done = true;
                return;
            }
            if (code < 0) {
                throw AudioError(path, QStringLiteral("cannot be read: %1").arg(avError(code)));
            }
            if (streamMap[size_t(pending->stream_index)] >= 0) {
                return;
            }
        }
    }
    int64_t time() const { return pending->dts != AV_NOPTS_VALUE ? pending->dts : pending->pts; }
    AVRational timeBase() const { return input->streams[pending->stream_index]->time_base; }
};

}  // namespace

FittedSegment fitToSlot(const AudioBuffer& speech, double slotSeconds) {
    FittedSegment fitted;
    const double duration = speech.durationSeconds();
    if (duration <= 0 || slotSeconds <= 0) {
        fitted.audio = speech;
        return fitted;
    }
    const double wanted = slotSeconds / duration;
    fitted.stretch = std::clamp(wanted, kMinStretch, kMaxStretch);
    fitted.tooLong = wanted < kMinStretch;
    fitted.tooShort = wanted > kMaxStretch;
    fitted.audio = audio::timeStretch(speech, fitted.stretch);
    return fitted;
}

AudioBuffer cutWithFade(const AudioBuffer& segment, qint64 frames) {
    const qint64 count = std::clamp<qint64>(frames, 0, segment.frames());
    const int channels = segment.channels;
    AudioBuffer cut{
        segment.sampleRate, channels,
        std::vector<float>(segment.samples.begin(), segment.samples.begin() + count * channels)};
    if (count == segment.frames()) {
        return cut;
    }
    const qint64 fade = std::min<qint64>(count, std::llround(kCutFadeSeconds * segment.sampleRate));
    for (qint64 f = count - fade; f < count; ++f) {
        const float gain = float(count - f) / float(fade + 1);
        for (int c = 0; c < channels; ++c) {
            cut.samples[size_t(f * channels + c)] *= gain;
        }
    }
    return cut;
}

bool hasVideoStream(const QString& path) {
    try {
        const Input input = openInput(path);
        for (unsigned i = 0; i < input->nb_streams; ++i) {
            if (isPicture(input->streams[i])) {
                return true;
            }
        }
    } catch (const AudioError&) {
        return false;
    }
    return false;
}

QString audioFormatForContainer(const QString& videoPath) {
    return QFileInfo(videoPath).suffix().toLower() == QLatin1String("webm") ? QStringLiteral("opus")
                                                                            : QStringLiteral("m4a");
}

void muxVideoWithAudio(const QString& video, const QString& audio, const QString& output) {
    const Input videoIn = openInput(video);
    const Input audioIn = openInput(audio);
    AVFormatContext* raw = nullptr;
    int code = avformat_alloc_output_context2(&raw, nullptr, nullptr,
                                              QFile::encodeName(output).constData());
    if (code < 0 || !raw) {
        throw AudioError(output,
                         QStringLiteral("cannot be written as video: %1").arg(avError(code)));
    }
    Output out(raw);
    Feed pictures{videoIn.get(), std::vector<int>(videoIn->nb_streams, -1)};
    pictures.path = video;
    Feed sound{audioIn.get(), std::vector<int>(audioIn->nb_streams, -1)};
    sound.path = audio;
    auto addStream = [&](const AVStream* from) {
        AVStream* to = avformat_new_stream(out.get(), nullptr);
        if (!to || avcodec_parameters_copy(to->codecpar, from->codecpar) < 0) {
            throw AudioError(output, QStringLiteral("cannot take another stream"));
        }
        to->codecpar->codec_tag = 0;
        to->time_base = from->time_base;
        to->disposition = from->disposition;
        return int(to->index);
    };
    for (unsigned i = 0; i < videoIn->nb_streams; ++i) {
        if (isPicture(videoIn->streams[i])) {
            pictures.streamMap[i] = addStream(videoIn->streams[i]);
        }
    }
    for (unsigned i = 0; i < audioIn->nb_streams; ++i) {
        if (audioIn->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO) {
            sound.streamMap[i] = addStream(audioIn->streams[i]);
            break;
        }
    }
    if (!(out->oformat->flags & AVFMT_NOFILE)) {
        code = avio_open(&out->pb, QFile::encodeName(output).constData(), AVIO_FLAG_WRITE);
        if (code < 0) {
            throw AudioError(output, QStringLiteral("cannot be created: %1").arg(avError(code)));
        }
    }
    code = avformat_write_header(out.get(), nullptr);
    if (code < 0) {
        throw AudioError(output, QStringLiteral("cannot be written: %1").arg(avError(code)));
    }
    pictures.advance();
    sound.advance();
    while (!pictures.done || !sound.done) {
        Feed* next = &pictures;
        if (pictures.done ||
            (!sound.done && av_compare_ts(sound.time(), sound.timeBase(), pictures.time(),
                                          pictures.timeBase()) < 0)) {
            next = &sound;
        }
        AVPacket* packet = next->pending.get();
        const AVRational from = next->timeBase();
        packet->stream_index = next->streamMap[size_t(packet->stream_index)];
        av_packet_rescale_ts(packet, from, out->streams[packet->stream_index]->time_base);
        packet->pos = -1;
        code = av_interleaved_write_frame(out.get(), packet);
        if (code < 0) {
            throw AudioError(output, QStringLiteral("cannot be written: %1").arg(avError(code)));
        }
        next->advance();
    }
    code = av_write_trailer(out.get());
    if (code < 0) {
        throw AudioError(output, QStringLiteral("cannot be finished: %1").arg(avError(code)));
    }
}

}  // namespace sonara::core::dubbing
