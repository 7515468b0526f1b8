// Parity with transformers' WavLMModel on the reference fixture (stable-layer-norm layout with
// gated relative position bias), loaded through WavLM::load as a real checkpoint is: every hidden
// state within meta.json's tolerance.

#include <torch/torch.h>

#include <cmath>
#include <cstdlib>
#include <string>

#include "check.h"
#include "models/common/array.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/wavlm/wavlm.h"
#include "parity_support.h"

using namespace sonara::models;
using sonara::test::atolFor;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::maxAbsDiff;
using sonara::test::toArray;
using sonara::test::toTensor;

namespace {

// Absolute error within atol, and error relative to the reference's peak within 1e-3, so that a
// port producing near-zero outputs cannot pass on small magnitudes alone.
void checkBoth(const std::string& what, const torch::Tensor& found, const torch::Tensor& expected,
               double atol) {
    const double diff = maxAbsDiff(found, expected);
    checkClose(what, diff, atol);
    const double peak = expected.abs().max().item<double>();
    check(peak > 1e-3, what + ": reference is not all zeros", "peak " + std::to_string(peak));
    checkClose(what + " relative to the reference peak", diff / peak, 1e-3);
}

}  // namespace

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/wavlm";
    std::printf("fixtures: %s\n", dir.c_str());
    const char* deviceEnv = std::getenv("SONARA_TEST_DEVICE");

    const auto input = SafetensorsFile::open(dir + "/inputs.safetensors").tensor("input_values");
    const auto expected =
        SafetensorsFile::open(dir + "/outputs.safetensors").tensor("hidden_states");
    const double atol = atolFor(dir, "hidden_states");

    WavLM::Options options;
    options.device = deviceEnv && *deviceEnv ? deviceEnv : "cpu";
    options.dtype = "fp32";
    const auto model = WavLM::load(dir, options);

    sonara::test::section("wavlm hidden states [batch, samples]", [&] {
        check(model.frameStride() == 320 && model.frameRate() == 50.0, "50 Hz frames");
        const auto states = model.hiddenStates(toArray(input));
        check(states.shape == expected.sizes().vec(), "hidden states shape",
              states.shapeString() + " vs " + shapeString(expected.sizes()));
        const auto found = toTensor(states);
        for (int64_t i = 0; i < expected.size(0) && states.shape == expected.sizes().vec(); ++i)
            checkBoth("hidden_states[" + std::to_string(i) + "]", found[i], expected[i], atol);
    });

    sonara::test::section("wavlm hidden states [samples]", [&] {
        const auto states = model.hiddenStates(toArray(input[0]));
        checkBoth("unbatched hidden states", toTensor(states), expected.select(1, 0), atol);
    });
    return sonara::test::finish();
}
