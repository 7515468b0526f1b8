#include "app/studio/voice_share.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace sonara::studio {

QByteArray VoiceShareSample::fromFile(const QString& audioPath) {
    core::audio::AudioReader reader(audioPath);
    core::audio::AudioBuffer head = reader.read(qint64(kSeconds) * reader.sampleRate());
    if (head.isEmpty()) {
        throw core::audio::AudioError(
            audioPath, tr("%1 has no sound to share: record the voice again, then share it.")
                           .arg(QFileInfo(audioPath).fileName()));
    }
    if (head.channels != 1) {
        head = core::audio::remix(head, 1);
    }
    QTemporaryDir folder;
    const QString samplePath = folder.filePath(QStringLiteral("sample.opus"));
    // Speech stays clear at these rates; the first that fits the service's limit is used.
    for (const int kbps : {32, 24, 16, 12}) {
        core::audio::EncodeOptions options;
        options.format = QStringLiteral("opus");
        options.bitrateKbps = kbps;
        core::audio::encodeFile(head, samplePath, options);
        QFile file(samplePath);
        if (file.open(QIODevice::ReadOnly) && file.size() <= kMaxBytes) {
            return file.readAll();
        }
    }
    throw core::audio::AudioError(audioPath,
                                  tr("A sample of %1 small enough to share could not be made.")
                                      .arg(QFileInfo(audioPath).fileName()));
}

core::audio::AudioBuffer VoiceShareSample::decode(const QByteArray& oggOpus) {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shared voice.opus"));
    QFile file(path);
    if (!folder.isValid() || !file.open(QIODevice::WriteOnly) || file.write(oggOpus) < 0) {
        throw core::audio::AudioError(
            {}, tr("The sample could not be stored for playing: check the free space in the "
                   "temporary folder."));
    }
    file.close();
    return core::audio::decodeFile(path);
}

}  // namespace sonara::studio
