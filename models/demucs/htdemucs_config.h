#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "models/common/config.h"
#include "models/demucs/hdemucs_config.h"

namespace sonara::models {

// demucs.htdemucs.HTDemucs's constructor arguments (a published .th file's "kwargs"); defaults
// are that class's. Training-only arguments (dropout, learning rates, initialisation, CAPE
// augmentation) are accepted and ignored; arguments the published models never use and this
// port does not implement (Wiener filtering, multi-band frequency layers, sparse attention) are
// refused with an Error naming them.
struct HTDemucsConfig {
    std::vector<std::string> sources;
    int64_t audioChannels = 2;
    int64_t channels = 48;
    int64_t channelsTime = 0;  // 0: same as channels
    double growth = 2.0;
    int64_t nfft = 4096;
    int64_t depth = 4;
    double freqEmb = 0.2;  // 0 disables the frequency embedding
    double embScale = 10.0;
    int64_t kernelSize = 8;
    int64_t timeStride = 2;
    int64_t stride = 4;
    int64_t context = 1;
    int64_t contextEnc = 0;
    int64_t normStarts = 4;
    int64_t normGroups = 4;
    int64_t dconvMode = 1;  // bit 1: residual branches in the encoders, bit 2: in the decoders
    int64_t dconvDepth = 2;
    int64_t dconvComp = 8;
    double dconvInit = 1e-3;
    int64_t bottomChannels = 0;  // > 0: 1x1 convs to this width around the transformer
    // Cross-domain transformer.
    int64_t tLayers = 5;
    double tHiddenScale = 4.0;
    int64_t tHeads = 8;
    bool tNormIn = true;       // LayerNorm before the positional embedding
    int64_t tNormInGroup = 0;  // else GroupNorm with this many groups (0: none)
    int64_t tGroupNorm = 0;    // layer norms as GroupNorm with this many groups (0: LayerNorm)
    bool tNormFirst = true;
    int64_t tNormOut = 1;  // GroupNorm groups at the end of each layer when norm-first (0: none)
    double tMaxPeriod = 10000.0;
    bool tLayerScale = true;
    bool tGelu = true;
    double tWeightPosEmbed = 1.0;
    bool tCrossFirst = false;
    int64_t sampleRate = 44100;  // "samplerate"
    // The training segment ("segment", a number of seconds or a fractions.Fraction such as
    // 39/5), as the sample count the model pads every input to: int(segment * samplerate).
    double segmentSeconds = 10.0;
    int64_t segmentSamples = 441000;
    bool useTrainSegment = true;

    // kwargs: the .th file's kwargs (or a config.json holding them); sources is required.
    static HTDemucsConfig fromKwargs(const Config& kwargs);
    // The arguments of the published models, for building them at their real dimensions
    // without their files: "htdemucs" (also each of htdemucs_ft's four) or "htdemucs_6s".
    static HTDemucsConfig published(const std::string& name);

    int64_t hopLength() const { return nfft / 4; }
    int64_t transformerChannels() const;  // channels * growth^(depth - 1)
    // The segment a bag descriptor's "segment" (seconds, or "n/d") imposes on the model.
    void setSegment(const std::string& segment, const std::string& where);
    // Throws Error naming the first argument the network cannot be built with.
    void validate() const;
};

// One plan per depth index, encoder order, as HTDemucs.__init__ lays them out (the freq* and
// time* fields of HDemucsLayerPlan; lstm/attn are never set).
std::vector<HDemucsLayerPlan> planHTDemucsLayers(const HTDemucsConfig& config);

}  // namespace sonara::models
