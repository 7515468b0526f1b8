#include "app/studio/recording_controller.h"

#include "app/studio/action_table.h"
#include "app/studio/recorder.h"
#include "app/studio/user_message.h"
#include "core/audio/audio_writer.h"
#include "core/engine/engine_host.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace sonara::studio {

RecordingController::RecordingController(core::EngineHost& host, ActionTable& actions,
                                         QObject* parent)
    : QObject(parent), host_(host), actions_(actions), recorder_(new Recorder(this)) {
    QAction* record = actions_.add(QStringLiteral("record"), tr("&Record from microphone"),
                                   QKeySequence(Qt::CTRL | Qt::Key_R));
    record->setCheckable(true);
    connect(record, &QAction::triggered, this, &RecordingController::toggle);
    connect(recorder_, &Recorder::levelChanged, this, [this](float peak) {
        journalNewSamples();
        Q_EMIT levelChanged(peak, recorder_->recordedSeconds());
    });
}

bool RecordingController::isRecording() const {
    return recorder_->isRecording();
}

void RecordingController::toggle() {
    QAction* record = actions_.value(QStringLiteral("record"));
    if (!recorder_->isRecording()) {
        QString error;
        if (!recorder_->start(&error)) {
            record->setChecked(false);
            Q_EMIT failed(tr("Record"), error);
            return;
        }
        record->setChecked(true);
        name_ =
            tr("Recording %1")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss")));
        journalled_ = 0;
        const bool journalled =
            !journalDirectory_.isEmpty() &&
            journal_.begin(journalDirectory_, name_, recorder_->captured().sampleRate,
                           recorder_->captured().channels);
        Q_EMIT statusMessage(
            journalled ? tr("Recording: press Ctrl+R again to stop")
                       : tr("Recording, but not kept on disk until it stops (%1 cannot be "
                            "written): press Ctrl+R again to stop")
                             .arg(QDir::toNativeSeparators(journalDirectory_)));
        return;
    }
    record->setChecked(false);
    const core::audio::AudioBuffer recording = recorder_->stop();
    Q_EMIT statusMessage({});
    if (recording.isEmpty()) {
        journal_.discard();
        return;
    }
    const QString assetPath = keepAsAsset(recording, name_);
    if (!assetPath.isEmpty()) {
        journal_.discard();  // Otherwise it stays, to be offered at the next start.
    }
    Q_EMIT recorded(recording, name_, assetPath);
}

void RecordingController::journalNewSamples() {
    const std::vector<float>& samples = recorder_->captured().samples;
    if (journal_.isOpen() && samples.size() > journalled_) {
        journal_.append(samples.data() + journalled_,
                        static_cast<qsizetype>(samples.size() - journalled_));
    }
    journalled_ = samples.size();
}

bool RecordingController::recover(const QString& journalFile) {
    RecordingJournal::Recording recording;
    try {
        recording = RecordingJournal::load(journalFile);
    } catch (const std::exception& failure) {
        Q_EMIT failed(tr("Record"),
                      tr("The recording %1 cannot be recovered: %2.")
                          .arg(QFileInfo(journalFile).completeBaseName(), userMessage(failure)));
        return false;
    }
    if (recording.audio.isEmpty()) {
        QFile::remove(journalFile);
        return false;
    }
    const QString assetPath = keepAsAsset(recording.audio, recording.name);
    if (assetPath.isEmpty()) {
        return false;
    }
    QFile::remove(journalFile);
    Q_EMIT recorded(recording.audio, recording.name, assetPath);
    return true;
}

QString RecordingController::keepAsAsset(const core::audio::AudioBuffer& recording,
                                         const QString& name) {
    try {
        QTemporaryDir scratch;
        const QString path = QDir(scratch.path()).filePath(QStringLiteral("recording.flac"));
        core::audio::EncodeOptions options;
        options.sampleFormat = core::audio::SampleFormat::Int24;
        core::audio::encodeFile(recording, path, options);
        core::store::AssetDescription description;
        description.name = name + QStringLiteral(".flac");
        description.duration = recording.durationSeconds();
        description.sampleRate = recording.sampleRate;
        description.channels = recording.channels;
        return host_.assets().add(path, description, true).path;
    } catch (const std::exception& failure) {
        Q_EMIT failed(tr("Record"), userMessage(failure));
        return {};
    }
}

}  // namespace sonara::studio
