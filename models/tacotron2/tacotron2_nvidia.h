#pragma once

// Internal to models/: NVIDIA's Tacotron2 checkpoints (DeepLearningExamples' torch.hub
// nvidia_tacotron2, saved as {"state_dict": {"module.<name>": ...}, "config": {...}}, and
// NVIDIA/tacotron2's tacotron2_statedict.pt) onto torchaudio's names. NVIDIA wraps every
// nn.Linear in a LinearNorm (".linear_layer") and every nn.Conv1d in a ConvNorm (".conv");
// the modules and their arithmetic are otherwise torchaudio's.

#include <optional>
#include <string>

#include "models/common/config.h"
#include "models/common/safetensors.h"
#include "models/common/weights.h"
#include "models/tacotron2/tacotron2_config.h"

namespace sonara::models::tacotron2_nvidia {

// True when the checkpoint names its tensors as NVIDIA does.
bool isNvidiaLayout(const Checkpoint& checkpoint);

// NVIDIA name prefixes -> torchaudio module prefixes for a model of config's depth.
WeightMapping weightMapping(const Tacotron2Config& config);

// The model's dimensions: from the hub checkpoint's "config" entry (NVIDIA's argument names)
// when there is one, else NVIDIA's published hparams with the symbol and mel counts the tensors
// show. source names the file in errors.
Tacotron2Config config(const std::optional<Config>& saved, const Checkpoint& checkpoint,
                       const std::string& source);

}  // namespace sonara::models::tacotron2_nvidia
