// Parity with transformers' EncodecModel on the reference fixture (24 kHz layout, causal, weight
// norm), loaded through the same Encodec::load a real checkpoint directory goes through.

#include <torch/torch.h>

#include <cstdlib>

#include "check.h"
#include "models/common/array.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/encodec/encodec.h"
#include "parity_support.h"

using namespace sonara::models;
using sonara::test::atolFor;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::maxAbsDiff;
using sonara::test::toArray;

namespace {

EncodecCodes toCodes(const torch::Tensor& t) {
    const auto c = t.to(torch::kLong).contiguous();
    return EncodecCodes{c.sizes().vec(), std::vector<int64_t>(c.data_ptr<int64_t>(),
                                                              c.data_ptr<int64_t>() + c.numel())};
}

}  // namespace

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/encodec";
    std::printf("fixtures: %s\n", dir.c_str());
    sonara::test::section("EncodecModel parity", [&] {
        const double atol = atolFor(dir, "audio_values");
        const auto input =
            SafetensorsFile::open(dir + "/inputs.safetensors").tensor("input_values");
        const auto outputs = SafetensorsFile::open(dir + "/outputs.safetensors");
        // [chunks, batch, codebooks, frames] with one chunk: the model was not chunked.
        const auto expectedCodes = outputs.tensor("audio_codes")[0];
        const auto expectedAudio = outputs.tensor("audio_values");

        Encodec::Options options;
        // The reference ran on CPU in float32; SONARA_TEST_DEVICE can point the check elsewhere.
        const char* device = std::getenv("SONARA_TEST_DEVICE");
        options.device = device && *device ? device : "cpu";
        options.dtype = "fp32";
        const auto codec = Encodec::load(dir, options);
        check(codec.sampleRate() == 24000 && codec.frameRate() == 75 && codec.hopLength() == 320,
              "sample rate, frame rate and hop length from config.json");
        check(codec.codebooksForBandwidth(3.0) == expectedCodes.size(1), "codebooks for 3.0 kbps",
              std::to_string(codec.codebooksForBandwidth(3.0)) + " vs " +
                  std::to_string(expectedCodes.size(1)));

        const auto codes = codec.encode(toArray(input), 3.0);
        const auto expected = toCodes(expectedCodes);
        check(codes.shape == expected.shape, "codes shape",
              codes.shapeString() + " vs " + expected.shapeString());
        int64_t mismatches = 0;
        for (size_t i = 0; i < std::min(codes.data.size(), expected.data.size()); ++i)
            mismatches += codes.data[i] != expected.data[i];
        check(codes.shape == expected.shape && mismatches == 0, "codes equal exactly",
              std::to_string(mismatches) + " of " + std::to_string(expected.numel()) + " differ");

        const auto audio = codec.decode(expected);
        check(audio.shape == expectedAudio.sizes().vec(), "decoded audio shape",
              audio.shapeString() + " vs " + shapeString(expectedAudio.sizes()));
        checkClose("decoded audio [batch, channels, samples]", maxAbsDiff(audio, expectedAudio),
                   atol);
        // An absolute tolerance alone could pass on near-silence; relative to the peak it cannot.
        const double peak = expectedAudio.abs().max().item<double>();
        check(peak > 0.0, "reference audio is not silent", "peak " + std::to_string(peak));
        checkClose("decoded audio error relative to the reference peak",
                   maxAbsDiff(audio, expectedAudio) / peak, 1e-3);

        const auto single = codec.encode(toArray(input[0]), 3.0);
        check(single.shape == std::vector<int64_t>{expected.shape[1], expected.shape[2]} &&
                  single.data == expected.data,
              "unbatched [channels, samples] input gives the same codes");
    });
    return sonara::test::finish();
}
