#pragma once

#include "core/engine/engine.h"

#include <QList>
#include <memory>

namespace sonara::core {

// Engines that run a downloaded model; the registry refuses their jobs until it is installed.
QList<std::shared_ptr<Engine>> modelEngines();

}  // namespace sonara::core
