// The music page's takes on real generations with the fixtures' tiny MusicGen installed in a
// studio's data folder: a run of the form becomes a take with its prompt, seed, length and
// model; it plays (or says why it cannot), is made again with the same seed (the same audio) or
// as a variation (a new seed, other audio), is starred, deleted, opened as a track, and the
// takes are there again when the panel is made anew. LANGUAGE=de renders the page in German.

#include "app/studio/capability_form.h"
#include "app/studio/capability_panel.h"
#include "app/studio/main_window.h"
#include "app/studio/studio_settings.h"
#include "app/studio/takes_panel.h"
#include "core/audio/audio_reader.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include "studio_test_support.h"
#include "support/musicgen_fixtures.h"

using namespace sonara;
using namespace sonara::studio;

namespace {

constexpr int kJobTimeoutMs = 240000;
const QString kPrompt = QStringLiteral("calm lo-fi beat with soft piano, 80 bpm");

bool waitForTakes(TakesPanel& panel, int count) {
    return QTest::qWaitFor([&] { return panel.takes().size() >= count; }, kJobTimeoutMs);
}

std::vector<float> samplesOf(const QString& path) {
    return core::audio::decodeFile(path).samples;
}

// Playing either plays or, where there is no audio output, says so and plays nothing.
bool playedOrSaidWhy(const TakesPanel& panel, const QString& before) {
    if (panel.isPlaying()) {
        return true;
    }
    return panel.playingRow() == -1 && panel.statusText() != before &&
           (qEnvironmentVariableIsSet("LANGUAGE") ||
            panel.statusText().contains(QStringLiteral("audio output")));
}

QToolButton* rowButton(TakesPanel& panel, int row, int column) {
    QTreeWidget* view = panel.takesView();
    return qobject_cast<QToolButton*>(view->itemWidget(view->topLevelItem(row), column));
}

}  // namespace

class TestTakesPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir models_;

private Q_SLOTS:
    void initTestCase() {
        // The screenshots follow LANGUAGE (e.g. LANGUAGE=de); the checks never read texts.
        if (qEnvironmentVariableIsSet("LANGUAGE")) {
            installTranslations(*QCoreApplication::instance(), QString());
        }
        QVERIFY(sonara::test::writeTinyMusicGen(models_.filePath(QStringLiteral("tiny-musicgen"))));
    }

    void everyGeneratorHasTakes() {
        studio::test::TestHost host;
        MainWindow window(*host.host);
        for (const char* id : {"music", "sfx", "status-music"}) {
            CapabilityForm* form = window.capabilityForm(QLatin1String(id));
            QVERIFY2(form && form->findChild<TakesPanel*>(), id);
        }
        QVERIFY(!window.capabilityForm(QStringLiteral("tts"))->findChild<TakesPanel*>());
    }

    void takesAreMadePlayedKeptAndRemembered() {
        studio::test::TestHost host;
        host.host->models().installFromFolder(QStringLiteral("tiny-musicgen"),
                                              models_.filePath(QStringLiteral("tiny-musicgen")),
                                              QStringLiteral("musicgen"));
        MainWindow window(*host.host);
        window.resize(1500, 1000);
        window.show();
        window.showCapability(QStringLiteral("music"));
        CapabilityForm* form = window.capabilityForm(QStringLiteral("music"));
        QVERIFY(form);
        form->setEngine(QStringLiteral("musicgen"));
        auto* panel = form->findChild<TakesPanel*>();
        QVERIFY(panel);
        QCOMPARE(int(panel->takes().size()), 0);

        // A run of the form: no track is open, and none is needed to make music.
        form->textInput()->setPlainText(kPrompt);
        qobject_cast<QDoubleSpinBox*>(form->parameterWidget(QStringLiteral("duration")))
            ->setValue(5.0);
        qobject_cast<QSpinBox*>(form->parameterWidget(QStringLiteral("seed")))->setValue(7);
        QVERIFY2(form->runButton()->isEnabled(), qPrintable(form->runButton()->toolTip()));
        QVERIFY2(!form->submit().isEmpty(), qPrintable(form->errorText()));
        QVERIFY2(waitForTakes(*panel, 1), qPrintable(panel->statusText()));
        const TakesPanel::Take first = panel->takes().first();
        QCOMPARE(first.prompt, kPrompt);
        QCOMPARE(first.seed, qint64(7));
        QCOMPARE(first.model, QStringLiteral("tiny-musicgen"));
        QCOMPARE(first.engine, QStringLiteral("musicgen"));
        QVERIFY2(std::abs(first.seconds - 5.0) < 0.1, qPrintable(QString::number(first.seconds)));
        QVERIFY(QFileInfo(first.path).isFile());
        QTreeWidget* view = panel->takesView();
        QCOMPARE(view->topLevelItemCount(), 1);
        QCOMPARE(view->topLevelItem(0)->text(3), QStringLiteral("7"));
        QCOMPARE(view->topLevelItem(0)->text(4), QStringLiteral("0:05.0"));

        // Play on the row: it plays where there is an audio output, else says so.
        const QString ready = panel->statusText();
        QTest::mouseClick(rowButton(*panel, 0, 0), Qt::LeftButton);
        QVERIFY2(playedOrSaidWhy(*panel, ready), qPrintable(panel->statusText()));
        if (panel->isPlaying()) {
            QCOMPARE(panel->playingRow(), 0);
            QTest::mouseClick(rowButton(*panel, 0, 0), Qt::LeftButton);
        }
        QVERIFY(!panel->isPlaying());

        // A variation: the same settings with a new seed, so other music.
        view->setCurrentItem(view->topLevelItem(0));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("takeVariation")),
                          Qt::LeftButton);
        QVERIFY2(waitForTakes(*panel, 2), qPrintable(panel->statusText()));
        const TakesPanel::Take variation = panel->takes().first();
        QVERIFY(variation.seed >= 0 && variation.seed != 7);
        QCOMPARE(variation.prompt, kPrompt);
        QCOMPARE(variation.parameters.value(QStringLiteral("duration")).toDouble(), 5.0);
        QVERIFY(samplesOf(variation.path) != samplesOf(first.path));

        // Again, from the first take: the same settings and seed make the same music.
        view->setCurrentItem(view->topLevelItem(1));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("takeAgain")),
                          Qt::LeftButton);
        QVERIFY2(waitForTakes(*panel, 3), qPrintable(panel->statusText()));
        QCOMPARE(panel->takes().first().seed, qint64(7));
        QCOMPARE(samplesOf(panel->takes().first().path), samplesOf(first.path));

        // Star the first take (now the last row): kept, so it cannot be deleted.
        QTest::mouseClick(rowButton(*panel, 2, 1), Qt::LeftButton);
        QVERIFY(panel->takes().at(2).starred);
        view->setCurrentItem(view->topLevelItem(2));
        QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("takeDelete"))->isEnabled());
        QVERIFY(!panel->remove(2));
        // The newest (the repeat) is deleted.
        view->setCurrentItem(view->topLevelItem(0));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("takeDelete")),
                          Qt::LeftButton);
        QCOMPARE(int(panel->takes().size()), 2);
        QCOMPARE(panel->takes().first().seed, variation.seed);

        // Open as track: the starred take becomes a track of the editor.
        view->setCurrentItem(view->topLevelItem(1));
        QSignalSpy open(panel, &CapabilityPanel::openAsTrackRequested);
        const int tracks = window.trackCount();
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("takeOpen")),
                          Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toString(), first.path);
        QTRY_COMPARE_WITH_TIMEOUT(window.trackCount(), tracks + 1, 10000);

        window.showCapability(QStringLiteral("music"));
        QApplication::processEvents();
        const QString language = qEnvironmentVariable("LANGUAGE", QStringLiteral("en")).left(2);
        const QString picture = QDir(studio::test::testOutputDirectory())
                                    .filePath(QStringLiteral("music-takes-%1.png").arg(language));
        QVERIFY(window.grab().save(picture));
        qInfo("music page rendered to %s", qPrintable(picture));

        // Made anew, as after a restart: the same takes, star and seeds, playable.
        CapabilityForm again(*host.host, QStringLiteral("music"));
        TakesPanel remembered(*host.host, again);
        QCOMPARE(int(remembered.takes().size()), 2);
        QCOMPARE(remembered.takes().at(0).seed, variation.seed);
        QCOMPARE(remembered.takes().at(1).seed, qint64(7));
        QVERIFY(remembered.takes().at(1).starred);
        QVERIFY(!remembered.takes().at(0).starred);
        QCOMPARE(remembered.takes().at(1).path, first.path);
        QCOMPARE(remembered.takes().at(1).parameters.value(QStringLiteral("seed")).toInt(), 7);
        QCOMPARE(remembered.takesView()->topLevelItemCount(), 2);
        const QString loaded = remembered.statusText();
        remembered.play(1);
        QVERIFY2(playedOrSaidWhy(remembered, loaded), qPrintable(remembered.statusText()));
        remembered.stop();
        // Another capability's takes are its own.
        CapabilityForm sounds(*host.host, QStringLiteral("sfx"));
        QCOMPARE(int(TakesPanel(*host.host, sounds).takes().size()), 0);
    }
};

QTEST_MAIN(TestTakesPanel)
#include "test_takes_panel.moc"
