#pragma once

#include "core/engine/capability.h"

#include <QList>

namespace sonara::core {

class CapabilityRegistry;

// The descriptors of every capability that has at least one engine in this build.
QList<CapabilityDescriptor> standardCapabilities();

// Registers the standard capabilities and the engines built into every install (eSpeak NG,
// PocketSphinx, FFmpeg filters) — the ones that need no download.
void registerBuiltinEngines(CapabilityRegistry& registry);

}  // namespace sonara::core
