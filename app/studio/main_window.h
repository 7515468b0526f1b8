#pragma once

#include "app/studio/action_table.h"
#include "core/audio/audio_buffer.h"

#include <QList>
#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTabBar;
class QUndoGroup;

namespace sonara::core {
class EngineHost;
namespace api {
class LocalApiServer;
}
}  // namespace sonara::core

namespace sonara::studio {

class AccountArea;
class AudioDocument;
class CapabilityForm;
class EditActions;
class HelpActions;
class StartPage;
class JobsDock;
class ModelManagerPage;
class VoiceLibraryPage;
class RecentFiles;
class RecordingController;
class TranscriptView;
class Transport;
class VoiceEditPanel;
class WaveformView;

// The studio: tracks with their waveform and transport on top, the capability pages (one
// generated form per registered capability) and the model manager below, jobs and transcript
// in docks. All edits are undoable and stay in memory until an export. It composes the parts
// that have a class of their own: the Edit menu (EditActions), recording (RecordingController)
// and the recent files (RecentFiles).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(core::EngineHost& host, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a file as a new track (named `name`, or after the file); on failure shows why and
    // returns false.
    bool openFile(const QString& path, const QString& name = {});
    // Decodes on a worker thread and adds the track when done, so a long file never freezes
    // the window; `opened` reports the outcome.
    void openFileInBackground(const QString& path);
    void openBuffer(const core::audio::AudioBuffer& buffer, const QString& name);
    // Serves the local API on 127.0.0.1 while the studio runs; returns the port, or 0 with
    // the reason in the status bar.
    quint16 startLocalApi(quint16 port);

    AudioDocument* currentDocument() const;
    int trackCount() const { return tracks_.size(); }
    WaveformView* waveformView() const { return view_; }
    Transport* transport() const { return transport_; }
    JobsDock* jobsDock() const { return jobsDock_; }
    TranscriptView* transcriptView() const { return transcript_; }
    VoiceEditPanel* voiceEditPanel() const { return voiceEdit_; }
    ModelManagerPage* modelManager() const { return models_; }
    VoiceLibraryPage* voiceLibrary() const { return voices_; }
    StartPage* startPage() const { return startPage_; }
    HelpActions* helpActions() const { return help_; }
    AccountArea* accountArea() const { return account_; }
    QUndoGroup* undoGroup() const;
    const QList<CapabilityForm*>& capabilityForms() const { return forms_; }
    CapabilityForm* capabilityForm(const QString& capabilityId) const;
    QString durationText() const;
    QString lastError() const { return lastError_; }
    QStringList recentFiles() const;
    QAction* action(const QString& name) const;

    // Closes the track at `index`, asking first whether to save its changes; false when the
    // user cancelled.
    bool closeTrack(int index);
    // Writes the edit journal of every track with unsaved changes now (a timer does it a
    // moment after each edit) and removes those of tracks without changes.
    void autosaveNow();
    // Where the edit journals live: beside the assets, in the data directory.
    QString recoveryDirectory() const;
    // Offers to recover the recordings and edits a crashed session left; returns how many
    // tracks came back.
    int offerRecovery();

    void showCapability(const QString& capabilityId);
    void showModelManager();
    // The current track written to the asset store, as a capability's input file.
    QString currentTrackAsInput();

public Q_SLOTS:
    void openWithDialog();
    void exportWithDialog();
    void togglePlayback();
    void stopPlayback();
    void openResultAsTrack(const QString& path, const QString& name);
    void applyResult(const QString& path);
    void compareResult(const QString& path, const QString& name);
    void showTranscript(const QString& path);

Q_SIGNALS:
    void opened(const QString& path, bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void addTrack(AudioDocument* document);
    void setCurrentTrack(int index);
    void updateStatus();
    void updateActions();
    void updateBalance();
    void updateResultActions();
    // "interview — Noise removal.wav" for a result of a job on interview.wav.
    QString resultTrackName(const QString& path, const QString& fallback) const;
    void showError(const QString& title, const QString& text);
    void showStatus(const QString& text, int timeout = 0);
    // Asks "Save changes to X?" for a track with unsaved edits; false on Cancel.
    bool confirmClose(AudioDocument* document);
    bool exportDocument(AudioDocument* document);
    void forgetJournal(AudioDocument* document);
    void openFailed(const QString& path, const QString& reason);
    // A recording (stopped, or recovered after a crash) as a track over its stored copy.
    void openRecording(const core::audio::AudioBuffer& recording, const QString& name,
                       const QString& assetPath);
    int offerRecordingRecovery();
    bool askToRecover(const QString& title, const QString& text, const QString& objectName);

    core::EngineHost& host_;
    QList<AudioDocument*> tracks_;
    QTabBar* tabs_;
    WaveformView* view_;
    Transport* transport_;
    ActionTable actions_;
    EditActions* edit_ = nullptr;
    RecordingController* recording_ = nullptr;
    RecentFiles* recent_ = nullptr;
    HelpActions* help_ = nullptr;
    StartPage* startPage_ = nullptr;
    QStackedWidget* editorStack_ = nullptr;
    QListWidget* navigator_;
    QStackedWidget* pages_;
    QList<CapabilityForm*> forms_;
    ModelManagerPage* models_;
    VoiceLibraryPage* voices_ = nullptr;
    JobsDock* jobsDock_;
    TranscriptView* transcript_;
    VoiceEditPanel* voiceEdit_ = nullptr;
    class QDockWidget* transcriptDock_;
    QLabel* positionLabel_;
    QLabel* durationLabel_;
    QLabel* balanceLabel_;
    AccountArea* account_;
    QLabel* apiLabel_;
    QLabel* abLabel_;
    QProgressBar* level_;
    std::unique_ptr<core::api::LocalApiServer> api_;
    QString lastError_;
    bool loopSelection_ = false;
    class QTimer* autosave_ = nullptr;
};

// "m:ss.mmm"
QString formatTime(double seconds);
// A peak on the level meter's scale, 0..60 (dB above -60 dBFS).
int peakLevel(float peak);
// The peak level just after `frame`, 0..60, for the level meter.
int levelAt(const AudioDocument& document, qint64 frame);

}  // namespace sonara::studio
