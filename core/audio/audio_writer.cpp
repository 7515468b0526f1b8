#include "core/audio/audio_writer.h"

#include "core/audio/audio_error.h"
#include "core/audio/ffmpeg_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace sonara::core::audio {

using namespace detail;

namespace {

struct FormatSpec {
    const char* name;
    const char* muxer;
    const char* encoder;  // empty: chosen from the sample format (wav)
};

constexpr FormatSpec kFormats[] = {
    {"wav", "wav", ""},          {"flac", "flac", "flac"},    {"mp3", "mp3", "libmp3lame"},
    {"ogg", "ogg", "libvorbis"}, {"opus", "opus", "libopus"}, {"m4a", "ipod", "aac"},
};

const FormatSpec* findFormat(const QString& name) {
    for (const FormatSpec& spec : kFormats) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

const char* wavEncoder(SampleFormat format) {
    switch (format) {
        case SampleFormat::Int24:
            return "pcm_s24le";
        case SampleFormat::Float32:
            return "pcm_f32le";
        case SampleFormat::Int16:
            break;
    }
    return "pcm_s16le";
}

AVSampleFormat pickSampleFormat(const AVCodec* codec, const FormatSpec& spec,
                                SampleFormat requested) {
    if (qstrcmp(spec.name, "flac") == 0)
        return requested == SampleFormat::Int16 ? AV_SAMPLE_FMT_S16 : AV_SAMPLE_FMT_S32;
    const AVSampleFormat* formats = codec->sample_fmts;
    if (formats == nullptr)
        return AV_SAMPLE_FMT_FLTP;
    for (const AVSampleFormat* f = formats; *f != AV_SAMPLE_FMT_NONE; ++f) {
        if (*f == AV_SAMPLE_FMT_FLTP || *f == AV_SAMPLE_FMT_FLT)
            return *f;
    }
    return formats[0];
}

int pickSampleRate(const AVCodec* codec, int wanted) {
    const int* rates = codec->supported_samplerates;
    if (rates == nullptr)
        return wanted;
    // The nearest rate at or above the source's loses nothing; failing that, the highest.
    int best = 0;
    int highest = 0;
    for (const int* r = rates; *r != 0; ++r) {
        if (*r == wanted)
            return wanted;
        if (*r > wanted && (best == 0 || *r < best))
            best = *r;
        highest = std::max(highest, *r);
    }
    return best != 0 ? best : highest;
}

ChannelLayout pickLayout(const AVCodec* codec, int channels) {
    const AVChannelLayout* layouts = codec->ch_layouts;
    if (layouts == nullptr)
        return ChannelLayout(channels);
    const AVChannelLayout* widest = nullptr;
    for (const AVChannelLayout* l = layouts; l->nb_channels != 0; ++l) {
        if (l->nb_channels == channels)
            return ChannelLayout(*l);
        if (l->nb_channels < channels &&
            (widest == nullptr || l->nb_channels > widest->nb_channels))
            widest = l;
    }
    return widest != nullptr ? ChannelLayout(*widest) : ChannelLayout(layouts[0]);
}

QString writeErrorReason(int errnum) {
    switch (errnum) {
        case AVERROR(EACCES):
        case AVERROR(EPERM):
        case AVERROR(EROFS):
            return QStringLiteral("cannot be written (permission denied)");
        case AVERROR(ENOENT):
            return QStringLiteral("cannot be created there");
        case AVERROR(ENOSPC):
            return QStringLiteral("cannot be written (the disk is full)");
        case AVERROR(EISDIR):
            return QStringLiteral("cannot be written (it is a folder)");
        default:
            return QStringLiteral("cannot be written (%1)").arg(ffmpegErrorText(errnum));
    }
}

}  // namespace

struct AudioWriter::Impl {
    QString path;
    QString partialPath;
    int inRate = 0;
    int inChannels = 0;
    OutputFormatPtr format;
    CodecContextPtr encoder;
    AVStream* stream = nullptr;
    std::unique_ptr<SampleConverter> converter;
    FifoPtr fifo;
    PacketPtr packet;
    int frameSize = 0;
    bool padLastFrame = false;
    int64_t nextPts = 0;
    bool headerWritten = false;
    bool done = false;
    bool broken = false;

    [[noreturn]] void fail(const QString& reason) {
        broken = true;
        throw AudioError(path, reason);
    }

    void check(int result) {
        if (result < 0)
            fail(writeErrorReason(result));
    }

    void drainPackets() {
        for (;;) {
            const int result = avcodec_receive_packet(encoder.get(), packet.get());
            if (result == AVERROR(EAGAIN) || result == AVERROR_EOF)
                return;
            if (result < 0)
                fail(QStringLiteral("cannot be written (the encoder failed: %1)")
                         .arg(ffmpegErrorText(result)));
            av_packet_rescale_ts(packet.get(), encoder->time_base, stream->time_base);
            packet->stream_index = stream->index;
            check(av_interleaved_write_frame(format.get(), packet.get()));
        }
    }

    void encodeFrame(int frames) {
        FramePtr frame(av_frame_alloc());
        if (!frame)
            throw std::bad_alloc();
        const int allocated = padLastFrame ? frameSize : frames;
        frame->nb_samples = allocated;
        frame->format = encoder->sample_fmt;
        frame->sample_rate = encoder->sample_rate;
        if (av_channel_layout_copy(&frame->ch_layout, &encoder->ch_layout) < 0 ||
            av_frame_get_buffer(frame.get(), 0) < 0)
            throw std::bad_alloc();
        if (allocated > frames) {
            av_samples_set_silence(frame->extended_data, frames, allocated - frames,
                                   encoder->ch_layout.nb_channels, encoder->sample_fmt);
        }
        av_audio_fifo_read(fifo.get(), reinterpret_cast<void**>(frame->extended_data), frames);
        frame->pts = nextPts;
        nextPts += allocated;
        const int result = avcodec_send_frame(encoder.get(), frame.get());
        if (result < 0)
            fail(QStringLiteral("cannot be written (the encoder failed: %1)")
                     .arg(ffmpegErrorText(result)));
        drainPackets();
    }

    void encodeFullFrames() {
        while (av_audio_fifo_size(fifo.get()) >= frameSize)
            encodeFrame(frameSize);
    }

    ~Impl() {
        if (!done)
            discardPartial();
    }

    void discardPartial() {
        format.reset();
        if (!partialPath.isEmpty())
            QFile::remove(partialPath);
    }
};

AudioWriter::AudioWriter(const QString& path, int sampleRate, int channels,
                         const EncodeOptions& options)
    : d(std::make_unique<Impl>()) {
    initFfmpeg();
    clearFfmpegLogError();
    d->path = path;
    d->inRate = sampleRate;
    d->inChannels = channels;
    if (sampleRate <= 0 || channels <= 0)
        throw AudioError(path, QStringLiteral("cannot write audio with a sample rate of %1 Hz "
                                              "and %2 channels")
                                   .arg(sampleRate)
                                   .arg(channels));

    const QFileInfo file(path);
    if (file.isDir())
        throw AudioError(path, QStringLiteral("cannot be written (it is a folder)"));
    const QString formatName =
        (options.format.isEmpty() ? file.suffix() : options.format).toLower();
    const FormatSpec* spec = findFormat(formatName);
    const QString supported = supportedOutputFormats().join(QStringLiteral(", "));
    if (formatName.isEmpty())
        throw AudioError(path, QStringLiteral("has no extension to choose an output format "
                                              "from (use one of: %1)")
                                   .arg(supported));
    if (spec == nullptr)
        throw AudioError(path, QStringLiteral("unknown output format \"%1\" (use one of: %2)")
                                   .arg(formatName, supported));
    if (!file.absoluteDir().exists())
        throw AudioError(path, QStringLiteral("cannot be written (the folder %1 does not exist)")
                                   .arg(QDir::toNativeSeparators(file.absolutePath())));

    const char* encoderName =
        spec->encoder[0] != '\0' ? spec->encoder : wavEncoder(options.sampleFormat);
    const AVCodec* codec = avcodec_find_encoder_by_name(encoderName);
    if (codec == nullptr)
        throw AudioError(path, QStringLiteral("cannot be written (this build has no %1 encoder)")
                                   .arg(QString::fromLatin1(encoderName)));

    AVFormatContext* rawFormat = nullptr;
    int result = avformat_alloc_output_context2(&rawFormat, nullptr, spec->muxer, nullptr);
    if (result < 0 || rawFormat == nullptr)
        throw AudioError(path, QStringLiteral("cannot be written (no %1 muxer in this build)")
                                   .arg(QString::fromLatin1(spec->muxer)));
    d->format.reset(rawFormat);

    d->encoder.reset(avcodec_alloc_context3(codec));
    d->packet.reset(av_packet_alloc());
    if (!d->encoder || !d->packet)
        throw std::bad_alloc();
    AVCodecContext* encoder = d->encoder.get();
    encoder->sample_fmt = pickSampleFormat(codec, *spec, options.sampleFormat);
    encoder->sample_rate = pickSampleRate(codec, sampleRate);
    const ChannelLayout layout = pickLayout(codec, channels);
    av_channel_layout_copy(&encoder->ch_layout, layout.get());
    encoder->time_base = AVRational{1, encoder->sample_rate};
    if (qstrcmp(spec->name, "flac") == 0 && encoder->sample_fmt == AV_SAMPLE_FMT_S32)
        encoder->bits_per_raw_sample = 24;
    const int defaultKbps = qstrcmp(spec->name, "opus") == 0 ? 128 : 192;
    if (qstrcmp(spec->name, "ogg") == 0 && options.bitrateKbps <= 0) {
        // Vorbis is designed around quality-based VBR; quality 5 is roughly 160 kbit/s.
        encoder->flags |= AV_CODEC_FLAG_QSCALE;
        encoder->global_quality = 5 * FF_QP2LAMBDA;
    } else if (qstrcmp(spec->name, "wav") != 0 && qstrcmp(spec->name, "flac") != 0) {
        encoder->bit_rate =
            int64_t{options.bitrateKbps > 0 ? options.bitrateKbps : defaultKbps} * 1000;
    }
    if (rawFormat->oformat->flags & AVFMT_GLOBALHEADER)
        encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    result = avcodec_open2(encoder, codec, nullptr);
    if (result < 0)
        throw AudioError(path, QStringLiteral("cannot be written as %1 at %2 Hz with %3 channels "
                                              "(%4)")
                                   .arg(formatName)
                                   .arg(sampleRate)
                                   .arg(channels)
                                   .arg(ffmpegErrorText(result)));

    d->stream = avformat_new_stream(rawFormat, nullptr);
    if (d->stream == nullptr)
        throw std::bad_alloc();
    d->stream->time_base = encoder->time_base;
    result = avcodec_parameters_from_context(d->stream->codecpar, encoder);
    if (result < 0)
        throw std::bad_alloc();
    for (auto [key, value] : {std::pair{"title", &options.metadata.title},
                              std::pair{"artist", &options.metadata.artist}}) {
        if (value->isEmpty())
            continue;
        const QByteArray text = value->toUtf8();
        av_dict_set(&rawFormat->metadata, key, text.constData(), 0);
        // Ogg writes its comment header from the stream's tags.
        av_dict_set(&d->stream->metadata, key, text.constData(), 0);
    }

    d->partialPath = path + QStringLiteral(".partial");
    const QByteArray encodedPartial = encodePath(d->partialPath);
    result = avio_open(&rawFormat->pb, encodedPartial.constData(), AVIO_FLAG_WRITE);
    if (result < 0) {
        d->partialPath.clear();
        throw AudioError(path, writeErrorReason(result));
    }
    result = avformat_write_header(rawFormat, nullptr);
    if (result < 0) {
        d->discardPartial();
        throw AudioError(path, writeErrorReason(result));
    }
    d->headerWritten = true;

    const bool variable = codec->capabilities & AV_CODEC_CAP_VARIABLE_FRAME_SIZE;
    d->frameSize = (encoder->frame_size > 0 && !variable) ? encoder->frame_size : 4096;
    d->padLastFrame = encoder->frame_size > 0 && !variable &&
                      !(codec->capabilities & AV_CODEC_CAP_SMALL_LAST_FRAME);
    d->converter =
        std::make_unique<SampleConverter>(ChannelLayout(channels), AV_SAMPLE_FMT_FLT, sampleRate,
                                          layout, encoder->sample_fmt, encoder->sample_rate);
    d->fifo = makeFifo(encoder->sample_fmt, encoder->ch_layout.nb_channels);
}

// Impl discards the partial file when finish() never succeeded, also when the constructor throws.
AudioWriter::~AudioWriter() = default;

void AudioWriter::write(const AudioBuffer& chunk) {
    if (d->done || d->broken)
        throw std::logic_error("AudioWriter::write after finish() or a failure");
    if (chunk.isEmpty())
        return;
    if (chunk.sampleRate != d->inRate || chunk.channels != d->inChannels)
        throw std::invalid_argument(
            "AudioWriter::write: chunk rate or channel count differs "
            "from the writer's");
    clearFfmpegLogError();
    const uint8_t* planes[] = {reinterpret_cast<const uint8_t*>(chunk.samples.data())};
    // Bounded steps keep the fifo small however large the chunk.
    constexpr qint64 step = 65536;
    for (qint64 start = 0; start < chunk.frames(); start += step) {
        const int frames = static_cast<int>(std::min(step, chunk.frames() - start));
        planes[0] = reinterpret_cast<const uint8_t*>(chunk.samples.data() + start * chunk.channels);
        d->converter->convert(planes, frames, d->fifo.get());
        d->encodeFullFrames();
    }
}

void AudioWriter::finish() {
    if (d->done)
        return;
    if (d->broken)
        throw std::logic_error("AudioWriter::finish after a failure");
    d->converter->flush(d->fifo.get());
    d->encodeFullFrames();
    if (av_audio_fifo_size(d->fifo.get()) > 0)
        d->encodeFrame(av_audio_fifo_size(d->fifo.get()));
    const int result = avcodec_send_frame(d->encoder.get(), nullptr);
    if (result < 0 && result != AVERROR_EOF)
        d->fail(QStringLiteral("cannot be written (the encoder failed: %1)")
                    .arg(ffmpegErrorText(result)));
    d->drainPackets();
    d->check(av_write_trailer(d->format.get()));
    d->check(avio_closep(&d->format->pb));
    d->format.reset();
    // rename() replaces an existing file atomically, unlike QFile::rename.
    if (std::rename(encodePath(d->partialPath).constData(), encodePath(d->path).constData()) != 0)
        d->fail(writeErrorReason(AVERROR(errno)));
    d->done = true;
}

void encodeFile(const AudioBuffer& buffer, const QString& path, const EncodeOptions& options) {
    if (buffer.sampleRate <= 0 || buffer.channels <= 0)
        throw AudioError(path, QStringLiteral("there is no audio to write"));
    AudioWriter writer(path, buffer.sampleRate, buffer.channels, options);
    writer.write(buffer);
    writer.finish();
}

QStringList supportedOutputFormats() {
    QStringList names;
    for (const FormatSpec& spec : kFormats)
        names << QString::fromLatin1(spec.name);
    return names;
}

}  // namespace sonara::core::audio
