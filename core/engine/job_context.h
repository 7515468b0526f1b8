#pragma once

#include <QString>
#include <atomic>
#include <functional>

namespace sonara::core {

class CapabilityRegistry;
class ModelCache;
class ModelRepository;
class VoiceLibrary;

// The host's registry and models, for an engine that runs another capability inside its job
// (the voice editor transcribes with the best installed stt engine); see runSubJob in
// core/engine/sub_job.h. Empty outside a host unless a test sets it.
struct CapabilityAccess {
    const CapabilityRegistry* registry = nullptr;
    const ModelRepository* models = nullptr;
    const VoiceLibrary* voices = nullptr;
};

// Handed to Engine::run: where to write outputs, how to report progress, whether to stop.
class JobContext {
public:
    using ProgressSink = std::function<void(double fraction, const QString& stage)>;

    JobContext(QString workDirectory, const std::atomic_bool* cancelFlag, ProgressSink sink,
               ModelCache* modelCache = nullptr);

    const QString& workDirectory() const { return workDirectory_; }
    QString outputPath(const QString& fileName) const;
    ModelCache* modelCache() const { return modelCache_; }
    const CapabilityAccess& capabilities() const { return capabilities_; }
    void setCapabilities(const CapabilityAccess& access) { capabilities_ = access; }

    // A context for work done inside this job: it writes under `subdirectory` of this job's
    // folder, shares the cancel flag, model cache and capabilities, and reports its progress
    // between `from` and `to` of this job's bar.
    JobContext subContext(const QString& subdirectory, double from, double to) const;

    // Returns false once the job is cancelled, so that model loops can pass it straight on
    // as their progress callback.
    bool progress(double fraction, const QString& stage);
    // An engine's last report: its work is complete. The job itself is "done" only once the
    // job manager has stored the outputs, so the stage says what happens meanwhile.
    void workDone();
    bool isCancelled() const;
    // Engines call this between steps; it throws JobCancelled.
    void throwIfCancelled() const;

private:
    QString workDirectory_;
    const std::atomic_bool* cancelFlag_;
    ProgressSink sink_;
    ModelCache* modelCache_;
    CapabilityAccess capabilities_;
};

}  // namespace sonara::core
