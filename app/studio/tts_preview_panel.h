#pragma once

#include "app/studio/capability_panel.h"
#include "core/store/job_store.h"

#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sonara::studio {

class Transport;

// Under the text-to-speech form: the takes spoken so far (text, voice, engine, length), each
// playable at once with Play and Stop and openable as a track, and the job being spoken now.
class TtsPreviewPanel : public CapabilityPanel {
    Q_OBJECT
public:
    TtsPreviewPanel(core::EngineHost& host, CapabilityForm& form, QWidget* parent = nullptr);
    ~TtsPreviewPanel() override;

    QTreeWidget* takesView() const { return takes_; }
    int takeCount() const { return entries_.size(); }
    QString statusText() const;
    bool isPlaying() const;

public Q_SLOTS:
    // The selected take (the newest when none is selected).
    void playSelected();
    void stop();
    void openSelected();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Take {
        QString jobId;
        QString path;
        QString text;
    };

    void setStatus(const QString& text);
    void showStatus();
    void followedJobQueued(const QString& jobId) override;
    void followedJobProgress(const QString& jobId, double fraction) override;
    void followedJobSucceeded(const core::store::JobRecord& record) override;  // a new take
    void followedJobFailed(core::store::JobState state, const QString& error) override;
    int selectedRow() const;
    void updateButtons();

    core::EngineHost& host_;
    QList<Take> entries_;  // newest first, as the view lists them
    QTreeWidget* takes_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* play_ = nullptr;
    QPushButton* stop_ = nullptr;
    QPushButton* open_ = nullptr;
    Transport* transport_ = nullptr;
};

}  // namespace sonara::studio
