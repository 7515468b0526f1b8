// Where models run: one DeviceChoice per job, honoured by every model engine through
// loadCachedModel. There is no GPU here, so CUDA devices are described, not used: a described
// device too small for the model, or one that is missing, must send the job to the CPU with a
// notice, and a pinned CPU must be honoured.

#include "core/audio/audio_writer.h"
#include "core/engine/capability_registry.h"
#include "core/engine/compute_device.h"
#include "core/engine/device_runner.h"
#include "core/engine/engines/wav2vec2_stt_engine.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/engine/job_manager.h"
#include "core/engine/model_cache.h"
#include "core/engine/standard_capabilities.h"
#include "core/store/asset_store.h"
#include "core/store/database.h"

#include <c10/util/Exception.h>

#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <cmath>

#include "support/stt_fixtures.h"

using namespace sonara::core;

namespace {

QList<ComputeDevice> cpuAndGpu(qint64 freeBytes) {
    return {ComputeDevice{QStringLiteral("cpu"), QStringLiteral("CPU"), false, 0},
            ComputeDevice{QStringLiteral("cuda:0"), QStringLiteral("CUDA GPU 0"), true, freeBytes}};
}

// What the CUDA caching allocator raises when a tensor does not fit, worded as it words it.
[[noreturn]] void throwCudaOutOfMemory() {
    TORCH_CHECK_WITH(OutOfMemoryError, false,
                     "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 79.15 GiB total "
                     "capacity; 77.90 GiB already allocated; 512.00 MiB free)");
}

// The wav2vec2 engine as it runs on a machine with a GPU that is full: placed on CUDA, its
// forward pass runs out of memory; anywhere else it is the real engine on the real model.
class FullGpuWav2Vec2Engine : public Wav2Vec2SttEngine {
public:
    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        const DeviceChoice::Placement placement =
            context.devices().placeModel(job.model->id, job.model->sizeBytes);
        if (placement.device.cuda) {
            context.setDevice(placement.device);
            ++cudaAttempts;
            throwCudaOutOfMemory();
        }
        return Wav2Vec2SttEngine::run(job, context);
    }

    std::atomic_int cudaAttempts{0};
};

// A capability-less engine for the job manager: out of memory on CUDA, a small file on the CPU.
class FullGpuEngine : public Engine {
public:
    EngineInfo info() const override {
        EngineInfo info;
        info.id = QStringLiteral("full-gpu");
        info.capability = QStringLiteral("probe");
        info.title = info.id;
        info.lane = ComputeLane::Gpu;
        info.vramBytes = 1 << 20;
        return info;
    }

    QList<EngineOutput> run(const ValidatedJob&, JobContext& context) override {
        const DeviceChoice::Placement placement = context.devices().place();
        context.setDevice(placement.device);
        if (placement.device.cuda) {
            throwCudaOutOfMemory();
        }
        QFile out(context.outputPath(QStringLiteral("out.txt")));
        out.open(QIODevice::WriteOnly);
        out.write(placement.device.id.toUtf8());
        out.close();
        return {EngineOutput{QStringLiteral("result"), out.fileName()}};
    }
};

CapabilityDescriptor probeCapability() {
    CapabilityDescriptor descriptor;
    descriptor.id = QStringLiteral("probe");
    descriptor.title = QStringLiteral("Probe");
    descriptor.outputs = {OutputSpec{QStringLiteral("result"),
                                     OutputKind::Transcript,
                                     QStringLiteral("Result"),
                                     {QStringLiteral("txt")}}};
    return descriptor;
}

}  // namespace

class TestComputeDevice : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString checkpoint_;
    QString speech_;
    int jobs_ = 0;

    // Runs the wav2vec2 engine on the tiny checkpoint under `choice`; returns the context.
    JobContext transcribe(const DeviceChoice& choice, qint64 modelBytes) {
        ValidatedJob job;
        job.capability = QStringLiteral("stt");
        job.engine = QStringLiteral("wav2vec2");
        job.model = InstalledModel{QStringLiteral("tiny-wav2vec2"), QStringLiteral("wav2vec2"),
                                   checkpoint_, modelBytes};
        job.inputs.setFiles(QStringLiteral("audio"), {speech_});
        job.parameters.insert(QStringLiteral("language"), QStringLiteral("auto"));
        const QString work = dir_.filePath(QStringLiteral("job-%1").arg(++jobs_));
        QDir().mkpath(work);
        JobContext context(work, nullptr, {});
        context.setDevices(std::make_shared<const DeviceChoice>(choice));
        Wav2Vec2SttEngine().run(job, context);
        return context;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        checkpoint_ = dir_.filePath(QStringLiteral("tiny-wav2vec2"));
        QVERIFY(sonara::test::writeTinyWav2Vec2(checkpoint_));
        speech_ = dir_.filePath(QStringLiteral("tone.wav"));
        audio::AudioBuffer tone;
        tone.sampleRate = 16000;
        tone.channels = 1;
        for (int i = 0; i < 16000; ++i) {
            tone.samples.push_back(float(0.3 * std::sin(2 * M_PI * 220.0 * i / 16000)));
        }
        audio::encodeFile(tone, speech_);
    }

    void anInvalidSettingIsRefusedNamingIt() {
        try {
            DeviceChoice(QStringLiteral("gpu7"), cpuAndGpu(8LL << 30));
            QFAIL("gpu7 was accepted");
        } catch (const ValidationError& error) {
            QCOMPARE(error.field(), kComputeDeviceSetting);
            QVERIFY2(error.message().contains(QStringLiteral("'gpu7'")) &&
                         error.message().contains(QStringLiteral("cuda:N")),
                     qPrintable(error.message()));
        }
        QCOMPARE(DeviceChoice(QStringLiteral(" CUDA:1 "), {}).setting(), QStringLiteral("cuda:1"));
    }

    void autoPicksTheGpuWithTheMostFreeMemoryAndItsBudget() {
        QList<ComputeDevice> devices = cpuAndGpu(2LL << 30);
        devices.append(
            ComputeDevice{QStringLiteral("cuda:1"), QStringLiteral("CUDA GPU 1"), true, 6LL << 30});
        const DeviceChoice choice(QStringLiteral("auto"), devices);
        QCOMPARE(choice.place().device.id, QStringLiteral("cuda:1"));
        QCOMPARE(choice.gpuBudgetBytes(), 6LL << 30);
        QCOMPARE(DeviceChoice(QStringLiteral("cuda:0"), devices).place().device.id,
                 QStringLiteral("cuda:0"));
        QCOMPARE(DeviceChoice(QStringLiteral("auto"), devices, 1LL << 30).gpuBudgetBytes(),
                 1LL << 30);
        QCOMPARE(DeviceChoice(QStringLiteral("cpu"), devices).gpuBudgetBytes(), 0);
    }

    void aPinnedCpuIsHonoured() {
        const JobContext context =
            transcribe(DeviceChoice(QStringLiteral("cpu"), cpuAndGpu(64LL << 30)), 1 << 20);
        QCOMPARE(context.device().id, QStringLiteral("cpu"));
        QVERIFY2(context.notices().isEmpty(), qPrintable(context.notices().join('|')));
    }

    // This machine has no CUDA device: a pinned one falls back to the CPU and says so.
    void aMissingDeviceFallsBackToTheCpuWithANotice() {
        const JobContext context = transcribe(DeviceChoice(QStringLiteral("cuda:3")), 1 << 20);
        QCOMPARE(context.device().id, QStringLiteral("cpu"));
        QCOMPARE(context.notices().size(), 1);
        QVERIFY2(context.notices().first().contains(QStringLiteral("cuda:3")) &&
                     context.notices().first().contains(QStringLiteral("ran on the CPU")),
                 qPrintable(context.notices().first()));
    }

    // Issue 20's test: a job whose model does not fit the configured budget runs on the CPU and
    // says so, with how much it needed.
    void aModelThatDoesNotFitTheBudgetRunsOnTheCpuAndSaysSo() {
        for (const DeviceChoice& choice :
             {DeviceChoice(QStringLiteral("auto"), cpuAndGpu(1 << 20)),
              DeviceChoice(QStringLiteral("cuda:0"), cpuAndGpu(64LL << 30), 1 << 20)}) {
            const JobContext context = transcribe(choice, 64 << 20);
            QCOMPARE(context.device().id, QStringLiteral("cpu"));
            QCOMPARE(context.notices().size(), 1);
            const QString notice = context.notices().first();
            QVERIFY2(notice.startsWith(QStringLiteral("tiny-wav2vec2 needs about 96 MiB of GPU "
                                                      "memory but CUDA GPU 0 has 1 MiB")),
                     qPrintable(notice));
            QVERIFY2(notice.contains(QStringLiteral("ran on the CPU")), qPrintable(notice));
        }
    }

    // Issue 20: CUDA running out of memory mid-run (the real c10 error type) sends the job, once,
    // to the CPU, where the real model transcribes; the notice says how much was needed.
    void aCudaOutOfMemoryMidRunRerunsTheJobOnTheCpu() {
        ValidatedJob job;
        job.capability = QStringLiteral("stt");
        job.engine = QStringLiteral("wav2vec2");
        job.model = InstalledModel{QStringLiteral("tiny-wav2vec2"), QStringLiteral("wav2vec2"),
                                   checkpoint_, 4 << 20};
        job.inputs.setFiles(QStringLiteral("audio"), {speech_});
        job.parameters.insert(QStringLiteral("language"), QStringLiteral("auto"));
        const QString work = dir_.filePath(QStringLiteral("oom"));
        QDir().mkpath(work);
        JobContext context(work, nullptr, {});
        context.setDevices(
            std::make_shared<const DeviceChoice>(QStringLiteral("auto"), cpuAndGpu(64LL << 30)));
        QStringList devices;
        context.setDeviceSink([&devices](const ComputeDevice& device) { devices << device.id; });
        FullGpuWav2Vec2Engine engine;

        const QList<EngineOutput> outputs = runOnDevice(engine, job, context);

        QCOMPARE(engine.cudaAttempts.load(), 1);
        QCOMPARE(devices, (QStringList{QStringLiteral("cuda:0"), QStringLiteral("cpu")}));
        QCOMPARE(context.device().id, QStringLiteral("cpu"));
        QCOMPARE(outputs.size(), 1);
        QVERIFY(QFileInfo(outputs.first().filePath).size() > 0);
        QCOMPARE(context.notices().size(), 1);
        const QString notice = context.notices().first();
        for (const char* expected :
             {"CUDA GPU 0 ran out of memory", "tiny-wav2vec2 needs about 6 MiB",
              "it asked for 2.00 GiB more", "ran again on the CPU"}) {
            QVERIFY2(notice.contains(QLatin1String(expected)), qPrintable(notice));
        }
        QVERIFY2(!notice.contains(QStringLiteral("capacity")), qPrintable(notice));
    }

    // libtorch releases before OutOfMemoryError raise a plain c10::Error with the same words,
    // and engines wrap the text in their own errors; any other error is the engine's to report
    // and is not retried.
    void onlyCudaOutOfMemoryIsRetried() {
        class Throwing : public FullGpuEngine {
        public:
            explicit Throwing(std::function<void()> raise) : raise_(std::move(raise)) {}
            QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
                if (context.devices().place().device.cuda) {
                    context.setDevice(context.devices().place().device);
                    raise_();
                }
                return FullGpuEngine::run(job, context);
            }

        private:
            std::function<void()> raise_;
        };
        const auto attempt = [this](std::function<void()> raise) {
            const QString work = dir_.filePath(QStringLiteral("retry-%1").arg(++jobs_));
            QDir().mkpath(work);
            JobContext context(work, nullptr, {});
            context.setDevices(std::make_shared<const DeviceChoice>(QStringLiteral("cuda:0"),
                                                                    cpuAndGpu(8LL << 30)));
            Throwing engine(std::move(raise));
            runOnDevice(engine, ValidatedJob{}, context);
            return context;
        };
        const JobContext old = attempt(
            [] { TORCH_CHECK(false, "CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0)"); });
        QCOMPARE(old.device().id, QStringLiteral("cpu"));
        QVERIFY2(old.notices().join(' ').contains(QStringLiteral("asked for 20.00 MiB")),
                 qPrintable(old.notices().join(' ')));
        // As it reaches the job runner from a real engine: the model port wraps the torch error
        // in models::Error and the engine wraps that in an EngineError, keeping the text.
        const JobContext wrapped = attempt([] {
            try {
                throwCudaOutOfMemory();
            } catch (const c10::Error& error) {
                throw EngineError(
                    QStringLiteral("wav2vec2 could not use model tiny: Wav2Vec2 inference failed "
                                   "on cuda:0: %1. Reinstall it with `sonara models install tiny`")
                        .arg(QString::fromUtf8(error.what_without_backtrace())));
            }
        });
        QCOMPARE(wrapped.device().id, QStringLiteral("cpu"));
        QVERIFY2(wrapped.notices().join(' ').contains(QStringLiteral("asked for 2.00 GiB")),
                 qPrintable(wrapped.notices().join(' ')));
        QVERIFY_THROWS_EXCEPTION(c10::Error, attempt([] {
                                     TORCH_CHECK(false,
                                                 "Expected all tensors to be on the "
                                                 "same device");
                                 }));
        QVERIFY_THROWS_EXCEPTION(
            EngineError, attempt([] { throw EngineError(QStringLiteral("the input is empty")); }));
    }

    // Through the job manager: the job succeeds on the CPU, its record keeps the device it ended
    // on and the notice, and the device is announced as it changes.
    void theJobManagerStoresTheDeviceAJobRanOn() {
        CapabilityRegistry registry;
        registry.addCapability(probeCapability());
        registry.addEngine(std::make_shared<FullGpuEngine>());
        store::Database database(dir_.filePath(QStringLiteral("manager.db")));
        store::AssetStore assets(database, dir_.filePath(QStringLiteral("assets")));
        ModelCache cache(1LL << 30);
        JobManagerOptions options;
        options.workDirectory = dir_.filePath(QStringLiteral("manager-work"));
        options.devices =
            std::make_shared<const DeviceChoice>(QStringLiteral("auto"), cpuAndGpu(8LL << 30));
        JobManager jobs(registry, database, assets, nullptr, nullptr, &cache, options);
        jobs.start();
        QStringList announced;
        connect(
            &jobs, &JobManager::jobDevice, this,
            [&announced](const QString&, const ComputeDevice& device) { announced << device.id; });

        const QString id = jobs.submit(
            JobRequest{QStringLiteral("probe"), QStringLiteral("full-gpu"), {}, {}, {}});
        const std::optional<store::JobRecord> done = jobs.waitForFinished(id, 60000);
        QVERIFY(done);
        QCOMPARE(done->state, store::JobState::Succeeded);
        QCOMPARE(done->device, QStringLiteral("cpu"));
        QCOMPARE(done->toJson().value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
        QCOMPARE(done->notices.size(), 1);
        QVERIFY2(done->notices.first().contains(QStringLiteral("ran again on the CPU")),
                 qPrintable(done->notices.first()));
        QTRY_COMPARE(announced, (QStringList{QStringLiteral("cuda:0"), QStringLiteral("cpu")}));

        // A device chosen later holds for the jobs started after it.
        jobs.setDevices(std::make_shared<const DeviceChoice>(QStringLiteral("cpu")));
        const QString pinned = jobs.submit(
            JobRequest{QStringLiteral("probe"), QStringLiteral("full-gpu"), {}, {}, {}});
        const std::optional<store::JobRecord> onCpu = jobs.waitForFinished(pinned, 60000);
        QVERIFY(onCpu);
        QCOMPARE(onCpu->state, store::JobState::Succeeded);
        QCOMPARE(onCpu->device, QStringLiteral("cpu"));
        QVERIFY2(onCpu->notices.isEmpty(), qPrintable(onCpu->notices.join('|')));
        jobs.shutdown();
    }

    // Every engine that runs a torch model must place it through the job's DeviceChoice: given a
    // device that is not here, each one records the fallback notice before it touches the model
    // (whose folder is empty, so the load itself then fails). An engine loading its model any
    // other way records nothing and fails this test.
    void everyModelEngineHonoursTheDeviceChoice() {
        CapabilityRegistry registry;
        registerBuiltinEngines(registry);
        const QString empty = dir_.filePath(QStringLiteral("no-model"));
        // A voice's layout (Tacotron2 and its vocoder) is checked before anything loads.
        for (const char* part : {"tacotron2", "hifigan", "waveglow"}) {
            QDir().mkpath(empty + QLatin1Char('/') + QLatin1String(part));
        }
        int checked = 0;
        QStringList ignored;
        for (const CapabilityDescriptor& capability : registry.capabilities()) {
            for (const EngineInfo& info : registry.engines(capability.id)) {
                if (!info.needsModel() || info.lane != ComputeLane::Gpu) {
                    continue;
                }
                ValidatedJob job;
                job.capability = capability.id;
                job.engine = info.id;
                // Named as a translation pair, which the Marian engine reads from the id.
                job.model = InstalledModel{QStringLiteral("opus-mt-en-de"),
                                           info.architectures.first(), empty, 1 << 20};
                for (const ParameterSpec& spec : capability.parametersFor(info.id)) {
                    job.parameters.insert(spec.id, spec.defaultValue);
                }
                // Translation needs its pair named before it picks a model.
                if (job.parameters.contains(QStringLiteral("source_language"))) {
                    job.parameters.insert(QStringLiteral("source_language"), QStringLiteral("en"));
                    job.parameters.insert(QStringLiteral("target_language"), QStringLiteral("de"));
                }
                for (const InputSpec& input : capability.inputs) {
                    if (input.kind == InputKind::Audio || input.kind == InputKind::Video) {
                        job.inputs.setFiles(input.id, {speech_});
                    } else if (input.kind == InputKind::Choice && !input.choices.isEmpty()) {
                        job.inputs.setText(input.id, input.choices.first());
                    } else if (input.kind == InputKind::Text) {
                        job.inputs.setText(input.id, QStringLiteral("hello there"));
                    }
                }
                const QString work = dir_.filePath(QStringLiteral("engine-%1").arg(++jobs_));
                QDir().mkpath(work);
                JobContext context(work, nullptr, {});
                context.setDevices(std::make_shared<const DeviceChoice>(QStringLiteral("cuda:9")));
                QString outcome = QStringLiteral("succeeded");
                try {
                    registry.engine(capability.id, info.id)->run(job, context);
                } catch (const std::exception& error) {
                    outcome = QString::fromUtf8(error.what());
                }
                if (!context.notices().join(' ').contains(QStringLiteral("cuda:9"))) {
                    ignored.append(QStringLiteral("%1/%2 did not ask the device choice (%3)")
                                       .arg(capability.id, info.id, outcome));
                }
                ++checked;
            }
        }
        QVERIFY2(ignored.isEmpty(), qPrintable(ignored.join(QLatin1Char('\n'))));
        QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
    }
};

QTEST_GUILESS_MAIN(TestComputeDevice)
#include "test_compute_device.moc"
