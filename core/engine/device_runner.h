#pragma once

#include "core/engine/engine.h"

#include <QList>

namespace sonara::core {

// Runs `engine` on `job` on the device the job's DeviceChoice places its models on. When CUDA
// runs out of memory mid-run, the GPU's unused cached memory is handed back and the job runs
// again from the start on the CPU, with a notice saying so and how much memory it needed. Every
// job runs through here (JobManager::execute), so no engine handles that itself.
QList<EngineOutput> runOnDevice(Engine& engine, const ValidatedJob& job, JobContext& context);

}  // namespace sonara::core
