// Parity with transformers' SpeechT5HifiGan on the reference fixture, loaded through the same
// HifiGan::load a real checkpoint directory goes through.

#include <torch/torch.h>

#include <cstdlib>

#include "check.h"
#include "models/common/array.h"
#include "models/common/config.h"
#include "models/common/safetensors.h"
#include "models/hifigan/hifigan.h"
#include "parity_support.h"

using namespace sonara::models;
using sonara::test::atolFor;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::maxAbsDiff;
using sonara::test::toArray;

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/hifigan";
    std::printf("fixtures: %s\n", dir.c_str());
    sonara::test::section("SpeechT5HifiGan parity", [&] {
        const double atol = atolFor(dir, "waveform");
        const auto spectrogram =
            SafetensorsFile::open(dir + "/inputs.safetensors").tensor("spectrogram");
        const auto expected =
            SafetensorsFile::open(dir + "/outputs.safetensors").tensor("waveform");

        HifiGan::Options options;
        // The reference ran on CPU in float32; SONARA_TEST_DEVICE can point the check elsewhere.
        const char* device = std::getenv("SONARA_TEST_DEVICE");
        options.device = device && *device ? device : "cpu";
        options.dtype = "fp32";
        const auto vocoder = HifiGan::load(dir, options);
        check(vocoder.melBins() == spectrogram.size(-1), "mel bins from config.json");

        const auto batched = vocoder.generate(toArray(spectrogram));
        check(batched.shape == expected.sizes().vec(), "batched output shape",
              batched.shapeString() + " vs " + shapeString(expected.sizes()));
        checkClose("waveform [batch, samples]", maxAbsDiff(batched, expected), atol);
        // The fixture's waveform peaks below its atol, so the absolute check alone could pass on
        // silence; the error relative to the peak is what shows the port is right.
        const double peak = expected.abs().max().item<double>();
        check(peak > 0.0, "reference waveform is not silent", "peak " + std::to_string(peak));
        checkClose("waveform error relative to the reference peak",
                   maxAbsDiff(batched, expected) / peak, 1e-3);

        const auto single = vocoder.generate(toArray(spectrogram[0]));
        checkClose("unbatched [frames, bins] input, relative to the peak",
                   maxAbsDiff(single, expected[0]) / peak, 1e-3);
    });
    return sonara::test::finish();
}
