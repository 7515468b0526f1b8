#pragma once

#include "core/engine/compute_device.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace sonara::core {

class CapabilityRegistry;
class ModelCache;
namespace store {
class AssetStore;
}
class ModelRepository;
class VoiceLibrary;

// The host's registry and models, for an engine that runs another capability inside its job
// (the voice editor transcribes with the best installed stt engine); see runSubJob in
// core/engine/sub_job.h. Empty outside a host unless a test sets it.
struct CapabilityAccess {
    const CapabilityRegistry* registry = nullptr;
    const ModelRepository* models = nullptr;
    const VoiceLibrary* voices = nullptr;
    // The data folder the program runs with (`--data`), for what users keep there (their
    // word lists); empty outside a host.
    QString dataDirectory;
    // Where a job's input files are kept, for the names users gave them (a stored copy is
    // named by its hash).
    const store::AssetStore* assets = nullptr;
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

    // A sentence for the user about something that did not stop the job but changed what it did
    // (an input used only as far as it goes): stored with the job, returned by the API, shown by
    // the studio and printed by `sonara run`. A text given twice is kept once. Thread-safe, and
    // shared with sub-contexts, so a sub-job's notices are the job's.
    void addNotice(const QString& text);
    QStringList notices() const;

    // Where the job's models run (see DeviceChoice); without setDevices, auto on this machine's
    // devices. Sub-contexts share it.
    const DeviceChoice& devices() const;
    void setDevices(std::shared_ptr<const DeviceChoice> devices) { devices_ = std::move(devices); }
    // The device the job's last model was placed on (empty before any model is loaded).
    ComputeDevice device() const;
    void setDevice(const ComputeDevice& device);
    // Told each time the job's device changes (the job manager stores it with the job and shows
    // it); shared with sub-contexts. Called on the job's thread.
    using DeviceSink = std::function<void(const ComputeDevice& device)>;
    void setDeviceSink(DeviceSink sink);

private:
    struct Notices;

    QString workDirectory_;
    const std::atomic_bool* cancelFlag_;
    ProgressSink sink_;
    ModelCache* modelCache_;
    CapabilityAccess capabilities_;
    std::shared_ptr<Notices> notices_;
    std::shared_ptr<const DeviceChoice> devices_;
};

}  // namespace sonara::core
