#include "app/studio/jobs_dock.h"

#include "app/studio/descriptor_translation.h"
#include "app/studio/job_row.h"
#include "core/engine/engine_host.h"

#include <QFileInfo>
#include <QJsonArray>
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
    row->setSummary(inputName(jobId), outputNames(jobId));
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
        const auto job = host_.jobs().job(id);
        if (job && job->capability == QLatin1String("separate")) {
            Q_EMIT stemsRequested(id);
            return;
        }
        const QString audio = resultPath(id, QStringLiteral("audio"));
        if (!audio.isEmpty()) {
            Q_EMIT openAsTrackRequested(audio, resultName(id));
            return;
        }
        const QString transcript = resultPath(id, QStringLiteral("transcript"));
        if (!transcript.isEmpty()) {
            Q_EMIT transcriptRequested(transcript, inputName(id));
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

QString JobsDock::inputName(const QString& jobId) const {
    const auto record = host_.jobs().job(jobId);
    if (!record) {
        return {};
    }
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(record->capability);
    QStringList files;
    QString text;
    for (auto it = record->inputs.begin(); it != record->inputs.end(); ++it) {
        const core::InputSpec* spec = descriptor ? descriptor->input(it.key()) : nullptr;
        if (spec && core::isFileInput(spec->kind)) {
            const QJsonArray paths =
                it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
            for (const QJsonValue& path : paths) {
                const auto asset = host_.assets().findByPath(path.toString());
                files.append(asset && !asset->name.isEmpty()
                                 ? asset->name
                                 : QFileInfo(path.toString()).fileName());
            }
        } else if (spec && spec->kind == core::InputKind::Text && text.isEmpty()) {
            text = it.value().toString().simplified();
        }
    }
    if (!files.isEmpty()) {
        return files.join(QStringLiteral(", "));
    }
    if (text.isEmpty()) {
        return {};
    }
    constexpr int kShown = 40;
    return QStringLiteral("“%1”").arg(text.size() > kShown ? text.left(kShown - 1) + QChar(0x2026)
                                                           : text);
}

QStringList JobsDock::outputNames(const QString& jobId) const {
    const auto record = host_.jobs().job(jobId);
    QStringList names;
    if (!record || record->state != JobState::Succeeded) {
        return names;
    }
    for (auto it = record->outputs.begin(); it != record->outputs.end(); ++it) {
        const auto asset = host_.assets().find(it.value());
        names.append(asset && !asset->name.isEmpty() ? asset->name : it.key());
    }
    return names;
}

QString JobsDock::describe(const QString& jobId) const {
    const auto record = host_.jobs().job(jobId);
    if (!record) {
        return jobId;
    }
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(record->capability);
    const QString title = descriptor ? translateDescriptor(descriptor->title) : record->capability;
    const QString input = inputName(jobId);
    return input.isEmpty() ? title : tr("%1 · %2").arg(title, input);
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
        row->setSummary(inputName(id), outputNames(id));
    }
    announceEnd(id, state, error);
    for (int i = 0; i < list_->count(); ++i) {
        QListWidgetItem* item = list_->item(i);
        if (QWidget* widget = list_->itemWidget(item)) {
            item->setSizeHint(widget->sizeHint());
        }
    }
}

// Replaces the "queued" message in the status bar, and opens a finished transcript by itself.
void JobsDock::announceEnd(const QString& id, JobState state, const QString& error) {
    const QString job = describe(id);
    switch (state) {
        case JobState::Succeeded: {
            // A notice (an input used only as far as it goes) is the engine's sentence, shown
            // as it is, like an error.
            const auto record = host_.jobs().job(id);
            const QStringList notices = record ? record->notices : QStringList();
            Q_EMIT message(notices.isEmpty() ? tr("%1: done").arg(job)
                                             : tr("%1: done").arg(job) + QStringLiteral(" — ") +
                                                   notices.join(QLatin1Char(' ')));
            if (JobRow* row = rows_.value(id); row && !notices.isEmpty()) {
                row->setToolTip(notices.join(QLatin1Char('\n')));
            }
            break;
        }
        case JobState::Cancelled:
            Q_EMIT message(tr("%1: cancelled").arg(job));
            break;
        default:
            Q_EMIT message(error.isEmpty() ? tr("%1: failed").arg(job)
                                           : tr("%1: failed: %2").arg(job, error));
            break;
    }
    if (state == JobState::Succeeded && resultPath(id, QStringLiteral("audio")).isEmpty()) {
        const QString transcript = resultPath(id, QStringLiteral("transcript"));
        if (!transcript.isEmpty()) {
            Q_EMIT transcriptRequested(transcript, inputName(id));
        }
    }
}

}  // namespace sonara::studio
