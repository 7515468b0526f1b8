// The dubbing page's review panel on the real chain: tiny random-weight checkpoints of every model
// the dub uses (HTDemucs, wav2vec2, Marian, VITS, kNN-VC) installed in a studio's data folder.
// Run from the form with Stop after = translation, the panel shows the report's segments; an
// edited translation is dubbed from the panel, and a second edit re-synthesises only that row.
// The texts are random tokens, so the test checks the bookkeeping, not the language.

#include "app/studio/capability_form.h"
#include "app/studio/capability_panel.h"
#include "app/studio/dubbing_panel.h"
#include "app/studio/studio_settings.h"
#include "core/audio/audio_reader.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "studio_test_support.h"
#include "support/demucs_fixtures.h"
#include "support/knnvc_fixtures.h"
#include "support/marian_fixtures.h"
#include "support/stt_fixtures.h"
#include "support/tts_fixtures.h"

using namespace sonara;
using namespace sonara::studio;

namespace {

constexpr int kJobTimeoutMs = 240000;

QJsonObject readJson(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

}  // namespace

class TestDubbingPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<studio::test::TestHost> host_;
    QString programme_;
    QString reviewJob_;

    core::EngineHost& host() { return *host_->host; }

    void install(const QString& id, const QString& architecture,
                 const std::function<bool(const QString&)>& write) {
        const QString folder = QDir(host_->directory.path()).filePath(QStringLiteral("src-") + id);
        QVERIFY(write(folder));
        host().models().installFromFolder(id, folder, architecture);
    }

    // A dubbing page as the main window makes it: the form with its panel under it.
    std::unique_ptr<CapabilityForm> dubbingPage(DubbingPanel** panel) {
        auto form = std::make_unique<CapabilityForm>(host(), QStringLiteral("dubbing"));
        form->setAudioInputProvider([this] { return programme_; });
        form->setAudioInputName(QStringLiteral("programme.wav"));
        CapabilityPanel* made = createCapabilityPanel(host(), *form);
        *panel = qobject_cast<DubbingPanel*>(made);
        if (*panel) {
            form->setPanel(made);
        }
        form->resize(1400, 900);
        form->show();
        return form;
    }

    static void setParameters(CapabilityForm& form, const QString& target, const QString& stop) {
        qobject_cast<QLineEdit*>(form.parameterWidget(QStringLiteral("source_language")))
            ->setText(QStringLiteral("en"));
        qobject_cast<QLineEdit*>(form.parameterWidget(QStringLiteral("target_language")))
            ->setText(target);
        auto* stopAfter =
            qobject_cast<QComboBox*>(form.parameterWidget(QStringLiteral("stop_after")));
        stopAfter->setCurrentIndex(stopAfter->findData(stop));
    }

    // Waits for the followed dub to end; returns whether the panel shows its result.
    static bool waitForEnd(QSignalSpy& ended) {
        return (!ended.isEmpty() || ended.wait(kJobTimeoutMs)) && ended.first().at(0).toBool();
    }

    // The followed job's report as the engine wrote it.
    QJsonArray reportRows(const QString& jobId) {
        const auto record = host().jobs().job(jobId);
        if (!record || !record->outputs.contains(QStringLiteral("report"))) {
            return {};
        }
        const auto asset = host().assets().find(record->outputs.value(QStringLiteral("report")));
        return asset ? readJson(asset->path).value(QStringLiteral("segments")).toArray()
                     : QJsonArray();
    }

    // Keeps a picture of the page; with SONARA_SCREENSHOT_PAUSE_MS set the page also stays up
    // that long, so that a screenshot of the whole screen can be taken meanwhile.
    static void picture(QWidget& page, const QString& name) {
        QTest::qWait(100);
        page.grab().save(QDir(studio::test::testOutputDirectory()).filePath(name + ".png"));
        const int pause = qEnvironmentVariableIntValue("SONARA_SCREENSHOT_PAUSE_MS");
        if (pause > 0) {
            qInfo("SCREENSHOT %s", qPrintable(name));
            QTest::qWait(pause);
        }
    }

    // Edits the translation of `row` as a user does: select it, F2, type, Return.
    static void editTranslation(QTableWidget* table, int row, const QString& text) {
        QTableWidgetItem* item = table->item(row, DubbingPanel::TranslationColumn);
        table->scrollToItem(item);
        table->setCurrentItem(item);
        QTest::keyClick(table, Qt::Key_F2);
        auto* editor = table->viewport()->findChild<QLineEdit*>();
        QVERIFY2(editor && editor->isVisible(), "no editor opened on the translation");
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits the text once control returns to the event loop.
        QTRY_COMPARE(table->item(row, DubbingPanel::TranslationColumn)->text(), text);
    }

private Q_SLOTS:
    void initTestCase() {
        QApplication::setApplicationName(QStringLiteral("sonara"));
        host_ = std::make_unique<studio::test::TestHost>();
        install(QStringLiteral("tiny-htdemucs"), QStringLiteral("htdemucs"), [](const QString& f) {
            return sonara::test::writeTinyDemucs(QStringLiteral("htdemucs"), f);
        });
        install(QStringLiteral("tiny-wav2vec2"), QStringLiteral("wav2vec2"),
                [](const QString& f) { return sonara::test::writeTinyWav2Vec2(f); });
        install(QStringLiteral("tiny-en-de"), QStringLiteral("marian"), [](const QString& f) {
            return sonara::test::writeTinyMarian(f, QStringLiteral("en"), QStringLiteral("de"));
        });
        install(QStringLiteral("tiny-vits-deu"), QStringLiteral("vits"), [](const QString& f) {
            return sonara::test::writeTinyVits(f, QStringLiteral("deu"));
        });
        install(QStringLiteral("tiny-knnvc"), QStringLiteral("knn-vc"), [](const QString& f) {
            const QString fixtures =
                qEnvironmentVariable("SONARA_FIXTURES", qEnvironmentVariable("SONARA_SOURCE_DIR") +
                                                            QStringLiteral("/tests/fixtures"));
            sonara::test::writeTinyKnnVc(fixtures.toStdString(), f.toStdString());
            return QFileInfo::exists(f + QStringLiteral("/knnvc.json"));
        });
        // Speech-like bursts with pauses: four segments in about ten seconds.
        sonara::test::Recording speech;
        for (unsigned i = 0; i < 4; ++i) {
            speech.silence(0.9).noise(1.4 + 0.3 * i, 21 + i);
        }
        speech.silence(0.9);
        programme_ = QDir(host_->directory.path()).filePath(QStringLiteral("programme.wav"));
        speech.save(programme_);
    }

    void cleanupTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void reviewEditAndDubAgainRedoesOnlyTheEditedRow() {
        DubbingPanel* panel = nullptr;
        const auto page = dubbingPage(&panel);
        QVERIFY(panel);
        QVERIFY(!panel->table()->isVisible());
        setParameters(*page, QStringLiteral("de"), QStringLiteral("translation"));
        QVERIFY2(page->runButton()->isEnabled(), qPrintable(page->runButton()->toolTip()));

        // Review: the run stops after translation and the panel shows the report's rows.
        QSignalSpy ended(panel, &DubbingPanel::jobEnded);
        page->runButton()->click();
        QVERIFY(!panel->jobId().isEmpty());
        QVERIFY(panel->statusText().startsWith(QStringLiteral("Dubbing")));
        QVERIFY2(waitForEnd(ended), qPrintable(panel->errorText()));
        reviewJob_ = panel->jobId();
        const QJsonArray rows = reportRows(reviewJob_);
        QVERIFY(rows.size() >= 2);
        QTableWidget* table = panel->table();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            QCOMPARE(table->item(i, DubbingPanel::SourceColumn)->text(),
                     row.value(QStringLiteral("source")).toString());
            QCOMPARE(table->item(i, DubbingPanel::TranslationColumn)->text(),
                     row.value(QStringLiteral("translation")).toString());
            const double slot = row.value(QStringLiteral("end")).toDouble() -
                                row.value(QStringLiteral("start")).toDouble();
            QCOMPARE(table->item(i, DubbingPanel::TimingColumn)->text(),
                     QStringLiteral("%1 s").arg(slot, 0, 'f', 2));
            QVERIFY(!(table->item(i, DubbingPanel::SourceColumn)->flags() & Qt::ItemIsEditable));
        }
        QVERIFY(panel->dubButton()->isEnabled());
        QVERIFY(!panel->openButton()->isEnabled());
        QVERIFY(!panel->revertButton()->isEnabled());
        picture(*page, QStringLiteral("dubbing-review-en"));

        // An edit marks its row; undoing it puts the report's text back.
        const QString original = table->item(0, DubbingPanel::TranslationColumn)->text();
        editTranslation(table, 0, QStringLiteral("probe"));
        QCOMPARE(panel->changedCount(), 1);
        QVERIFY(panel->revertButton()->isEnabled());
        panel->revertButton()->click();
        QCOMPARE(panel->changedCount(), 0);
        QCOMPARE(table->item(0, DubbingPanel::TranslationColumn)->text(), original);

        // The first dub from the reviewed rows synthesises every row, the edited one as edited.
        editTranslation(table, 1, QStringLiteral("ein ganz neuer satz"));
        QCOMPARE(panel->changedCount(), 1);
        QCOMPARE(panel->segmentsDocument()
                     .value(QStringLiteral("segments"))
                     .toArray()[1]
                     .toObject()
                     .value(QStringLiteral("translation"))
                     .toString(),
                 QStringLiteral("ein ganz neuer satz"));
        ended.clear();
        const QString first = panel->dubAgain();
        QVERIFY2(!first.isEmpty(), qPrintable(panel->errorText()));
        QVERIFY(!panel->dubButton()->isEnabled());
        QVERIFY2(waitForEnd(ended), qPrintable(panel->errorText()));
        const auto firstRecord = host().jobs().job(first);
        QCOMPARE(firstRecord->parameters.value(QStringLiteral("stop_after")).toString(),
                 QStringLiteral("none"));
        QJsonArray dubbed = reportRows(first);
        QCOMPARE(dubbed.size(), rows.size());
        QCOMPARE(dubbed[1].toObject().value(QStringLiteral("translation")).toString(),
                 QStringLiteral("ein ganz neuer satz"));
        for (int i = 0; i < dubbed.size(); ++i) {
            QVERIFY(!dubbed[i].toObject().value(QStringLiteral("reused")).toBool());
            QCOMPARE(
                table->item(i, DubbingPanel::NotesColumn)->text().section(QLatin1Char(';'), 0, 0),
                QStringLiteral("synthesised"));
        }
        QCOMPARE(panel->changedCount(), 0);
        QVERIFY(panel->openButton()->isEnabled());
        picture(*page, QStringLiteral("dubbing-dubbed-en"));

        // A second edit: only that row is synthesised again, the others come from the cache.
        editTranslation(table, 0, QStringLiteral("guten abend allerseits"));
        ended.clear();
        panel->dubButton()->click();
        QVERIFY2(waitForEnd(ended), qPrintable(panel->errorText()));
        const QString second = panel->jobId();
        QVERIFY(second != first);
        dubbed = reportRows(second);
        for (int i = 0; i < dubbed.size(); ++i) {
            QCOMPARE(dubbed[i].toObject().value(QStringLiteral("reused")).toBool(), i != 0);
            QCOMPARE(table->item(i, DubbingPanel::NotesColumn)
                         ->text()
                         .startsWith(QStringLiteral("reused from the last dub")),
                     i != 0);
        }
        QVERIFY(panel->statusText().contains(QStringLiteral("1 of %1").arg(dubbed.size())));

        // The dub opens as a track: the audio the job wrote, as long as the programme.
        QSignalSpy open(panel, &CapabilityPanel::openAsTrackRequested);
        panel->openButton()->click();
        QCOMPARE(open.size(), 1);
        const QString audio = open.first().at(0).toString();
        QVERIFY(QFileInfo::exists(audio));
        QVERIFY(std::abs(core::audio::probeFile(audio).durationSeconds -
                         core::audio::probeFile(programme_).durationSeconds) < 0.05);
    }

    void aFailedDubSaysWhichStageAndWhatToDo() {
        DubbingPanel* panel = nullptr;
        const auto page = dubbingPage(&panel);
        // No translation model into Spanish is installed.
        setParameters(*page, QStringLiteral("es"), QStringLiteral("translation"));
        QSignalSpy ended(panel, &DubbingPanel::jobEnded);
        page->runButton()->click();
        QVERIFY(ended.wait(kJobTimeoutMs));
        QVERIFY(!ended.first().at(0).toBool());
        const QString error = panel->errorText();
        QVERIFY2(error.contains(QStringLiteral("translation stage")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("opus-mt-en-es")), qPrintable(error));
        QVERIFY(!error.contains(host().dataDirectory()));
        QVERIFY(!panel->table()->isVisible());
        QVERIFY(!panel->dubButton()->isVisible());
        // Dubbing from the panel without segments says how to get them.
        QVERIFY(panel->dubAgain().isEmpty());
        QVERIFY(panel->errorText().contains(QStringLiteral("Stop after")));
    }

    void theReviewReadsInGerman() {
        QVERIFY(!reviewJob_.isEmpty());
        QVERIFY(installTranslations(*qApp, QStringLiteral("de")));
        DubbingPanel* panel = nullptr;
        const auto page = dubbingPage(&panel);
        QSignalSpy ended(panel, &DubbingPanel::jobEnded);
        // A finished dub picked up later shows as well.
        panel->follow(reviewJob_);
        QVERIFY(waitForEnd(ended));
        QVERIFY(panel->table()->rowCount() >= 2);
        QCOMPARE(panel->dubButton()->text(), DubbingPanel::tr("Dub with these segments"));
        QVERIFY(panel->dubButton()->text() != QStringLiteral("Dub with these segments"));
        const QString header =
            panel->table()->horizontalHeaderItem(DubbingPanel::SourceColumn)->text();
        QVERIFY2(header != QStringLiteral("Source"), qPrintable(header));
        picture(*page, QStringLiteral("dubbing-review-de"));
        installTranslations(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDubbingPanel)
#include "test_dubbing_panel.moc"
