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
    // What a job works on as a person knows it: the input files' names, else the start of its
    // text ("interview.wav", "“Welcome to the show…”").
    QString inputName(const QString& jobId) const;
    // The names of the job's results, e.g. "transcript.json".
    QStringList outputNames(const QString& jobId) const;
    // One line for messages: "Speech to text · interview.wav".
    QString describe(const QString& jobId) const;

public Q_SLOTS:
    void addJob(const QString& jobId);

Q_SIGNALS:
    void openAsTrackRequested(const QString& path, const QString& name);
    void applyRequested(const QString& path);
    void compareRequested(const QString& path, const QString& name);
    // A transcript to show, and the name of the track it transcribes; sent by the row's button
    // and by itself when a speech-to-text job ends.
    void transcriptRequested(const QString& path, const QString& sourceName);
    // The row of a finished separation asks for its stems, to be shown on the stem page.
    void stemsRequested(const QString& jobId);
    void message(const QString& text);

private:
    void onProgress(const QString& id, double fraction, const QString& stage, double eta);
    void onStateChanged(const QString& id, core::store::JobState state);
    void onFinished(const QString& id, core::store::JobState state, const QString& error);
    bool producesAudio(const QString& capability) const;
    void announceEnd(const QString& id, core::store::JobState state, const QString& error);
    QString resultName(const QString& jobId) const;

    core::EngineHost& host_;
    QListWidget* list_;
    QHash<QString, JobRow*> rows_;
};

}  // namespace sonara::studio
