#include "core/engine/job_context.h"

#include "core/engine/errors.h"

#include <QDir>
#include <algorithm>

namespace sonara::core {

JobContext::JobContext(QString workDirectory, const std::atomic_bool* cancelFlag, ProgressSink sink,
                       ModelCache* modelCache)
    : workDirectory_(std::move(workDirectory)),
      cancelFlag_(cancelFlag),
      sink_(std::move(sink)),
      modelCache_(modelCache) {}

QString JobContext::outputPath(const QString& fileName) const {
    return QDir(workDirectory_).filePath(fileName);
}

bool JobContext::progress(double fraction, const QString& stage) {
    if (sink_) {
        sink_(std::clamp(fraction, 0.0, 1.0), stage);
    }
    return !isCancelled();
}

bool JobContext::isCancelled() const {
    return cancelFlag_ && cancelFlag_->load(std::memory_order_relaxed);
}

void JobContext::throwIfCancelled() const {
    if (isCancelled()) {
        throw JobCancelled();
    }
}

}  // namespace sonara::core
