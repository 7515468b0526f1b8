#pragma once

#include "core/engine/capability.h"
#include "core/store/asset_store.h"
#include "core/store/job_store.h"

#include <QString>

namespace sonara::core {
class EngineHost;
}  // namespace sonara::core

namespace sonara::core::api {

// One output of a succeeded job, as its download and its price see it.
struct JobResult {
    store::JobRecord job;
    const CapabilityDescriptor* descriptor = nullptr;
    const OutputSpec* output = nullptr;
    store::Asset asset;
};

// Throws NotFoundError for an unknown job, an output its capability does not have or did not
// make, and ValidationError naming "state" for a job that has not succeeded.
JobResult findJobResult(EngineHost& host, const QString& jobId, const QString& outputId);

}  // namespace sonara::core::api
