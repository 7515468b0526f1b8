#pragma once

#include "app/studio/capability_panel.h"
#include "core/store/job_store.h"

#include <QJsonObject>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace sonara::studio {

// The dubbing page's review, under its form: follows the dub the form (or this panel) submitted,
// by stage; once a dub stopped after translation or finished, shows its segments (times, source
// text, translation, how each was fitted), lets the user rewrite translations, and dubs again
// from the edited rows, so that only the changed ones are synthesised anew. The dubbed audio
// opens as a track.
class DubbingPanel : public CapabilityPanel {
    Q_OBJECT
public:
    // The table's columns.
    enum Column {
        IndexColumn,
        TimeColumn,
        SourceColumn,
        TranslationColumn,
        TimingColumn,
        NotesColumn,
        ColumnCount
    };

    DubbingPanel(core::EngineHost& host, CapabilityForm& form, QWidget* parent = nullptr);

    // The dub followed now; empty before the first.
    const QString& jobId() const { return jobId_; }
    // Follows job `id`: its progress, then its segments. The form's submissions come by themselves.
    // `keepRows` leaves the shown segments (and their edits) until the new dub has its own.
    void follow(const QString& id, bool keepRows = false);

    QTableWidget* table() const { return table_; }
    QPushButton* dubButton() const { return dub_; }
    QPushButton* revertButton() const { return revert_; }
    QPushButton* openButton() const { return open_; }
    QString statusText() const;
    QString errorText() const;
    // Rows whose translation differs from the report's.
    int changedCount() const;
    // The report's document with the translations as shown: the `segments` input of a new dub.
    QJsonObject segmentsDocument() const;

public Q_SLOTS:
    // Dubs the followed dub's input again from the shown rows; returns the new job's id, or empty
    // with the reason in errorText().
    QString dubAgain();
    // Puts the report's translations back.
    void revertEdits();
    void openDubbedAudio();

Q_SIGNALS:
    // The followed dub ended and the panel shows what it left (segments, or the error).
    void jobEnded(bool succeeded);

private:
    void onProgress(const QString& id, double fraction, const QString& stage);
    void onFinished(const QString& id, core::store::JobState state, const QString& error);
    void showFailure(core::store::JobState state, const QString& error);
    bool loadReport(const core::store::JobRecord& record);
    void fillTable();
    void onItemChanged(QTableWidgetItem* item);
    void updateActions();
    QString outputPath(const QString& outputId) const;

    core::EngineHost& host_;
    QString jobId_;
    // The job whose report the table shows.
    QString reportJob_;
    bool running_ = false;
    // The report as the engine wrote it, and its rows' translations.
    QJsonObject report_;
    QStringList reportTranslations_;
    QLabel* intro_;
    QLabel* status_;
    QProgressBar* progress_;
    QLabel* error_;
    QTableWidget* table_;
    QLabel* changes_;
    QPushButton* revert_;
    QPushButton* dub_;
    QPushButton* open_;
};

}  // namespace sonara::studio
