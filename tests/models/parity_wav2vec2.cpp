// Parity with transformers' Wav2Vec2ForCTC on the reference fixtures: the group-norm base layout
// and the stable-layer-norm large layout, loaded through the loader a real checkpoint goes
// through. argv[1] picks the fixture (wav2vec2_base or wav2vec2_large).

#include <torch/torch.h>

#include <cstdlib>
#include <string>

#include "check.h"
#include "models/common/array.h"
#include "models/common/config.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/wav2vec2/wav2vec2.h"
#include "models/wav2vec2/wav2vec2_model.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;

namespace {

FloatArray toArray(const torch::Tensor& t) {
    const auto c = t.to(torch::kFloat32).contiguous();
    return FloatArray(c.sizes().vec(),
                      std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel()));
}

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& expected) {
    if (a.sizes() != expected.sizes())
        return INFINITY;
    return (a.to(torch::kCPU, torch::kFloat32) - expected.to(torch::kFloat32))
        .abs()
        .max()
        .item<double>();
}

// meta.json states tolerances as "atol 1e-4".
double atolFor(const std::string& dir, const std::string& output) {
    const auto check = Config::load(dir + "/meta.json").child("checks").getString(output);
    const auto at = check.find("atol ");
    if (at == std::string::npos)
        throw Error("meta.json: no atol for " + output + ": " + check);
    return std::stod(check.substr(at + 5));
}

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

int main(int argc, char** argv) {
    const std::string family = argc > 1 ? argv[1] : "wav2vec2_base";
    const std::string dir = sonara::test::fixturesDir() + "/" + family;
    std::printf("fixtures: %s\n", dir.c_str());
    const char* deviceEnv = std::getenv("SONARA_TEST_DEVICE");
    const std::string device = deviceEnv && *deviceEnv ? deviceEnv : "cpu";

    const auto input = SafetensorsFile::open(dir + "/inputs.safetensors").tensor("input_values");
    const auto outputs = SafetensorsFile::open(dir + "/outputs.safetensors");

    sonara::test::section(family + " hidden states", [&] {
        const double atol = atolFor(dir, "hidden_states");
        const auto expected = outputs.tensor("hidden_states");
        auto model = loadWav2Vec2ForCtc(dir);
        const auto dev = parseDevice(device);
        model->to(dev, torch::kFloat32);
        model->eval();
        InferenceGuard guard;
        const auto out = model->forward(input.to(dev), true);
        check(static_cast<int64_t>(out.hiddenStates.size()) == expected.size(0),
              "hidden state count",
              std::to_string(out.hiddenStates.size()) + " vs " + std::to_string(expected.size(0)));
        for (size_t i = 0; i < out.hiddenStates.size() && i < size_t(expected.size(0)); ++i) {
            checkBoth("hidden_states[" + std::to_string(i) + "]", out.hiddenStates[i],
                      expected[static_cast<int64_t>(i)], atol);
        }
    });

    sonara::test::section(family + " logits through Wav2Vec2::load", [&] {
        const double atol = atolFor(dir, "logits");
        const auto expected = outputs.tensor("logits");
        Wav2Vec2::Options options;
        options.device = device;
        options.dtype = "fp32";
        const auto model = Wav2Vec2::load(dir, options);
        check(model.frameStride() == 320, "frame stride 320 samples");

        const auto batched = model.logits(toArray(input));
        check(batched.shape == expected.sizes().vec(), "batched logits shape",
              batched.shapeString() + " vs " + shapeString(expected.sizes()));
        const auto found = torch::from_blob(const_cast<float*>(batched.data.data()), batched.shape,
                                            torch::kFloat32);
        checkBoth("logits [batch, frames, vocab]", found, expected, atol);

        const auto single = model.logits(toArray(input[0]));
        const auto singleFound =
            torch::from_blob(const_cast<float*>(single.data.data()), single.shape, torch::kFloat32);
        checkBoth("unbatched [samples] input", singleFound, expected[0], atol);
    });
    return sonara::test::finish();
}
