#pragma once

#include "core/engine/engine.h"

#include <memory>

namespace sonara::core {

// Speech from text with Tacotron2 (torchaudio's LJSpeech character layout) and a vocoder the
// user picks: WaveGlow (NVIDIA's layout) or HiFi-GAN. One installed model is a folder holding
// tacotron2/ and the vocoders that go with it (waveglow/, hifigan/), since a vocoder only
// understands the spectrograms of the acoustic model it was trained with. Sentences are
// synthesised in batches, so a chapter takes the memory of one batch.
std::shared_ptr<Engine> tacotron2TtsEngine();

}  // namespace sonara::core
