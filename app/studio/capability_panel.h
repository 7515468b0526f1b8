#pragma once

#include "core/store/job_store.h"

#include <QSet>
#include <QWidget>

namespace sonara::core {
class EngineHost;
}

namespace sonara::studio {

class CapabilityForm;

// A capability's own panel under its generated form, for what a form of fields cannot show:
// the takes of a generation, a dubbing review, a preview player. Most capabilities have none.
class CapabilityPanel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

Q_SIGNALS:
    // A short note for the status bar.
    void message(const QString& text);
    // Asks the studio to open a result file as a new track.
    void openAsTrackRequested(const QString& path, const QString& title);

protected:
    // Follows every job the form submits from now on, and those given to follow(): the hooks
    // below hear of their progress and their end, on the GUI thread.
    void followFormJobs(core::EngineHost& host, CapabilityForm& form);
    void follow(const QString& jobId);
    virtual void followedJobQueued(const QString& jobId) { Q_UNUSED(jobId); }
    virtual void followedJobProgress(const QString& jobId, double fraction) {
        Q_UNUSED(jobId);
        Q_UNUSED(fraction);
    }
    virtual void followedJobSucceeded(const core::store::JobRecord& record) { Q_UNUSED(record); }
    // Cancelled, failed or interrupted, with the job's error.
    virtual void followedJobFailed(core::store::JobState state, const QString& error) {
        Q_UNUSED(state);
        Q_UNUSED(error);
    }

private:
    core::EngineHost* followedHost_ = nullptr;
    QSet<QString> following_;
};

// The panel for the form's capability, or null when the form is all it needs.
CapabilityPanel* createCapabilityPanel(core::EngineHost& host, CapabilityForm& form);

}  // namespace sonara::studio
