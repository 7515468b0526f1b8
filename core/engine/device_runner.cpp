#include "core/engine/device_runner.h"

#include "core/engine/engines/engine_support.h"
#include "models/common/device_list.h"

#include <QRegularExpression>

namespace sonara::core {

namespace {

// The allocation that failed, as the CUDA allocator words it ("Tried to allocate 2.00 GiB");
// empty when the message does not say.
QString failedAllocation(const char* message) {
    static const QRegularExpression tried(
        QStringLiteral("Tried to allocate ([0-9.]+ ?[KMGT]?i?B)"));
    return tried.match(QString::fromUtf8(message)).captured(1);
}

QString outOfMemoryNotice(const ValidatedJob& job, const ComputeDevice& device,
                          const std::exception& error) {
    QStringList needed;
    if (job.model) {
        needed << QStringLiteral("%1 needs about %2")
                      .arg(job.model->id,
                           formatBytes(engine_support::modelMemoryEstimate(*job.model)));
    }
    const QString allocation = failedAllocation(error.what());
    if (!allocation.isEmpty()) {
        needed << QStringLiteral("it asked for %1 more when the memory ran out").arg(allocation);
    }
    const QString gpu = device.cuda ? device.name : QStringLiteral("the GPU");
    return QStringLiteral(
               "%1 ran out of memory during this job%2: the job ran again on the CPU "
               "(slower). Close other programs using the GPU, or choose a smaller "
               "model, to run it on the GPU")
        .arg(gpu, needed.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(needed.join("; ")));
}

}  // namespace

QList<EngineOutput> runOnDevice(Engine& engine, const ValidatedJob& job, JobContext& context) {
    QString notice;
    try {
        return engine.run(job, context);
    } catch (const std::exception& error) {
        if (!models::isCudaOutOfMemory(error) || context.devices().setting() == "cpu") {
            throw;
        }
        notice = outOfMemoryNotice(job, context.device(), error);
    }
    // What the failed run still holds was released as the exception unwound; the allocator
    // keeps those blocks cached for this process unless they are handed back.
    models::releaseCudaMemory();
    context.addNotice(notice);
    context.setDevices(
        std::make_shared<const DeviceChoice>(QStringLiteral("cpu"), QList<ComputeDevice>{}));
    context.setDevice(context.devices().place().device);
    if (!context.progress(0, QStringLiteral("running again on the CPU"))) {
        context.throwIfCancelled();
    }
    return engine.run(job, context);
}

}  // namespace sonara::core
