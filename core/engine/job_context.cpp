#include "core/engine/job_context.h"

#include "core/engine/errors.h"

#include <QDir>
#include <algorithm>
#include <mutex>

namespace sonara::core {

struct JobContext::Notices {
    mutable std::mutex mutex;
    QStringList texts;
    ComputeDevice device;
    DeviceSink deviceSink;
};

JobContext::JobContext(QString workDirectory, const std::atomic_bool* cancelFlag, ProgressSink sink,
                       ModelCache* modelCache)
    : workDirectory_(std::move(workDirectory)),
      cancelFlag_(cancelFlag),
      sink_(std::move(sink)),
      modelCache_(modelCache),
      notices_(std::make_shared<Notices>()) {}

QString JobContext::outputPath(const QString& fileName) const {
    return QDir(workDirectory_).filePath(fileName);
}

JobContext JobContext::subContext(const QString& subdirectory, double from, double to) const {
    const QString directory = QDir(workDirectory_).filePath(subdirectory);
    QDir().mkpath(directory);
    ProgressSink sink;
    if (sink_) {
        sink = [parent = sink_, from, to](double fraction, const QString& stage) {
            parent(from + (to - from) * std::clamp(fraction, 0.0, 1.0), stage);
        };
    }
    JobContext child(directory, cancelFlag_, std::move(sink), modelCache_);
    child.setCapabilities(capabilities_);
    child.notices_ = notices_;
    child.devices_ = devices_;
    return child;
}

bool JobContext::progress(double fraction, const QString& stage) {
    if (sink_) {
        sink_(std::clamp(fraction, 0.0, 1.0), stage);
    }
    return !isCancelled();
}

void JobContext::workDone() {
    progress(1.0, QStringLiteral("saving results"));
}

bool JobContext::isCancelled() const {
    return cancelFlag_ && cancelFlag_->load(std::memory_order_relaxed);
}

void JobContext::throwIfCancelled() const {
    if (isCancelled()) {
        throw JobCancelled();
    }
}

void JobContext::addNotice(const QString& text) {
    const std::lock_guard lock(notices_->mutex);
    if (!text.isEmpty() && !notices_->texts.contains(text)) {
        notices_->texts.append(text);
    }
}

QStringList JobContext::notices() const {
    const std::lock_guard lock(notices_->mutex);
    return notices_->texts;
}

const DeviceChoice& JobContext::devices() const {
    if (devices_) {
        return *devices_;
    }
    // Detected once: asking CUDA for its devices costs a driver call.
    static const DeviceChoice automatic;
    return automatic;
}

ComputeDevice JobContext::device() const {
    const std::lock_guard lock(notices_->mutex);
    return notices_->device;
}

void JobContext::setDevice(const ComputeDevice& device) {
    DeviceSink sink;
    {
        const std::lock_guard lock(notices_->mutex);
        if (notices_->device.id == device.id && notices_->device.name == device.name) {
            return;
        }
        notices_->device = device;
        sink = notices_->deviceSink;
    }
    if (sink) {
        sink(device);
    }
}

void JobContext::setDeviceSink(DeviceSink sink) {
    const std::lock_guard lock(notices_->mutex);
    notices_->deviceSink = std::move(sink);
}

}  // namespace sonara::core
