#pragma once

#include "app/studio/capability_panel.h"
#include "core/store/job_store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QVariantMap>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sonara::studio {

class Transport;

// Under a generator's form (music, sound effects, status music): every run of the form becomes
// a take with its prompt, seed, length and model, to audition side by side with Play and Stop
// on its row. A take can be starred (kept: deleting asks to unstar it first), deleted from the
// list, made again with the same settings or as a variation with a new seed, and opened as a
// track. The takes are kept in the data folder (takes/<capability>.json), so they are there
// after a restart.
class TakesPanel : public CapabilityPanel {
    Q_OBJECT
public:
    struct Take {
        QString jobId;
        QString outputId;
        QString path;
        QString prompt;
        qint64 seed = -1;  // the seed the audio was made with; -1: unknown
        double seconds = 0;
        QString engine;
        QString model;
        QVariantMap parameters;  // as the run was asked for (a seed of -1 stays -1)
        QJsonObject inputs;
        bool starred = false;
        QDateTime created;
    };

    TakesPanel(core::EngineHost& host, CapabilityForm& form, QWidget* parent = nullptr);
    ~TakesPanel() override;

    // Newest first, as listed.
    const QList<Take>& takes() const { return takes_; }
    QTreeWidget* takesView() const { return view_; }
    QString statusText() const;
    bool isPlaying() const;
    // The take playing, or -1.
    int playingRow() const;

    static QString storePath(const QString& dataDirectory, const QString& capabilityId);

public Q_SLOTS:
    void play(int row);
    void stop();
    void setStarred(int row, bool starred);
    // Returns false (and says why) for a starred take.
    bool remove(int row);
    // Submit the take's settings again (its seed as asked: -1 picks a new one), or with a new
    // seed; return the job id, or empty with the reason shown.
    QString runAgain(int row);
    QString runVariation(int row);
    void openAsTrack(int row);

private:
    void say(const QString& text);
    void followedJobQueued(const QString& jobId) override;
    void followedJobProgress(const QString& jobId, double fraction) override;
    // One take per audio output: a sound-effects run of three variations makes three takes.
    void followedJobSucceeded(const core::store::JobRecord& record) override;
    void followedJobFailed(core::store::JobState state, const QString& error) override;
    QString submit(const Take& take, const QVariantMap& parameters);
    void load();
    void save();
    // rebuild() lists the takes anew; refreshRows() follows what plays and what is starred.
    void rebuild();
    void refreshRows();
    int selectedRow() const;
    void updateButtons();
    QString describe(const Take& take) const;

    core::EngineHost& host_;
    QString capabilityId_;
    QList<Take> takes_;
    QString playingKey_;
    QTreeWidget* view_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* again_ = nullptr;
    QPushButton* variation_ = nullptr;
    QPushButton* open_ = nullptr;
    QPushButton* delete_ = nullptr;
    Transport* transport_ = nullptr;
};

}  // namespace sonara::studio
