#include "app/studio/audio_document.h"
#include "app/studio/capability_form.h"
#include "app/studio/export_dialog.h"
#include "app/studio/job_row.h"
#include "app/studio/jobs_dock.h"
#include "app/studio/main_window.h"
#include "app/studio/transcript_view.h"
#include "app/studio/transport.h"
#include "app/studio/waveform_view.h"
#include "core/audio/audio_reader.h"
#include "core/engine/credit_policy.h"
#include "studio_test_support.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>
#include <QUndoStack>

using namespace sonara;
using namespace sonara::studio;
using core::store::JobState;

class TestStudioJobs : public QObject {
    Q_OBJECT

private:
    static QString runTts(MainWindow& window, const QString& text) {
        window.showCapability(QStringLiteral("tts"));
        CapabilityForm* form = window.capabilityForm(QStringLiteral("tts"));
        form->setEngine(QStringLiteral("espeak"));
        form->textInput()->setPlainText(text);
        QSignalSpy submitted(form, &CapabilityForm::jobSubmitted);
        QTest::mouseClick(form->runButton(), Qt::LeftButton);
        if (submitted.size() != 1) {
            qWarning("not submitted: %s", qPrintable(form->errorText()));
            return {};
        }
        return submitted.at(0).at(0).toString();
    }

    // Clicks inside the word's text, as a user would.
    static void clickWord(TranscriptView* view, int index) {
        QTextCursor cursor(view->textView()->document());
        cursor.setPosition(view->word(index).from + 1);
        QTest::mouseClick(view->textView()->viewport(), Qt::LeftButton, {},
                          view->textView()->cursorRect(cursor).center());
    }

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void ttsJobFromTheUiThenAbAndExport() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        QVERIFY(window.openFile(
            test::writeTone(host.directory.path(), QStringLiteral("t.wav"), 2.0, 22050, 1)));
        const QString id =
            runTts(window, QStringLiteral("Welcome to the show. This is Sonara Studio."));
        QVERIFY(!id.isEmpty());
        JobRow* row = window.jobsDock()->row(id);
        QVERIFY(row);
        QTRY_COMPARE_WITH_TIMEOUT(row->state(), JobState::Succeeded, 60000);
        QCOMPARE(row->progressPercent(), 100);
        QVERIFY(row->openButton()->isVisibleTo(row));
        QVERIFY(!row->cancelButton()->isVisibleTo(row));

        // A/B: the result against the track, one key to switch.
        QTest::mouseClick(row->compareButton(), Qt::LeftButton);
        Transport* transport = window.transport();
        QVERIFY(transport->hasComparison());
        QVERIFY(!transport->comparing());
        window.activateWindow();
        window.action(QStringLiteral("compare"))->trigger();
        QVERIFY(transport->comparing());
        QTest::keyClick(window.waveformView(), Qt::Key_B);
        QVERIFY(!transport->comparing());

        // Apply to the track (one undo step), then open as a track of its own.
        AudioDocument* track = window.currentDocument();
        const std::vector<float> before = track->buffer().samples;
        window.waveformView()->setSelection(0, 0);
        QTest::mouseClick(row->applyButton(), Qt::LeftButton);
        QVERIFY(track->buffer().samples != before);
        track->undoStack()->undo();
        QVERIFY(track->buffer().samples == before);
        QTest::mouseClick(row->openButton(), Qt::LeftButton);
        QCOMPARE(window.trackCount(), 2);
        AudioDocument* speech = window.currentDocument();
        QVERIFY(speech->duration() > 0.5);

        // Export the speech: the dialog shows what it costs, and the ledger is charged once.
        const qint64 balance = host.host->credits().balanceSeconds();
        const QString path = QDir(host.directory.path()).filePath(QStringLiteral("speech.flac"));
        ExportDialog dialog(*host.host, speech->buffer(), path, &window);
        const qint64 cost = core::CreditPolicy::costSeconds(speech->duration());
        QCOMPARE(dialog.costSeconds(), cost);
        QVERIFY2(dialog.costText().contains(formatCredit(cost)), qPrintable(dialog.costText()));
        QCOMPARE(dialog.formatBox()->currentData().toString(), QStringLiteral("flac"));
        QVERIFY(dialog.canExport());
        // The export runs off the UI thread: events are still handled meanwhile, the inputs are
        // locked and closing the dialog waits for the export to end.
        bool sawExporting = false;
        bool inputsLocked = false;
        bool stayedOpen = false;
        dialog.show();
        QMetaObject::invokeMethod(
            &dialog,
            [&] {
                sawExporting = dialog.isExporting();
                inputsLocked = !dialog.formatBox()->isEnabled() && !dialog.pathEdit()->isEnabled();
                dialog.reject();
                stayedOpen = dialog.isVisible();
            },
            Qt::QueuedConnection);
        QVERIFY2(studio::test::exportAndWait(dialog), qPrintable(dialog.errorText()));
        QVERIFY(sawExporting);
        QVERIFY(inputsLocked);
        QVERIFY(stayedOpen);
        QVERIFY(!dialog.isExporting());
        QVERIFY(dialog.formatBox()->isEnabled());
        QVERIFY(QFileInfo::exists(path));
        const core::audio::AudioBuffer written = core::audio::decodeFile(path);
        QCOMPARE(written.frames(), speech->frames());
        QCOMPARE(host.host->credits().balanceSeconds(), balance - cost);
    }

    void speechToTextResultBecomesAClickableTranscript() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        const QString tts = runTts(window, QStringLiteral("hello world, this is a test"));
        QVERIFY(!tts.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(window.jobsDock()->row(tts)->state(), JobState::Succeeded, 60000);
        QTest::mouseClick(window.jobsDock()->row(tts)->openButton(), Qt::LeftButton);
        QCOMPARE(window.trackCount(), 1);

        window.showCapability(QStringLiteral("stt"));
        CapabilityForm* form = window.capabilityForm(QStringLiteral("stt"));
        QVERIFY(form && form->canSubmit());
        QSignalSpy submitted(form, &CapabilityForm::jobSubmitted);
        QTest::mouseClick(form->runButton(), Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        const QString stt = submitted.at(0).at(0).toString();
        JobRow* row = window.jobsDock()->row(stt);
        // The row names the track it transcribes; the tts row the start of its text.
        QCOMPARE(row->inputText(), window.currentDocument()->name());
        QVERIFY2(window.jobsDock()->row(tts)->inputText().startsWith(
                     QStringLiteral("“hello world, this is a test")),
                 qPrintable(window.jobsDock()->row(tts)->inputText()));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("queued")),
                 qPrintable(window.statusBar()->currentMessage()));
        QTRY_COMPARE_WITH_TIMEOUT(row->state(), JobState::Succeeded, 120000);
        QVERIFY(!row->applyButton()->isVisibleTo(row));
        // The transcript opens by itself, the status bar says the job ended, and the row names
        // what it made.
        TranscriptView* view = window.transcriptView();
        QTRY_VERIFY(view->isVisibleTo(&window));
        QCOMPARE(view->sourceName(), window.currentDocument()->name());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("done")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY2(row->summaryText().contains(QStringLiteral("→")), qPrintable(row->summaryText()));
        QVERIFY(!row->summaryText().contains(QLatin1Char('/')));
        QTest::mouseClick(row->openButton(), Qt::LeftButton);
        QVERIFY(view->isVisibleTo(&window));
        QVERIFY(view->wordCount() > 0);
        const int last = view->wordCount() - 1;
        clickWord(view, last);
        const double start = view->word(last).start;
        QCOMPARE(window.waveformView()->cursorFrame(),
                 qint64(std::llround(start * window.currentDocument()->sampleRate())));
    }

    void exportWithZeroBalanceIsRefused() {
        test::TestHost host;
        MainWindow window(*host.host);
        QVERIFY(
            window.openFile(test::writeTone(host.directory.path(), QStringLiteral("t.wav"), 1.2)));
        core::CreditPolicy& credits = host.host->credits();
        credits.record(QStringLiteral("usage"), -credits.balanceSeconds(),
                       QStringLiteral("test-spend-all"));
        QCOMPARE(credits.balanceSeconds(), qint64(0));
        const QString path = QDir(host.directory.path()).filePath(QStringLiteral("out.wav"));
        ExportDialog dialog(*host.host, window.currentDocument()->buffer(), path, &window);
        QCOMPARE(dialog.costSeconds(), qint64(2));
        QVERIFY2(dialog.costText().contains(QStringLiteral("0:02")), qPrintable(dialog.costText()));
        QVERIFY(!dialog.canExport());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Not enough credits")),
                 qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().contains(QStringLiteral("Buy")));
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!studio::test::exportAndWait(dialog));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(credits.balanceSeconds(), qint64(0));
    }

    void cancelARunningJobThenRetry() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        QString text;
        for (int i = 0; i < 400; ++i) {
            text +=
                QStringLiteral("Sentence number %1 of a very long reading, spoken slowly. ").arg(i);
        }
        const QString id = runTts(window, text);
        QVERIFY(!id.isEmpty());
        JobRow* row = window.jobsDock()->row(id);
        QVERIFY(row);
        QTRY_COMPARE_WITH_TIMEOUT(row->state(), JobState::Running, 30000);
        QVERIFY(row->cancelButton()->isVisibleTo(row));
        QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(row->state(), JobState::Cancelled, 10000);
        QVERIFY(row->retryButton()->isVisibleTo(row));
        QCOMPARE(host.host->jobs().job(id)->state, JobState::Cancelled);

        QTest::mouseClick(row->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!core::store::isFinished(host.host->jobs().job(id)->state), 5000);
        host.host->jobs().cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(row->state(), JobState::Cancelled, 10000);
    }

    void transcriptFollowsPlaybackAndSeeks() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        core::Transcript transcript;
        transcript.language = QStringLiteral("en");
        core::TranscriptSegment segment;
        segment.start = 0.2;
        segment.end = 1.6;
        segment.text = QStringLiteral("hello studio world");
        segment.words = {{0.2, 0.6, QStringLiteral("hello"), 1.0},
                         {0.7, 1.1, QStringLiteral("studio"), 1.0},
                         {1.2, 1.6, QStringLiteral("world"), 1.0}};
        transcript.segments << segment;
        const QString json = QDir(host.directory.path()).filePath(QStringLiteral("t.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(transcript.render(QStringLiteral("json")));
        file.close();
        QVERIFY(
            window.openFile(test::writeTone(host.directory.path(), QStringLiteral("t.wav"), 2.0)));
        window.showTranscript(json);
        TranscriptView* view = window.transcriptView();
        QCOMPARE(view->wordCount(), 3);
        view->setPlaybackPosition(0.9);
        QCOMPARE(view->currentWord(), 1);
        clickWord(view, 2);
        QCOMPARE(window.waveformView()->cursorFrame(), qint64(1.2 * 48000));
        const QString srt = QDir(host.directory.path()).filePath(QStringLiteral("t.srt"));
        QVERIFY(view->exportTo(srt));
        QFile subtitles(srt);
        QVERIFY(subtitles.open(QIODevice::ReadOnly));
        QVERIFY(subtitles.readAll().contains("hello studio world"));
    }

    // Segments keep their casing and punctuation, start with their time (and speaker), the
    // playing word is highlighted, words are addressable and the export is named after the track.
    void transcriptShowsSegmentsWithTimesAndSpeakers() {
        TranscriptView view;
        core::Transcript transcript;
        core::TranscriptSegment first;
        first.start = 0.2;
        first.end = 1.6;
        first.text = QStringLiteral(" Hello, Studio world.");
        first.words = {{0.2, 0.6, QStringLiteral("hello"), 1.0},
                       {0.7, 1.1, QStringLiteral("studio"), 1.0},
                       {1.2, 1.6, QStringLiteral("world"), 1.0}};
        core::TranscriptSegment second;
        second.start = 65.0;
        second.end = 66.0;
        second.text = QStringLiteral("Goodbye!");
        second.words = {{65.0, 66.0, QStringLiteral(" Goodbye!"), 1.0}};
        transcript.segments << first << second;
        view.setTranscript(transcript, QStringLiteral("interview.wav"),
                           {QStringLiteral("Anna"), QString()});
        QCOMPARE(view.segmentLine(0), QStringLiteral("0:00 Anna: Hello, Studio world."));
        QCOMPARE(view.segmentLine(1), QStringLiteral("1:05 Goodbye!"));
        QCOMPARE(view.wordCount(), 4);
        const QString all = view.textView()->toPlainText();
        QCOMPARE(all.mid(view.word(1).from, view.word(1).to - view.word(1).from),
                 QStringLiteral("Studio"));
        QCOMPARE(all.mid(view.word(0).from, view.word(0).to - view.word(0).from),
                 QStringLiteral("Hello,"));
        QSignalSpy current(&view, &TranscriptView::currentWordChanged);
        view.setPlaybackPosition(0.9);
        QCOMPARE(view.currentWord(), 1);
        QCOMPARE(current.size(), 1);
        const QList<QTextEdit::ExtraSelection> highlighted = view.textView()->extraSelections();
        QCOMPARE(highlighted.size(), 1);
        QCOMPARE(highlighted.first().cursor.selectedText(), QStringLiteral("Studio"));
        view.setPlaybackPosition(70);
        QCOMPARE(view.currentWord(), 3);
        view.selectWords(1, 2);
        QCOMPARE(view.selectedWords(), (QList<int>{1, 2}));
        QCOMPARE(view.suggestedExportName(QStringLiteral("srt")), QStringLiteral("interview.srt"));
    }

    void transcriptFollowsTheCurrentTrack() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        core::Transcript transcript;
        core::TranscriptSegment segment;
        segment.end = 1.0;
        segment.text = QStringLiteral("Only the first track.");
        transcript.segments << segment;
        const QString json = QDir(host.directory.path()).filePath(QStringLiteral("a.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(transcript.render(QStringLiteral("json")));
        file.close();
        QVERIFY(
            window.openFile(test::writeTone(host.directory.path(), QStringLiteral("a.wav"), 1.0)));
        window.showTranscript(json);
        TranscriptView* view = window.transcriptView();
        QVERIFY(view->hasTranscript());
        QVERIFY(
            window.openFile(test::writeTone(host.directory.path(), QStringLiteral("b.wav"), 1.0)));
        QCOMPARE(window.currentDocument()->name(), QStringLiteral("b.wav"));
        QVERIFY(!view->hasTranscript());
        QCOMPARE(view->wordCount(), 0);
        QVERIFY(view->textView()->toPlainText().isEmpty());
        auto* tabs = window.findChild<QTabBar*>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(0);
        QCOMPARE(window.currentDocument()->name(), QStringLiteral("a.wav"));
        QVERIFY(view->hasTranscript());
        QVERIFY(view->textView()->toPlainText().contains(QStringLiteral("Only the first track.")));
    }
};

QTEST_MAIN(TestStudioJobs)
#include "test_studio_jobs.moc"
