#include "core/engine/result_export.h"

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/credit_policy.h"
#include "core/engine/cut_list.h"
#include "core/engine/errors.h"
#include "core/engine/job_inputs.h"
#include "core/engine/transcript.h"
#include "core/store/asset_store.h"
#include "core/store/job_store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

void exportCutList(const store::Asset& asset, const QString& format, const QString& destination) {
    QFile source(asset.path);
    if (!source.open(QIODevice::ReadOnly)) {
        throw Error(QStringLiteral("the cut list %1 cannot be read: %2")
                        .arg(QFileInfo(asset.path).fileName(), source.errorString()));
    }
    const CutList cuts = CutList::fromJson(QJsonDocument::fromJson(source.readAll()).object());
    QSaveFile out(destination);
    if (!out.open(QIODevice::WriteOnly) || out.write(cuts.render(format)) < 0 || !out.commit()) {
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

// A video output is finished as the engine wrote it (one container, one format): copied as is.
void exportVideo(const store::Asset& asset, const QString& destination) {
    QFile source(asset.path);
    QSaveFile out(destination);
    if (!source.open(QIODevice::ReadOnly)) {
        throw Error(QStringLiteral("the video %1 cannot be read: %2")
                        .arg(QFileInfo(asset.path).fileName(), source.errorString()));
    }
    if (!out.open(QIODevice::WriteOnly)) {
        throw Error(QStringLiteral("cannot write %1: %2").arg(destination, out.errorString()));
    }
    constexpr qint64 kChunk = 1 << 20;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            throw Error(QStringLiteral("cannot write %1: %2").arg(destination, out.errorString()));
        }
    }
    if (!out.commit()) {
        throw Error(QStringLiteral("cannot write %1: %2").arg(destination, out.errorString()));
    }
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
    } else if (output.kind == OutputKind::CutList) {
        exportCutList(asset, format, destination);
    } else if (output.kind == OutputKind::Video || output.kind == OutputKind::Document) {
        exportVideo(asset, destination);
    } else {
        exportAudio(asset, destination);
    }
}

QString resultExportKey(const QString& jobId, const QString& outputId) {
    return QStringLiteral("download:%1:%2").arg(jobId, outputId);
}

std::optional<ExportCharge> resultCharge(const store::Asset& asset) {
    if (asset.exportKey.isEmpty()) {
        return std::nullopt;
    }
    ExportCharge charge;
    charge.durationSeconds = asset.duration.value_or(0);
    charge.idempotencyKey = asset.exportKey;
    QJsonObject details{{QStringLiteral("asset"), asset.id}};
    if (!asset.originJob.isEmpty()) {
        details.insert(QStringLiteral("job"), asset.originJob);
    }
    charge.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    if (!asset.exportCapability.isEmpty()) {
        charge.capability = asset.exportCapability;
    }
    return charge;
}

qint64 chargeExport(CreditPolicy& credits, const std::optional<ExportCharge>& charge) {
    if (!charge) {
        return 0;
    }
    return credits.charge(charge->durationSeconds, charge->idempotencyKey, charge->details,
                          charge->capability);
}

qint64 writeChargedExport(CreditPolicy& credits, const std::optional<ExportCharge>& charge,
                          const QString& destination, const std::function<void()>& write) {
    write();
    try {
        return chargeExport(credits, charge);
    } catch (...) {
        QFile::remove(destination);
        throw;
    }
}

// "interview.denoise.flac": the first input's name, what was done to it, and the output when
// the capability has several; speech from text is named by its first words.
QString exportFileName(const store::JobRecord& job, const CapabilityDescriptor& descriptor,
                       const QString& outputId, const QString& format,
                       const store::AssetStore& assets) {
    QString base;
    const JobInputs inputs = JobInputs::fromJson(job.inputs);
    const InputSpec* fileInput = descriptor.firstFileInput();
    const InputSpec* textInput = descriptor.firstInput(InputKind::Text);
    if (fileInput && !inputs.file(fileInput->id).isEmpty()) {
        if (const std::optional<store::Asset> input =
                assets.findByPath(inputs.file(fileInput->id))) {
            base = QFileInfo(input->name).completeBaseName();
        }
    } else if (textInput && !inputs.text(textInput->id).isEmpty()) {
        base = inputs.text(textInput->id)
                   .section(QRegularExpression(QStringLiteral("\\W+")), 0, 3,
                            QString::SectionSkipEmpty)
                   .replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral("-"))
                   .toLower();
    }
    if (base.isEmpty()) {
        base = job.id.left(8);
    }
    QString name = base + QLatin1Char('.') + descriptor.id;
    if (descriptor.outputs.size() > 1) {
        name += QLatin1Char('-') + outputId;
    }
    return name + QLatin1Char('.') + format;
}

}  // namespace sonara::core
