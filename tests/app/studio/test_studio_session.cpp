#include "app/studio/audio_document.h"
#include "app/studio/capability_form.h"
#include "app/studio/edit_journal.h"
#include "app/studio/export_dialog.h"
#include "app/studio/job_row.h"
#include "app/studio/jobs_dock.h"
#include "app/studio/main_window.h"
#include "app/studio/recording_journal.h"
#include "app/studio/waveform_view.h"
#include "core/audio/audio_reader.h"
#include "core/store/asset_store.h"
#include "message_box_answerer.h"
#include "studio_test_support.h"

#include <QAction>
#include <QApplication>
#include <QAudioDevice>
#include <QFile>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace sonara;
using namespace sonara::studio;

namespace {

// Answers the export dialog that the prompt's Save opens: exports to `path`, or cancels the
// dialog when `path` is empty; remembers the path the dialog suggested.
class ExportDialogAnswerer : public QObject {
public:
    explicit ExportDialogAnswerer(QString path) : path_(std::move(path)) {
        connect(&timer_, &QTimer::timeout, this, [this] { answer(); });
        timer_.start(20);
    }
    int answered() const { return answered_; }
    const QString& suggested() const { return suggested_; }

private:
    void answer() {
        auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->property("answered").toBool()) {
            return;
        }
        dialog->setProperty("answered", true);
        ++answered_;
        suggested_ = dialog->pathEdit()->text();
        if (path_.isEmpty()) {
            dialog->reject();
            return;
        }
        dialog->pathEdit()->setText(path_);
        dialog->accept();
    }

    QString path_;
    QString suggested_;
    int answered_ = 0;
    QTimer timer_;
};

// A track with `seconds` of tone and its first half second cut.
void openAndCut(MainWindow& window, const QString& directory, const QString& name, double seconds) {
    QVERIFY(window.openFile(test::writeTone(directory, name, seconds)));
    window.waveformView()->setSelection(0, 24000);
    window.action(QStringLiteral("delete"))->trigger();
    QVERIFY(!window.currentDocument()->undoStack()->isClean());
}

}  // namespace

// Unsaved edits: the "Save changes to X?" prompt on closing a track and quitting, the edit
// journal kept while a track has changes and the recovery it allows after a crash; and the
// messages the studio shows when a file or the audio output fails.
class TestStudioSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void closingAChangedTrackAsksToSave() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        QVERIFY(window.openFile(
            test::writeTone(host.directory.path(), QStringLiteral("interview.wav"), 2.0)));
        // An unchanged track closes at once.
        window.action(QStringLiteral("close"))->trigger();
        QCOMPARE(window.trackCount(), 0);

        QVERIFY(window.openFile(
            test::writeTone(host.directory.path(), QStringLiteral("interview.wav"), 2.0)));
        window.waveformView()->setSelection(0, 48000);
        window.action(QStringLiteral("delete"))->trigger();
        {
            test::MessageBoxAnswerer answerer({QStringLiteral("Cancel")});
            window.action(QStringLiteral("close"))->trigger();
            QCOMPARE(answerer.answered(), 1);
            QVERIFY2(answerer.texts().first().contains(QStringLiteral("interview.wav")),
                     qPrintable(answerer.texts().first()));
        }
        QCOMPARE(window.trackCount(), 1);
        QCOMPARE(window.currentDocument()->frames(), qint64(48000));
        {
            test::MessageBoxAnswerer answerer({QStringLiteral("Discard")});
            window.action(QStringLiteral("close"))->trigger();
            QCOMPARE(answerer.answered(), 1);
        }
        QCOMPARE(window.trackCount(), 0);
    }

    void quitAsksForEveryChangedTrack() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        for (const QString name :
             {QStringLiteral("a.wav"), QStringLiteral("b.wav"), QStringLiteral("clean.wav")}) {
            QVERIFY(window.openFile(test::writeTone(host.directory.path(), name, 1.0)));
            if (name != QLatin1String("clean.wav")) {
                window.waveformView()->setSelection(0, 4800);
                window.action(QStringLiteral("silence"))->trigger();
            }
        }
        {
            test::MessageBoxAnswerer answerer(
                {QStringLiteral("Discard"), QStringLiteral("Cancel")});
            window.action(QStringLiteral("quit"))->trigger();
            QCOMPARE(answerer.answered(), 2);
            QVERIFY(answerer.texts().at(0).contains(QStringLiteral("a.wav")));
            QVERIFY(answerer.texts().at(1).contains(QStringLiteral("b.wav")));
        }
        QVERIFY(window.isVisible());
        QCOMPARE(window.trackCount(), 3);
        {
            // Closing the window (its close button) asks the same.
            test::MessageBoxAnswerer answerer(
                {QStringLiteral("Discard"), QStringLiteral("Discard")});
            QVERIFY(window.close());
            QCOMPARE(answerer.answered(), 2);
        }
        QVERIFY(!window.isVisible());
    }

    // Save exports the edited track (to the file the user chooses) and only then closes it; a
    // cancelled export keeps the track open with its changes.
    void savingAChangedTrackExportsItBeforeClosing() {
        test::TestHost host;
        const QString folder = host.directory.path();
        MainWindow window(*host.host);
        window.show();
        openAndCut(window, folder, QStringLiteral("interview.wav"), 2.0);
        const std::vector<float> edited = window.currentDocument()->buffer().samples;
        window.autosaveNow();
        QCOMPARE(EditJournal::pending(window.recoveryDirectory()).size(), 1);

        const QString saved = QDir(folder).filePath(QStringLiteral("interview-saved.wav"));
        {
            test::MessageBoxAnswerer prompt({QStringLiteral("Save")});
            ExportDialogAnswerer exporter(saved);
            window.action(QStringLiteral("close"))->trigger();
            QCOMPARE(prompt.answered(), 1);
            QCOMPARE(exporter.answered(), 1);
            // Suggested beside the source, named after it.
            QCOMPARE(QFileInfo(exporter.suggested()).fileName(),
                     QStringLiteral("interview-edited.wav"));
        }
        QCOMPARE(window.trackCount(), 0);
        QVERIFY(EditJournal::pending(window.recoveryDirectory()).isEmpty());
        const core::audio::AudioBuffer written = core::audio::decodeFile(saved);
        QCOMPARE(written.frames(), qint64(72000));
        QCOMPARE(written.samples.size(), edited.size());
        for (size_t i = 0; i < edited.size(); i += 997) {
            QVERIFY(std::abs(written.samples[i] - edited[i]) < 1e-4f);
        }

        // Save, then cancel the export: nothing closes, nothing is lost.
        openAndCut(window, folder, QStringLiteral("take.wav"), 1.0);
        {
            test::MessageBoxAnswerer prompt({QStringLiteral("Save")});
            ExportDialogAnswerer exporter({});
            QVERIFY(!window.closeTrack(0));
            QCOMPARE(exporter.answered(), 1);
        }
        QCOMPARE(window.trackCount(), 1);
        QVERIFY(!window.currentDocument()->undoStack()->isClean());
        QCOMPARE(window.currentDocument()->frames(), qint64(24000));
    }

    // Quitting asks for each changed track: one saved, one discarded, then the window closes.
    void quittingCanSaveOneTrackAndDiscardAnother() {
        test::TestHost host;
        const QString folder = host.directory.path();
        MainWindow window(*host.host);
        window.show();
        openAndCut(window, folder, QStringLiteral("a.wav"), 1.0);
        openAndCut(window, folder, QStringLiteral("b.wav"), 1.0);
        const QString saved = QDir(folder).filePath(QStringLiteral("a-final.wav"));
        {
            test::MessageBoxAnswerer prompt({QStringLiteral("Save"), QStringLiteral("Discard")});
            ExportDialogAnswerer exporter(saved);
            QVERIFY(window.close());
            QCOMPARE(prompt.answered(), 2);
            QVERIFY(prompt.texts().at(0).contains(QStringLiteral("a.wav")));
            QVERIFY(prompt.texts().at(1).contains(QStringLiteral("b.wav")));
            QCOMPARE(exporter.answered(), 1);
        }
        QVERIFY(!window.isVisible());
        QCOMPARE(core::audio::decodeFile(saved).frames(), qint64(24000));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("b-edited.wav"))));
        QVERIFY(EditJournal::pending(window.recoveryDirectory()).isEmpty());
    }

    // A recording is written to disk as it arrives: after a crash the next start offers it back,
    // keeps it in the asset store and opens it under its name; its edits are then journalled
    // like any track's and come back after another crash.
    void aRecordingSurvivesACrashAndSoDoItsEdits() {
        test::TestHost host;
        const core::audio::AudioBuffer captured = test::tone(1.5, 48000, 1);
        const QString name = QStringLiteral("Recording 2026-12-07 10.00.00");
        QString recoveryDirectory;
        {
            MainWindow window(*host.host);
            recoveryDirectory = window.recoveryDirectory();
            // What RecordingController does while the microphone delivers, cut off by a crash.
            RecordingJournal journal;
            QVERIFY(journal.begin(recoveryDirectory, name, 48000, 1));
            const qsizetype half = qsizetype(captured.samples.size() / 2);
            QVERIFY(journal.append(captured.samples.data(), half));
            QVERIFY(journal.append(captured.samples.data() + half,
                                   qsizetype(captured.samples.size()) - half));
            QCOMPARE(RecordingJournal::pending(recoveryDirectory).size(), 1);
        }
        std::vector<float> edited;
        {
            MainWindow window(*host.host);
            window.show();
            test::MessageBoxAnswerer answerer({QStringLiteral("Recover")});
            QCOMPARE(window.offerRecovery(), 1);
            QVERIFY2(answerer.texts().first().contains(name), qPrintable(answerer.texts().first()));
            QCOMPARE(window.trackCount(), 1);
            AudioDocument* document = window.currentDocument();
            QCOMPARE(document->name(), name);
            QVERIFY(document->buffer().samples == captured.samples);
            QVERIFY(RecordingJournal::pending(recoveryDirectory).isEmpty());
            // Kept in the asset store, where the track's source now is.
            const auto asset = host.host->assets().findByPath(document->path());
            QVERIFY(asset.has_value());
            QCOMPARE(asset->name, name + QStringLiteral(".flac"));

            window.waveformView()->setSelection(12000, 36000);
            window.action(QStringLiteral("delete"))->trigger();
            window.autosaveNow();
            QCOMPARE(EditJournal::pending(recoveryDirectory).size(), 1);
            edited = document->buffer().samples;
            // Another crash.
        }
        MainWindow window(*host.host);
        window.show();
        test::MessageBoxAnswerer answerer({QStringLiteral("Recover")});
        QCOMPARE(window.offerRecovery(), 1);
        QCOMPARE(window.trackCount(), 1);
        AudioDocument* document = window.currentDocument();
        QCOMPARE(document->name(), name);
        QCOMPARE(document->frames(), qint64(72000 - 24000));
        // The stored copy is 24-bit: the same audio within its resolution.
        for (size_t i = 0; i < edited.size(); i += 101) {
            QVERIFY(std::abs(document->buffer().samples[i] - edited[i]) < 1e-6f);
        }
        // Not a file the user opened: it stays out of the recent files.
        QVERIFY(!window.recentFiles().contains(document->path()));
    }

    void editsComeBackAfterACrash() {
        test::TestHost host;
        const QString path =
            test::writeTone(host.directory.path(), QStringLiteral("podcast.wav"), 2.0);
        std::vector<float> edited;
        QString recoveryDirectory;
        {
            auto window = std::make_unique<MainWindow>(*host.host);
            QVERIFY(window->openFile(path));
            window->waveformView()->setSelection(24000, 48000);
            window->action(QStringLiteral("delete"))->trigger();
            window->waveformView()->setSelection(0, 9600);
            window->action(QStringLiteral("fadeIn"))->trigger();
            // The timer writes the journal a moment after each edit.
            recoveryDirectory = window->recoveryDirectory();
            QTRY_COMPARE_WITH_TIMEOUT(EditJournal::pending(recoveryDirectory).size(), 1, 5000);
            edited = window->currentDocument()->buffer().samples;
            // A crash: the window goes without closeEvent, so nothing is asked or cleaned up.
        }
        QCOMPARE(EditJournal::pending(recoveryDirectory).size(), 1);
        // The journal holds the edits, not the audio: far smaller than the track.
        QVERIFY(QFileInfo(EditJournal::pending(recoveryDirectory).first()).size() <
                QFileInfo(path).size() / 4);

        MainWindow window(*host.host);
        window.show();
        test::MessageBoxAnswerer answerer({QStringLiteral("Recover")});
        QCOMPARE(window.offerRecovery(), 1);
        QVERIFY(answerer.texts().first().contains(QStringLiteral("podcast.wav")));
        QCOMPARE(window.trackCount(), 1);
        AudioDocument* document = window.currentDocument();
        QVERIFY(document->buffer().samples == edited);
        QVERIFY(!document->undoStack()->isClean());
        // Recovered edits are ordinary undo steps.
        document->undoStack()->undo();
        document->undoStack()->undo();
        QCOMPARE(document->frames(), qint64(96000));
        document->undoStack()->redo();
        document->undoStack()->redo();
        QVERIFY(document->buffer().samples == edited);

        // Discarding on close removes the journal: nothing is offered next time.
        test::MessageBoxAnswerer discard({QStringLiteral("Discard")});
        QVERIFY(window.closeTrack(0));
        QVERIFY(EditJournal::pending(recoveryDirectory).isEmpty());
    }

    void recoveryCanBeDeclined() {
        test::TestHost host;
        const QString path = test::writeTone(host.directory.path(), QStringLiteral("x.wav"), 1.0);
        {
            MainWindow window(*host.host);
            QVERIFY(window.openFile(path));
            window.waveformView()->setSelection(0, 4800);
            window.action(QStringLiteral("delete"))->trigger();
            window.autosaveNow();
        }
        MainWindow window(*host.host);
        test::MessageBoxAnswerer answerer({QStringLiteral("Discard")});
        QCOMPARE(window.offerRecovery(), 0);
        QCOMPARE(answerer.answered(), 1);
        QCOMPARE(window.trackCount(), 0);
        QVERIFY(EditJournal::pending(window.recoveryDirectory()).isEmpty());
    }

    // A text file named .wav, opened the way drops and the Open dialog do (on a worker thread).
    void aTextFileNamedWavSaysWhatIsWrong() {
        test::TestHost host;
        MainWindow window(*host.host);
        const QString path = QDir(host.directory.path()).filePath(QStringLiteral("broken.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dear diary, this is not audio at all.\n");
        file.close();
        QSignalSpy opened(&window, &MainWindow::opened);
        window.openFileInBackground(path);
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.first().at(1).toBool(), false);
        const QString error = window.lastError();
        QVERIFY2(error.contains(QStringLiteral("broken.wav")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("exception")), qPrintable(error));
        QVERIFY2(!error.contains(host.directory.path()), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("WAV or FLAC")), qPrintable(error));
        QCOMPARE(window.trackCount(), 0);
    }

    // Apply and A/B need a track; a result opens named after its source, never by its hash.
    void resultActionsFollowTheTrack() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        QVERIFY(window.openFile(
            test::writeTone(host.directory.path(), QStringLiteral("interview.wav"), 1.0)));
        window.showCapability(QStringLiteral("denoise"));
        CapabilityForm* form = window.capabilityForm(QStringLiteral("denoise"));
        QVERIFY(form);
        form->setEngine(QStringLiteral("ffmpeg"));
        QSignalSpy submitted(form, &CapabilityForm::jobSubmitted);
        QTest::mouseClick(form->runButton(), Qt::LeftButton);
        QVERIFY2(submitted.size() == 1, qPrintable(form->errorText()));
        const QString id = submitted.at(0).at(0).toString();
        JobRow* row = window.jobsDock()->row(id);
        QVERIFY(row);
        QTRY_COMPARE_WITH_TIMEOUT(row->state(), core::store::JobState::Succeeded, 60000);
        QTRY_VERIFY(row->applyButton()->isEnabled());
        QVERIFY(row->compareButton()->isEnabled());

        QVERIFY(window.closeTrack(0));
        QCOMPARE(window.trackCount(), 0);
        QTRY_VERIFY(!row->applyButton()->isEnabled());
        QVERIFY(!row->compareButton()->isEnabled());

        QTest::mouseClick(row->openButton(), Qt::LeftButton);
        QCOMPARE(window.trackCount(), 1);
        const QString name = window.currentDocument()->name();
        QVERIFY2(name.startsWith(QStringLiteral("interview — ")) &&
                     name.endsWith(QStringLiteral(".wav")),
                 qPrintable(name));
        QVERIFY2(window.windowTitle().startsWith(name), qPrintable(window.windowTitle()));
        QVERIFY(row->applyButton()->isEnabled());
    }

    void playWithoutAnOutputDeviceSaysSo() {
        if (!QMediaDevices::audioOutputs().isEmpty()) {
            QSKIP("this machine has an audio output");
        }
        test::TestHost host;
        MainWindow window(*host.host);
        QVERIFY(
            window.openFile(test::writeTone(host.directory.path(), QStringLiteral("t.wav"), 1.0)));
        window.action(QStringLiteral("play"))->trigger();
        QVERIFY2(window.lastError().contains(QStringLiteral("no audio output device")),
                 qPrintable(window.lastError()));
    }
};

QTEST_MAIN(TestStudioSession)
#include "test_studio_session.moc"
