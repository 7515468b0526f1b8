#include "models/waveglow/waveglow_config.h"

#include <string>

#include "models/common/error.h"

namespace sonara::models {

namespace {

// The shape of a possibly weight-normalised weight: <module>.weight, .weight_v or
// .parametrizations.weight.original1.
std::vector<int64_t> weightShape(const Checkpoint& checkpoint, const std::string& module) {
    for (const char* suffix : {".weight", ".weight_v", ".parametrizations.weight.original1"}) {
        if (checkpoint.contains(module + suffix))
            return checkpoint.info(module + suffix).shape;
    }
    throw Error("checkpoint " + checkpoint.directory() + " has no weight for '" + module +
                "', so it is not a WaveGlow in NVIDIA's layout");
}

int64_t countModules(const Checkpoint& checkpoint, const std::string& prefix,
                     const std::string& suffix) {
    int64_t n = 0;
    while (checkpoint.contains(prefix + std::to_string(n) + suffix) ||
           checkpoint.contains(prefix + std::to_string(n) + suffix + "_v") ||
           checkpoint.contains(prefix + std::to_string(n) + ".parametrizations.weight.original1"))
        ++n;
    return n;
}

}  // namespace

WaveGlowConfig WaveGlowConfig::fromConfig(const Config& c) {
    WaveGlowConfig d;
    WaveGlowConfig cfg;
    cfg.nMelChannels = c.getInt("n_mel_channels", d.nMelChannels);
    cfg.nFlows = c.getInt("n_flows", d.nFlows);
    cfg.nGroup = c.getInt("n_group", d.nGroup);
    cfg.nEarlyEvery = c.getInt("n_early_every", d.nEarlyEvery);
    cfg.nEarlySize = c.getInt("n_early_size", d.nEarlySize);
    cfg.samplingRate = c.getInt("sampling_rate", d.samplingRate);
    if (c.has("WN_config")) {
        const auto wn = c.child("WN_config");
        cfg.wnLayers = wn.getInt("n_layers", d.wnLayers);
        cfg.wnChannels = wn.getInt("n_channels", d.wnChannels);
        cfg.wnKernelSize = wn.getInt("kernel_size", d.wnKernelSize);
    }
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(c.source() + ": " + e.what());
    }
    return cfg;
}

WaveGlowConfig WaveGlowConfig::fromCheckpoint(const Checkpoint& checkpoint) {
    WaveGlowConfig cfg;
    const auto upsample = weightShape(checkpoint, "upsample");
    cfg.nMelChannels = upsample.at(0);
    cfg.nFlows = countModules(checkpoint, "convinv.", ".conv.weight");
    cfg.nGroup = weightShape(checkpoint, "convinv.0.conv").at(0);
    cfg.nEarlyEvery = cfg.nFlows;
    for (int64_t k = 1; k < cfg.nFlows; ++k) {
        const int64_t drop =
            weightShape(checkpoint, "convinv." + std::to_string(k - 1) + ".conv").at(0) -
            weightShape(checkpoint, "convinv." + std::to_string(k) + ".conv").at(0);
        if (drop > 0) {
            cfg.nEarlyEvery = k;
            cfg.nEarlySize = drop;
            break;
        }
    }
    cfg.wnLayers = countModules(checkpoint, "WN.0.in_layers.", ".weight");
    cfg.wnChannels = weightShape(checkpoint, "WN.0.start").at(0);
    cfg.wnKernelSize = weightShape(checkpoint, "WN.0.in_layers.0").at(2);
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(
            "checkpoint " + checkpoint.directory() +
            " has no config.json and its tensor shapes do not describe a WaveGlow: " + e.what());
    }
    return cfg;
}

int64_t WaveGlowConfig::channelsAt(int64_t flow) const {
    int64_t channels = nGroup;
    for (int64_t k = 1; k <= flow; ++k) {
        if (earlyOutputAfter(k))
            channels -= nEarlySize;
    }
    return channels;
}

void WaveGlowConfig::validate() const {
    if (nMelChannels <= 0 || nFlows <= 0 || nEarlyEvery <= 0 || nEarlySize < 0 || wnLayers <= 0 ||
        samplingRate <= 0) {
        throw Error(
            "WaveGlow config needs positive n_mel_channels, n_flows, n_early_every, "
            "WN_config.n_layers and sampling_rate");
    }
    if (nGroup <= 0 || nGroup % 2 != 0 || nEarlySize % 2 != 0) {
        throw Error("WaveGlow config: n_group (" + std::to_string(nGroup) +
                    ") must be positive and even, and n_early_size (" + std::to_string(nEarlySize) +
                    ") even");
    }
    if (remainingChannels() < 2) {
        throw Error("WaveGlow config: " + std::to_string(earlyOutputCount()) +
                    " early outputs of " + std::to_string(nEarlySize) + " channels leave " +
                    std::to_string(remainingChannels()) + " of n_group " + std::to_string(nGroup) +
                    " for the last flow; it needs at least 2");
    }
    if (wnChannels <= 0 || wnChannels % 2 != 0 || wnKernelSize <= 0 || wnKernelSize % 2 != 1) {
        throw Error("WaveGlow config: WN_config needs an even n_channels (" +
                    std::to_string(wnChannels) + ") and an odd kernel_size (" +
                    std::to_string(wnKernelSize) + ")");
    }
}

}  // namespace sonara::models
