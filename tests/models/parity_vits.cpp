// Parity with transformers' VitsModel on the reference fixture (noise_scale 0 and
// noise_scale_duration 0, so the forward is deterministic), loaded through the same Vits::load a
// real checkpoint directory goes through.

#include <torch/torch.h>

#include <cstdlib>

#include "check.h"
#include "models/common/array.h"
#include "models/common/config.h"
#include "models/common/safetensors.h"
#include "models/vits/vits.h"
#include "parity_support.h"

using namespace sonara::models;
using sonara::test::atolFor;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::maxAbsDiff;

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/vits";
    std::printf("fixtures: %s\n", dir.c_str());
    sonara::test::section("VitsModel parity", [&] {
        const auto ids = SafetensorsFile::open(dir + "/inputs.safetensors").tensor("input_ids");
        const auto outputs = SafetensorsFile::open(dir + "/outputs.safetensors");
        const auto idsLong = ids.to(torch::kLong).contiguous();
        const std::vector<int64_t> tokens(idsLong.data_ptr<int64_t>(),
                                          idsLong.data_ptr<int64_t>() + idsLong.numel());

        Vits::Options options;
        // The reference ran on CPU in float32; SONARA_TEST_DEVICE can point the check elsewhere.
        const char* device = std::getenv("SONARA_TEST_DEVICE");
        options.device = device && *device ? device : "cpu";
        options.dtype = "fp32";
        const auto vits = Vits::load(dir, options);
        check(vits.sampleRate() == 16000, "sampling rate from config.json");
        check(!vits.readsText(), "a checkpoint without vocab.json takes token ids only");

        const std::pair<const char*, double> cases[] = {{"waveform", 1.0},
                                                        {"waveform_rate_1_5", 1.5}};
        for (const auto& [name, rate] : cases) {
            const auto expected = outputs.tensor(name);
            Vits::SynthesisOptions synthesis;
            synthesis.speakingRate = rate;
            synthesis.noiseScale = 0.0;
            synthesis.noiseScaleDuration = 0.0;
            const auto wave = vits.synthesizeTokens(tokens, synthesis);
            const std::string label =
                std::string(name) + " (speaking rate " + std::to_string(rate).substr(0, 3) + ")";
            check(wave.numel() == expected.size(-1), label + ": exact length",
                  std::to_string(wave.numel()) + " vs " + std::to_string(expected.size(-1)));
            checkClose(label, maxAbsDiff(wave, expected[0]), atolFor(dir, name));
            const double peak = expected.abs().max().item<double>();
            check(peak > 1e-3, label + ": reference is not silent", "peak " + std::to_string(peak));
        }

        // The config's own speaking_rate, noise_scale and noise_scale_duration (1.0, 0, 0 in the
        // fixture) apply when the options leave them unset.
        const auto defaults = vits.synthesizeTokens(tokens);
        checkClose("config.json defaults", maxAbsDiff(defaults, outputs.tensor("waveform")[0]),
                   atolFor(dir, "waveform"));
    });
    return sonara::test::finish();
}
