#include "core/engine/result_export.h"

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/errors.h"
#include "core/engine/transcript.h"
#include "core/store/asset_store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace sonara::core {
namespace {

QString extensionOf(const QString& path) {
    return QFileInfo(path).suffix().toLower();
}

void exportTranscript(const store::Asset& asset, const QString& format,
                      const QString& destination) {
    QFile source(asset.path);
    if (!source.open(QIODevice::ReadOnly)) {
        throw Error(QStringLiteral("the transcript %1 cannot be read: %2")
                        .arg(asset.path, source.errorString()));
    }
    const Transcript transcript =
        Transcript::fromJson(QJsonDocument::fromJson(source.readAll()).object());
    QSaveFile out(destination);
    if (!out.open(QIODevice::WriteOnly) || out.write(transcript.render(format)) < 0 ||
        !out.commit()) {
        throw Error(QStringLiteral("cannot write %1: %2").arg(destination, out.errorString()));
    }
}

void exportAudio(const store::Asset& asset, const QString& destination) {
    audio::AudioReader reader(asset.path);
    audio::EncodeOptions options;
    // Exports are masters: 24-bit where the format has a choice, codec defaults otherwise.
    options.sampleFormat = audio::SampleFormat::Int24;
    options.metadata = reader.info().metadata;
    audio::AudioWriter writer(destination, reader.sampleRate(), reader.channels(), options);
    constexpr qint64 kChunkFrames = 1 << 16;
    for (audio::AudioBuffer chunk = reader.read(kChunkFrames); !chunk.isEmpty();
         chunk = reader.read(kChunkFrames)) {
        writer.write(chunk);
    }
    writer.finish();
}

}  // namespace

const OutputSpec* outputForDestination(const CapabilityDescriptor& descriptor,
                                       const QString& destination) {
    const QString format = extensionOf(destination);
    for (const OutputSpec& output : descriptor.outputs) {
        if (output.formats.contains(format)) {
            return &output;
        }
    }
    return nullptr;
}

void exportOutput(const store::Asset& asset, const OutputSpec& output, const QString& destination) {
    const QString format = extensionOf(destination);
    if (!output.formats.contains(format)) {
        throw ValidationError(
            ValidationError::Kind::OutOfRange, QStringLiteral("output"),
            QStringLiteral("cannot write %1: %2 can be saved as %3")
                .arg(destination, output.title, output.formats.join(QStringLiteral(", "))));
    }
    if (output.kind == OutputKind::Transcript) {
        exportTranscript(asset, format, destination);
    } else {
        exportAudio(asset, destination);
    }
}

}  // namespace sonara::core
