#pragma once

#include <cstdint>

#include "models/common/config.h"
#include "models/common/safetensors.h"

namespace sonara::models {

// The constructor arguments of NVIDIA's WaveGlow (DeepLearningExamples, waveglow/model.py); the
// defaults are those of the published LJSpeech checkpoint (torch.hub nvidia_waveglow).
struct WaveGlowConfig {
    int64_t nMelChannels = 80;
    int64_t nFlows = 12;
    int64_t nGroup = 8;
    int64_t nEarlyEvery = 4;
    int64_t nEarlySize = 2;
    int64_t wnLayers = 8;
    int64_t wnChannels = 256;
    int64_t wnKernelSize = 3;
    int64_t samplingRate = 22050;
    // Fixed in the reference: ConvTranspose1d(n_mel, n_mel, 1024, stride=256).
    int64_t upsampleKernel = 1024;
    int64_t hopLength = 256;

    // config.json as the reference writes it: the constructor's keyword arguments, with the
    // WaveNet layers' under "WN_config"; sampling_rate is optional.
    static WaveGlowConfig fromConfig(const Config& config);
    // The same arguments read off the tensor shapes, for a bare checkpoint file such as NVIDIA's
    // torch.hub .pth, which ships without a config.json.
    static WaveGlowConfig fromCheckpoint(const Checkpoint& checkpoint);

    // Channels flow k works on: n_group less the early outputs already split off before it.
    int64_t channelsAt(int64_t flow) const;
    int64_t remainingChannels() const { return channelsAt(nFlows - 1); }
    bool earlyOutputAfter(int64_t flow) const { return flow > 0 && flow % nEarlyEvery == 0; }
    int64_t earlyOutputCount() const { return (nFlows - 1) / nEarlyEvery; }

    void validate() const;  // throws Error naming the inconsistent argument
};

}  // namespace sonara::models
