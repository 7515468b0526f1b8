#include "core/audio/audio_reader.h"

#include "core/audio/audio_error.h"
#include "core/audio/ffmpeg_support.h"
#include "core/audio/wav_header.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sonara::core::audio {

using namespace detail;

namespace {

struct OpenedInput {
    InputFormatPtr format;
    AVStream* stream = nullptr;
    const AVCodec* decoder = nullptr;
};

QString readTag(const AVFormatContext* format, const AVStream* stream, const char* key) {
    // Ogg and Matroska keep tags on the stream, most other containers on the file.
    for (const AVDictionary* dictionary : {format->metadata, stream->metadata}) {
        const AVDictionaryEntry* entry = av_dict_get(dictionary, key, nullptr, 0);
        if (entry != nullptr && entry->value[0] != '\0')
            return QString::fromUtf8(entry->value);
    }
    return {};
}

QString containerName(const AVFormatContext* format, const QString& path) {
    // Demuxers serve several names ("mov,mp4,m4a,3gp,3g2,mj2"); the file's own extension, when it
    // is one of them, is the name the user knows.
    const QStringList names = QString::fromLatin1(format->iformat->name).split(QLatin1Char(','));
    const QString suffix = QFileInfo(path).suffix().toLower();
    return names.contains(suffix) ? suffix : names.value(0);
}

double streamDurationSeconds(const AVFormatContext* format, const AVStream* stream) {
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
        return stream->duration * av_q2d(stream->time_base);
    if (format->duration != AV_NOPTS_VALUE && format->duration > 0)
        return static_cast<double>(format->duration) / AV_TIME_BASE;
    return 0.0;
}

bool hasVideo(const AVFormatContext* format) {
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        const AVStream* stream = format->streams[i];
        if (stream->codecpar->codec_type == AVMEDIA_TYPE_VIDEO &&
            !(stream->disposition & AV_DISPOSITION_ATTACHED_PIC))
            return true;
    }
    return false;
}

QString openErrorReason(int errnum) {
    switch (errnum) {
        case AVERROR(ENOENT):
            return QStringLiteral("file not found");
        case AVERROR(EACCES):
        case AVERROR(EPERM):
            return QStringLiteral("cannot be read (permission denied)");
        case AVERROR_INVALIDDATA:
            return QStringLiteral("not an audio file (format not recognised)");
        default:
            return QStringLiteral("cannot be opened (%1)").arg(ffmpegErrorText(errnum));
    }
}

OpenedInput openAudioInput(const QString& path) {
    initFfmpeg();
    clearFfmpegLogError();
    const QFileInfo file(path);
    if (path.isEmpty())
        throw AudioError(path, QStringLiteral("no file given"));
    if (!file.exists())
        throw AudioError(path, QStringLiteral("file not found"));
    if (file.isDir())
        throw AudioError(path, QStringLiteral("is a folder, not an audio file"));
    if (!file.isReadable())
        throw AudioError(path, QStringLiteral("cannot be read (permission denied)"));
    if (file.size() == 0)
        throw AudioError(path, QStringLiteral("the file is empty"));

    OpenedInput input;
    AVFormatContext* raw = nullptr;
    const QByteArray encoded = encodePath(path);
    int result = avformat_open_input(&raw, encoded.constData(), nullptr, nullptr);
    if (result < 0)
        throw AudioError(path, openErrorReason(result));
    input.format.reset(raw);
    result = avformat_find_stream_info(raw, nullptr);
    if (result < 0)
        throw AudioError(path, QStringLiteral("not an audio file (its contents cannot be read)"));

    const AVCodec* decoder = nullptr;
    const int index = av_find_best_stream(raw, AVMEDIA_TYPE_AUDIO, -1, -1, &decoder, 0);
    if (index == AVERROR_DECODER_NOT_FOUND) {
        const int any = av_find_best_stream(raw, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
        const char* codec =
            any >= 0 ? avcodec_get_name(raw->streams[any]->codecpar->codec_id) : "unknown";
        throw AudioError(path, QStringLiteral("its audio uses the %1 codec, which this build "
                                              "cannot decode")
                                   .arg(QString::fromLatin1(codec)));
    }
    if (index < 0) {
        throw AudioError(path, hasVideo(raw)
                                   ? QStringLiteral("the video has no audio track")
                                   : QStringLiteral("not an audio file (no decodable audio "
                                                    "stream)"));
    }
    input.stream = raw->streams[index];
    input.decoder = decoder;
    const AVCodecParameters* parameters = input.stream->codecpar;
    if (parameters->sample_rate <= 0 || parameters->ch_layout.nb_channels <= 0)
        throw AudioError(path, QStringLiteral("the audio is damaged or truncated (its format "
                                              "cannot be determined)"));
    return input;
}

AudioInfo describe(const OpenedInput& input, const QString& path) {
    const AVFormatContext* format = input.format.get();
    const AVCodecParameters* parameters = input.stream->codecpar;
    AudioInfo info;
    info.durationSeconds = streamDurationSeconds(format, input.stream);
    info.sampleRate = parameters->sample_rate;
    info.channels = parameters->ch_layout.nb_channels;
    info.codec = QString::fromLatin1(avcodec_get_name(parameters->codec_id));
    info.container = containerName(format, path);
    info.metadata.title = readTag(format, input.stream, "title");
    info.metadata.artist = readTag(format, input.stream, "artist");
    return info;
}

// The length the file's header states, and how far short of it decoding may stop (codec delay
// and padding) before the file counts as truncated. Only a stated length, not one FFmpeg guessed
// from the bitrate, can show that the data stops early; a WAV's header is read directly, because
// FFmpeg drops a data size larger than the file.
struct StatedLength {
    double seconds = 0.0;
    double tolerance = 0.0;
};

std::optional<StatedLength> statedLength(const OpenedInput& input, const AudioInfo& info,
                                         const QString& path) {
    if (info.container == QLatin1String("wav")) {
        const std::optional<double> seconds = wavStatedSeconds(path);
        if (!seconds)
            return std::nullopt;
        // PCM decodes to the sample; allow for a header that counts a pad byte.
        return StatedLength{*seconds, std::max(0.01, 0.001 * *seconds)};
    }
    if (input.format->duration_estimation_method == AVFMT_DURATION_FROM_BITRATE ||
        info.durationSeconds <= 0.0)
        return std::nullopt;
    return StatedLength{info.durationSeconds, std::max(0.5, 0.02 * info.durationSeconds)};
}

// Plane pointers advanced past `skip` frames of a decoded frame.
std::vector<const uint8_t*> offsetPlanes(const AVFrame& frame, int skip) {
    const auto format = static_cast<AVSampleFormat>(frame.format);
    const int bytes = av_get_bytes_per_sample(format);
    const int channels = frame.ch_layout.nb_channels;
    std::vector<const uint8_t*> planes;
    if (av_sample_fmt_is_planar(format)) {
        for (int c = 0; c < channels; ++c)
            planes.push_back(frame.extended_data[c] + static_cast<size_t>(skip) * bytes);
    } else {
        planes.push_back(frame.extended_data[0] + static_cast<size_t>(skip) * bytes * channels);
    }
    return planes;
}

}  // namespace

struct AudioReader::Impl {
    QString path;
    AudioInfo info;
    OpenedInput input;
    CodecContextPtr decoder;
    std::unique_ptr<SampleConverter> converter;
    FifoPtr fifo;
    PacketPtr packet;
    FramePtr frame;
    int outRate = 0;
    int outChannels = 0;
    double startSeconds = 0.0;
    bool demuxerDone = false;
    bool finished = false;
    // After a seek: source-time position whose earlier samples are dropped, or negative.
    double seekTarget = -1.0;
    // Source time reached by decoding, to tell a truncated file from a complete one.
    double decodedEnd = 0.0;
    bool seeked = false;
    std::optional<StatedLength> stated;
    std::optional<Truncation> truncation;
    int damagedPackets = 0;
    qint64 decodedFrames = 0;

    [[noreturn]] void fail(const QString& reason) const { throw AudioError(path, reason); }

    void handleFrame() {
        const AVFrame& decoded = *frame;
        if (decoded.nb_samples <= 0 || decoded.sample_rate <= 0)
            return;
        double frameStart = std::numeric_limits<double>::quiet_NaN();
        if (decoded.best_effort_timestamp != AV_NOPTS_VALUE)
            frameStart =
                decoded.best_effort_timestamp * av_q2d(input.stream->time_base) - startSeconds;
        const double frameSeconds = static_cast<double>(decoded.nb_samples) / decoded.sample_rate;
        decodedEnd = std::isnan(frameStart) ? decodedEnd + frameSeconds : frameStart + frameSeconds;
        decodedFrames += decoded.nb_samples;

        int skip = 0;
        if (seekTarget >= 0.0 && !std::isnan(frameStart)) {
            if (frameStart + frameSeconds <= seekTarget)
                return;
            skip = std::clamp(
                static_cast<int>(std::lround((seekTarget - frameStart) * decoded.sample_rate)), 0,
                decoded.nb_samples);
        }
        seekTarget = -1.0;
        if (skip >= decoded.nb_samples)
            return;

        const ChannelLayout layout(decoded.ch_layout);
        const auto format = static_cast<AVSampleFormat>(decoded.format);
        // Streams may change format mid-way (mp3 joint files, chained ogg); start a new
        // converter then, after pushing out what the old one held.
        if (converter && (converter->inLayout() != layout || converter->inFormat() != format ||
                          converter->inRate() != decoded.sample_rate)) {
            converter->flush(fifo.get());
            converter.reset();
        }
        if (!converter) {
            converter = std::make_unique<SampleConverter>(layout, format, decoded.sample_rate,
                                                          ChannelLayout(outChannels),
                                                          AV_SAMPLE_FMT_FLT, outRate);
        }
        const std::vector<const uint8_t*> planes = offsetPlanes(decoded, skip);
        converter->convert(planes.data(), decoded.nb_samples - skip, fifo.get());
    }

    void checkComplete() {
        if (decodedFrames == 0 && damagedPackets > 0)
            fail(QStringLiteral("the audio is damaged (nothing could be decoded)"));
        if (seeked || !stated || stated->seconds - decodedEnd <= stated->tolerance)
            return;
        if (decodedFrames == 0)
            fail(QStringLiteral("the file is truncated: it ends before any audio (its header "
                                "states %1 s)")
                     .arg(stated->seconds, 0, 'f', 1));
        // One rule for every format: what is there is delivered, and the shortfall reported.
        truncation = Truncation{path, decodedEnd, stated->seconds};
        TruncationWatch::report(*truncation);
    }

    // Decodes until at least one more frame reached the fifo or the stream ended.
    void pump() {
        for (;;) {
            int result = avcodec_receive_frame(decoder.get(), frame.get());
            if (result == 0) {
                handleFrame();
                av_frame_unref(frame.get());
                return;
            }
            if (result == AVERROR_EOF) {
                if (converter)
                    converter->flush(fifo.get());
                converter.reset();
                finished = true;
                checkComplete();
                return;
            }
            if (result == AVERROR_INVALIDDATA) {
                // A damaged frame: players skip it, and so do we.
                ++damagedPackets;
                continue;
            }
            if (result != AVERROR(EAGAIN))
                fail(QStringLiteral("the audio cannot be decoded (%1)")
                         .arg(ffmpegErrorText(result)));

            if (demuxerDone)
                fail(QStringLiteral("the audio cannot be decoded (the decoder stalled)"));
            result = av_read_frame(input.format.get(), packet.get());
            if (result == AVERROR_EOF || (result < 0 && avio_feof(input.format->pb))) {
                demuxerDone = true;
                avcodec_send_packet(decoder.get(), nullptr);
                continue;
            }
            if (result < 0)
                fail(QStringLiteral("the file is damaged or cannot be read (%1)")
                         .arg(ffmpegErrorText(result)));
            if (packet->stream_index == input.stream->index) {
                result = avcodec_send_packet(decoder.get(), packet.get());
                if (result == AVERROR_INVALIDDATA)
                    ++damagedPackets;
                else if (result < 0 && result != AVERROR(EAGAIN))
                    fail(QStringLiteral("the audio cannot be decoded (%1)")
                             .arg(ffmpegErrorText(result)));
            }
            av_packet_unref(packet.get());
        }
    }
};

AudioReader::AudioReader(const QString& path, const DecodeOptions& options)
    : d(std::make_unique<Impl>()) {
    d->path = path;
    d->input = openAudioInput(path);
    d->info = describe(d->input, path);
    d->stated = statedLength(d->input, d->info, path);
    d->outRate = options.sampleRate > 0 ? options.sampleRate : d->info.sampleRate;
    d->outChannels = options.channels > 0 ? options.channels : d->info.channels;
    // Demuxing a video's frames only to drop them would cost more than decoding its audio.
    for (unsigned i = 0; i < d->input.format->nb_streams; ++i) {
        if (d->input.format->streams[i] != d->input.stream)
            d->input.format->streams[i]->discard = AVDISCARD_ALL;
    }
    if (d->input.stream->start_time != AV_NOPTS_VALUE)
        d->startSeconds = d->input.stream->start_time * av_q2d(d->input.stream->time_base);

    d->decoder.reset(avcodec_alloc_context3(d->input.decoder));
    d->packet.reset(av_packet_alloc());
    d->frame.reset(av_frame_alloc());
    if (!d->decoder || !d->packet || !d->frame)
        throw std::bad_alloc();
    int result = avcodec_parameters_to_context(d->decoder.get(), d->input.stream->codecpar);
    if (result >= 0) {
        d->decoder->pkt_timebase = d->input.stream->time_base;
        result = avcodec_open2(d->decoder.get(), d->input.decoder, nullptr);
    }
    if (result < 0)
        throw AudioError(path, QStringLiteral("its %1 audio cannot be decoded (%2)")
                                   .arg(d->info.codec, ffmpegErrorText(result)));
    d->fifo = makeFifo(AV_SAMPLE_FMT_FLT, d->outChannels);
}

AudioReader::~AudioReader() = default;

const AudioInfo& AudioReader::info() const {
    return d->info;
}

int AudioReader::sampleRate() const {
    return d->outRate;
}

int AudioReader::channels() const {
    return d->outChannels;
}

const std::optional<Truncation>& AudioReader::truncation() const {
    return d->truncation;
}

AudioBuffer AudioReader::read(qint64 maxFrames) {
    const int wanted =
        static_cast<int>(std::clamp<qint64>(maxFrames, 0, std::numeric_limits<int>::max() / 2));
    clearFfmpegLogError();
    while (av_audio_fifo_size(d->fifo.get()) < wanted && !d->finished)
        d->pump();
    return takeFromFifo(d->fifo.get(), d->outRate, d->outChannels, wanted);
}

void AudioReader::seek(double seconds) {
    seconds = std::max(0.0, seconds);
    AVStream* stream = d->input.stream;
    const int64_t target =
        static_cast<int64_t>(std::floor((seconds + d->startSeconds) / av_q2d(stream->time_base)));
    const int result = avformat_seek_file(d->input.format.get(), stream->index,
                                          std::numeric_limits<int64_t>::min(), target, target, 0);
    if (result < 0)
        throw AudioError(
            d->path,
            QStringLiteral("cannot seek to %1 s (%2)").arg(seconds).arg(ffmpegErrorText(result)));
    avcodec_flush_buffers(d->decoder.get());
    d->converter.reset();
    av_audio_fifo_reset(d->fifo.get());
    d->demuxerDone = false;
    d->finished = false;
    d->seekTarget = seconds;
    d->seeked = true;
}

AudioBuffer decodeFile(const QString& path, const DecodeOptions& options, AudioMetadata* metadata) {
    AudioReader reader(path, options);
    if (metadata != nullptr)
        *metadata = reader.info().metadata;
    AudioBuffer all;
    all.sampleRate = reader.sampleRate();
    all.channels = reader.channels();
    const double expected = reader.info().durationSeconds * all.sampleRate * all.channels;
    if (expected > 0 && expected < 1e10)
        all.samples.reserve(static_cast<size_t>(expected * 1.01) + 65536);
    for (;;) {
        AudioBuffer chunk = reader.read(1 << 16);
        if (chunk.isEmpty())
            break;
        all.samples.insert(all.samples.end(), chunk.samples.begin(), chunk.samples.end());
    }
    return all;
}

AudioInfo probeFile(const QString& path) {
    const OpenedInput input = openAudioInput(path);
    return describe(input, path);
}

}  // namespace sonara::core::audio
