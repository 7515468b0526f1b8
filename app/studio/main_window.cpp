#include "app/studio/main_window.h"

#include "app/studio/account_area.h"
#include "app/studio/audio_document.h"
#include "app/studio/capability_form.h"
#include "app/studio/capability_panel.h"
#include "app/studio/cloud_session.h"
#include "app/studio/descriptor_translation.h"
#include "app/studio/edit_actions.h"
#include "app/studio/edit_journal.h"
#include "app/studio/export_dialog.h"
#include "app/studio/help_actions.h"
#include "app/studio/job_row.h"
#include "app/studio/jobs_dock.h"
#include "app/studio/model_manager_page.h"
#include "app/studio/recent_files.h"
#include "app/studio/recording_controller.h"
#include "app/studio/settings_dialog.h"
#include "app/studio/start_page.h"
#include "app/studio/status_bar.h"
#include "app/studio/stem_page.h"
#include "app/studio/studio_settings.h"
#include "app/studio/transcript_view.h"
#include "app/studio/transport.h"
#include "app/studio/user_message.h"
#include "app/studio/voice_edit_panel.h"
#include "app/studio/voice_library_page.h"
#include "app/studio/waveform_view.h"
#include "core/api/api_token.h"
#include "core/api/local_api_server.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/engine_host.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSessionManager>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

// The icons live in a static library: referencing its resource keeps the linker from
// dropping them.
static void initStudioResources() {
    Q_INIT_RESOURCE(studio);
}

namespace sonara::studio {
namespace {

QString fileFilter() {
    return MainWindow::tr(
        "Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 "
        "*.mov *.mkv *.webm);;All files (*)");
}

}  // namespace

int peakLevel(float peak) {
    if (peak <= 1e-3f) {
        return 0;
    }
    return std::clamp(static_cast<int>(std::lround(60.0 + 20.0 * std::log10(peak))), 0, 60);
}

int levelAt(const AudioDocument& document, qint64 frame) {
    // The peak over the next 50 ms, on a 60 dB scale.
    const qint64 window = std::max(document.sampleRate() / 20, 1);
    const auto [low, high] = document.peaks().range(document.buffer(), frame, frame + window);
    return peakLevel(std::max(std::abs(low), std::abs(high)));
}

QString formatTime(double seconds) {
    if (!(seconds > 0)) {
        seconds = 0;
    }
    const qint64 millis = static_cast<qint64>(std::llround(seconds * 1000));
    return QStringLiteral("%1:%2.%3")
        .arg(millis / 60000)
        .arg((millis / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg(millis % 1000, 3, 10, QLatin1Char('0'));
}

MainWindow::MainWindow(core::EngineHost& host, QWidget* parent)
    : QMainWindow(parent),
      host_(host),
      tabs_(new QTabBar),
      view_(new WaveformView),
      transport_(new Transport(this)),
      actions_(this) {
    initStudioResources();
    auto* studioStatusBar = new StudioStatusBar;
    setStatusBar(studioStatusBar);
    studioStatusBar->followDevices(host_);
    setWindowTitle(tr("Sonara Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/studio/icons/sonara.svg")));
    setAcceptDrops(true);
    resize(1280, 820);

    tabs_->setTabsClosable(true);
    tabs_->setDocumentMode(true);
    tabs_->setExpanding(false);
    connect(tabs_, &QTabBar::currentChanged, this, &MainWindow::setCurrentTrack);
    connect(tabs_, &QTabBar::tabCloseRequested, this, &MainWindow::closeTrack);
    autosave_ = new QTimer(this);
    autosave_->setSingleShot(true);
    autosave_->setInterval(1500);
    connect(autosave_, &QTimer::timeout, this, &MainWindow::autosaveNow);
    // Logging out asks like closing the window; when the session cannot ask, the edits are
    // kept in their journals for the next start.
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this](QSessionManager& manager) {
        autosaveNow();
        if (!manager.allowsInteraction()) {
            return;
        }
        for (AudioDocument* document : QList<AudioDocument*>(tracks_)) {
            if (!confirmClose(document)) {
                manager.cancel();
                break;
            }
        }
        manager.release();
    });

    auto* editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(tabs_);
    editorLayout->addWidget(view_, 1);
    // With no track open, the start page shows what the studio can do.
    startPage_ = new StartPage(host_);
    editorStack_ = new QStackedWidget;
    editorStack_->addWidget(startPage_);
    editorStack_->addWidget(editor);
    connect(startPage_, &StartPage::capabilityRequested, this, &MainWindow::showCapability);
    connect(startPage_, &StartPage::openRequested, this, &MainWindow::openWithDialog);
    connect(startPage_, &StartPage::recentRequested, this, &MainWindow::openFileInBackground);

    navigator_ = new QListWidget;
    navigator_->setObjectName(QStringLiteral("navigator"));
    navigator_->setMaximumWidth(220);
    pages_ = new QStackedWidget;
    pages_->setObjectName(QStringLiteral("pages"));
    for (const core::CapabilityDescriptor& descriptor : host_.registry().capabilities()) {
        auto* form = new CapabilityForm(host_, descriptor.id);
        form->setAudioInputProvider([this] { return currentTrackAsInput(); });
        connect(form, &CapabilityForm::modelManagerRequested, this, &MainWindow::showModelManager);
        connect(form, &CapabilityForm::jobSubmitted, this, [this](const QString& id) {
            jobsDock_->addJob(id);
            jobsDock_->show();
            // The jobs dock follows the job from here; the note must not outlive it.
            showStatus(tr("%1: queued").arg(jobsDock_->describe(id)), 8000);
        });
        if (CapabilityPanel* panel = createCapabilityPanel(host_, *form)) {
            connect(panel, &CapabilityPanel::message, this,
                    [this](const QString& text) { showStatus(text, 8000); });
            connect(panel, &CapabilityPanel::openAsTrackRequested, this,
                    &MainWindow::openResultAsTrack);
            form->setPanel(panel);
        }
        forms_ << form;
        pages_->addWidget(scrollablePage(form));
        auto* item = new QListWidgetItem(translateDescriptor(descriptor.title), navigator_);
        item->setData(Qt::UserRole, descriptor.id);
        item->setIcon(capabilityIcon(descriptor.id));
        item->setToolTip(translateDescriptor(descriptor.summary));
    }
    models_ = new ModelManagerPage(host_);
    pages_->addWidget(models_);
    auto* modelsItem = new QListWidgetItem(tr("Models"), navigator_);
    modelsItem->setData(Qt::UserRole, QStringLiteral(":models"));
    modelsItem->setIcon(QIcon(QStringLiteral(":/studio/icons/download.svg")));
    connect(models_, &ModelManagerPage::modelsChanged, this, [this] {
        for (CapabilityForm* form : forms_) {
            form->refreshModels();
        }
        startPage_->refresh();
    });
    voices_ = new VoiceLibraryPage(host_, host_.sharedAccount());
    pages_->addWidget(voices_);
    auto* voicesItem = new QListWidgetItem(tr("Voices"), navigator_);
    voicesItem->setData(Qt::UserRole, QStringLiteral(":voices"));
    voicesItem->setIcon(QIcon(QStringLiteral(":/studio/icons/account.svg")));
    voicesItem->setToolTip(tr("Your voice library: add, export, import and share voices"));
    connect(voices_, &VoiceLibraryPage::message, this,
            [this](const QString& text) { showStatus(text, 8000); });
    connect(navigator_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
    navigator_->setCurrentRow(0);

    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(navigator_);
    lower->addWidget(pages_);
    lower->setStretchFactor(1, 1);
    auto* central = new QSplitter(Qt::Vertical);
    central->addWidget(editorStack_);
    central->addWidget(lower);
    central->setStretchFactor(0, 3);
    central->setStretchFactor(1, 2);
    setCentralWidget(central);

    jobsDock_ = new JobsDock(host_, this);
    addDockWidget(Qt::RightDockWidgetArea, jobsDock_);
    connect(jobsDock_, &JobsDock::openAsTrackRequested, this, &MainWindow::openResultAsTrack);
    // Rows come and go with the jobs; queued, so the dock has made a new job's row first.
    connect(&host_.jobs(), &core::JobManager::jobStateChanged, this,
            &MainWindow::updateResultActions, Qt::QueuedConnection);
    connect(&host_.jobs(), &core::JobManager::jobFinished, this, &MainWindow::updateResultActions,
            Qt::QueuedConnection);
    connect(jobsDock_, &JobsDock::applyRequested, this, &MainWindow::applyResult);
    connect(jobsDock_, &JobsDock::compareRequested, this, &MainWindow::compareResult);
    connect(jobsDock_, &JobsDock::transcriptRequested, this,
            [this](const QString& path, const QString& source) {
                if (!transcript_->loadFile(path, source)) {
                    showError(tr("Transcript"), transcript_->errorText());
                    return;
                }
                AudioDocument* document = currentDocument();
                transcript_->showTrack(document ? document->name() : source);
                transcriptDock_->show();
                transcriptDock_->raise();
            });
    connect(jobsDock_, &JobsDock::message, this,
            [this](const QString& text) { showStatus(text, 8000); });

    transcript_ = new TranscriptView;
    transcriptDock_ = new QDockWidget(tr("Transcript"), this);
    transcriptDock_->setObjectName(QStringLiteral("transcriptDock"));
    // The transcript is where speech is edited by its words (the voice editor's marks).
    voiceEdit_ = new VoiceEditPanel(host_, transcript_, view_, transport_);
    voiceEdit_->setAudioInputProvider([this] { return currentTrackAsInput(); });
    connect(voiceEdit_, &VoiceEditPanel::jobSubmitted, this,
            [this](const QString& id) { jobsDock_->addJob(id); });
    connect(voiceEdit_, &VoiceEditPanel::message, this,
            [this](const QString& text) { showStatus(text, 8000); });
    transcriptDock_->setWidget(voiceEdit_);
    addDockWidget(Qt::RightDockWidgetArea, transcriptDock_);
    transcriptDock_->hide();
    // A finished separation opens in its own dock: one lane per stem, A/B against the mix.
    auto* stems = new StemPage(host_);
    auto* stemsDock = new QDockWidget(tr("Stems"), this);
    stemsDock->setObjectName(QStringLiteral("stemsDock"));
    stemsDock->setWidget(stems);
    addDockWidget(Qt::BottomDockWidgetArea, stemsDock);
    stemsDock->hide();
    connect(stems, &StemPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(jobsDock_, &JobsDock::stemsRequested, this,
            [this, stems, stemsDock](const QString& id) {
                if (!stems->showJob(id)) {
                    statusBar()->showMessage(stems->errorText(), 8000);
                    return;
                }
                stemsDock->show();
                stemsDock->raise();
            });
    connect(transcript_, &TranscriptView::seekRequested, this, [this](double seconds) {
        AudioDocument* document = currentDocument();
        if (!document) {
            return;
        }
        const qint64 frame = static_cast<qint64>(std::llround(seconds * document->sampleRate()));
        view_->setCursorFrame(frame);
        if (transport_->isPlaying()) {
            transport_->play(frame);
        }
    });

    positionLabel_ = new QLabel;
    durationLabel_ = new QLabel;
    durationLabel_->setObjectName(QStringLiteral("duration"));
    abLabel_ = new QLabel;
    balanceLabel_ = new QLabel;
    balanceLabel_->setObjectName(QStringLiteral("balance"));
    apiLabel_ = new QLabel;
    account_ = new AccountArea(host_.sharedAccount());
    level_ = new QProgressBar;
    level_->setObjectName(QStringLiteral("level"));
    level_->setRange(0, 60);
    level_->setValue(0);
    level_->setTextVisible(false);
    level_->setMaximumWidth(120);
    level_->setMaximumHeight(12);
    level_->setToolTip(tr("Output level (peak, 60 dB range)"));
    statusBar()->addWidget(level_);
    statusBar()->addWidget(positionLabel_);
    statusBar()->addWidget(durationLabel_);
    statusBar()->addWidget(abLabel_);
    statusBar()->addPermanentWidget(apiLabel_);
    statusBar()->addPermanentWidget(balanceLabel_);
    statusBar()->addPermanentWidget(account_);
    connect(account_, &AccountArea::failed, this,
            [this](const QString& error) { showStatus(error, 10000); });
    // Signed in, exports are charged to the account, so its balance is the one to show.
    connect(account_, &AccountArea::profileChanged, this, &MainWindow::updateBalance);

    connect(view_, &WaveformView::selectionChanged, this, [this] {
        updateStatus();
        updateActions();
        if (loopSelection_) {
            transport_->setLoop(view_->selectionStart(), view_->selectionEnd());
        }
    });
    connect(view_, &WaveformView::cursorChanged, this, &MainWindow::updateStatus);
    connect(transport_, &Transport::positionChanged, this, [this](qint64 frame) {
        view_->setPlayhead(transport_->comparing() ? -1 : frame);
        AudioDocument* document = currentDocument();
        level_->setValue(document && frame >= 0 ? levelAt(*document, frame) : 0);
        if (document && frame >= 0 && transcriptDock_->isVisible()) {
            transcript_->setPlaybackPosition(static_cast<double>(frame) / document->sampleRate());
        }
        updateStatus();
    });
    connect(transport_, &Transport::playingChanged, this, [this](bool playing) {
        action(QStringLiteral("play"))
            ->setIcon(QIcon(playing ? QStringLiteral(":/studio/icons/pause.svg")
                                    : QStringLiteral(":/studio/icons/play.svg")));
    });
    connect(transport_, &Transport::comparingChanged, this, [this] { updateStatus(); });

    createActions();
    createMenus();
    setCurrentTrack(-1);
    updateBalance();
}

MainWindow::~MainWindow() {
    transport_->stop();
}

QAction* MainWindow::action(const QString& name) const {
    return actions_.value(name);
}

QUndoGroup* MainWindow::undoGroup() const {
    return edit_->undoGroup();
}

void MainWindow::createActions() {
    connect(actions_.add(QStringLiteral("open"), tr("&Open…"), QKeySequence::Open,
                         QStringLiteral("open")),
            &QAction::triggered, this, &MainWindow::openWithDialog);
    connect(actions_.add(QStringLiteral("export"), tr("&Export…"),
                         QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("export")),
            &QAction::triggered, this, &MainWindow::exportWithDialog);
    connect(actions_.add(QStringLiteral("close"), tr("&Close track"), QKeySequence::Close),
            &QAction::triggered, this, [this] { closeTrack(tabs_->currentIndex()); });
    connect(actions_.add(QStringLiteral("settings"), tr("&Settings…"),
                         QKeySequence(Qt::CTRL | Qt::Key_Comma)),
            &QAction::triggered, this, [this] {
                SettingsDialog dialog(host_, this);
                dialog.exec();
                if (account_->isSignedIn() && configuredServiceUrl() != account_->serviceUrl()) {
                    // Tokens of one service mean nothing to another.
                    account_->signOut();
                }
                if (dialog.tokenRotated() && api_) {
                    // The server keeps its token in memory: restart it on the same port.
                    const quint16 port = api_->port();
                    api_.reset();
                    startLocalApi(port);
                }
            });
    connect(actions_.add(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit),
            &QAction::triggered, this, &QWidget::close);

    edit_ = new EditActions(
        actions_, view_, [this] { return currentDocument(); }, this);
    connect(edit_, &EditActions::failed, this, &MainWindow::showError);

    connect(actions_.add(QStringLiteral("zoomIn"), tr("Zoom &in"), QKeySequence::ZoomIn,
                         QStringLiteral("zoom_in")),
            &QAction::triggered, view_, &WaveformView::zoomIn);
    actions_.value(QStringLiteral("zoomIn"))
        ->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(actions_.add(QStringLiteral("zoomOut"), tr("Zoom &out"), QKeySequence::ZoomOut,
                         QStringLiteral("zoom_out")),
            &QAction::triggered, view_, &WaveformView::zoomOut);
    connect(actions_.add(QStringLiteral("zoomFit"), tr("&Fit to window"),
                         QKeySequence(Qt::CTRL | Qt::Key_0), QStringLiteral("zoom_fit")),
            &QAction::triggered, view_, &WaveformView::zoomToFit);
    QAction* spectrogram =
        actions_.add(QStringLiteral("spectrogram"), tr("&Spectrogram"), QKeySequence(Qt::Key_S));
    spectrogram->setCheckable(true);
    connect(spectrogram, &QAction::toggled, view_, &WaveformView::setSpectrogram);
    connect(
        actions_.add(QStringLiteral("models"), tr("&Models"), QKeySequence(Qt::CTRL | Qt::Key_M)),
        &QAction::triggered, this, &MainWindow::showModelManager);
    connect(actions_.add(QStringLiteral("jobs"), tr("&Jobs"), QKeySequence(Qt::CTRL | Qt::Key_J)),
            &QAction::triggered, jobsDock_,
            [this] { jobsDock_->setVisible(!jobsDock_->isVisible()); });

    connect(actions_.add(QStringLiteral("play"), tr("&Play/Pause"), QKeySequence(Qt::Key_Space),
                         QStringLiteral("play")),
            &QAction::triggered, this, &MainWindow::togglePlayback);
    connect(actions_.add(QStringLiteral("stop"), tr("&Stop"), QKeySequence(Qt::Key_Escape),
                         QStringLiteral("stop")),
            &QAction::triggered, this, &MainWindow::stopPlayback);
    QAction* loop =
        actions_.add(QStringLiteral("loop"), tr("&Loop selection"), QKeySequence(Qt::Key_L));
    loop->setCheckable(true);
    connect(loop, &QAction::toggled, this, [this](bool on) {
        loopSelection_ = on;
        transport_->setLoop(on ? view_->selectionStart() : 0, on ? view_->selectionEnd() : 0);
    });
    recording_ = new RecordingController(host_, actions_, this);
    connect(recording_, &RecordingController::levelChanged, this,
            [this](float peak, double recordedSeconds) {
                level_->setValue(peakLevel(peak));
                positionLabel_->setText(tr("Recording %1").arg(formatTime(recordedSeconds)));
            });
    connect(recording_, &RecordingController::statusMessage, this, [this](const QString& text) {
        if (text.isEmpty()) {
            statusBar()->clearMessage();
        } else {
            statusBar()->showMessage(text);
        }
    });
    connect(recording_, &RecordingController::failed, this, &MainWindow::showError);
    recording_->setJournalDirectory(recoveryDirectory());
    connect(recording_, &RecordingController::recorded, this, &MainWindow::openRecording);
    help_ = new HelpActions(host_, actions_, this);
    connect(actions_.add(QStringLiteral("compare"), tr("&A/B: result or original"),
                         QKeySequence(Qt::Key_B)),
            &QAction::triggered, transport_, &Transport::toggleComparison);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("open")));
    recent_ = new RecentFiles(host_.dataDirectory(), file->addMenu(tr("Open &recent")), this);
    connect(recent_, &RecentFiles::openRequested, this, &MainWindow::openFileInBackground);
    file->addAction(action(QStringLiteral("export")));
    file->addAction(action(QStringLiteral("close")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("settings")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    for (const char* name : {"undo", "redo", "", "cut", "copy", "paste", "delete", "selectAll", "",
                             "silence", "fadeIn", "fadeOut", "gain", "normalize"}) {
        if (*name == 0) {
            edit->addSeparator();
        } else {
            edit->addAction(action(QString::fromLatin1(name)));
        }
    }
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (const char* name : {"zoomIn", "zoomOut", "zoomFit", "spectrogram", "", "models", "jobs"}) {
        if (*name == 0) {
            view->addSeparator();
        } else {
            view->addAction(action(QString::fromLatin1(name)));
        }
    }
    QMenu* transport = menuBar()->addMenu(tr("&Transport"));
    for (const char* name : {"play", "stop", "loop", "compare", "record"}) {
        transport->addAction(action(QString::fromLatin1(name)));
    }

    help_->fillMenu(menuBar()->addMenu(tr("&Help")));

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    for (const char* name : {"open", "export", "", "undo", "redo", "", "cut", "copy", "paste",
                             "delete", "", "zoomIn", "zoomOut", "zoomFit", "", "play", "stop"}) {
        if (*name == 0) {
            bar->addSeparator();
        } else {
            bar->addAction(action(QString::fromLatin1(name)));
        }
    }
}

AudioDocument* MainWindow::currentDocument() const {
    const int index = tabs_->currentIndex();
    return index >= 0 && index < tracks_.size() ? tracks_[index] : nullptr;
}

CapabilityForm* MainWindow::capabilityForm(const QString& capabilityId) const {
    for (CapabilityForm* form : forms_) {
        if (form->capabilityId() == capabilityId) {
            return form;
        }
    }
    return nullptr;
}

void MainWindow::showCapability(const QString& capabilityId) {
    for (int row = 0; row < navigator_->count(); ++row) {
        if (navigator_->item(row)->data(Qt::UserRole).toString() == capabilityId) {
            navigator_->setCurrentRow(row);
        }
    }
}

void MainWindow::showModelManager() {
    showCapability(QStringLiteral(":models"));
}

void MainWindow::showError(const QString& title, const QString& text) {
    lastError_ = text;
    statusBar()->showMessage(text, 10000);
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showStatus(const QString& text, int timeout) {
    // StudioStatusBar keeps it on one line, the whole text in its tooltip.
    statusBar()->showMessage(text, timeout);
}

void MainWindow::openFailed(const QString& path, const QString& reason) {
    showError(tr("Open"),
              tr("Could not open %1: %2. Sonara opens audio files and the sound of video files "
                 "that FFmpeg can read; check that the file is complete, or convert it to WAV "
                 "or FLAC.")
                  .arg(QFileInfo(path).fileName(), reason));
}

bool MainWindow::openFile(const QString& path, const QString& name) {
    auto* document = new AudioDocument(this);
    try {
        document->load(path, name);
    } catch (const std::exception& failure) {
        delete document;
        openFailed(path, userMessage(failure));
        return false;
    }
    addTrack(document);
    // A recording's stored copy is no file the user would look for.
    if (!document->path().startsWith(host_.dataDirectory())) {
        recent_->add(document->path());
    }
    lastError_.clear();
    return true;
}

void MainWindow::openFileInBackground(const QString& path) {
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    auto* watcher = new QFutureWatcher<core::audio::AudioBuffer>(this);
    connect(watcher, &QFutureWatcher<core::audio::AudioBuffer>::finished, this,
            [this, watcher, path] {
                watcher->deleteLater();
                statusBar()->clearMessage();
                try {
                    core::audio::AudioBuffer decoded = watcher->result();
                    auto* document = new AudioDocument(this);
                    document->setSource(path, std::move(decoded));
                    addTrack(document);
                    recent_->add(document->path());
                    lastError_.clear();
                    Q_EMIT opened(path, true);
                } catch (const std::exception& failure) {
                    openFailed(path, userMessage(failure));
                    Q_EMIT opened(path, false);
                }
            });
    watcher->setFuture(QtConcurrent::run([path] { return core::audio::decodeFile(path); }));
}

void MainWindow::openBuffer(const core::audio::AudioBuffer& buffer, const QString& name) {
    auto* document = new AudioDocument(this);
    document->setBuffer(buffer, name);
    addTrack(document);
}

void MainWindow::addTrack(AudioDocument* document) {
    tracks_ << document;
    edit_->addTrack(document);
    connect(document, &AudioDocument::changed, this, [this, document] {
        if (document == currentDocument()) {
            updateStatus();
            updateActions();
        }
    });
    connect(document->undoStack(), &QUndoStack::indexChanged, autosave_,
            qOverload<>(&QTimer::start));
    // The tab bar is the context: a stack emits cleanChanged while the window is destroyed.
    connect(document->undoStack(), &QUndoStack::cleanChanged, tabs_, [this, document](bool clean) {
        const int index = tracks_.indexOf(document);
        if (index >= 0) {
            tabs_->setTabText(index,
                              clean ? document->name() : document->name() + QStringLiteral(" *"));
        }
    });
    const int index = tabs_->addTab(document->name());
    tabs_->setTabToolTip(index, document->path());
    tabs_->setCurrentIndex(index);
    setCurrentTrack(index);
}

void MainWindow::setCurrentTrack(int index) {
    AudioDocument* document = index >= 0 && index < tracks_.size() ? tracks_[index] : nullptr;
    if (view_->document() == document && document) {
        return;
    }
    transport_->setDocument(document);
    transport_->clearComparison();
    editorStack_->setCurrentIndex(document ? 1 : 0);
    if (!document && recent_) {
        startPage_->setRecentFiles(recent_->files());
    }
    view_->setDocument(document);
    edit_->setCurrentTrack(document);
    transcript_->showTrack(document ? document->name() : QString());
    voiceEdit_->setDocument(document);
    for (CapabilityForm* form : forms_) {
        form->setAudioInputName(document ? document->name() : QString());
    }
    setWindowTitle(document ? tr("%1 – Sonara Studio").arg(document->name()) : tr("Sonara Studio"));
    updateStatus();
    updateActions();
}

QString MainWindow::durationText() const {
    return durationLabel_->text();
}

void MainWindow::updateStatus() {
    AudioDocument* document = currentDocument();
    if (!document) {
        positionLabel_->clear();
        durationLabel_->setText(tr("No track"));
        abLabel_->clear();
        return;
    }
    const double rate = std::max(document->sampleRate(), 1);
    durationLabel_->setText(tr("Duration %1 · %2 Hz · %n channel(s)", nullptr, document->channels())
                                .arg(formatTime(document->duration()))
                                .arg(document->sampleRate()));
    if (view_->hasSelection()) {
        positionLabel_->setText(
            tr("Selection %1 – %2 (%3)")
                .arg(formatTime(view_->selectionStart() / rate),
                     formatTime(view_->selectionEnd() / rate),
                     formatTime((view_->selectionEnd() - view_->selectionStart()) / rate)));
    } else {
        const qint64 playhead = view_->playheadFrame();
        positionLabel_->setText(
            tr("Position %1")
                .arg(formatTime((playhead >= 0 ? playhead : view_->cursorFrame()) / rate)));
    }
    if (transport_->hasComparison()) {
        abLabel_->setText(
            transport_->comparing()
                ? tr("Hearing B: %1 (press B for the track)").arg(transport_->comparisonName())
                : tr("Hearing A: the track (press B for %1)").arg(transport_->comparisonName()));
    } else {
        abLabel_->clear();
    }
}

void MainWindow::updateActions() {
    AudioDocument* document = currentDocument();
    const bool hasTrack = document && document->frames() > 0;
    for (const char* name : {"export", "play", "stop", "zoomIn", "zoomOut", "zoomFit", "close"}) {
        action(QString::fromLatin1(name))->setEnabled(hasTrack);
    }
    edit_->updateActions();
    updateResultActions();
}

void MainWindow::updateResultActions() {
    // Applying or comparing a result needs a track to apply it to or compare it with.
    const bool hasTrack = currentDocument() != nullptr;
    const QString why = hasTrack ? QString() : tr("Open a track first");
    for (JobRow* row : jobsDock_->findChildren<JobRow*>()) {
        for (QPushButton* button : {row->applyButton(), row->compareButton()}) {
            button->setEnabled(hasTrack);
            button->setStatusTip(why);
        }
    }
}

QString MainWindow::resultTrackName(const QString& path, const QString& fallback) const {
    const auto asset = host_.assets().findByPath(path);
    const auto job =
        asset && !asset->originJob.isEmpty() ? host_.jobs().job(asset->originJob) : std::nullopt;
    if (!job) {
        return fallback;
    }
    // The first input file the job worked on, by the name the user knows it.
    QString source;
    for (auto it = job->inputs.begin(); it != job->inputs.end() && source.isEmpty(); ++it) {
        const QJsonValue first = it.value().isArray() ? it.value().toArray().first() : it.value();
        if (const auto input = host_.assets().findByPath(first.toString())) {
            source = QFileInfo(input->name).completeBaseName();
        }
    }
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(job->capability);
    const QString what = descriptor ? translateDescriptor(descriptor->title) : job->capability;
    const QString suffix = QFileInfo(path).suffix();
    return source.isEmpty() ? QStringLiteral("%1.%2").arg(what, suffix)
                            : tr("%1 — %2.%3").arg(source, what, suffix);
}

void MainWindow::updateBalance() {
    const qint64 balance = host_.credits().balanceSeconds();
    balanceLabel_->setText(tr("Credits: %1 min").arg(formatCredit(balance)));
    const QString rule =
        tr("Exports cost their duration, billed per second. Editing and "
           "processing are free.");
    balanceLabel_->setToolTip(host_.credits().chargesAccount()
                                  ? rule + QLatin1Char('\n') +
                                        tr("Charged to your Sonara account; while offline, to "
                                           "its offline lease.")
                                  : rule + QLatin1Char('\n') +
                                        tr("Charged to this computer's credits; sign in to use "
                                           "your account's minutes."));
}

void MainWindow::togglePlayback() {
    AudioDocument* document = currentDocument();
    if (!document) {
        return;
    }
    if (transport_->isPlaying()) {
        transport_->pause();
        return;
    }
    try {
        const qint64 from = view_->hasSelection() ? view_->selectionStart() : view_->cursorFrame();
        transport_->play(from);
    } catch (const std::exception& failure) {
        showError(tr("Play"), userMessage(failure));
    }
}

void MainWindow::stopPlayback() {
    transport_->stop();
    view_->setPlayhead(-1);
}

QString MainWindow::currentTrackAsInput() {
    AudioDocument* document = currentDocument();
    if (!document || document->frames() == 0) {
        return {};
    }
    QTemporaryDir scratch;
    const QString path = QDir(scratch.path()).filePath(QStringLiteral("input.flac"));
    core::audio::EncodeOptions options;
    options.sampleFormat = core::audio::SampleFormat::Int24;
    core::audio::encodeFile(document->buffer(), path, options);
    core::store::AssetDescription description;
    description.name = document->name();
    description.duration = document->duration();
    description.sampleRate = document->sampleRate();
    description.channels = document->channels();
    return host_.assets().add(path, description, true).path;
}

void MainWindow::openResultAsTrack(const QString& path, const QString& name) {
    if (openFile(path)) {
        // Named after its source, never by the asset's hash.
        const QString trackName = resultTrackName(path, name);
        AudioDocument* document = currentDocument();
        document->setBuffer(document->buffer(), trackName);
        tabs_->setTabText(tabs_->currentIndex(), trackName);
        tabs_->setTabToolTip(tabs_->currentIndex(), trackName);
        setWindowTitle(tr("%1 – Sonara Studio").arg(trackName));
    }
}

void MainWindow::applyResult(const QString& path) {
    AudioDocument* document = currentDocument();
    if (!document) {
        openResultAsTrack(path, QFileInfo(path).fileName());
        return;
    }
    try {
        const core::audio::AudioBuffer result = core::audio::decodeFile(path);
        const auto [start, end] = edit_->editRange();
        document->replace(start, end, result, tr("Apply result"));
        view_->setSelection(start, start + document->conform(result).frames());
    } catch (const std::exception& failure) {
        showError(tr("Apply result"), userMessage(failure));
    }
}

void MainWindow::compareResult(const QString& path, const QString& name) {
    try {
        transport_->setComparison(core::audio::decodeFile(path), resultTrackName(path, name));
        if (!currentDocument()) {
            openResultAsTrack(path, name);
        }
        statusBar()->showMessage(tr("Press B to switch between the track and %1").arg(name), 6000);
        updateStatus();
    } catch (const std::exception& failure) {
        showError(tr("Compare"), userMessage(failure));
    }
}

void MainWindow::showTranscript(const QString& path) {
    AudioDocument* document = currentDocument();
    if (!transcript_->loadFile(path, document ? document->name() : QString())) {
        showError(tr("Transcript"), transcript_->errorText());
        return;
    }
    transcriptDock_->show();
    transcriptDock_->raise();
}

void MainWindow::openWithDialog() {
    auto settings = studioSettings();
    const QString start =
        settings
            ->value(QStringLiteral("last_folder"),
                    QStandardPaths::writableLocation(QStandardPaths::MusicLocation))
            .toString();
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Open audio or video"), start, fileFilter());
    for (const QString& path : paths) {
        settings->setValue(QStringLiteral("last_folder"), QFileInfo(path).absolutePath());
        openFileInBackground(path);
    }
}

void MainWindow::exportWithDialog() {
    exportDocument(currentDocument());
}

bool MainWindow::exportDocument(AudioDocument* document) {
    if (!document) {
        return false;
    }
    const QFileInfo source(document->path());
    const QString folder =
        document->path().isEmpty() || document->path().startsWith(host_.dataDirectory())
            ? QStandardPaths::writableLocation(QStandardPaths::MusicLocation)
            : source.absolutePath();
    const QString base = QFileInfo(document->name()).completeBaseName();
    core::audio::AudioBuffer audio = document->buffer();
    if (voiceEdit_->hasMarksOn(document)) {
        // What is exported is what is heard: the marks, unless the user wants the recording.
        QMessageBox ask(QMessageBox::Question, tr("Export"),
                        tr("%1 has voice edits marked in its transcript that are not applied "
                           "yet. Export it with the edits?")
                            .arg(document->name()),
                        QMessageBox::Cancel, this);
        QPushButton* withEdits = ask.addButton(tr("With the edits"), QMessageBox::AcceptRole);
        QPushButton* asRecorded = ask.addButton(tr("As recorded"), QMessageBox::RejectRole);
        ask.setDefaultButton(withEdits);
        ask.exec();
        if (ask.clickedButton() == withEdits) {
            audio = voiceEdit_->renderMarks();
        } else if (ask.clickedButton() != asRecorded) {
            return false;
        }
    }
    ExportDialog dialog(host_, audio,
                        QDir(folder).filePath(base + tr("-edited") + QStringLiteral(".wav")), this);
    bool saved = false;
    connect(&dialog, &ExportDialog::exported, this,
            [this, document, &saved](const QString& path, qint64 charged) {
                saved = true;
                document->undoStack()->setClean();
                forgetJournal(document);
                account_->showCurrentStatus();
                updateBalance();
                statusBar()->showMessage(
                    tr("Exported %1 (%2 min of credit)").arg(path, formatCredit(charged)), 8000);
            });
    dialog.exec();
    return saved;
}

quint16 MainWindow::startLocalApi(quint16 port) {
    try {
        api_ =
            std::make_unique<core::api::LocalApiServer>(host_, core::api::ApiToken::loadOrCreate());
        const quint16 bound = api_->listen(port);
        apiLabel_->setText(tr("API 127.0.0.1:%1").arg(bound));
        apiLabel_->setToolTip(tr("The local API for scripts; its token is in %1")
                                  .arg(core::api::ApiToken::defaultPath()));
        return bound;
    } catch (const std::exception& failure) {
        api_.reset();
        apiLabel_->setText(tr("API off"));
        apiLabel_->setToolTip(tr("The local API did not start: %1. Choose another port in the "
                                 "settings.")
                                  .arg(QString::fromUtf8(failure.what())));
        return 0;
    }
}

QStringList MainWindow::recentFiles() const {
    return recent_->files();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            openFileInBackground(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    for (AudioDocument* document : QList<AudioDocument*>(tracks_)) {
        if (!confirmClose(document)) {
            event->ignore();
            return;
        }
    }
    for (AudioDocument* document : tracks_) {
        forgetJournal(document);
    }
    autosave_->stop();
    transport_->stop();
    studioSettings()->setValue(QStringLiteral("window_state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        updateStatus();
        updateBalance();
    }
    QMainWindow::changeEvent(event);
}

}  // namespace sonara::studio
