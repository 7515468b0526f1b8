#include "app/studio/capability_panel.h"

#include "app/studio/capability_form.h"
#include "app/studio/dubbing_panel.h"
#include "app/studio/takes_panel.h"
#include "app/studio/tts_preview_panel.h"
#include "core/engine/engine_host.h"
#include "core/engine/job_manager.h"

namespace sonara::studio {

void CapabilityPanel::followFormJobs(core::EngineHost& host, CapabilityForm& form) {
    followedHost_ = &host;
    connect(&form, &CapabilityForm::jobSubmitted, this, &CapabilityPanel::follow);
    // Queued: the job manager reports from the thread that ran the job.
    connect(
        &host.jobs(), &core::JobManager::jobProgress, this,
        [this](const QString& id, double fraction) {
            if (following_.contains(id)) {
                followedJobProgress(id, fraction);
            }
        },
        Qt::QueuedConnection);
    connect(
        &host.jobs(), &core::JobManager::jobFinished, this,
        [this](const QString& id, core::store::JobState state, const QString& error) {
            if (!following_.remove(id)) {
                return;
            }
            const auto record = followedHost_->jobs().job(id);
            if (state == core::store::JobState::Succeeded && record) {
                followedJobSucceeded(*record);
            } else {
                followedJobFailed(state, error);
            }
        },
        Qt::QueuedConnection);
}

void CapabilityPanel::follow(const QString& jobId) {
    following_.insert(jobId);
    followedJobQueued(jobId);
}

CapabilityPanel* createCapabilityPanel(core::EngineHost& host, CapabilityForm& form) {
    const QString& id = form.capabilityId();
    if (id == QLatin1String("tts")) {
        return new TtsPreviewPanel(host, form);
    }
    if (id == QLatin1String("dubbing")) {
        return new DubbingPanel(host, form);
    }
    // One panel keeps the takes of every generator.
    if (id == QLatin1String("music") || id == QLatin1String("sfx") ||
        id == QLatin1String("status-music")) {
        return new TakesPanel(host, form);
    }
    return nullptr;
}

}  // namespace sonara::studio
