#pragma once

#include "core/engine/engine.h"

#include <QList>
#include <memory>

namespace sonara::core {

// Engines that ship with every install and need no model download.
QList<std::shared_ptr<Engine>> classicEngines();

}  // namespace sonara::core
