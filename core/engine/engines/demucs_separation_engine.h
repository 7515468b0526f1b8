#pragma once

#include "core/engine/engine.h"

#include <memory>

namespace sonara::core {

// Stem separation with an installed Demucs checkpoint: the mix is converted to the model's
// 44.1 kHz stereo, split in overlapping segments (batched on a GPU) and overlap-added, and each
// stem comes back at the input's rate and channel count. Two engines of the `separate`
// capability: Hybrid Transformer Demucs v4 (htdemucs, htdemucs_ft, htdemucs_6s) and Hybrid
// Demucs v3 (torchaudio's hdemucs_high).
std::shared_ptr<Engine> htdemucsSeparationEngine();
std::shared_ptr<Engine> hdemucsSeparationEngine();

}  // namespace sonara::core
