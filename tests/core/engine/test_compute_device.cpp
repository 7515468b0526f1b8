// Where models run: one DeviceChoice per job, honoured by every model engine through
// loadCachedModel. There is no GPU here, so CUDA devices are described, not used: a described
// device too small for the model, or one that is missing, must send the job to the CPU with a
// notice, and a pinned CPU must be honoured.

#include "core/audio/audio_writer.h"
#include "core/engine/capability_registry.h"
#include "core/engine/compute_device.h"
#include "core/engine/engines/wav2vec2_stt_engine.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/engine/standard_capabilities.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "support/stt_fixtures.h"

using namespace sonara::core;

namespace {

QList<ComputeDevice> cpuAndGpu(qint64 freeBytes) {
    return {ComputeDevice{QStringLiteral("cpu"), QStringLiteral("CPU"), false, 0},
            ComputeDevice{QStringLiteral("cuda:0"), QStringLiteral("CUDA GPU 0"), true, freeBytes}};
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
