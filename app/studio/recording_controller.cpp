#include "app/studio/recording_controller.h"

#include "app/studio/action_table.h"
#include "app/studio/recorder.h"
#include "app/studio/user_message.h"
#include "core/audio/audio_writer.h"
#include "core/engine/engine_host.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>

namespace sonara::studio {

RecordingController::RecordingController(core::EngineHost& host, ActionTable& actions,
                                         QObject* parent)
    : QObject(parent), host_(host), actions_(actions), recorder_(new Recorder(this)) {
    QAction* record = actions_.add(QStringLiteral("record"), tr("&Record from microphone"),
                                   QKeySequence(Qt::CTRL | Qt::Key_R));
    record->setCheckable(true);
    connect(record, &QAction::triggered, this, &RecordingController::toggle);
    connect(recorder_, &Recorder::levelChanged, this,
            [this](float peak) { Q_EMIT levelChanged(peak, recorder_->recordedSeconds()); });
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
        Q_EMIT statusMessage(tr("Recording: press Ctrl+R again to stop"));
        return;
    }
    record->setChecked(false);
    const core::audio::AudioBuffer recording = recorder_->stop();
    Q_EMIT statusMessage({});
    if (recording.isEmpty()) {
        return;
    }
    const QString name =
        tr("Recording %1")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss")));
    keepAsAsset(recording, name);
    Q_EMIT recorded(recording, name);
}

void RecordingController::keepAsAsset(const core::audio::AudioBuffer& recording,
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
        host_.assets().add(path, description, true);
    } catch (const std::exception& failure) {
        Q_EMIT failed(tr("Record"), userMessage(failure));
    }
}

}  // namespace sonara::studio
