#include "core/engine/engine_host.h"

#include "core/engine/errors.h"
#include "core/engine/standard_capabilities.h"
#include "core/store/settings_store.h"

#include <QDir>
#include <QStandardPaths>
#include <QThread>

namespace sonara::core {

namespace {

// The option (`sonara serve --device`) wins over the setting; a bad option is the caller's to
// report, while a bad stored setting must not keep the program from starting.
std::shared_ptr<const DeviceChoice> chooseDevices(const QString& option,
                                                  const store::SettingsStore& settings) {
    if (!option.isEmpty()) {
        return std::make_shared<const DeviceChoice>(option);
    }
    const QString setting =
        settings.value(kComputeDeviceSetting, QStringLiteral("auto")).toString();
    try {
        return std::make_shared<const DeviceChoice>(setting);
    } catch (const ValidationError& error) {
        qWarning("%s; using auto", qPrintable(error.message()));
        return std::make_shared<const DeviceChoice>();
    }
}

}  // namespace

EngineHost::EngineHost(const EngineHostOptions& options)
    : dataDirectory_(options.dataDirectory.isEmpty() ? defaultDataDirectory()
                                                     : options.dataDirectory) {
    QDir().mkpath(dataDirectory_);
    const QDir data(dataDirectory_);
    database_ = std::make_unique<store::Database>(data.filePath(QStringLiteral("sonara.db")));
    assets_ =
        std::make_unique<store::AssetStore>(*database_, data.filePath(QStringLiteral("assets")));
    models_ = std::make_unique<ModelRepository>(data.filePath(QStringLiteral("models")),
                                                ModelCatalog::builtin());
    const qint64 cacheBytes = store::SettingsStore(*database_)
                                  .value(kModelCacheBytesSetting, kDefaultModelCacheBytes)
                                  .toLongLong();
    modelCache_ =
        std::make_unique<ModelCache>(cacheBytes > 0 ? cacheBytes : kDefaultModelCacheBytes);
    account::CreditAccountOptions accountOptions;
    accountOptions.directory = data.filePath(QStringLiteral("account"));
    account_ = std::make_shared<account::CreditAccount>(accountOptions);
    credits_ = std::make_unique<CreditPolicy>(*database_, account_.get());
    credits_->ensureStarterGrant();
    registerBuiltinEngines(registry_);
    voices_ = std::make_unique<VoiceLibrary>(*database_, *assets_);
    installer_ = std::make_unique<ModelInstaller>(*models_, *database_);

    JobManagerOptions jobOptions;
    jobOptions.cpuWorkers =
        options.cpuWorkers > 0 ? options.cpuWorkers : std::clamp(QThread::idealThreadCount(), 1, 4);
    jobOptions.workDirectory = data.filePath(QStringLiteral("work"));
    jobOptions.dataDirectory = dataDirectory_;
    jobOptions.resumeQueued = options.resumeQueuedJobs;
    devices_ = chooseDevices(options.computeDevice, store::SettingsStore(*database_));
    jobOptions.devices = devices_;
    // GPU-lane jobs share the chosen device's free memory (as it was when the host started).
    if (devices_->gpuBudgetBytes() > 0) {
        jobOptions.gpuBudgetBytes = devices_->gpuBudgetBytes();
    }
    jobs_ = std::make_unique<JobManager>(registry_, *database_, *assets_, models_.get(),
                                         voices_.get(), modelCache_.get(), jobOptions);
}

EngineHost::~EngineHost() {
    jobs_->shutdown();
    // Before the repository and database it records into.
    installer_.reset();
}

void EngineHost::setComputeDevice(const QString& setting) {
    devices_ = std::make_shared<const DeviceChoice>(setting);
    jobs_->setDevices(devices_);
}

QString EngineHost::defaultDataDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

}  // namespace sonara::core
