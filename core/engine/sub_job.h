#pragma once

#include "core/engine/capability_registry.h"
#include "core/engine/engine.h"

#include <QList>

namespace sonara::core {

// Runs another capability inside a running job, through the host's registry (the context's
// capabilities()): the request is validated as a client's would be, its engine runs in a
// subfolder of the job's work directory with the job's cancel flag, and its progress fills
// [from, to] of the job's bar. With no engine named, an engine whose model is installed is
// preferred (better quality) over one that needs none; the model is filled in. Throws
// EngineError when the context has no registry, and whatever the other engine throws.
QList<EngineOutput> runSubJob(JobRequest request, JobContext& context, const QString& subdirectory,
                              double from, double to);

// The engine and model runSubJob picks for `request` (which names neither).
JobRequest withPreferredEngine(JobRequest request, const CapabilityRegistry& registry,
                               const ModelRepository* models);

}  // namespace sonara::core
