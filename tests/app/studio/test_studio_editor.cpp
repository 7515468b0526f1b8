#include "app/studio/audio_document.h"
#include "app/studio/capability_form.h"
#include "app/studio/jobs_dock.h"
#include "app/studio/main_window.h"
#include "app/studio/peak_cache.h"
#include "app/studio/studio_settings.h"
#include "app/studio/waveform_view.h"
#include "studio_test_support.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUndoGroup>
#include <algorithm>

using namespace sonara;
using namespace sonara::studio;

class TestStudioEditor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void openShowsDuration() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        const QString path =
            test::writeTone(host.directory.path(), QStringLiteral("tone.wav"), 3.5);
        QVERIFY(window.openFile(path));
        QCOMPARE(window.trackCount(), 1);
        QCOMPARE(window.currentDocument()->frames(), qint64(168000));
        QVERIFY2(window.durationText().contains(QStringLiteral("0:03.500")),
                 qPrintable(window.durationText()));
        QCOMPARE(window.waveformView()->document(), window.currentDocument());
        QVERIFY(window.recentFiles().contains(QFileInfo(path).absoluteFilePath()));
    }

    // Drops, the dialog and recent files all open through here.
    void longFilesOpenInTheBackground() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        const QString path =
            test::writeTone(host.directory.path(), QStringLiteral("drop.wav"), 1.5);
        QSignalSpy opened(&window, &MainWindow::opened);
        window.openFileInBackground(path);
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.at(0).at(1).toBool(), true);
        QCOMPARE(window.trackCount(), 1);
        QCOMPARE(window.currentDocument()->frames(), qint64(72000));

        window.openFileInBackground(
            QDir(host.directory.path()).filePath(QStringLiteral("missing.wav")));
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.at(1).at(1).toBool(), false);
        QCOMPARE(window.trackCount(), 1);
        QVERIFY(window.lastError().contains(QStringLiteral("missing.wav")));
    }

    void undecodableFileIsRefusedWithAReason() {
        test::TestHost host;
        MainWindow window(*host.host);
        const QString path = QDir(host.directory.path()).filePath(QStringLiteral("notes.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not audio");
        file.close();
        QVERIFY(!window.openFile(path));
        QCOMPARE(window.trackCount(), 0);
        QVERIFY(window.lastError().contains(QStringLiteral("notes.wav")));
    }

    void deleteOneSecondThenUndoIsSampleExact() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        QVERIFY(
            window.openFile(test::writeTone(host.directory.path(), QStringLiteral("t.wav"), 3.5)));
        AudioDocument* document = window.currentDocument();
        const std::vector<float> original = document->buffer().samples;

        window.waveformView()->setSelection(24000, 24000 + 48000);
        window.action(QStringLiteral("delete"))->trigger();
        QCOMPARE(document->frames(), qint64(168000 - 48000));
        QVERIFY2(window.durationText().contains(QStringLiteral("0:02.500")),
                 qPrintable(window.durationText()));
        // What follows the cut moved up by exactly one second.
        QCOMPARE(document->buffer().samples[24000 * 2], original[72000 * 2]);

        window.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(document->frames(), qint64(168000));
        QVERIFY(document->buffer().samples == original);
        window.action(QStringLiteral("redo"))->trigger();
        QCOMPARE(document->frames(), qint64(120000));
        window.action(QStringLiteral("undo"))->trigger();
        QVERIFY(document->buffer().samples == original);
    }

    void everyEditUndoesSampleExact() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        QVERIFY(
            window.openFile(test::writeTone(host.directory.path(), QStringLiteral("t.wav"), 2.0)));
        AudioDocument* document = window.currentDocument();
        const std::vector<float> original = document->buffer().samples;
        WaveformView* view = window.waveformView();

        view->setSelection(4800, 9600);
        window.action(QStringLiteral("silence"))->trigger();
        QCOMPARE(document->buffer().samples[6000 * 2], 0.0f);
        window.action(QStringLiteral("fadeIn"))->trigger();
        view->setSelection(48000, 72000);
        window.action(QStringLiteral("fadeOut"))->trigger();
        QVERIFY(std::abs(document->buffer().samples[71999 * 2]) < 1e-3f);
        document->gain(0, 24000, 6.0);
        QVERIFY(std::abs(document->buffer().samples[100 * 2] - original[100 * 2] * 1.99526f) <
                1e-4f);
        view->setSelection(1000, 2000);
        window.action(QStringLiteral("copy"))->trigger();
        view->setSelection(5000, 5000);
        view->setCursorFrame(5000);
        window.action(QStringLiteral("paste"))->trigger();
        QCOMPARE(document->frames(), qint64(96000 + 1000));
        view->setSelection(0, 500);
        window.action(QStringLiteral("cut"))->trigger();
        QCOMPARE(document->frames(), qint64(96000 + 500));
        document->normalize(0, document->frames(), -20.0);
        QCOMPARE(document->frames(), qint64(96000 + 500));

        while (document->undoStack()->canUndo()) {
            window.action(QStringLiteral("undo"))->trigger();
        }
        QCOMPARE(document->frames(), qint64(96000));
        QVERIFY(document->buffer().samples == original);
    }

    void zoomScrollAndSelectWithTheMouse() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(
            window.openFile(test::writeTone(host.directory.path(), QStringLiteral("t.wav"), 10.0)));
        WaveformView* view = window.waveformView();
        const double fit = view->framesPerPixel();
        QVERIFY(fit * view->viewport()->width() >= 480000 - fit);
        window.action(QStringLiteral("zoomIn"))->trigger();
        QVERIFY(view->framesPerPixel() < fit);
        window.action(QStringLiteral("zoomFit"))->trigger();
        QCOMPARE(view->framesPerPixel(), fit);

        QWidget* viewport = view->viewport();
        const int y = viewport->height() / 2;
        QTest::mousePress(viewport, Qt::LeftButton, {}, QPoint(100, y));
        QMouseEvent move(QEvent::MouseMove, QPointF(300, y), viewport->mapToGlobal(QPointF(300, y)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, QPoint(300, y));
        QVERIFY(view->hasSelection());
        QCOMPARE(view->selectionStart(), view->frameAt(100));
        QCOMPARE(view->selectionEnd(), view->frameAt(300));

        QWheelEvent wheel(QPointF(200, y), viewport->mapToGlobal(QPointF(200, y)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                          false);
        const qint64 anchor = view->frameAt(200);
        QApplication::sendEvent(viewport, &wheel);
        QVERIFY(view->framesPerPixel() < fit);
        QVERIFY(std::abs(view->frameAt(200) - anchor) <=
                qint64(std::ceil(view->framesPerPixel())) + 1);
    }

    void peakCacheMatchesTheSamplesAtEveryZoom() {
        const core::audio::AudioBuffer buffer = test::tone(30.0, 16000, 1);
        PeakCache cache;
        cache.rebuild(buffer);
        QCOMPARE(cache.levelCount(), PeakCache::kLevels);
        QRandomGenerator random(7);
        for (int trial = 0; trial < 200; ++trial) {
            const qint64 length = qint64(1) << random.bounded(1, 19);
            const qint64 start = random.bounded(qint64(0), buffer.frames() - 1);
            const qint64 end = std::min(buffer.frames(), start + length);
            const auto [low, high] = cache.range(buffer, start, end);
            const auto first = buffer.samples.begin() + start;
            const auto last = buffer.samples.begin() + end;
            const float exactLow = *std::min_element(first, last);
            const float exactHigh = *std::max_element(first, last);
            // Long ranges read whole base buckets, so they may reach up to one bucket beyond.
            if (length < 2 * PeakCache::kBaseBucketFrames) {
                QCOMPARE(low, exactLow);
                QCOMPARE(high, exactHigh);
            } else {
                const qint64 slackStart = std::max<qint64>(0, start - PeakCache::kBaseBucketFrames);
                const qint64 slackEnd =
                    std::min(buffer.frames(), end + PeakCache::kBaseBucketFrames);
                const float looseLow = *std::min_element(buffer.samples.begin() + slackStart,
                                                         buffer.samples.begin() + slackEnd);
                const float looseHigh = *std::max_element(buffer.samples.begin() + slackStart,
                                                          buffer.samples.begin() + slackEnd);
                QVERIFY(low <= exactLow && low >= looseLow);
                QVERIFY(high >= exactHigh && high <= looseHigh);
            }
        }
    }

    void aLongTrackScrollsWithoutScanningItsSamples() {
        // One hour of mono 16 kHz audio: drawing any view must read the cache, not the samples.
        test::TestHost host;
        MainWindow window(*host.host);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        core::audio::AudioBuffer hour;
        hour.sampleRate = 16000;
        hour.channels = 1;
        hour.samples.resize(size_t(3600) * 16000);
        for (size_t i = 0; i < hour.samples.size(); ++i) {
            hour.samples[i] = static_cast<float>(std::sin(i * 0.01) * 0.5);
        }
        window.openBuffer(hour, QStringLiteral("hour"));
        WaveformView* view = window.waveformView();
        QElapsedTimer clock;
        clock.start();
        for (int step = 0; step < 20; ++step) {
            view->horizontalScrollBar()->setValue(step * view->horizontalScrollBar()->maximum() /
                                                  20);
            view->viewport()->repaint();
            window.action(QStringLiteral("zoomIn"))->trigger();
            view->viewport()->repaint();
        }
        window.action(QStringLiteral("zoomFit"))->trigger();
        view->viewport()->repaint();
        window.action(QStringLiteral("spectrogram"))->trigger();
        QVERIFY(view->showsSpectrogram());
        view->viewport()->repaint();
        window.action(QStringLiteral("spectrogram"))->trigger();
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
    }

    void rendersTheMainWindow() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showCapability(QStringLiteral("tts"));
        CapabilityForm* form = window.capabilityForm(QStringLiteral("tts"));
        QVERIFY(form);
        form->textInput()->setPlainText(
            QStringLiteral("Welcome to the show. Today we talk about making podcasts at home."));
        const QString id = form->submit();
        QVERIFY2(!id.isEmpty(), qPrintable(form->errorText()));
        QVERIFY(host.host->jobs().waitForFinished(id, 60000).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobsDock()->resultPath(id).isEmpty(), 5000);
        window.openResultAsTrack(window.jobsDock()->resultPath(id), QStringLiteral("welcome.wav"));
        AudioDocument* speech = window.currentDocument();
        QVERIFY(speech && speech->frames() > 0);
        window.waveformView()->setSelection(speech->frames() / 4, speech->frames() / 2);
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        const QString path =
            QDir(test::testOutputDirectory()).filePath(QStringLiteral("studio-main-window.png"));
        QVERIFY(image.save(path));
        QVERIFY(QFileInfo(path).size() > 10000);
        qInfo("main window rendered to %s", qPrintable(path));

        window.action(QStringLiteral("spectrogram"))->trigger();
        QApplication::processEvents();
        QVERIFY(window.grab().toImage().save(
            QDir(test::testOutputDirectory()).filePath(QStringLiteral("studio-spectrogram.png"))));
    }

    // Last: it leaves the German translation installed.
    void translationsAreCompleteAndCompiledIn() {
        for (const QString language :
             {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("hi")}) {
            QTranslator translator;
            QVERIFY2(translator.load(QStringLiteral(":/i18n/sonara_%1.qm").arg(language)),
                     qPrintable(language));
            const QString file = translator.translate("sonara::studio::MainWindow", "&File");
            QVERIFY2(!file.isEmpty() && file != QStringLiteral("&File"), qPrintable(language));
            QVERIFY(
                !translator.translate("sonara::studio::ExportDialog", "Export audio").isEmpty());
        }
        QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")));
        test::TestHost host;
        MainWindow window(*host.host);
        QCOMPARE(window.action(QStringLiteral("open"))->text(), QStringLiteral("Ö&ffnen…"));
    }
};

QTEST_MAIN(TestStudioEditor)
#include "test_studio_editor.moc"
