#include "core/engine/sub_job.h"

#include "core/engine/errors.h"
#include "core/engine/model_catalog.h"

namespace sonara::core {

JobRequest withPreferredEngine(JobRequest request, const CapabilityRegistry& registry,
                               const ModelRepository* models) {
    if (!request.engine.isEmpty() || !models) {
        return request;
    }
    const QList<InstalledModel> installed = models->installedModels();
    for (const EngineInfo& info : registry.engines(request.capability)) {
        if (!info.needsModel()) {
            continue;
        }
        for (const InstalledModel& model : installed) {
            if (info.architectures.contains(model.architecture)) {
                request.engine = info.id;
                request.model = model.id;
                return request;
            }
        }
    }
    return request;
}

QList<EngineOutput> runSubJob(JobRequest request, JobContext& context, const QString& subdirectory,
                              double from, double to) {
    const CapabilityAccess& access = context.capabilities();
    if (!access.registry) {
        throw EngineError(QStringLiteral("%1 is needed for this job but cannot be run from here: "
                                         "run the job through Sonara (studio, sonara run or the "
                                         "API)")
                              .arg(request.capability));
    }
    request = withPreferredEngine(std::move(request), *access.registry, access.models);
    const ValidatedJob job = access.registry->validate(request, access.models, access.voices);
    const std::shared_ptr<Engine> engine = access.registry->engine(job.capability, job.engine);
    JobContext child = context.subContext(subdirectory, from, to);
    return engine->run(job, child);
}

}  // namespace sonara::core
