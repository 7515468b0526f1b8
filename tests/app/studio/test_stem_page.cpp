// The stem page on a real separation: the tiny Hybrid Demucs of the fixtures separates a tone
// through the job manager, the jobs dock opens the result as lanes, and solo, mute, A/B and
// export of a subset are checked against the stems the job wrote.

#include "app/studio/job_row.h"
#include "app/studio/jobs_dock.h"
#include "app/studio/main_window.h"
#include "app/studio/stem_lane.h"
#include "app/studio/stem_page.h"
#include "core/audio/audio_reader.h"
#include "core/engine/capability_registry.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "studio_test_support.h"
#include "support/demucs_fixtures.h"

using namespace sonara;
using namespace sonara::studio;

namespace {

double largestDifference(const core::audio::AudioBuffer& a, const core::audio::AudioBuffer& b) {
    if (a.samples.size() != b.samples.size()) {
        return INFINITY;
    }
    double worst = 0;
    for (size_t i = 0; i < a.samples.size(); ++i) {
        worst = std::max(worst, double(std::abs(a.samples[i] - b.samples[i])));
    }
    return worst;
}

core::audio::AudioBuffer sumOf(const QList<const StemLane*>& lanes) {
    core::audio::AudioBuffer sum = lanes.first()->audio();
    sum.samples.assign(sum.samples.size(), 0.0f);
    for (const StemLane* lane : lanes) {
        for (size_t i = 0; i < sum.samples.size(); ++i) {
            sum.samples[i] += lane->audio().samples[i];
        }
    }
    return sum;
}

}  // namespace

class TestStemPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void aSeparationOpensAsLanesWithSoloMuteAbAndExport() {
        studio::test::TestHost host;
        const QString checkpoint = QDir(host.directory.path()).filePath(QStringLiteral("ckpt"));
        QVERIFY(sonara::test::writeTinyDemucs(QStringLiteral("hdemucs"), checkpoint));
        host.host->models().installFromFolder(QStringLiteral("tiny-hdemucs"), checkpoint,
                                              QStringLiteral("hdemucs"));
        const QString mix = studio::test::writeTone(host.directory.path(),
                                                    QStringLiteral("song.wav"), 1.5, 44100, 2);
        core::JobRequest request;
        request.capability = QStringLiteral("separate");
        request.engine = QStringLiteral("hdemucs");
        request.model = QStringLiteral("tiny-hdemucs");
        request.inputs.setFiles(QStringLiteral("audio"), {mix});
        const QString id = host.host->jobs().submit(request);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto job = host.host->jobs().job(id);
                return job && job->state == core::store::JobState::Succeeded;
            },
            120000));

        MainWindow window(*host.host);
        window.show();
        window.jobsDock()->addJob(id);
        JobRow* row = window.jobsDock()->row(id);
        QVERIFY(row);
        row->openButton()->click();
        auto* page = window.findChild<StemPage*>(QStringLiteral("stemPage"));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("stemsDock"));
        QVERIFY(page && dock);
        QVERIFY(dock->isVisible());
        QCOMPARE(page->jobId(), id);
        // The stems are decoded on a worker thread: the click returns before any lane exists,
        // and the window keeps handling events until they arrive.
        QVERIFY(page->lanes().isEmpty());
        QVERIFY(!page->playButton()->isEnabled());
        QSignalSpy loaded(page, &StemPage::stemsLoaded);
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().at(0).toBool());
        QVERIFY(page->playButton()->isEnabled());
        QStringList ids;
        for (const StemLane* lane : page->lanes()) {
            ids << lane->outputId();
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("vocals"), QStringLiteral("drums"),
                                   QStringLiteral("bass"), QStringLiteral("other")}));
        QVERIFY(page->errorText().isEmpty());

        // A/B against the mix the job separated.
        QVERIFY(!page->hearingMix());
        QVERIFY(largestDifference(page->originalMix(), core::audio::decodeFile(mix)) < 1e-6);
        page->abButton()->click();
        QVERIFY(page->hearingMix());
        page->abButton()->click();
        QVERIFY(!page->hearingMix());

        StemLane* vocals = page->lane(QStringLiteral("vocals"));
        QVERIFY(largestDifference(page->audibleMix(),
                                  sumOf({vocals, page->lane(QStringLiteral("drums")),
                                         page->lane(QStringLiteral("bass")),
                                         page->lane(QStringLiteral("other"))})) < 1e-6);
        vocals->soloButton()->click();
        QVERIFY(largestDifference(page->audibleMix(), vocals->audio()) < 1e-7);
        vocals->soloButton()->click();
        vocals->muteButton()->click();
        const core::audio::AudioBuffer withoutVocals =
            sumOf({page->lane(QStringLiteral("drums")), page->lane(QStringLiteral("bass")),
                   page->lane(QStringLiteral("other"))});
        QVERIFY(largestDifference(page->audibleMix(), withoutVocals) < 1e-6);
        QVERIFY(largestDifference(page->audibleMix(), sumOf({vocals})) > 1e-4);

        // Export two of the four stems.
        page->lane(QStringLiteral("bass"))->exportBox()->setChecked(false);
        page->lane(QStringLiteral("other"))->exportBox()->setChecked(false);
        page->formatBox()->setCurrentText(QStringLiteral("flac"));
        QCOMPARE(page->formatBox()->currentText(), QStringLiteral("flac"));
        const QString folder = QDir(host.directory.path()).filePath(QStringLiteral("exported"));
        QVERIFY(QDir().mkpath(folder));
        QSignalSpy finished(page, &StemPage::exportFinished);
        page->startExport(folder);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(page->errorText()));
        const QStringList written = finished.first().at(1).toStringList();
        QCOMPARE(written.size(), 2);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
        QVERIFY(written.at(0).endsWith(QStringLiteral(".flac")) &&
                written.at(0).contains(QStringLiteral("vocals")));
        QVERIFY(written.at(1).contains(QStringLiteral("drums")));
        QVERIFY(largestDifference(core::audio::decodeFile(written.at(0)), vocals->audio()) < 1e-3);

        // Nothing ticked: a message, no file.
        for (StemLane* lane : page->lanes()) {
            lane->exportBox()->setChecked(false);
        }
        finished.clear();
        page->startExport(folder);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!page->errorText().isEmpty());

        // A job that is not a separation has no stems.
        QVERIFY(!page->showJob(QStringLiteral("no-such-job")));
        QVERIFY(page->lanes().isEmpty());
        QVERIFY(!page->errorText().isEmpty());
    }
};

QTEST_MAIN(TestStemPage)
#include "test_stem_page.moc"
