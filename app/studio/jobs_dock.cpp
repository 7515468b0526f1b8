#include "app/studio/jobs_dock.h"

#include "app/studio/descriptor_translation.h"
#include "app/studio/job_row.h"
#include "core/engine/engine_host.h"

#include <QFileInfo>
#include <QListWidget>
#include <algorithm>

namespace sonara::studio {

using core::store::JobState;

JobsDock::JobsDock(core::EngineHost& host, QWidget* parent)
    : QDockWidget(tr("Jobs"), parent), host_(host), list_(new QListWidget) {
    setObjectName(QStringLiteral("jobsDock"));
    list_->setSelectionMode(QAbstractItemView::NoSelection);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setResizeMode(QListView::Adjust);
    list_->setMinimumWidth(380);
    setWidget(list_);
    core::JobManager& jobs = host_.jobs();
    connect(&jobs, &core::JobManager::jobProgress, this, &JobsDock::onProgress);
    connect(&jobs, &core::JobManager::jobStateChanged, this, &JobsDock::onStateChanged);
    connect(&jobs, &core::JobManager::jobFinished, this, &JobsDock::onFinished);
    core::store::JobFilter filter;
    filter.limit = 50;
    QList<core::store::JobRecord> existing = jobs.jobs(filter);
    std::reverse(existing.begin(), existing.end());
    for (const core::store::JobRecord& record : existing) {
        addJob(record.id);
    }
}

bool JobsDock::producesAudio(const QString& capability) const {
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(capability);
    if (!descriptor) {
        return false;
    }
    return std::any_of(
        descriptor->outputs.begin(), descriptor->outputs.end(),
        [](const core::OutputSpec& output) { return output.kind == core::OutputKind::Audio; });
}

void JobsDock::addJob(const QString& jobId) {
    if (rows_.contains(jobId)) {
        return;
    }
    const auto record = host_.jobs().job(jobId);
    if (!record) {
        return;
    }
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(record->capability);
    auto* row = new JobRow(*record,
                           descriptor ? translateDescriptor(descriptor->title) : record->capability,
                           producesAudio(record->capability));
    auto* item = new QListWidgetItem;
    list_->insertItem(0, item);
    list_->setItemWidget(item, row);
    item->setSizeHint(row->sizeHint());
    rows_.insert(jobId, row);

    connect(row, &JobRow::cancelRequested, this,
            [this](const QString& id) { host_.jobs().cancel(id); });
    connect(row, &JobRow::retryRequested, this, [this](const QString& id) {
        try {
            host_.jobs().retry(id);
        } catch (const std::exception& failure) {
            Q_EMIT message(QString::fromUtf8(failure.what()));
        }
    });
    connect(row, &JobRow::openRequested, this, [this](const QString& id) {
        const QString audio = resultPath(id, QStringLiteral("audio"));
        if (!audio.isEmpty()) {
            Q_EMIT openAsTrackRequested(audio, resultName(id));
            return;
        }
        const QString transcript = resultPath(id, QStringLiteral("transcript"));
        if (!transcript.isEmpty()) {
            Q_EMIT transcriptRequested(transcript);
        }
    });
    connect(row, &JobRow::applyRequested, this, [this](const QString& id) {
        const QString audio = resultPath(id);
        if (!audio.isEmpty()) {
            Q_EMIT applyRequested(audio);
        }
    });
    connect(row, &JobRow::compareRequested, this, [this](const QString& id) {
        const QString audio = resultPath(id);
        if (!audio.isEmpty()) {
            Q_EMIT compareRequested(audio, resultName(id));
        }
    });
}

QString JobsDock::resultName(const QString& jobId) const {
    const auto record = host_.jobs().job(jobId);
    return record ? QStringLiteral("%1 (%2)").arg(record->capability, record->engine) : jobId;
}

QString JobsDock::resultPath(const QString& jobId, const QString& kind) const {
    const auto record = host_.jobs().job(jobId);
    if (!record || record->state != JobState::Succeeded) {
        return {};
    }
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(record->capability);
    for (auto it = record->outputs.begin(); it != record->outputs.end(); ++it) {
        bool matches = false;
        if (descriptor) {
            for (const core::OutputSpec& output : descriptor->outputs) {
                matches =
                    matches || (output.id == it.key() && core::outputKindName(output.kind) == kind);
            }
        }
        if (!matches) {
            continue;
        }
        if (const auto asset = host_.assets().find(it.value())) {
            return asset->path;
        }
    }
    return {};
}

void JobsDock::onProgress(const QString& id, double fraction, const QString& stage, double eta) {
    addJob(id);
    if (JobRow* row = rows_.value(id)) {
        row->setProgress(fraction, stage, eta);
    }
}

void JobsDock::onStateChanged(const QString& id, JobState state) {
    addJob(id);
    if (JobRow* row = rows_.value(id)) {
        row->setState(state, {});
    }
}

void JobsDock::onFinished(const QString& id, JobState state, const QString& error) {
    addJob(id);
    if (JobRow* row = rows_.value(id)) {
        row->setState(state, error);
    }
    for (int i = 0; i < list_->count(); ++i) {
        QListWidgetItem* item = list_->item(i);
        if (QWidget* widget = list_->itemWidget(item)) {
            item->setSizeHint(widget->sizeHint());
        }
    }
}

}  // namespace sonara::studio
