#pragma once

// A tiny kNN-VC model folder to install, for engine and end-to-end tests: the WavLM fixture and
// the HiFi-GAN fixture rewritten as the kNN-VC authors publish their vocoder (see
// support/knnvc_layout.h, which the model test uses to see the written weights). Written by the
// sonara_test_fixtures library, so that tests that install models do not compile libtorch.

#include <string>

namespace sonara::test {

struct TinyKnnVc {
    std::string folder;
    int layer = 2;  // the WavLM fixture has two layers
};

// Writes the model folder; `fixtures` is the folder holding wavlm/ and hifigan/.
TinyKnnVc writeTinyKnnVc(const std::string& fixtures, const std::string& folder);

}  // namespace sonara::test
