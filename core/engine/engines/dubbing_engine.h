#pragma once

#include "core/engine/capability.h"
#include "core/engine/engine.h"

#include <QList>
#include <memory>

namespace sonara::core {

// The `dubbing` capability's engine: a chain of the other capabilities run inside the job
// (separate -> stt -> translate -> tts -> voice-changer), each segment fitted to its source slot
// and mixed over the original background; see docs/architecture.md "Dubbing".
std::shared_ptr<Engine> dubbingEngine();

// The capability's inputs and parameters, for its descriptor.
QList<InputSpec> dubbingInputs();
QList<ParameterSpec> dubbingParameters();

}  // namespace sonara::core
