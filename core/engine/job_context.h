#pragma once

#include <QString>
#include <atomic>
#include <functional>

namespace sonara::core {

class ModelCache;

// Handed to Engine::run: where to write outputs, how to report progress, whether to stop.
class JobContext {
public:
    using ProgressSink = std::function<void(double fraction, const QString& stage)>;

    JobContext(QString workDirectory, const std::atomic_bool* cancelFlag, ProgressSink sink,
               ModelCache* modelCache = nullptr);

    const QString& workDirectory() const { return workDirectory_; }
    QString outputPath(const QString& fileName) const;
    ModelCache* modelCache() const { return modelCache_; }

    // Returns false once the job is cancelled, so that model loops can pass it straight on
    // as their progress callback.
    bool progress(double fraction, const QString& stage);
    bool isCancelled() const;
    // Engines call this between steps; it throws JobCancelled.
    void throwIfCancelled() const;

private:
    QString workDirectory_;
    const std::atomic_bool* cancelFlag_;
    ProgressSink sink_;
    ModelCache* modelCache_;
};

}  // namespace sonara::core
