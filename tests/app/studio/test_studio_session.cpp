#include "app/studio/audio_document.h"
#include "app/studio/capability_form.h"
#include "app/studio/edit_journal.h"
#include "app/studio/job_row.h"
#include "app/studio/jobs_dock.h"
#include "app/studio/main_window.h"
#include "app/studio/waveform_view.h"
#include "message_box_answerer.h"
#include "studio_test_support.h"

#include <QAction>
#include <QAudioDevice>
#include <QFile>
#include <QMediaDevices>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QUndoStack>

using namespace sonara;
using namespace sonara::studio;

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
