#pragma once

#include "core/store/job_store.h"

#include <QDockWidget>
#include <QHash>

class QListWidget;

namespace sonara::core {
class EngineHost;
}

namespace sonara::studio {

class JobRow;

// Every job of this data directory, newest first, following the job manager's signals. It
// turns the rows' buttons into requests the main window carries out with the result's file.
class JobsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit JobsDock(core::EngineHost& host, QWidget* parent = nullptr);

    JobRow* row(const QString& jobId) const { return rows_.value(jobId); }
    int rowCount() const { return rows_.size(); }
    // The file of the job's first output of the given kind ("audio" or "transcript").
    QString resultPath(const QString& jobId, const QString& kind = QStringLiteral("audio")) const;

public Q_SLOTS:
    void addJob(const QString& jobId);

Q_SIGNALS:
    void openAsTrackRequested(const QString& path, const QString& name);
    void applyRequested(const QString& path);
    void compareRequested(const QString& path, const QString& name);
    void transcriptRequested(const QString& path);
    void message(const QString& text);

private:
    void onProgress(const QString& id, double fraction, const QString& stage, double eta);
    void onStateChanged(const QString& id, core::store::JobState state);
    void onFinished(const QString& id, core::store::JobState state, const QString& error);
    bool producesAudio(const QString& capability) const;
    QString resultName(const QString& jobId) const;

    core::EngineHost& host_;
    QListWidget* list_;
    QHash<QString, JobRow*> rows_;
};

}  // namespace sonara::studio
