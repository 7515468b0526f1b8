// The text-to-speech page's preview panel on a real espeak-ng job run from the form: the take
// appears with its text, voice, engine and length, plays or says why it cannot, and opens as a
// track in the editor. LANGUAGE=de renders the page's picture in German.

#include "app/studio/capability_form.h"
#include "app/studio/capability_panel.h"
#include "app/studio/main_window.h"
#include "app/studio/studio_settings.h"
#include "app/studio/tts_preview_panel.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "studio_test_support.h"

using namespace sonara;
using namespace sonara::studio;

namespace {

constexpr int kJobTimeoutMs = 60000;

QString speakAndWait(TtsPreviewPanel& panel, CapabilityForm& form, const QString& text) {
    const int before = panel.takeCount();
    form.textInput()->setPlainText(text);
    const QString id = form.submit();
    if (id.isEmpty() ||
        !QTest::qWaitFor([&] { return panel.takeCount() > before; }, kJobTimeoutMs)) {
        return {};
    }
    return id;
}

}  // namespace

class TestTtsPreview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // The screenshots follow LANGUAGE (e.g. LANGUAGE=de); the checks never read texts.
        if (qEnvironmentVariableIsSet("LANGUAGE")) {
            installTranslations(*QCoreApplication::instance(), QString());
        }
    }

    void takesAppearPlayAndOpenAsTracks() {
        test::TestHost host;
        MainWindow window(*host.host);
        window.resize(1500, 960);
        window.show();
        window.showCapability(QStringLiteral("tts"));
        CapabilityForm* form = window.capabilityForm(QStringLiteral("tts"));
        QVERIFY(form);
        form->setEngine(QStringLiteral("espeak-ng"));
        auto* panel = form->findChild<TtsPreviewPanel*>();
        QVERIFY2(panel, "the tts form shows its preview panel");
        QCOMPARE(panel->takeCount(), 0);
        QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("ttsPlay"))->isEnabled());

        const QString first =
            QStringLiteral("Welcome to the preview. This take is spoken by eSpeak.");
        QVERIFY2(!speakAndWait(*panel, *form, first).isEmpty(), qPrintable(form->errorText()));
        const QString second = QStringLiteral("A second, shorter take.");
        const QString secondId = speakAndWait(*panel, *form, second);
        QVERIFY(!secondId.isEmpty());

        // Newest first, with the text, voice, engine and a length that matches the file.
        QTreeWidget* takes = panel->takesView();
        QCOMPARE(takes->topLevelItemCount(), 2);
        const QTreeWidgetItem* newest = takes->topLevelItem(0);
        QCOMPARE(newest->toolTip(0), second);
        QCOMPARE(takes->topLevelItem(1)->toolTip(0), first);
        QVERIFY(!newest->text(1).isEmpty());
        QVERIFY2(newest->text(2).contains(QStringLiteral("eSpeak"), Qt::CaseInsensitive),
                 qPrintable(newest->text(2)));
        QVERIFY2(newest->text(3).startsWith(QStringLiteral("0:0")), qPrintable(newest->text(3)));
        QVERIFY(newest->text(3) != QStringLiteral("0:00.0"));
        QVERIFY(takes->topLevelItem(1)->text(3) > newest->text(3));  // the longer text, longer

        // Play: it plays where there is an audio output, else says so; nothing else happens.
        auto* play = panel->findChild<QPushButton*>(QStringLiteral("ttsPlay"));
        QVERIFY(play->isEnabled());
        const QString ready = panel->statusText();
        QSignalSpy said(panel, &CapabilityPanel::message);
        QTest::mouseClick(play, Qt::LeftButton);
        if (!panel->isPlaying()) {  // no audio output here: the reason, on the page and the bar
            QCOMPARE(said.count(), 1);
            QCOMPARE(said.first().at(0).toString(), panel->statusText());
            QVERIFY(panel->statusText() != ready);
        }
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("ttsStop")),
                          Qt::LeftButton);
        QVERIFY(!panel->isPlaying());

        // Open as track: the older take, chosen in the list, becomes a track of the editor.
        takes->setCurrentItem(takes->topLevelItem(1));
        QSignalSpy open(panel, &CapabilityPanel::openAsTrackRequested);
        const int tracks = window.trackCount();
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("ttsOpen")),
                          Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        const QString path = open.first().at(0).toString();
        QVERIFY(QFileInfo(path).isFile());
        QVERIFY(open.first().at(1).toString().startsWith(QStringLiteral("Welcome")));
        QTRY_COMPARE_WITH_TIMEOUT(window.trackCount(), tracks + 1, 10000);

        window.showCapability(QStringLiteral("tts"));
        QApplication::processEvents();
        const QString language = qEnvironmentVariable("LANGUAGE", QStringLiteral("en")).left(2);
        const QString picture = QDir(test::testOutputDirectory())
                                    .filePath(QStringLiteral("tts-preview-%1.png").arg(language));
        QVERIFY(window.grab().save(picture));
        qInfo("tts page rendered to %s", qPrintable(picture));
    }
};

QTEST_MAIN(TestTtsPreview)
#include "test_tts_preview.moc"
