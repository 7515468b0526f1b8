#include "core/engine/job_manager.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/truncation.h"
#include "core/engine/device_runner.h"
#include "core/engine/errors.h"
#include "core/engine/model_catalog.h"
#include "core/engine/result_export.h"
#include "core/store/asset_store.h"
#include "core/store/database.h"

#include <unistd.h>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent>
#include <algorithm>
#include <optional>

namespace sonara::core {
namespace {

using store::JobState;

constexpr qint64 kProgressPersistIntervalMs = 500;

JobRequest requestFromRecord(const store::JobRecord& record) {
    return JobRequest{record.capability, record.engine, record.model, record.parameters,
                      JobInputs::fromJson(record.inputs)};
}

std::optional<double> eta(const QElapsedTimer& clock, double fraction) {
    if (fraction < 0.02 || fraction >= 1.0) {
        return std::nullopt;
    }
    const double elapsed = clock.elapsed() / 1000.0;
    return elapsed / fraction * (1.0 - fraction);
}

}  // namespace

JobManager::JobManager(const CapabilityRegistry& registry, store::Database& database,
                       store::AssetStore& assets, const ModelRepository* models,
                       const VoiceLibrary* voices, ModelCache* modelCache,
                       JobManagerOptions options, QObject* parent)
    : QObject(parent),
      registry_(registry),
      database_(database),
      assets_(assets),
      models_(models),
      voices_(voices),
      modelCache_(modelCache),
      options_(std::move(options)),
      jobStore_(std::make_unique<store::JobStore>(database)) {
    if (options_.workDirectory.isEmpty()) {
        options_.workDirectory =
            QDir(QFileInfo(database.path()).absolutePath()).filePath(QStringLiteral("work"));
    }
    cpuPool_.setMaxThreadCount(std::max(1, options_.cpuWorkers));
    // GPU-lane jobs are admitted by the memory budget; the thread count only bounds the worst case.
    gpuPool_.setMaxThreadCount(4);
    qRegisterMetaType<sonara::core::store::JobState>("sonara::core::store::JobState");
}

JobManager::~JobManager() {
    shutdown();
}

QStringList JobManager::start() {
    const QStringList interrupted =
        jobStore_->recoverInterrupted(QCoreApplication::applicationPid());
    for (const QString& id : interrupted) {
        QDir(QDir(options_.workDirectory).filePath(id)).removeRecursively();
    }
    if (options_.resumeQueued) {
        store::JobFilter filter;
        filter.state = JobState::Queued;
        filter.limit = 100000;
        const QList<store::JobRecord> queued = jobStore_->list(filter);
        for (auto it = queued.crbegin(); it != queued.crend(); ++it) {
            enqueue(*it);
        }
        schedule();
    }
    return interrupted;
}

QString JobManager::submit(const JobRequest& request) {
    if (request.priority < kMinPriority || request.priority > kMaxPriority) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("priority"),
                              QStringLiteral("priority must be a whole number from %1 to %2 "
                                             "(higher starts first; default 0); got %3")
                                  .arg(kMinPriority)
                                  .arg(kMaxPriority)
                                  .arg(request.priority));
    }
    const ValidatedJob validated = registry_.validate(request, models_, voices_);
    store::JobRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.capability = validated.capability;
    record.engine = validated.engine;
    record.model = validated.model ? validated.model->id : QString();
    record.parameters = validated.parameters;
    record.inputs = validated.inputs.toJson();
    record.state = JobState::Queued;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.label = request.label;
    record.metadata = request.metadata;
    record.idempotencyKey = request.idempotencyKey;
    record.requestFingerprint = request.requestFingerprint;
    record.priority = request.priority;
    record.queueOrder = QDateTime::currentMSecsSinceEpoch();
    jobStore_->insert(record);
    enqueue(record);
    Q_EMIT jobStateChanged(record.id, JobState::Queued);
    QMetaObject::invokeMethod(this, &JobManager::schedule, Qt::QueuedConnection);
    return record.id;
}

bool JobManager::cancel(const QString& id) {
    if (auto it = running_.find(id); it != running_.end()) {
        if (!(*it)->cancel.exchange(true)) {
            const std::optional<store::JobRecord> record = jobStore_->find(id);
            const double fraction = record ? record->progress : 0.0;
            jobStore_->updateProgress(id, fraction, QStringLiteral("cancelling"), std::nullopt);
            Q_EMIT jobProgress(id, fraction, QStringLiteral("cancelling"), -1);
        }
        return true;
    }
    if (dequeue(id)) {
        jobStore_->finish(id, JobState::Cancelled, QStringLiteral("cancelled before it started"));
        Q_EMIT jobStateChanged(id, JobState::Cancelled);
        Q_EMIT jobFinished(id, JobState::Cancelled, QStringLiteral("cancelled before it started"));
        return true;
    }
    return false;
}

bool JobManager::isCancelling(const QString& id) const {
    const auto it = running_.constFind(id);
    return it != running_.constEnd() && (*it)->cancel.load();
}

bool JobManager::remove(const QString& id) {
    const std::optional<store::JobRecord> record = jobStore_->find(id);
    if (!record) {
        throw NotFoundError(QStringLiteral("there is no job %1").arg(id));
    }
    if (isCancelling(id)) {
        running_.value(id)->removeWhenFinished = true;
        return false;
    }
    if (!store::isFinished(record->state) || running_.contains(id)) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("state"),
                              QStringLiteral("job %1 is %2; cancel it first, then delete it")
                                  .arg(id, store::jobStateName(record->state)));
    }
    jobStore_->remove(id);
    return true;
}

void JobManager::retry(const QString& id) {
    const std::optional<store::JobRecord> record = jobStore_->find(id);
    if (!record) {
        throw NotFoundError(QStringLiteral("there is no job %1").arg(id));
    }
    if (record->state != JobState::Failed && record->state != JobState::Cancelled &&
        record->state != JobState::Interrupted) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("state"),
                              QStringLiteral("job %1 is %2; only failed, cancelled or interrupted "
                                             "jobs can be retried")
                                  .arg(id, store::jobStateName(record->state)));
    }
    jobStore_->requeue(id);
    enqueue(*jobStore_->find(id));
    Q_EMIT jobStateChanged(id, JobState::Queued);
    schedule();
}

void JobManager::moveToFront(const QString& id) {
    const std::optional<store::JobRecord> record = jobStore_->find(id);
    if (!record) {
        throw NotFoundError(QStringLiteral("there is no job %1").arg(id));
    }
    if (record->state != JobState::Queued || !dequeue(id)) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("state"),
                              QStringLiteral("job %1 is %2; only a queued job can be moved to the "
                                             "front")
                                  .arg(id, store::jobStateName(record->state)));
    }
    Queued front{id, record->priority, QDateTime::currentMSecsSinceEpoch()};
    for (const Queued& queued : std::as_const(queue_)) {
        front.priority = std::max(front.priority, queued.priority);
        front.order = std::min(front.order, queued.order - 1);
    }
    jobStore_->setQueuePosition(id, front.priority, front.order);
    queue_.prepend(front);
    schedule();
}

QStringList JobManager::queuedInOrder() const {
    QStringList ids;
    for (const Queued& queued : queue_) {
        ids.append(queued.id);
    }
    return ids;
}

void JobManager::enqueue(const store::JobRecord& record) {
    const Queued entry{record.id, record.priority, record.queueOrder};
    // After every job that starts before it: a higher priority, or the same one queued earlier.
    const auto place = std::find_if(queue_.begin(), queue_.end(), [&](const Queued& queued) {
        return queued.priority < entry.priority ||
               (queued.priority == entry.priority && queued.order > entry.order);
    });
    queue_.insert(place, entry);
}

bool JobManager::dequeue(const QString& id) {
    return queue_.removeIf([&](const Queued& queued) { return queued.id == id; }) > 0;
}

std::optional<store::JobRecord> JobManager::job(const QString& id) const {
    return jobStore_->find(id);
}

QList<store::JobRecord> JobManager::jobs(const store::JobFilter& filter) const {
    return jobStore_->list(filter);
}

std::optional<store::JobRecord> JobManager::waitForFinished(const QString& id, int timeoutMs) {
    auto finished = [&] {
        const auto record = jobStore_->find(id);
        return !record || store::isFinished(record->state);
    };
    if (!finished()) {
        QEventLoop loop;
        connect(this, &JobManager::jobFinished, &loop, [&](const QString& finishedId) {
            if (finishedId == id) {
                loop.quit();
            }
        });
        if (timeoutMs >= 0) {
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        }
        if (!finished()) {
            loop.exec();
        }
    }
    return jobStore_->find(id);
}

void JobManager::shutdown() {
    shuttingDown_ = true;
    for (const auto& running : std::as_const(running_)) {
        running->cancel.store(true);
    }
    cpuPool_.waitForDone();
    gpuPool_.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

qint64 JobManager::vramEstimate(const store::JobRecord& record, const EngineInfo& info) const {
    if (info.lane != ComputeLane::Gpu || record.model.isEmpty() || !models_)
        return info.vramBytes;
    const CatalogModel* listed = models_->catalog().find(record.model);
    return listed && listed->vramBytes > 0 ? listed->vramBytes : info.vramBytes;
}

bool JobManager::fits(const EngineInfo& info, qint64 vramBytes) const {
    int cpuRunning = 0;
    qint64 vramInUse = 0;
    bool gpuBusy = false;
    for (const auto& running : running_) {
        if (running->lane == ComputeLane::Cpu) {
            ++cpuRunning;
        } else {
            vramInUse += running->vramBytes;
            gpuBusy = true;
        }
    }
    if (info.lane == ComputeLane::Cpu) {
        return cpuRunning < cpuPool_.maxThreadCount();
    }
    // A job bigger than the whole budget still runs, alone.
    const std::lock_guard lock(devicesMutex_);
    return !gpuBusy || vramInUse + vramBytes <= options_.gpuBudgetBytes;
}

void JobManager::schedule() {
    if (shuttingDown_) {
        return;
    }
    for (int i = 0; i < queue_.size();) {
        const std::optional<store::JobRecord> record = jobStore_->find(queue_.at(i).id);
        if (!record || record->state != JobState::Queued) {
            queue_.removeAt(i);
            continue;
        }
        const std::shared_ptr<Engine> engine = registry_.engine(record->capability, record->engine);
        if (!engine) {
            queue_.removeAt(i);
            const QString error =
                QStringLiteral("engine %1 is not available in this build").arg(record->engine);
            jobStore_->finish(record->id, JobState::Failed, error);
            Q_EMIT jobFinished(record->id, JobState::Failed, error);
            continue;
        }
        const EngineInfo info = engine->info();
        const qint64 vramBytes = vramEstimate(*record, info);
        if (!fits(info, vramBytes)) {
            ++i;
            continue;
        }
        queue_.removeAt(i);
        launch(*record, info, vramBytes);
    }
}

void JobManager::launch(const store::JobRecord& record, const EngineInfo& info, qint64 vramBytes) {
    auto running = std::make_shared<Running>();
    running->lane = info.lane;
    running->vramBytes = vramBytes;
    running->clock.start();
    running->lastPersist.start();
    running_.insert(record.id, running);
    jobStore_->markRunning(record.id, QCoreApplication::applicationPid());
    Q_EMIT jobStateChanged(record.id, JobState::Running);

    QThreadPool& pool = info.lane == ComputeLane::Cpu ? cpuPool_ : gpuPool_;
    pool.start([this, record, running] {
        const Outcome outcome = execute(record, *running);
        QMetaObject::invokeMethod(
            this, [this, id = record.id, outcome] { onFinished(id, outcome.state, outcome.error); },
            Qt::QueuedConnection);
    });
}

JobManager::Outcome JobManager::execute(const store::JobRecord& record, Running& running) {
    const QString workDirectory = QDir(options_.workDirectory).filePath(record.id);
    QDir(workDirectory).removeRecursively();
    QDir().mkpath(workDirectory);
    JobContext context(
        workDirectory, &running.cancel,
        [this, id = record.id](double fraction, const QString& stage) {
            QMetaObject::invokeMethod(
                this, [this, id, fraction, stage] { onProgress(id, fraction, stage); },
                Qt::QueuedConnection);
        },
        modelCache_);
    context.setCapabilities(
        CapabilityAccess{&registry_, models_, voices_, options_.dataDirectory, &assets_});
    context.setDevices(devices());
    context.setDeviceSink([this, id = record.id](const ComputeDevice& device) {
        jobStore_->setDevice(id, device.id);
        Q_EMIT jobDevice(id, device);
    });
    // Whatever the engine decodes, a truncated input becomes a notice naming the user's file.
    const audio::TruncationWatch truncations([this, &context](const audio::Truncation& cut) {
        const std::optional<store::Asset> asset = assets_.findByPath(cut.path);
        context.addNotice(audio::describeTruncation(
            cut, asset && !asset->name.isEmpty() ? asset->name : QString()));
    });
    Outcome outcome;
    bool started = false;
    // An engine that loads no model (the classic ones) ran on the CPU.
    const auto settleDevice = [&] {
        if (started && context.device().id.isEmpty()) {
            context.setDevice(
                ComputeDevice{QStringLiteral("cpu"), QStringLiteral("CPU"), false, 0});
        }
    };
    try {
        const ValidatedJob job = registry_.validate(requestFromRecord(record), models_, voices_);
        const std::shared_ptr<Engine> engine = registry_.engine(job.capability, job.engine);
        context.progress(0, QStringLiteral("starting"));
        started = true;
        const QList<EngineOutput> outputs = runOnDevice(*engine, job, context);
        settleDevice();
        context.throwIfCancelled();
        const QMap<QString, QString> assetIds =
            importOutputs(record.id, record.capability, outputs);
        jobStore_->finish(record.id, JobState::Succeeded, QString(), assetIds, context.notices());
        outcome.state = JobState::Succeeded;
    } catch (const JobCancelled&) {
        outcome = Outcome{JobState::Cancelled, QStringLiteral("cancelled")};
    } catch (const std::exception& error) {
        outcome = Outcome{running.cancel.load() ? JobState::Cancelled : JobState::Failed,
                          QString::fromUtf8(error.what())};
    }
    if (outcome.state != JobState::Succeeded) {
        settleDevice();
        jobStore_->finish(record.id, outcome.state, outcome.error, {}, context.notices());
    }
    QDir(workDirectory).removeRecursively();
    return outcome;
}

void JobManager::setDevices(std::shared_ptr<const DeviceChoice> devices) {
    {
        const std::lock_guard lock(devicesMutex_);
        if (devices && devices->gpuBudgetBytes() > 0) {
            options_.gpuBudgetBytes = devices->gpuBudgetBytes();
        }
        options_.devices = std::move(devices);
    }
    Q_EMIT devicesChanged();
    schedule();
}

std::shared_ptr<const DeviceChoice> JobManager::devices() const {
    const std::lock_guard lock(devicesMutex_);
    return options_.devices;
}

QMap<QString, QString> JobManager::importOutputs(const QString& jobId, const QString& capability,
                                                 const QList<EngineOutput>& outputs) {
    const CapabilityDescriptor* descriptor = registry_.capability(capability);
    QMap<QString, QString> assetIds;
    for (const EngineOutput& output : outputs) {
        store::AssetDescription description;
        description.originJob = jobId;
        description.exportKey = resultExportKey(jobId, output.outputId);
        description.exportCapability = capability;
        description.name = QFileInfo(output.filePath).fileName();
        std::optional<OutputKind> kind;
        for (const OutputSpec& spec : descriptor->outputs) {
            if (spec.id == output.outputId) {
                kind = spec.kind;
            }
        }
        // The store keeps audio, transcripts and "other" files; a video or a cut list is one
        // of the others.
        description.kind = kind && (kind == OutputKind::Audio || kind == OutputKind::Transcript)
                               ? outputKindName(*kind)
                               : QStringLiteral("other");
        // A video's sound track gives its duration, which its export is charged by.
        if (kind == OutputKind::Audio || kind == OutputKind::Video) {
            const audio::AudioInfo info = audio::probeFile(output.filePath);
            description.duration = info.durationSeconds;
            description.sampleRate = info.sampleRate;
            description.channels = info.channels;
        }
        assetIds.insert(output.outputId, assets_.add(output.filePath, description, true).id);
    }
    return assetIds;
}

void JobManager::onProgress(const QString& id, double fraction, const QString& stage) {
    const auto it = running_.constFind(id);
    if (it == running_.constEnd()) {
        return;
    }
    Running& running = **it;
    const std::optional<double> remaining = eta(running.clock, fraction);
    if (running.lastPersist.elapsed() >= kProgressPersistIntervalMs || fraction >= 1.0) {
        jobStore_->updateProgress(id, fraction, stage, remaining);
        running.lastPersist.restart();
    }
    Q_EMIT jobProgress(id, fraction, stage, remaining.value_or(-1));
}

void JobManager::onFinished(const QString& id, store::JobState state, const QString& error) {
    const std::shared_ptr<Running> running = running_.take(id);
    if (state == JobState::Succeeded) {
        Q_EMIT jobProgress(id, 1.0, doneStage(), 0);
    }
    Q_EMIT jobStateChanged(id, state);
    Q_EMIT jobFinished(id, state, error);
    if (running && running->removeWhenFinished) {
        jobStore_->remove(id);
    }
    schedule();
}

}  // namespace sonara::core
