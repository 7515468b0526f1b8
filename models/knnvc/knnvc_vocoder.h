#pragma once

// Internal to models/: the kNN-VC authors' HiFi-GAN of WavLM features (bshall/knn-vc,
// hifigan/models.py Generator), built on the HiFi-GAN V1 generator of models/hifigan.

#include <string>

#include "models/common/config.h"
#include "models/hifigan/hifigan_generator.h"

namespace sonara::models {

// The generator's shape: the authors' hifigan/config_v1_wavlm.json (1024 WavLM features ->
// lin_pre -> 512, upsampling 10-8-2-2 to 16 kHz, hop 320), with any of its keys (hubert_dim,
// hifi_dim, upsample_rates, upsample_kernel_sizes, upsample_initial_channel,
// resblock_kernel_sizes, resblock_dilation_sizes, resblock, sampling_rate, hop_size) overridden by
// `config` when given. Throws Error for a ResBlock2 vocoder (resblock "2") and for a hop_size
// that is not the product of upsample_rates.
HifiGanGeneratorOptions knnVcVocoderOptions(const Config* config = nullptr);

// Loads the vocoder as the authors publish it: a torch.save file whose "generator" dict holds
// weight-normalised tensors (conv_pre.weight_g/_v, ups.N..., resblocks.N.convs1.M...,
// conv_post..., lin_pre...). `path` is that file, or a folder holding it (and optionally a
// config.json in the authors' keys); a safetensors file of the same names loads too.
HifiGanGenerator loadKnnVcVocoder(const std::string& path);

}  // namespace sonara::models
