#pragma once

#include "core/engine/capability_registry.h"
#include "core/engine/compute_device.h"
#include "core/store/job_store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <mutex>

namespace sonara::core {

namespace store {
class AssetStore;
class Database;
}  // namespace store

class ModelCache;
class ModelRepository;
class VoiceLibrary;

struct JobManagerOptions {
    // Jobs on the CPU lane that may run at once.
    int cpuWorkers = 2;
    // GPU-lane jobs run together while their VRAM estimates fit in this budget: the catalog's
    // figure for the job's model, else the engine's.
    qint64 gpuBudgetBytes = 8LL << 30;
    // Where jobs' models run; null: auto on this machine's devices.
    std::shared_ptr<const DeviceChoice> devices;
    // Where jobs write before their outputs become assets.
    QString workDirectory;
    // The program's data folder, handed to engines (CapabilityAccess::dataDirectory).
    QString dataDirectory;
    // Whether jobs left queued by an earlier run start again (true for `sonara serve`).
    bool resumeQueued = true;
};

// Runs jobs: persists them, schedules them on a CPU pool and a GPU lane under a memory budget,
// reports progress, honours cancellation, and turns outputs into assets. Its signals are what
// the studio, the local API and the CLI all watch.
class JobManager : public QObject {
    Q_OBJECT

public:
    // A job's priority: higher starts first; equal ones start first come first served.
    static constexpr int kMinPriority = -10;
    static constexpr int kMaxPriority = 10;
    // The stage of a job's last progress report, sent once it has succeeded.
    static QString doneStage() { return QStringLiteral("done"); }

    JobManager(const CapabilityRegistry& registry, store::Database& database,
               store::AssetStore& assets, const ModelRepository* models, const VoiceLibrary* voices,
               ModelCache* modelCache, JobManagerOptions options, QObject* parent = nullptr);
    ~JobManager() override;

    // Marks jobs that a dead process left running as interrupted, then starts queued ones
    // (when options say so). Returns the interrupted ids.
    QStringList start();

    // Validates and queues a job; throws ValidationError / ModelNotInstalledError (and a
    // ValidationError naming "priority" out of kMinPriority..kMaxPriority).
    QString submit(const JobRequest& request);
    // Makes a queued job the next to start: it takes the highest priority of the queued jobs and
    // goes ahead of them. Throws NotFoundError for an unknown job and ValidationError for one
    // that is not queued.
    void moveToFront(const QString& id);
    // The queued jobs in the order they will start (as far as their lanes allow).
    QStringList queuedInOrder() const;
    // Returns false when the job is unknown or already finished. A queued job is cancelled at
    // once; a running one is asked to stop (its engine stops within about a second) and shows
    // as cancelling until it has.
    bool cancel(const QString& id);
    // Whether the job holds a worker. A job's final state is stored by its worker just before
    // jobFinished reports it, so a job can be stored finished and still be running here.
    bool isRunning(const QString& id) const { return running_.contains(id); }
    // Whether a running job has been asked to stop and has not stopped yet.
    bool isCancelling(const QString& id) const;
    // Queues a failed, cancelled or interrupted job again.
    void retry(const QString& id);
    // Forgets a finished job (its output assets stay) and returns true; a job being cancelled is
    // forgotten as soon as it stops, and false says so. Throws NotFoundError for an unknown job
    // and ValidationError for one still queued or running.
    bool remove(const QString& id);
    std::optional<store::JobRecord> job(const QString& id) const;
    QList<store::JobRecord> jobs(const store::JobFilter& filter = {}) const;
    // Runs the event loop until the job finishes or the timeout (ms, -1 = none) passes.
    std::optional<store::JobRecord> waitForFinished(const QString& id, int timeoutMs = -1);
    // Cancels everything running and waits for the workers to stop.
    void shutdown();

    const CapabilityRegistry& registry() const { return registry_; }
    // Where jobs started from now on run their models (and the GPU lane's budget it gives); jobs
    // already running keep theirs.
    void setDevices(std::shared_ptr<const DeviceChoice> devices);
    std::shared_ptr<const DeviceChoice> devices() const;

Q_SIGNALS:
    void jobStateChanged(const QString& id, sonara::core::store::JobState state);
    void jobProgress(const QString& id, double fraction, const QString& stage, double etaSeconds);
    void jobFinished(const QString& id, sonara::core::store::JobState state, const QString& error);
    // A running job's models were placed on `device` (again on a fallback to the CPU). Sent
    // from the job's worker thread.
    void jobDevice(const QString& id, const sonara::core::ComputeDevice& device);
    // setDevices chose where jobs run from now on.
    void devicesChanged();

private:
    struct Running {
        std::atomic_bool cancel{false};
        // DELETE arrived while the job was stopping: forget it once it has.
        bool removeWhenFinished = false;
        ComputeLane lane = ComputeLane::Cpu;
        qint64 vramBytes = 0;
        QElapsedTimer clock;
        QElapsedTimer lastPersist;
    };
    struct Outcome {
        store::JobState state = store::JobState::Failed;
        QString error;
    };

    // A queued job's place: priority first, then the order it was queued in.
    struct Queued {
        QString id;
        int priority = 0;
        qint64 order = 0;
    };

    void enqueue(const store::JobRecord& record);
    bool dequeue(const QString& id);
    void schedule();
    qint64 vramEstimate(const store::JobRecord& record, const EngineInfo& info) const;
    bool fits(const EngineInfo& info, qint64 vramBytes) const;
    void launch(const store::JobRecord& record, const EngineInfo& info, qint64 vramBytes);
    Outcome execute(const store::JobRecord& record, Running& running);
    QMap<QString, QString> importOutputs(const QString& jobId, const QString& capability,
                                         const QList<EngineOutput>& outputs);
    void onProgress(const QString& id, double fraction, const QString& stage);
    void onFinished(const QString& id, store::JobState state, const QString& error);

    const CapabilityRegistry& registry_;
    store::Database& database_;
    store::AssetStore& assets_;
    const ModelRepository* models_;
    const VoiceLibrary* voices_;
    ModelCache* modelCache_;
    JobManagerOptions options_;
    // Guards options_.devices and options_.gpuBudgetBytes, which setDevices replaces while
    // workers read them.
    mutable std::mutex devicesMutex_;
    std::unique_ptr<store::JobStore> jobStore_;
    QThreadPool cpuPool_;
    QThreadPool gpuPool_;
    QList<Queued> queue_;
    QHash<QString, std::shared_ptr<Running>> running_;
    bool shuttingDown_ = false;
};

}  // namespace sonara::core
