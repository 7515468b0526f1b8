#include "core/engine/capability_registry.h"
#include "core/engine/errors.h"
#include "core/engine/job_manager.h"
#include "core/engine/model_cache.h"
#include "core/engine/model_catalog.h"
#include "core/store/asset_store.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace sonara::core;
using store::JobState;

namespace {

constexpr qint64 kGiB = 1LL << 30;

// An engine whose run holds its lane until the test releases it, so the test can see which jobs
// the scheduler lets run side by side. It writes a real output like any engine.
class HoldingEngine : public Engine {
public:
    HoldingEngine(QString id, ComputeLane lane, qint64 vramBytes, QStringList architectures = {})
        : id_(std::move(id)),
          lane_(lane),
          vramBytes_(vramBytes),
          architectures_(std::move(architectures)) {}

    EngineInfo info() const override {
        EngineInfo info;
        info.id = id_;
        info.capability = QStringLiteral("hold");
        info.title = id_;
        info.lane = lane_;
        info.vramBytes = vramBytes_;
        info.architectures = architectures_;
        return info;
    }

    QList<EngineOutput> run(const ValidatedJob&, JobContext& context) override {
        ++running;
        peak = std::max(peak.load(), running.load());
        while (!released.load()) {
            if (!context.progress(0.5, QStringLiteral("holding"))) {
                --running;
                context.throwIfCancelled();
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        QFile out(context.outputPath(QStringLiteral("out.txt")));
        out.open(QIODevice::WriteOnly);
        out.write(id_.toUtf8());
        out.close();
        --running;
        return {EngineOutput{QStringLiteral("result"), out.fileName()}};
    }

    std::atomic_int running{0};
    std::atomic_int peak{0};
    std::atomic_bool released{false};

private:
    QString id_;
    ComputeLane lane_;
    qint64 vramBytes_;
    QStringList architectures_;
};

CapabilityDescriptor holdCapability() {
    CapabilityDescriptor descriptor;
    descriptor.id = QStringLiteral("hold");
    descriptor.title = QStringLiteral("Hold");
    descriptor.outputs = {OutputSpec{QStringLiteral("result"),
                                     OutputKind::Transcript,
                                     QStringLiteral("Result"),
                                     {QStringLiteral("txt")}}};
    return descriptor;
}

}  // namespace

class TestScheduler : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private Q_SLOTS:
    void gpuJobsShareTheMemoryBudgetWhileCpuJobsRunBeside() {
        auto bigGpu =
            std::make_shared<HoldingEngine>(QStringLiteral("big-gpu"), ComputeLane::Gpu, 6 * kGiB);
        auto smallGpu = std::make_shared<HoldingEngine>(QStringLiteral("small-gpu"),
                                                        ComputeLane::Gpu, 1 * kGiB);
        auto cpu = std::make_shared<HoldingEngine>(QStringLiteral("cpu"), ComputeLane::Cpu, 0);
        CapabilityRegistry registry;
        registry.addCapability(holdCapability());
        registry.addEngine(bigGpu);
        registry.addEngine(smallGpu);
        registry.addEngine(cpu);

        store::Database database(dir_.filePath(QStringLiteral("sonara.db")));
        store::AssetStore assets(database, dir_.filePath(QStringLiteral("assets")));
        ModelCache cache(kGiB);
        JobManagerOptions options;
        options.cpuWorkers = 1;
        options.gpuBudgetBytes = 8 * kGiB;
        options.workDirectory = dir_.filePath(QStringLiteral("work"));
        JobManager jobs(registry, database, assets, nullptr, nullptr, &cache, options);
        jobs.start();

        auto submit = [&](const QString& engine) {
            return jobs.submit(JobRequest{QStringLiteral("hold"), engine, {}, {}, {}});
        };
        const QString big1 = submit(QStringLiteral("big-gpu"));
        const QString big2 = submit(QStringLiteral("big-gpu"));
        const QString small = submit(QStringLiteral("small-gpu"));
        const QString cpu1 = submit(QStringLiteral("cpu"));
        const QString cpu2 = submit(QStringLiteral("cpu"));

        // 6 + 1 GiB fit the 8 GiB budget; a second 6 GiB job does not. One CPU worker.
        QTRY_COMPARE_WITH_TIMEOUT(jobs.job(small)->state, JobState::Running, 5000);
        QCOMPARE(jobs.job(big1)->state, JobState::Running);
        QCOMPARE(jobs.job(cpu1)->state, JobState::Running);
        QTest::qWait(200);
        QCOMPARE(jobs.job(big2)->state, JobState::Queued);
        QCOMPARE(jobs.job(cpu2)->state, JobState::Queued);

        bigGpu->released = true;
        smallGpu->released = true;
        cpu->released = true;
        for (const QString& id : {big1, big2, small, cpu1, cpu2}) {
            QCOMPARE(jobs.waitForFinished(id, 10000)->state, JobState::Succeeded);
        }
        QCOMPARE(bigGpu->peak.load(), 1);
        QCOMPARE(cpu->peak.load(), 1);
        QVERIFY(!jobs.job(big2)->outputs.value(QStringLiteral("result")).isEmpty());
    }

    // Higher priority first, then first come first served; "front" goes ahead of all, and the
    // order survives a restart of the job manager on the same store.
    void theQueueKeepsItsPriorityOrderAcrossARestart() {
        auto engine = std::make_shared<HoldingEngine>(QStringLiteral("cpu"), ComputeLane::Cpu, 0);
        CapabilityRegistry registry;
        registry.addCapability(holdCapability());
        registry.addEngine(engine);
        store::Database database(dir_.filePath(QStringLiteral("priority.db")));
        store::AssetStore assets(database, dir_.filePath(QStringLiteral("assets-priority")));
        JobManagerOptions options;
        options.cpuWorkers = 1;
        options.workDirectory = dir_.filePath(QStringLiteral("work-priority"));
        auto submit = [](JobManager& jobs, int priority) {
            JobRequest request{QStringLiteral("hold"), QStringLiteral("cpu"), {}, {}, {}};
            request.priority = priority;
            return jobs.submit(request);
        };
        QStringList order;
        {
            JobManager jobs(registry, database, assets, nullptr, nullptr, nullptr, options);
            jobs.start();
            const QString holding = submit(jobs, 0);
            QTRY_COMPARE_WITH_TIMEOUT(jobs.job(holding)->state, JobState::Running, 5000);
            const QString low = submit(jobs, -3);
            const QString plain = submit(jobs, 0);
            const QString high = submit(jobs, 7);
            const QString plainLater = submit(jobs, 0);
            const QString moved = submit(jobs, -10);
            jobs.moveToFront(moved);
            order = QStringList{moved, high, plain, plainLater, low};
            QCOMPARE(jobs.queuedInOrder(), order);
            QCOMPARE(jobs.job(moved)->priority, 7);
            QVERIFY_THROWS_EXCEPTION(ValidationError, jobs.moveToFront(holding));
            JobRequest tooHigh{QStringLiteral("hold"), QStringLiteral("cpu"), {}, {}, {}};
            tooHigh.priority = JobManager::kMaxPriority + 1;
            QVERIFY_THROWS_EXCEPTION(ValidationError, jobs.submit(tooHigh));
        }  // the holding job is cancelled; the queued ones stay queued in the store

        engine->released = true;
        JobManager restarted(registry, database, assets, nullptr, nullptr, nullptr, options);
        QStringList started;
        connect(&restarted, &JobManager::jobStateChanged, this,
                [&](const QString& id, JobState state) {
                    if (state == JobState::Running) {
                        started.append(id);
                    }
                });
        restarted.start();
        for (const QString& id : order) {
            QCOMPARE(restarted.waitForFinished(id, 10000)->state, JobState::Succeeded);
        }
        QCOMPARE(started, order);
    }

    void aJobLargerThanTheBudgetStillRunsAlone() {
        auto huge =
            std::make_shared<HoldingEngine>(QStringLiteral("huge"), ComputeLane::Gpu, 80 * kGiB);
        huge->released = true;
        CapabilityRegistry registry;
        registry.addCapability(holdCapability());
        registry.addEngine(huge);
        store::Database database(dir_.filePath(QStringLiteral("huge.db")));
        store::AssetStore assets(database, dir_.filePath(QStringLiteral("assets-huge")));
        JobManagerOptions options;
        options.gpuBudgetBytes = 8 * kGiB;
        options.workDirectory = dir_.filePath(QStringLiteral("work-huge"));
        JobManager jobs(registry, database, assets, nullptr, nullptr, nullptr, options);
        jobs.start();
        const QString id =
            jobs.submit(JobRequest{QStringLiteral("hold"), QStringLiteral("huge"), {}, {}, {}});
        QCOMPARE(jobs.waitForFinished(id, 10000)->state, JobState::Succeeded);
    }

    // The engine's own estimate covers its largest model; a job on a small one books the
    // catalog's figure for that model instead, so two of them share the GPU.
    void theCatalogEstimateOfTheJobsModelIsWhatItBooks() {
        const QByteArray catalogJson = R"({"models": [
            {"id": "hold-small", "architecture": "holdnet", "vram_bytes": 1073741824},
            {"id": "hold-big", "architecture": "holdnet", "vram_bytes": 7516192768}]})";
        ModelRepository models(dir_.filePath(QStringLiteral("models")),
                               ModelCatalog::fromJson(catalogJson));
        QDir().mkpath(dir_.filePath(QStringLiteral("checkpoint")));
        QFile weights(dir_.filePath(QStringLiteral("checkpoint/weights.bin")));
        QVERIFY(weights.open(QIODevice::WriteOnly));
        weights.write("weights");
        weights.close();
        for (const QString& id : {QStringLiteral("hold-small"), QStringLiteral("hold-big")})
            models.installFromFolder(id, dir_.filePath(QStringLiteral("checkpoint")));

        auto engine = std::make_shared<HoldingEngine>(QStringLiteral("hold-gpu"), ComputeLane::Gpu,
                                                      7 * kGiB, QStringList{"holdnet"});
        CapabilityRegistry registry;
        registry.addCapability(holdCapability());
        registry.addEngine(engine);
        store::Database database(dir_.filePath(QStringLiteral("models.db")));
        store::AssetStore assets(database, dir_.filePath(QStringLiteral("assets-models")));
        JobManagerOptions options;
        options.gpuBudgetBytes = 8 * kGiB;
        options.workDirectory = dir_.filePath(QStringLiteral("work-models"));
        JobManager jobs(registry, database, assets, &models, nullptr, nullptr, options);
        jobs.start();
        auto submit = [&](const QString& model) {
            return jobs.submit(
                JobRequest{QStringLiteral("hold"), QStringLiteral("hold-gpu"), model, {}, {}});
        };
        const QString small1 = submit(QStringLiteral("hold-small"));
        const QString small2 = submit(QStringLiteral("hold-small"));
        QTRY_COMPARE_WITH_TIMEOUT(jobs.job(small2)->state, JobState::Running, 5000);
        QCOMPARE(jobs.job(small1)->state, JobState::Running);
        const QString big = submit(QStringLiteral("hold-big"));
        QTest::qWait(200);
        QCOMPARE(jobs.job(big)->state, JobState::Queued);  // 1 + 1 + 7 GiB exceed 8 GiB
        engine->released = true;
        for (const QString& id : {small1, small2, big}) {
            const auto finished = jobs.waitForFinished(id, 10000);
            QVERIFY2(finished->state == JobState::Succeeded, qPrintable(finished->error));
        }
        QCOMPARE(engine->peak.load(), 2);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "test_scheduler.moc"
