// Editing speech by its words in the studio's transcript panel: marks by key and button, the
// rules' proposals accepted, marks on the waveform and their own undo, a preview, and Apply
// running the voice-editor capability on the track, undone as one step.

#include "app/studio/audio_document.h"
#include "app/studio/main_window.h"
#include "app/studio/transcript_view.h"
#include "app/studio/transport.h"
#include "app/studio/voice_edit_panel.h"
#include "app/studio/waveform_view.h"
#include "core/engine/transcript.h"
#include "message_box_answerer.h"
#include "studio_test_support.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolButton>
#include <QUndoStack>

using namespace sonara;
using namespace sonara::studio;
using core::voice_editor::EditAction;

namespace {

constexpr int kRate = 48000;

// "so um the meeting ‖ starts uh now": a filler at each end and a pause of 1.5 s.
core::Transcript talk() {
    core::Transcript transcript;
    transcript.language = QStringLiteral("en");
    transcript.duration = 4.0;
    core::TranscriptSegment first;
    first.start = 0.2;
    first.end = 1.5;
    first.text = QStringLiteral("So um the meeting");
    first.words = {{0.2, 0.4, QStringLiteral("So"), 1.0},
                   {0.5, 0.8, QStringLiteral("um"), 1.0},
                   {0.9, 1.0, QStringLiteral("the"), 1.0},
                   {1.1, 1.5, QStringLiteral("meeting"), 1.0}};
    core::TranscriptSegment second;
    second.start = 3.0;
    second.end = 3.95;
    second.text = QStringLiteral("starts uh now.");
    second.words = {{3.0, 3.4, QStringLiteral("starts"), 1.0},
                    {3.5, 3.7, QStringLiteral("uh"), 1.0},
                    {3.8, 3.95, QStringLiteral("now"), 1.0}};
    transcript.segments = {first, second};
    return transcript;
}

QString wordsOf(const TranscriptView* view) {
    QStringList words;
    for (int i = 0; i < view->wordCount(); ++i) {
        words.append(view->word(i).text);
    }
    return words.join(QLatin1Char(' '));
}

}  // namespace

class TestVoiceEditing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void editsSpeechByItsWords() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.resize(1400, 900);
        window.show();
        const QString json = QDir(host.directory.path()).filePath(QStringLiteral("talk.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(talk().render(QStringLiteral("json")));
        file.close();
        QVERIFY(window.openFile(
            test::writeTone(host.directory.path(), QStringLiteral("talk.wav"), 4.0, kRate)));
        window.showTranscript(json);
        VoiceEditPanel* panel = window.voiceEditPanel();
        TranscriptView* view = panel->transcriptView();
        AudioDocument* document = window.currentDocument();
        QCOMPARE(view->wordCount(), 7);
        QVERIFY(!panel->button(QStringLiteral("apply"))->isEnabled());

        // Selecting words selects their time on the waveform.
        view->selectWords(3, 3);
        QCOMPARE(window.waveformView()->selectionStart(), qint64(1.1 * kRate));
        QCOMPARE(window.waveformView()->selectionEnd(), qint64(1.5 * kRate));

        // M mutes, Delete cuts, B bleeps: keys over the text win over the window's shortcuts.
        view->textView()->setFocus();
        QTest::keyClick(view->textView(), Qt::Key_M);
        view->selectWords(1, 1);
        QTest::keyClick(view->textView(), Qt::Key_Delete);
        view->selectWords(4, 4);
        QTest::keyClick(view->textView(), Qt::Key_B);
        QVERIFY(!window.transport()->comparing());
        QCOMPARE(panel->edits().size(), 3);
        QCOMPARE(panel->edits().at(0).action, EditAction::Cut);
        QCOMPARE(panel->edits().at(0).firstWord, 1);
        QCOMPARE(panel->edits().at(1).action, EditAction::Mute);
        QCOMPARE(panel->edits().at(2).action, EditAction::Bleep);
        QCOMPARE(window.transport()->playbackEdits().cuts.size(), 1);
        QCOMPARE(view->marks().size(), 3);
        QCOMPARE(window.waveformView()->markedSpans().size(), 3);
        QCOMPARE(window.waveformView()->markedSpans().at(0).start, qint64(0.5 * kRate));
        QVERIFY(document->undoStack()->isClean());  // marks are not edits of the audio

        // K clears; marks undo and redo over the text.
        QTest::keyClick(view->textView(), Qt::Key_K);
        QCOMPARE(panel->edits().size(), 2);
        QTest::keyClick(view->textView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(panel->edits().size(), 3);
        QTest::keyClick(view->textView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(panel->edits().size(), 2);
        QTest::keyClick(view->textView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(panel->edits().size(), 3);
        view->selectWords(4, 4);
        QTest::keyClick(view->textView(), Qt::Key_K);
        QCOMPARE(panel->edits().size(), 2);

        // The rules propose; "um" is cut already, so only "uh" is a filler left to propose.
        QTest::mouseClick(panel->button(QStringLiteral("fillers")), Qt::LeftButton);
        QCOMPARE(panel->proposals().size(), 1);
        QCOMPARE(view->word(view->selectedWords().value(0)).text, QStringLiteral("uh"));
        QTest::mouseClick(panel->button(QStringLiteral("silences")), Qt::LeftButton);
        QCOMPARE(panel->proposals().size(), 2);
        QCOMPARE(view->marks().size(), 4);
        QVERIFY(panel->summaryText().contains(QStringLiteral("2")));
        // One by one: a pause has no words, so nothing is selected and Accept takes the first
        // proposal, the pause; Accept all the rest.
        QVERIFY(view->selectedWords().isEmpty());
        QTest::mouseClick(panel->button(QStringLiteral("accept")), Qt::LeftButton);
        QCOMPARE(panel->proposals().size(), 1);
        QCOMPARE(panel->proposals().first().reason, QStringLiteral("filler"));
        QTest::mouseClick(panel->button(QStringLiteral("acceptAll")), Qt::LeftButton);
        QCOMPARE(panel->proposals().size(), 0);
        QCOMPARE(panel->edits().size(), 4);

        // A quiet stretch chosen on the waveform is the room tone the edit list carries.
        window.waveformView()->setSelection(qint64(0.05 * kRate), qint64(0.15 * kRate));
        QTest::mouseClick(panel->button(QStringLiteral("roomTone")), Qt::LeftButton);
        QVERIFY(panel->editList().roomTone.has_value());
        QCOMPARE(panel->editList().roomTone->start, 0.05);
        QCOMPARE(panel->editList()
                     .toJson()
                     .value(QStringLiteral("room_tone"))
                     .toObject()
                     .value(QStringLiteral("end")),
                 QJsonValue(0.15));
        QCOMPARE(window.waveformView()->markedSpans().size(), 5);

        // Playing the track hears the marks live: the cuts (um 0.3 s, uh 0.2 s, 1.2 s of the
        // pause) are skipped while the playhead keeps the track's times.
        Transport* transport = window.transport();
        const PlaybackEdits& live = transport->playbackEdits();
        QCOMPARE(live.cuts.size(), 3);
        QVERIFY2(std::abs(transport->heardTrack().durationSeconds() - (4.0 - 1.7)) < 0.01,
                 qPrintable(QString::number(transport->heardTrack().durationSeconds())));
        QCOMPARE(live.heardFrame(qint64(0.3 * kRate), kRate), qint64(0.3 * kRate));
        QCOMPARE(live.trackFrame(qint64(0.3 * kRate), kRate), qint64(0.3 * kRate));
        // Inside the cut of "um" (0.5–0.8 s) is its join, which plays on from the cut's end.
        QCOMPARE(live.heardFrame(qint64(0.6 * kRate), kRate), qint64(0.5 * kRate));
        QCOMPARE(live.trackFrame(live.heardFrame(qint64(0.6 * kRate), kRate), kRate),
                 qint64(0.8 * kRate));
        QCOMPARE(live.trackFrame(live.heardFrame(qint64(3.2 * kRate), kRate), kRate),
                 qint64(3.2 * kRate));
        // Off, the track plays as recorded; on again, as marked.
        QTest::mouseClick(panel->button(QStringLiteral("hearEdits")), Qt::LeftButton);
        QVERIFY(transport->playbackEdits().isEmpty());
        QCOMPARE(transport->heardTrack().frames(), document->frames());
        QTest::mouseClick(panel->button(QStringLiteral("hearEdits")), Qt::LeftButton);
        QCOMPARE(transport->playbackEdits().cuts.size(), 3);

        // Exporting a track with marks asks whether they go into the file (what is heard);
        // Cancel exports nothing.
        QVERIFY(panel->hasMarksOn(document));
        QCOMPARE(panel->renderMarks().samples, transport->heardTrack().samples);
        {
            test::MessageBoxAnswerer answerer({QStringLiteral("Cancel")});
            window.action(QStringLiteral("export"))->trigger();
            QCOMPARE(answerer.answered(), 1);
            QVERIFY2(answerer.texts().first().contains(QStringLiteral("not applied")),
                     qPrintable(answerer.texts().first()));
        }
        window.activateWindow();  // the question took the focus

        QVERIFY(panel->preview());
        QVERIFY(window.transport()->comparing());
        window.transport()->stop();
        window.transport()->toggleComparison();

        const QString picture =
            QDir(test::testOutputDirectory()).filePath(QStringLiteral("voice-editing.png"));
        window.grab().save(picture);

        // Apply runs the voice-editor capability; the track and its transcript change together.
        QSignalSpy finished(panel, &VoiceEditPanel::applyFinished);
        QTest::mouseClick(panel->button(QStringLiteral("apply")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(window.statusBar()->currentMessage()));
        // um 0.3 s, uh 0.2 s and 1.2 s of the pause cut.
        QVERIFY2(std::abs(document->duration() - (4.0 - 1.7)) < 0.02,
                 qPrintable(QString::number(document->duration())));
        const QString edited = wordsOf(view);
        QVERIFY2(!edited.contains(QStringLiteral("um")) && !edited.contains(QStringLiteral("uh")) &&
                     edited.contains(QStringLiteral("starts")),
                 qPrintable(edited));
        QVERIFY(std::abs(view->word(view->wordCount() - 1).start - (3.8 - 1.7)) < 0.02);
        // The marks are in the audio now: nothing is left to skip or to ask about.
        QVERIFY(window.transport()->playbackEdits().isEmpty());
        QVERIFY(!panel->hasMarksOn(document));
        QVERIFY(panel->edits().isEmpty());

        // One undo step brings back the audio, the transcript and the marks: Ctrl+Z over the
        // text has no mark left to undo, so it is the window's Undo.
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->textView()->setFocus();
        QTest::keyClick(view->textView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(document->frames(), qint64(4.0 * kRate));
        QCOMPARE(view->wordCount(), 7);
        QCOMPARE(panel->edits().size(), 4);
        document->undoStack()->redo();
        QVERIFY(std::abs(document->duration() - 2.3) < 0.02);
    }

    void marksAskForATranscriptAndWords() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        VoiceEditPanel* panel = window.voiceEditPanel();
        QVERIFY(!panel->button(QStringLiteral("cut"))->isEnabled());
        QVERIFY(panel->apply().isEmpty());
        QVERIFY(!panel->preview());
        QVERIFY(host.host->jobs().jobs().isEmpty());
    }
};

QTEST_MAIN(TestVoiceEditing)
#include "test_voice_editing.moc"
