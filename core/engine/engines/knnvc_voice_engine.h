#pragma once

#include "core/engine/engine.h"

#include <memory>

namespace sonara::core {

// The `voice-changer` capability on kNN-VC (engine `knn-vc`, architecture `knn-vc`): the speech
// is turned into the target voice, given as a voice of the user's library or as reference
// recordings. The installed model folder holds both checkpoints kNN-VC needs, wavlm/ and
// vocoder/ (see models/knnvc/knnvc.h and docs/models.md). A library voice's matching set is
// computed once per model and kept in the voice's cache folder, keyed by the recordings'
// contents, so later conversions to that voice skip it. The target's recordings are trimmed to
// their speech first (FFmpeg silencedetect), so silence neither is matched nor counts as speech.
std::shared_ptr<Engine> knnVcVoiceEngine();

}  // namespace sonara::core
