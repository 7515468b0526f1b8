#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "models/common/config.h"

namespace sonara::models {

// torchaudio.models.HDemucs's constructor arguments; defaults are that class's defaults, which
// are the hdemucs_high layout (nfft 4096, depth 6) that HDEMUCS_HIGH_MUSDB_PLUS was trained with.
struct HDemucsConfig {
    std::vector<std::string> sources = {"drums", "bass", "other", "vocals"};
    int64_t audioChannels = 2;
    int64_t channels = 48;
    double growth = 2.0;
    int64_t nfft = 4096;
    int64_t depth = 6;
    double freqEmb = 0.2;  // 0 disables the frequency embedding
    double embScale = 10.0;
    int64_t kernelSize = 8;
    int64_t timeStride = 2;
    int64_t stride = 4;
    int64_t context = 1;
    int64_t contextEnc = 0;
    int64_t normStarts = 4;
    int64_t normGroups = 4;
    int64_t dconvDepth = 2;
    int64_t dconvComp = 4;
    int64_t dconvAttn = 4;
    int64_t dconvLstm = 4;
    double dconvInit = 1e-4;
    // Not a torchaudio argument: the rate the checkpoint was trained at ("sample_rate").
    int64_t sampleRate = 44100;

    static HDemucsConfig fromConfig(const Config& config);

    int64_t hopLength() const { return nfft / 4; }
    void validate()
        const;  // throws Error naming the first argument the network cannot be built with
};

// How torchaudio's constructor lays out one depth index of the U-Net.
struct HDemucsLayerPlan {
    bool freq = true;       // the frequency encoder still has a frequency axis (Conv2d)
    bool lastFreq = false;  // the frequency axis collapses to 1 here; the time encoder is "empty"
    bool hasTimeBranch = true;
    int64_t kernel = 8;
    int64_t stride = 4;
    bool pad = true;
    int64_t timeKernel = 8;
    int64_t timeStride = 4;
    bool norm = false;
    bool lstm = false;
    bool attn = false;
    int64_t chin = 0;     // time branch
    int64_t chout = 0;    // time branch
    int64_t chinZ = 0;    // frequency branch
    int64_t choutZ = 0;   // frequency branch
    int64_t decChin = 0;  // time decoder output channels (chin of the encoder, or sources x audio)
    int64_t decChinZ = 0;
    int64_t freqsAfter = 0;  // frequency bins after this encoder
};

// One plan per depth index, encoder order; throws Error where torchaudio would raise.
std::vector<HDemucsLayerPlan> planLayers(const HDemucsConfig& config);

}  // namespace sonara::models
