// Parity with transformers' MusicgenForConditionalGeneration on the reference fixture: the T5
// text states, teacher-forced decoder logits, greedy and guided generation (codes exact) and the
// EnCodec decode of the greedy codes, the last three through the public MusicGen API.

#include <torch/torch.h>

#include <cstdlib>

#include "check.h"
#include "models/common/config.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/musicgen/musicgen.h"
#include "models/musicgen/musicgen_config.h"
#include "models/musicgen/musicgen_decoder.h"
#include "models/t5/t5_encoder.h"
#include "parity_support.h"

using namespace sonara::models;
using sonara::test::atolFor;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::maxAbsDiff;

namespace {

MusicGen::Tokens tokensOf(const torch::Tensor& ids, const torch::Tensor& mask) {
    const auto i = ids.to(torch::kLong).contiguous();
    const auto m = mask.to(torch::kLong).contiguous();
    return MusicGen::Tokens{
        i.sizes().vec(),
        std::vector<int64_t>(i.data_ptr<int64_t>(), i.data_ptr<int64_t>() + i.numel()),
        std::vector<int64_t>(m.data_ptr<int64_t>(), m.data_ptr<int64_t>() + m.numel())};
}

// Reference codes are [1, batch, codebooks, frames] (EnCodec's chunk axis first).
void checkCodes(const std::string& what, const EncodecCodes& codes,
                const torch::Tensor& reference) {
    const auto expected = reference[0].to(torch::kLong).contiguous();
    const bool sameShape = codes.shape == expected.sizes().vec();
    check(sameShape, what + " shape", codes.shapeString() + " vs " + shapeString(expected.sizes()));
    int64_t mismatches = 0;
    for (size_t i = 0; sameShape && i < codes.data.size(); ++i)
        mismatches += codes.data[i] != expected.data_ptr<int64_t>()[i];
    check(sameShape && mismatches == 0, what + " equal exactly",
          std::to_string(mismatches) + " of " + std::to_string(expected.numel()) + " differ");
}

}  // namespace

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/musicgen";
    std::printf("fixtures: %s\n", dir.c_str());
    const auto inputs = SafetensorsFile::open(dir + "/inputs.safetensors");
    const auto outputs = SafetensorsFile::open(dir + "/outputs.safetensors");
    const auto ids = inputs.tensor("input_ids").to(torch::kLong);
    const auto mask = inputs.tensor("attention_mask").to(torch::kLong);

    sonara::test::section("T5 text encoder and teacher-forced decoder", [&] {
        InferenceGuard guard;
        const auto config = MusicgenConfig::load(dir);
        auto text = loadT5Encoder(dir, "text_encoder.", config.textEncoder);
        const auto hidden = text->forward(ids, mask);
        checkClose("text_hidden [batch, length, d_model]",
                   maxAbsDiff(hidden, outputs.tensor("text_hidden")), atolFor(dir, "text_hidden"));

        auto model = loadMusicgenModel(dir, config);
        // decoder_codes is transformers' [batch * codebooks, steps]; logits come back likewise.
        const auto codes = inputs.tensor("decoder_codes").to(torch::kLong);
        const int64_t codebooks = config.decoder.numCodebooks;
        const auto logits =
            model->forward(hidden, mask, codes.view({-1, codebooks, codes.size(1)}));
        const auto flat = logits.reshape({-1, logits.size(2), logits.size(3)});
        checkClose("teacher_forced_logits [batch * codebooks, steps, vocab]",
                   maxAbsDiff(flat, outputs.tensor("teacher_forced_logits")),
                   atolFor(dir, "teacher_forced_logits"));
    });

    sonara::test::section("generation through MusicGen", [&] {
        MusicGen::Options options;
        // The reference ran on CPU in float32; SONARA_TEST_DEVICE can point the check elsewhere.
        const char* device = std::getenv("SONARA_TEST_DEVICE");
        options.device = device && *device ? device : "cpu";
        options.dtype = "fp32";
        const auto musicgen = MusicGen::load(dir, options);
        check(musicgen.sampleRate() == 32000 && musicgen.numCodebooks() == 4,
              "32 kHz, 4 codebooks from config.json");

        const auto expectedGreedy = outputs.tensor("greedy_codes");
        MusicGen::GenerateOptions greedy;
        greedy.greedy = true;
        greedy.guidanceScale = 1.0;
        // max_new_tokens 12 = frames + codebooks - 1 delayed steps.
        greedy.maxNewFrames = expectedGreedy.size(-1);
        const auto tokens = tokensOf(ids, mask);
        const auto result = musicgen.generate(tokens, greedy);
        checkCodes("greedy_codes", result.codes, expectedGreedy);

        const auto expectedAudio = outputs.tensor("greedy_audio");
        const auto audio = torch::from_blob(const_cast<float*>(result.audio.data.data()),
                                            result.audio.shape, torch::kFloat32);
        check(result.audio.shape == expectedAudio.sizes().vec(), "greedy_audio shape",
              result.audio.shapeString() + " vs " + shapeString(expectedAudio.sizes()));
        checkClose("greedy_audio [batch, channels, samples]", maxAbsDiff(audio, expectedAudio),
                   atolFor(dir, "greedy_audio"));
        const double peak = expectedAudio.abs().max().item<double>();
        check(peak > 0.0, "reference audio is not silent", "peak " + std::to_string(peak));

        MusicGen::GenerateOptions guided = greedy;
        guided.guidanceScale = 3.0;
        checkCodes("cfg3_codes (guidance 3)", musicgen.generate(tokens, guided).codes,
                   outputs.tensor("cfg3_codes"));
    });
    return sonara::test::finish();
}
