#pragma once

#include "core/engine/engine.h"

#include <memory>

namespace sonara::core {

// Speech in a voice of the user's library, for every tts engine: `tts` speaks the text as it
// always does and, when the job names a `voice`, its speech is then converted to that voice by
// the voice-changer capability (kNN-VC) with the voice's recordings as the matching set, so the
// voice's cached features serve both. Jobs without a voice run `tts` unchanged. Engines of
// other capabilities are returned as they are.
std::shared_ptr<Engine> speakingInLibraryVoices(std::shared_ptr<Engine> tts);

}  // namespace sonara::core
