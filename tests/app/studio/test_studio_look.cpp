#include "app/studio/capability_form.h"
#include "app/studio/help_actions.h"
#include "app/studio/main_window.h"
#include "app/studio/paged_table.h"
#include "app/studio/settings_dialog.h"
#include "app/studio/start_page.h"
#include "app/studio/status_bar.h"
#include "app/studio/studio_settings.h"
#include "app/studio/waveform_view.h"
#include "message_box_answerer.h"
#include "studio_test_support.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace sonara;
using namespace sonara::studio;

namespace {

// The WCAG contrast ratio of two colours, 1 (none) to 21.
double contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& colour) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
               0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The strongest contrast any waveform pixel has with the background, along the middle column.
double waveformContrast(WaveformView* view) {
    const QImage image = view->viewport()->grab().toImage();
    const QColor base = view->palette().color(QPalette::Base);
    double best = 1;
    for (int x = 40; x < image.width() - 40; x += 7) {
        for (int y = image.height() / 2 - 30; y < image.height() / 2 + 30; ++y) {
            best = std::max(best, contrast(image.pixelColor(x, y), base));
        }
    }
    return best;
}

}  // namespace

// The start page, the capability icons, the light and dark themes, the spectrogram's
// selection and frequency axis, and the Help menu.
class TestStudioLook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }
    void cleanup() { applyTheme(QString()); }

    void startPageShowsWhatTheStudioDoes() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.resize(1280, 820);
        window.show();
        StartPage* start = window.startPage();
        QVERIFY(start->isVisible());
        for (const core::CapabilityDescriptor& descriptor : host.host->registry().capabilities()) {
            QWidget* tile = start->tile(descriptor.id);
            QVERIFY2(tile && tile->isVisible(), qPrintable(descriptor.id));
            QVERIFY(!start->readiness(descriptor.id).isEmpty());
        }
        // espeak needs no download: text to speech is ready at once.
        QVERIFY2(start->readiness(QStringLiteral("tts"))
                     .contains(QStringLiteral("eSpeak"), Qt::CaseInsensitive),
                 qPrintable(start->readiness(QStringLiteral("tts"))));
        QVERIFY(start->openButton()->isVisible());
        window.grab().save(test::testOutputDirectory() + QStringLiteral("/studio-start-page.png"));

        // A tile leads to its capability.
        QTest::mouseClick(qobject_cast<QAbstractButton*>(start->tile(QStringLiteral("stt"))),
                          Qt::LeftButton);
        QTRY_VERIFY(window.capabilityForm(QStringLiteral("stt"))->isVisible());

        // Every capability has its icon in the list.
        auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
        for (int row = 0; row < navigator->count(); ++row) {
            QVERIFY2(!navigator->item(row)->icon().isNull(),
                     qPrintable(navigator->item(row)->text()));
        }

        // A track replaces the start page; closing the last one brings it back, with the
        // file among the recent ones.
        const QString path =
            test::writeTone(host.directory.path(), QStringLiteral("song.wav"), 1.0);
        QVERIFY(window.openFile(path));
        QVERIFY(!start->isVisible());
        QVERIFY(window.waveformView()->isVisible());
        QVERIFY(window.closeTrack(0));
        QVERIFY(start->isVisible());
        QCOMPARE(start->recentList()->item(0)->text(), QStringLiteral("song.wav"));
    }

    void themesKeepTheWaveformReadable() {
        test::TestHost host;
        for (const QString theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            applyTheme(theme);
            QCOMPARE(isDarkPalette(QApplication::palette()), theme == QLatin1String("dark"));
            MainWindow window(*host.host);
            window.resize(1280, 820);
            window.show();
            QVERIFY(window.openFile(
                test::writeTone(host.directory.path(), QStringLiteral("tone.wav"), 2.0)));
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(isDarkPalette(window.waveformView()->palette()),
                     theme == QLatin1String("dark"));
            const double ratio = waveformContrast(window.waveformView());
            QVERIFY2(ratio >= 3.0, qPrintable(theme + QStringLiteral(" contrast %1").arg(ratio)));
            window.grab().save(test::testOutputDirectory() + QStringLiteral("/studio-") + theme +
                               QStringLiteral(".png"));
        }
    }

    void settingsOfferTheThemes() {
        test::TestHost host;
        SettingsDialog dialog(*host.host);
        QComboBox* theme = dialog.themeBox();
        QCOMPARE(theme->count(), 3);
        QCOMPARE(theme->itemData(2).toString(), QStringLiteral("dark"));
        theme->setCurrentIndex(2);
        dialog.accept();
        QCOMPARE(configuredTheme(), QStringLiteral("dark"));
        QVERIFY(isDarkPalette(QApplication::palette()));
        studioSettings()->remove(QStringLiteral("theme"));
    }

    void spectrogramShowsSelectionAndFrequencies() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.resize(1280, 820);
        window.show();
        QVERIFY(
            window.openFile(test::writeTone(host.directory.path(), QStringLiteral("t.wav"), 2.0)));
        WaveformView* view = window.waveformView();
        window.action(QStringLiteral("spectrogram"))->setChecked(true);
        QVERIFY(view->showsSpectrogram());
        const auto ticks = view->frequencyTicks();
        QVERIFY(ticks.size() >= 3);
        QCOMPARE(ticks.first().second, 0.0);
        QVERIFY(ticks.last().second <= 24000.0 && ticks.last().second >= 10000.0);
        QVERIFY(ticks.first().first > ticks.last().first);  // 0 Hz at the bottom
        const QImage plain = view->viewport()->grab().toImage();
        view->setSelection(48000, 72000);
        const QImage selected = view->viewport()->grab().toImage();
        const int inside =
            (view->viewport()->width() * 5) / 8;  // the selection is 0.5 to 0.75 of the track
        const int y = view->viewport()->height() / 3;
        QVERIFY(plain.pixel(inside, y) != selected.pixel(inside, y));
        window.grab().save(test::testOutputDirectory() +
                           QStringLiteral("/studio-spectrogram-axis.png"));
    }

    // A message longer than the status bar stays on one line, cut with "…" at the bar's width
    // (also after a resize), its whole text in the tooltip; the window keeps its size.
    void longStatusMessagesStayOnOneLine() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.resize(window.minimumSizeHint().expandedTo(QSize(900, 600)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);
        auto* bar = qobject_cast<StudioStatusBar*>(window.statusBar());
        QVERIFY(bar);
        const QSize windowSize = window.size();
        const int barHeight = bar->height();
        const int minimumWidth = window.minimumSizeHint().width();

        bar->showMessage(QStringLiteral("Exported"));
        QCOMPARE(bar->displayedMessage(), QStringLiteral("Exported"));

        const QString sentence = QStringLiteral(
            "Could not keep a copy of your edits in /home/someone/.local/share/sonara/recovery: "
            "check that the folder can be written. ");
        const QString text = sentence.repeated(4) + QStringLiteral("\nThe end.");
        bar->showMessage(text, 10000);
        QApplication::processEvents();
        const QString shown = bar->displayedMessage();
        QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1Char('\n')));
        QVERIFY(bar->fontMetrics().horizontalAdvance(shown) < bar->width());
        QCOMPARE(bar->toolTip(), text.simplified());
        QCOMPARE(window.size(), windowSize);
        QCOMPARE(bar->height(), barHeight);
        QCOMPARE(window.minimumSizeHint().width(), minimumWidth);
        // It fits the room left of the permanent widgets (the account corner).
        const QWidget* account = window.statusBar()->findChild<QWidget*>(QStringLiteral("account"));
        QVERIFY(account);
        QVERIFY(bar->fontMetrics().horizontalAdvance(shown) <
                account->mapTo(bar, QPoint(0, 0)).x());

        // Wider window, more of the message.
        window.resize(1400, 600);
        QTRY_COMPARE(bar->width(), window.width());
        QVERIFY(bar->displayedMessage().size() > shown.size());
        QTest::qWait(50);
        bar->grab().save(QDir(test::testOutputDirectory())
                             .filePath(QStringLiteral("status-bar-long-message.png")));

        bar->clearMessage();
        QVERIFY(bar->toolTip().isEmpty());
        QVERIFY(bar->displayedMessage().isEmpty());
    }

    // English plurals come from sonara_en.ts: "1 row", "2 rows", never "row(s)".
    void theEnglishPagerCountsRows() {
        QVERIFY(installTranslations(*qApp, QStringLiteral("en")));
        PagedTable table({{QStringLiteral("email"), QStringLiteral("Email")}});
        const auto rows = [](int count) {
            QJsonArray rows;
            for (int i = 0; i < count; ++i) {
                rows.append(QJsonObject{{QStringLiteral("email"), QStringLiteral("u%1@x").arg(i)}});
            }
            return rows;
        };
        table.setRows(rows(0));
        QCOMPARE(table.positionLabel()->text(), QStringLiteral("Page 1 of 1 · 0 rows"));
        table.setRows(rows(1));
        QCOMPARE(table.positionLabel()->text(), QStringLiteral("Page 1 of 1 · 1 row"));
        table.setRows(rows(2));
        QCOMPARE(table.positionLabel()->text(), QStringLiteral("Page 1 of 1 · 2 rows"));
        // Every plural form in English is written out.
        QCOMPARE(QCoreApplication::translate("sonara::studio::MainWindow",
                                             "Duration %1 · %2 Hz · %n channel(s)", nullptr, 1),
                 QStringLiteral("Duration %1 · %2 Hz · 1 channel"));
        // A language's own translation still wins.
        QVERIFY(installTranslations(*qApp, QStringLiteral("de")));
        table.setRows(rows(2));
        QCOMPARE(table.positionLabel()->text(), QStringLiteral("Seite 1 von 1 · 2 Zeilen"));
        installTranslations(*qApp, QStringLiteral("en"));
    }

    void helpMenu() {
        test::TestHost host;
        MainWindow window(*host.host);
        QMenu* help = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            if (menu->text().remove(QLatin1Char('&')) == QLatin1String("Help")) {
                help = menu->menu();
            }
        }
        QVERIFY(help);
        QVERIFY(help->actions().contains(window.action(QStringLiteral("userGuide"))));
        QVERIFY(help->actions().contains(window.action(QStringLiteral("shortcuts"))));
        QVERIFY(help->actions().contains(window.action(QStringLiteral("about"))));

        const QString about = window.helpActions()->aboutText();
        QVERIFY2(about.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())),
                 qPrintable(about));
        QVERIFY2(about.contains(QRegularExpression(QStringLiteral("libtorch \\d+\\.\\d+"))),
                 qPrintable(about));
        QVERIFY2(about.contains(QRegularExpression(QStringLiteral("FFmpeg \\S*\\d"))),
                 qPrintable(about));
        QVERIFY2(about.contains(QStringLiteral("CPU")) || about.contains(QStringLiteral("CUDA")),
                 qPrintable(about));

        QVERIFY(HelpActions::userGuide().size() > 1000);
        const QStringList shortcuts = window.helpActions()->shortcutLines();
        QVERIFY2(shortcuts.contains(QStringLiteral("Open…\tCtrl+O")),
                 qPrintable(shortcuts.join(QLatin1Char('|'))));
        window.action(QStringLiteral("shortcuts"))->trigger();
        window.action(QStringLiteral("userGuide"))->trigger();
        QTRY_VERIFY(window.findChild<QDialog*>(QStringLiteral("userGuide")));
    }
};

QTEST_MAIN(TestStudioLook)
#include "test_studio_look.moc"
