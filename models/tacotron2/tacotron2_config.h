#pragma once

#include <cstdint>

#include "models/common/config.h"

namespace sonara::models {

// torchaudio.models.Tacotron2's constructor arguments; the defaults are that class's defaults
// (the LJSpeech bundles override n_symbol: 38 for characters, 96 for phonemes).
struct Tacotron2Config {
    int64_t nMels = 80;
    int64_t nSymbol = 148;
    int64_t nFramesPerStep = 1;
    int64_t symbolEmbeddingDim = 512;
    int64_t encoderEmbeddingDim = 512;
    int64_t encoderNConvolution = 3;
    int64_t encoderKernelSize = 5;
    int64_t decoderRnnDim = 1024;
    int64_t decoderMaxStep = 2000;
    bool decoderEarlyStopping = true;
    int64_t attentionRnnDim = 1024;
    int64_t attentionHiddenDim = 128;
    int64_t attentionLocationNFilter = 32;
    int64_t attentionLocationKernelSize = 31;
    int64_t prenetDim = 256;
    int64_t postnetNConvolution = 5;
    int64_t postnetKernelSize = 5;
    int64_t postnetEmbeddingDim = 512;
    double gateThreshold = 0.5;
    bool maskPadding = false;
    int64_t samplingRate = 22050;  // not a constructor argument; the LJSpeech bundles' rate

    static Tacotron2Config fromConfig(const Config& config);
    void validate() const;  // throws Error naming the inconsistent argument
};

}  // namespace sonara::models
