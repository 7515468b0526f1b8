#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/interrupts.h"
#include "app/cli/terminal.h"
#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"
#include "core/audio/loudness.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace sonara::cli {
namespace {

namespace audio = core::audio;

std::optional<audio::SampleFormat> sampleFormatFromBits(const QString& bits) {
    if (bits == QLatin1String("16")) {
        return audio::SampleFormat::Int16;
    }
    if (bits == QLatin1String("24")) {
        return audio::SampleFormat::Int24;
    }
    if (bits == QLatin1String("32f") || bits == QLatin1String("float")) {
        return audio::SampleFormat::Float32;
    }
    return std::nullopt;
}

// Why INPUT cannot be read or OUTPUT cannot be written, checked before any work; empty if fine.
QString checkPaths(const QString& input, const QString& output) {
    const QFileInfo source(input);
    if (source.isDir()) {
        return QStringLiteral(
                   "%1 is a folder; give an audio or video file (for every file of a "
                   "folder, see sonara batch --help)")
            .arg(input);
    }
    if (!source.exists()) {
        return QStringLiteral("cannot read %1: there is no such file").arg(input);
    }
    const QFileInfo target(output);
    const QString format = target.suffix().toLower();
    const QStringList formats = audio::supportedOutputFormats();
    if (!formats.contains(format)) {
        return QStringLiteral("cannot write %1: its extension must name the format, one of %2")
            .arg(output, formats.join(QStringLiteral(", ")));
    }
    if (!target.absoluteDir().exists()) {
        return QStringLiteral("cannot write %1: the folder %2 does not exist; create it first")
            .arg(output, target.dir().path());
    }
    if (target.isDir()) {
        return QStringLiteral("cannot write %1: it is a folder").arg(output);
    }
    return {};
}

}  // namespace

int convertCommand(const GlobalOptions&, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Converts an audio or video file's audio to another format, rate or loudness."));
    addHelp(parser);
    parser.addPositionalArgument(QStringLiteral("input"), QStringLiteral("File to read."));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral(
             "File to write; its extension picks the format (wav, flac, mp3, ogg, opus, m4a)."),
         QStringLiteral("file")},
        {QStringLiteral("rate"), QStringLiteral("Sample rate in Hz."), QStringLiteral("Hz")},
        {QStringLiteral("channels"), QStringLiteral("Channel count (1 or 2)."),
         QStringLiteral("N")},
        {QStringLiteral("bits"), QStringLiteral("wav/flac sample format: 16, 24 or 32f."),
         QStringLiteral("bits")},
        {QStringLiteral("bitrate"), QStringLiteral("Lossy bitrate in kbit/s."),
         QStringLiteral("kbps")},
        {QStringLiteral("normalize"),
         QStringLiteral("Normalise to this integrated loudness (LUFS), e.g. -16."),
         QStringLiteral("LUFS")},
        {QStringLiteral("true-peak"),
         QStringLiteral("Ceiling for the true peak when normalising (dBTP, default -1)."),
         QStringLiteral("dBTP")},
        {QStringLiteral("title"), QStringLiteral("Title tag."), QStringLiteral("text")},
        {QStringLiteral("artist"), QStringLiteral("Artist tag."), QStringLiteral("text")},
    });
    if (!parser.parse(QStringList{QStringLiteral("sonara convert")} + arguments)) {
        printError(QStringLiteral("sonara convert: %1").arg(parser.errorText()));
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(
            helpText(parser, QStringLiteral("usage: sonara convert INPUT -o OUTPUT [options]")));
        return kOk;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("output"))) {
        printError(QStringLiteral("sonara convert: give one INPUT and -o OUTPUT"));
        return kUsage;
    }
    audio::DecodeOptions decode;
    audio::EncodeOptions encode;
    bool ok = true;
    auto number = [&](const QString& name, int low, int high) {
        if (!parser.isSet(name)) {
            return 0;
        }
        bool valid = false;
        const int value = parser.value(name).toInt(&valid);
        if (!valid || value < low || value > high) {
            printError(QStringLiteral("sonara convert: --%1 must be a whole number from %2 to %3")
                           .arg(name)
                           .arg(low)
                           .arg(high));
            ok = false;
        }
        return value;
    };
    decode.sampleRate = number(QStringLiteral("rate"), 8000, 192000);
    decode.channels = number(QStringLiteral("channels"), 1, 8);
    encode.bitrateKbps = number(QStringLiteral("bitrate"), 8, 512);
    if (parser.isSet(QStringLiteral("bits"))) {
        const auto format = sampleFormatFromBits(parser.value(QStringLiteral("bits")));
        if (!format) {
            printError(QStringLiteral("sonara convert: --bits must be 16, 24 or 32f"));
            return kUsage;
        }
        encode.sampleFormat = *format;
    }
    if (!ok) {
        return kUsage;
    }
    const QString input = parser.positionalArguments().first();
    if (const QString problem = checkPaths(input, parser.value(QStringLiteral("output")));
        !problem.isEmpty()) {
        printError(QStringLiteral("sonara convert: %1").arg(problem));
        return kUsage;
    }
    // Nothing runs on an event loop here: Ctrl-C is noticed between the steps, and the output
    // is only ever written whole (encodeFile renames it into place when complete).
    const Interruption interruption(QStringLiteral("sonara convert"));
    const auto stopped = [&] { return interruption.finish(QStringLiteral("nothing was written")); };
    audio::AudioMetadata metadata;
    audio::AudioBuffer buffer;
    try {
        // A file cut short is converted as far as it goes, and said so.
        const audio::TruncationWatch truncated([&](const audio::Truncation& cut) {
            printError(QStringLiteral("sonara convert: note: %1")
                           .arg(audio::describeTruncation(cut, QFileInfo(input).fileName())));
        });
        buffer = audio::decodeFile(input, decode, &metadata);
    } catch (const audio::AudioError& error) {
        // An input FFmpeg cannot read is the user's to fix, as `sonara run` treats it.
        printError(QStringLiteral("sonara convert: %1").arg(QString::fromUtf8(error.what())));
        return kUsage;
    }
    try {
        encode.metadata = metadata;
        if (parser.isSet(QStringLiteral("title"))) {
            encode.metadata.title = parser.value(QStringLiteral("title"));
        }
        if (parser.isSet(QStringLiteral("artist"))) {
            encode.metadata.artist = parser.value(QStringLiteral("artist"));
        }
        if (parser.isSet(QStringLiteral("normalize"))) {
            bool lufsOk = false;
            bool peakOk = true;
            const double lufs = parser.value(QStringLiteral("normalize")).toDouble(&lufsOk);
            const double peak = parser.isSet(QStringLiteral("true-peak"))
                                    ? parser.value(QStringLiteral("true-peak")).toDouble(&peakOk)
                                    : -1.0;
            if (!lufsOk || !peakOk || lufs < -70 || lufs > 0 || peak > 0) {
                printError(
                    QStringLiteral("sonara convert: --normalize takes LUFS between -70 and 0, "
                                   "--true-peak a dBTP of 0 or less"));
                return kUsage;
            }
            if (interruption.requested()) {
                return stopped();
            }
            buffer = audio::normalizeLoudness(buffer, lufs, peak);
        }
        if (interruption.requested()) {
            return stopped();
        }
        audio::encodeFile(buffer, parser.value(QStringLiteral("output")), encode);
        printOut(QStringLiteral("wrote %1").arg(parser.value(QStringLiteral("output"))));
        return kOk;
    } catch (const std::exception& error) {
        printError(QStringLiteral("sonara convert: %1").arg(QString::fromUtf8(error.what())));
        return kJobFailed;
    }
}

}  // namespace sonara::cli
