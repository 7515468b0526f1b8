#pragma once

#include "core/engine/engine.h"

#include <memory>

namespace sonara::core {

// Speech isolation for `denoise`: the vocals stem of an installed Demucs model (HTDemucs or
// Hybrid Demucs), with the rest of the recording (music, noise, room) kept under it at a chosen
// level or removed. Everything the model does not call a voice goes, steady or not.
std::shared_ptr<Engine> demucsDenoiseEngine();

}  // namespace sonara::core
