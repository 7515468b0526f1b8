#pragma once

#include "core/account/credit_account.h"
#include "core/engine/capability_registry.h"
#include "core/engine/credit_policy.h"
#include "core/engine/job_manager.h"
#include "core/engine/model_cache.h"
#include "core/engine/model_catalog.h"
#include "core/engine/model_installer.h"
#include "core/engine/voice_library.h"
#include "core/store/asset_store.h"
#include "core/store/database.h"

#include <QString>
#include <memory>

namespace sonara::core {

// The model cache's budget in bytes, kept in the settings table so that the studio's setting
// also holds for `sonara serve`; read when the host starts.
inline const QString kModelCacheBytesSetting = QStringLiteral("model_cache_bytes");
inline constexpr qint64 kDefaultModelCacheBytes = 6LL << 30;

struct EngineHostOptions {
    // Empty: the user's data directory from QStandardPaths (honours XDG_DATA_HOME).
    QString dataDirectory;
    bool resumeQueuedJobs = true;
    int cpuWorkers = 0;  // 0: one per core, at most 4
    // Where models run (auto | cpu | cuda | cuda:N); empty: the compute_device setting, else
    // auto. An invalid value throws ValidationError naming compute_device.
    QString computeDevice;
};

// Everything a program needs to run capabilities: the database, assets, models, registry and
// job manager, wired together once. The studio, `sonara serve` and the CLI each own one.
class EngineHost {
public:
    explicit EngineHost(const EngineHostOptions& options = {});
    ~EngineHost();

    static QString defaultDataDirectory();

    const QString& dataDirectory() const { return dataDirectory_; }
    store::Database& database() { return *database_; }
    store::AssetStore& assets() { return *assets_; }
    ModelRepository& models() { return *models_; }
    ModelCache& modelCache() { return *modelCache_; }
    CapabilityRegistry& registry() { return registry_; }
    JobManager& jobs() { return *jobs_; }
    // Where jobs' models run: as decided when the host started, or since by setComputeDevice.
    const DeviceChoice& devices() const { return *devices_; }
    // Sends jobs started from now on to `setting` (auto | cpu | cuda | cuda:N), as the studio's
    // setting changes; throws ValidationError naming compute_device for another value. The
    // GPU lane's budget follows the device's free memory.
    void setComputeDevice(const QString& setting);
    CreditPolicy& credits() { return *credits_; }
    // The user's voices and their samples.
    VoiceLibrary& voices() { return *voices_; }
    // Model downloads, recorded so that the API, the CLI and the studio follow the same ones.
    ModelInstaller& installer() { return *installer_; }
    // The Sonara account this data directory is signed in to (its files under account/).
    account::CreditAccount& account() { return *account_; }
    // For work that may outlive the host (a sign-out still running when a window closes).
    std::shared_ptr<account::CreditAccount> sharedAccount() { return account_; }

private:
    QString dataDirectory_;
    std::unique_ptr<store::Database> database_;
    std::unique_ptr<store::AssetStore> assets_;
    std::unique_ptr<ModelRepository> models_;
    std::unique_ptr<ModelCache> modelCache_;
    CapabilityRegistry registry_;
    std::shared_ptr<const DeviceChoice> devices_;
    std::unique_ptr<JobManager> jobs_;
    std::shared_ptr<account::CreditAccount> account_;
    std::unique_ptr<CreditPolicy> credits_;
    std::unique_ptr<VoiceLibrary> voices_;
    std::unique_ptr<ModelInstaller> installer_;
};

}  // namespace sonara::core
