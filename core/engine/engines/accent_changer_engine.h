#pragma once

#include "core/engine/engine.h"

#include <QStringList>
#include <memory>

namespace sonara::core {

// The `accent-changer` capability's engine: a chain of other capabilities run inside the job
// (stt -> tts in the target accent -> voice-changer back to the speaker, the input itself being
// the matching set), each segment fitted to its original time and spliced into the original
// between its pauses; see docs/architecture.md "Accent changer".
std::shared_ptr<Engine> accentChangerEngine();

// The accents the capability offers, as eSpeak NG names them (lower case, language first).
// Which of them a job can use depends on the installed voices; the engine says what to install.
QStringList accentChoices();

}  // namespace sonara::core
