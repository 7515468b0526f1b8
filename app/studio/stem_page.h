#pragma once

#include "core/audio/audio_buffer.h"

#include <QList>
#include <QStringList>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sonara::core {
class EngineHost;
}

namespace sonara::studio {

class AudioDocument;
class StemLane;
class Transport;

// What StemPage decodes on a worker thread: the stems' files, and what was read from them.
struct StemFile {
    QString outputId;
    QString title;
    QString path;
};
struct DecodedStem {
    QString outputId;
    QString title;
    core::audio::AudioBuffer audio;
};
struct DecodedStems {
    QList<DecodedStem> stems;
    QStringList unreadable;  // titles of the stems that could not be read
    std::optional<core::audio::AudioBuffer> mix;
    QString mixName;
};

// The result of a `separate` job: one lane per stem with solo and mute, A/B between the
// audible stems and the mix they came from, and export of any subset of the stems, each
// charged like any export of a result.
class StemPage : public QWidget {
    Q_OBJECT
public:
    explicit StemPage(core::EngineHost& host, QWidget* parent = nullptr);
    ~StemPage() override;

    // Starts loading the stems of a finished job and the mix it separated on a worker thread
    // (stemsLoaded tells when they are shown); false, with errorText(), when the job has no
    // stems to show.
    bool showJob(const QString& jobId);
    const QString& jobId() const { return jobId_; }

    const QList<StemLane*>& lanes() const { return lanes_; }
    StemLane* lane(const QString& outputId) const;
    // What the stems side plays: soloed lanes if any are, else every lane not muted, summed.
    core::audio::AudioBuffer audibleMix() const;
    const core::audio::AudioBuffer& originalMix() const;
    // A/B: true while the original mix is what plays.
    bool hearingMix() const;
    QString errorText() const;

    QPushButton* playButton() const { return play_; }
    QPushButton* abButton() const { return ab_; }
    QPushButton* exportButton() const { return export_; }
    QComboBox* formatBox() const { return format_; }

public Q_SLOTS:
    // Writes every lane ticked for export into `folder` in the chosen format on a worker thread;
    // exportFinished reports the files, or the error in errorText().
    void startExport(const QString& folder);

Q_SIGNALS:
    void exportFinished(bool ok, const QStringList& files);
    void message(const QString& text);
    // The stems showJob started to load are shown (true), or none could be read (false).
    void stemsLoaded(bool ok);

private:
    void clear();
    void addLane(const QString& outputId, const QString& title, core::audio::AudioBuffer audio);
    void showDecoded(const DecodedStems& decoded);
    void showMix(const DecodedStems& decoded);
    void refreshListening();
    void togglePlay();
    void chooseExportFolder();
    void setError(const QString& text);

    core::EngineHost& host_;
    QString jobId_;
    int loadGeneration_ = 0;  // a load that finishes after another showJob is dropped
    QList<StemLane*> lanes_;
    AudioDocument* mix_;
    Transport* transport_;
    QLabel* heading_;
    QLabel* error_;
    QVBoxLayout* laneLayout_;
    QPushButton* play_;
    QPushButton* ab_;
    QComboBox* format_;
    QPushButton* export_;
};

}  // namespace sonara::studio
