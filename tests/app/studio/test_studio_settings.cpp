// The settings list the CPU and each CUDA GPU libtorch sees, and the model cache size reaches
// the running model cache and the next start through the settings table.

#include "app/studio/settings_dialog.h"
#include "app/studio/status_bar.h"
#include "core/store/settings_store.h"
#include "studio_test_support.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace sonara;

class TestStudioSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void theDeviceListHasTheCpu() {
        const QList<studio::ComputeDevice> devices = studio::computeDevices();
        QVERIFY(!devices.isEmpty());
        QCOMPARE(devices.first().id, QStringLiteral("cpu"));
        for (int index = 1; index < devices.size(); ++index) {
            QCOMPARE(devices.at(index).id, QStringLiteral("cuda:%1").arg(index - 1));
        }

        studio::test::TestHost host;
        studio::SettingsDialog dialog(*host.host);
        QComboBox* box = dialog.deviceBox();
        QCOMPARE(box->itemData(0).toString(), QStringLiteral("auto"));
        QVERIFY(box->findData(QStringLiteral("cpu")) > 0);
        QCOMPARE(box->count(), static_cast<int>(devices.size()) + 1);

        box->setCurrentIndex(box->findData(QStringLiteral("cpu")));
        dialog.save();
        QCOMPARE(core::store::SettingsStore(host.host->database())
                     .value(QStringLiteral("compute_device"))
                     .toString(),
                 QStringLiteral("cpu"));
    }

    // Issue 20: the setting reaches the running host's device choice (the jobs started next),
    // and the status bar shows the device: the chosen one while idle, each running job's.
    void theDeviceSettingReachesTheHostAndTheStatusBar() {
        studio::test::TestHost host;
        QCOMPARE(host.host->devices().setting(), QStringLiteral("auto"));
        studio::StudioStatusBar bar;
        bar.followDevices(*host.host);
        QVERIFY(bar.deviceLabel());
        // No GPU here: automatic is the CPU.
        QCOMPARE(bar.deviceLabel()->text(), QStringLiteral("Device: CPU"));

        studio::SettingsDialog dialog(*host.host);
        dialog.deviceBox()->setCurrentIndex(dialog.deviceBox()->findData(QStringLiteral("cpu")));
        dialog.save();
        QCOMPARE(host.host->devices().setting(), QStringLiteral("cpu"));
        QCOMPARE(host.host->jobs().devices()->setting(), QStringLiteral("cpu"));
        QCOMPARE(bar.deviceLabel()->text(), QStringLiteral("Device: CPU"));

        core::JobManager& jobs = host.host->jobs();
        Q_EMIT jobs.jobDevice(
            QStringLiteral("job-1"),
            core::ComputeDevice{QStringLiteral("cuda:0"), QStringLiteral("CUDA GPU 0"), true, 0});
        QCOMPARE(bar.deviceLabel()->text(), QStringLiteral("Running on CUDA GPU 0"));
        Q_EMIT jobs.jobDevice(
            QStringLiteral("job-2"),
            core::ComputeDevice{QStringLiteral("cpu"), QStringLiteral("CPU"), false, 0});
        QCOMPARE(bar.deviceLabel()->text(), QStringLiteral("Running on CPU, CUDA GPU 0"));
        // The fallback to the CPU replaces the job's device.
        Q_EMIT jobs.jobDevice(
            QStringLiteral("job-1"),
            core::ComputeDevice{QStringLiteral("cpu"), QStringLiteral("CPU"), false, 0});
        QCOMPARE(bar.deviceLabel()->text(), QStringLiteral("Running on CPU"));
        Q_EMIT jobs.jobFinished(QStringLiteral("job-1"), core::store::JobState::Succeeded, {});
        Q_EMIT jobs.jobFinished(QStringLiteral("job-2"), core::store::JobState::Failed, {});
        QCOMPARE(bar.deviceLabel()->text(), QStringLiteral("Device: CPU"));

        // A real job through the host records the device it ran on.
        core::JobRequest request{QStringLiteral("tts"), QStringLiteral("espeak-ng"), {}, {}, {}};
        request.inputs.setText(QStringLiteral("text"), QStringLiteral("Where does this run?"));
        const QString id = jobs.submit(request);
        const std::optional<core::store::JobRecord> done = jobs.waitForFinished(id, 60000);
        QVERIFY(done);
        QCOMPARE(done->state, core::store::JobState::Succeeded);
        QCOMPARE(done->device, QStringLiteral("cpu"));
        QTRY_COMPARE(bar.deviceLabel()->text(), QStringLiteral("Device: CPU"));
    }

    void theModelCacheSizeIsUsedNowAndAtTheNextStart() {
        studio::test::TestHost host;
        QCOMPARE(host.host->modelCache().budget(), core::kDefaultModelCacheBytes);
        {
            studio::SettingsDialog dialog(*host.host);
            dialog.cacheSizeBox()->setValue(2.5);
            dialog.save();
        }
        QCOMPARE(host.host->modelCache().budget(), qint64(2560) << 20);

        core::EngineHostOptions options;
        options.dataDirectory = host.host->dataDirectory();
        options.resumeQueuedJobs = false;
        host.host.reset();
        core::EngineHost restarted(options);
        QCOMPARE(restarted.modelCache().budget(), qint64(2560) << 20);
        studio::SettingsDialog dialog(restarted);
        QCOMPARE(dialog.cacheSizeBox()->value(), 2.5);
    }

    void theAccountServiceIsConfigurable() {
        studio::test::TestHost host;
        studio::SettingsDialog dialog(*host.host);
        dialog.serviceUrlEdit()->setText(QStringLiteral("https://accounts.example.org"));
        dialog.save();
        studio::SettingsDialog reopened(*host.host);
        QCOMPARE(reopened.serviceUrlEdit()->text(), QStringLiteral("https://accounts.example.org"));
    }
};

QTEST_MAIN(TestStudioSettings)
#include "test_studio_settings.moc"
