// The settings list the CPU and each CUDA GPU libtorch sees, and the model cache size reaches
// the running model cache and the next start through the settings table.

#include "app/studio/settings_dialog.h"
#include "core/store/settings_store.h"
#include "studio_test_support.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
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
