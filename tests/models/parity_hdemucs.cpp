// Parity with torchaudio.models.HDemucs (hdemucs_high layout at width 4) on the reference fixture,
// loaded through the same checkpoint loader a real HDEMUCS_HIGH_MUSDB_PLUS directory goes through.

#include <torch/torch.h>

#include <cstdlib>

#include "check.h"
#include "models/common/config.h"
#include "models/common/device.h"
#include "models/common/safetensors.h"
#include "models/demucs/demucs.h"
#include "models/demucs/hdemucs_model.h"
#include "parity_support.h"

using namespace sonara::models;
using sonara::test::atolFor;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::maxAbsDiff;

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/hdemucs";
    std::printf("fixtures: %s\n", dir.c_str());
    sonara::test::section("torchaudio HDemucs parity", [&] {
        const double atol = atolFor(dir, "sources");
        const auto mix = SafetensorsFile::open(dir + "/inputs.safetensors").tensor("mix");
        const auto expected = SafetensorsFile::open(dir + "/outputs.safetensors").tensor("sources");

        // The reference ran on CPU in float32; SONARA_TEST_DEVICE can point the check elsewhere.
        const char* deviceSpec = std::getenv("SONARA_TEST_DEVICE");
        const auto device = parseDevice(deviceSpec && *deviceSpec ? deviceSpec : "cpu");
        auto model = loadHDemucsModel(dir);
        model->to(device);
        model->eval();
        InferenceGuard guard;

        const auto stems = model->forward(mix.to(device)).to(torch::kCPU);
        check(stems.sizes() == expected.sizes(), "stems shape",
              shapeString(stems.sizes()) + " vs " + shapeString(expected.sizes()));
        const double diff = maxAbsDiff(stems, expected);
        checkClose("sources [batch, source, channel, time]", diff, atol);
        const double peak = expected.abs().max().item<double>();
        check(peak > 10 * atol, "reference stems are far from silent",
              "peak " + std::to_string(peak));
        checkClose("stems error relative to the reference peak", diff / peak, 1e-4);

        // Two different mixes in one batch: nothing leaks between batch items.
        const auto other = mix.flip(-1) * 0.5;
        const auto batched = model->forward(torch::cat({other, mix}).to(device)).to(torch::kCPU);
        checkClose("second item of a batch of two", maxAbsDiff(batched.slice(0, 1, 2), expected),
                   atol);
    });
    sonara::test::section("public HDemucs facts from config.json", [&] {
        HDemucs::Options options;
        options.device = "cpu";
        const auto demucs = HDemucs::load(dir, options);
        check(demucs.sources() == std::vector<std::string>{"drums", "bass", "other", "vocals"},
              "sources in checkpoint order");
        check(demucs.sampleRate() == 44100, "sample rate");
        check(demucs.audioChannels() == 2, "audio channels");
        check(demucs.dtype() == "float32" && demucs.device() == "cpu", "device and dtype");
    });
    return sonara::test::finish();
}
