// AudioGen's published layout (facebook/audiogen-medium: the audiocraft authors' state_dict.bin
// and compression_state_dict.bin, torch.save files) mapped onto MusicGen's modules. The test
// writes the MusicGen fixture's tensors in that layout, under audiocraft's names, and checks that
// MusicGen loads them and gives the fixture's codes exactly.

#include <torch/types.h>

#include <filesystem>

#include "check.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/encodec/encodec_model.h"
#include "models/musicgen/audiocraft_checkpoint.h"
#include "models/musicgen/musicgen.h"
#include "support/audiogen_layout.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkThrows;

using namespace sonara::test::audiogen;

namespace {

MusicGen::Tokens tokensOf(const torch::Tensor& ids) {
    const auto i = ids.to(torch::kLong).contiguous();
    return MusicGen::Tokens{
        i.sizes().vec(),
        std::vector<int64_t>(i.data_ptr<int64_t>(), i.data_ptr<int64_t>() + i.numel()),
        {}};
}

bool sameCodes(const EncodecCodes& codes, const torch::Tensor& reference) {
    const auto expected = reference[0].to(torch::kLong).contiguous();
    return codes.shape == expected.sizes().vec() &&
           std::equal(codes.data.begin(), codes.data.end(), expected.data_ptr<int64_t>());
}

}  // namespace

int main() {
    const std::string fixture = sonara::test::fixturesDir() + "/musicgen";
    std::printf("fixtures: %s\n", fixture.c_str());

    sonara::test::section("xp.cfg as OmegaConf writes it", [&] {
        const auto cfg = parseOmegaConfYaml(kLmYaml, "xp.cfg");
        check(cfg.child("transformer_lm").getInt("num_heads") == 2, "nested integers");
        check(cfg.child("codebooks_pattern").child("delay").getIntList("delays") ==
                  std::vector<int64_t>({0, 1, 2, 3}),
              "block lists");
        check(cfg.child("fuser").getStringList("cross") == std::vector<std::string>{"description"},
              "flow lists");
        check(cfg.child("dataset").getString("description") ==
                  "a long text that PyYAML folds: it goes on past eighty characters and so "
                  "continues on this line",
              "a quoted value folded onto the next line");
        check(cfg.child("transformer_lm").getInt("layer_scale", -1) == -1, "null reads as absent");
        check(cfg.child("dataset").getDouble("segment_duration") == 10.0, "floats");
    });

    sonara::test::section("the MusicGen fixture in AudioGen's layout gives the same codes", [&] {
        sonara::test::TempDir tmp("audiogen");
        writeAudioGenLayout(tmp.path, fixture);
        const auto inputs = SafetensorsFile::open(fixture + "/inputs.safetensors");
        const auto outputs = SafetensorsFile::open(fixture + "/outputs.safetensors");
        const auto tokens = tokensOf(inputs.tensor("input_ids"));

        MusicGen::Options options;
        options.device = "cpu";
        options.dtype = "fp32";
        const auto audiogen = MusicGen::load(tmp.path, options);
        check(audiogen.sampleRate() == 32000 && audiogen.numCodebooks() == 4,
              "rate and codebooks from the two xp.cfg");
        check(audiogen.hasTokenizer(), "spiece.model from t5/");
        const auto defaults = audiogen.defaultOptions();
        check(defaults.windowSeconds == 10.0 && defaults.guidanceScale == 3.0,
              "windows of dataset.segment_duration, guidance of inference_coef");

        MusicGen::GenerateOptions greedy;
        greedy.greedy = true;
        greedy.guidanceScale = 1.0;
        greedy.maxNewFrames = outputs.tensor("greedy_codes").size(-1);
        const auto result = audiogen.generate(tokens, greedy);
        check(sameCodes(result.codes, outputs.tensor("greedy_codes")), "greedy codes exactly");
        const auto audio = torch::from_blob(const_cast<float*>(result.audio.data.data()),
                                            result.audio.shape, torch::kFloat32);
        const auto expectedAudio = outputs.tensor("greedy_audio");
        const bool sameShape = result.audio.shape == expectedAudio.sizes().vec();
        const double diff = sameShape ? (audio - expectedAudio).abs().max().item<double>() : 1e9;
        check(sameShape && diff <= 1e-4, "decoded audio within 1e-4",
              "max abs diff " + std::to_string(diff));
        auto guided = greedy;
        guided.guidanceScale = 3.0;
        check(sameCodes(audiogen.generate(tokens, guided).codes, outputs.tensor("cfg3_codes")),
              "guidance 3 codes exactly");

        MusicGen::GenerateOptions sampled;
        sampled.maxNewFrames = 10;
        sampled.topK = 20;
        sampled.seed = 9;
        const auto musicgen = MusicGen::load(fixture, options);
        check(audiogen.generate({"a dog barks"}, sampled).codes.data ==
                  musicgen.generate({"a dog barks"}, sampled).codes.data,
              "a text prompt samples the same codes as the transformers layout");
    });

    sonara::test::section("a 16 kHz codec as AudioGen's", [&] {
        // AudioGen's EnCodec: 16 kHz, ratios 8 5 4 2 (320 samples a frame, 50 frames a second).
        // Random weights of that shape in audiocraft's names; the language model is the
        // fixture's, whose codes do not depend on the codec.
        std::string yaml = kCodecYaml;
        yaml.replace(yaml.find("sample_rate: 32000"), 18, "sample_rate: 16000");
        yaml.replace(yaml.find("  - 4\n  - 4\n"), 12, "  - 4\n  - 2\n");
        EncodecConfig codecConfig;
        codecConfig.samplingRate = 16000;
        codecConfig.upsamplingRatios = {8, 5, 4, 2};
        codecConfig.hiddenSize = codecConfig.codebookDim = 16;
        codecConfig.numFilters = 4;
        codecConfig.numLstmLayers = 1;
        codecConfig.useCausalConv = false;
        codecConfig.codebookSize = 64;
        codecConfig.targetBandwidths = {2.1};
        torch::manual_seed(3);
        EncodecModel codec(codecConfig);
        Tensors random;
        for (const auto& item : codec->named_parameters())
            random[item.key()] = item.value().detach();
        for (const auto& item : codec->named_buffers())
            random[item.key()] = item.value().detach().normal_();

        sonara::test::TempDir tmp("audiogen-16k");
        writeAudioGenLayout(tmp.path, fixture);
        saveAudiocraft(tmp.path + "/compression_state_dict.bin", audiocraftCodec(random), yaml);
        MusicGen::Options options;
        options.device = "cpu";
        const auto audiogen = MusicGen::load(tmp.path, options);
        check(audiogen.sampleRate() == 16000 && audiogen.hopLength() == 320 &&
                  audiogen.frameRate() == 50,
              "16 kHz, 320 samples a frame", std::to_string(audiogen.sampleRate()));
        const auto outputs = SafetensorsFile::open(fixture + "/outputs.safetensors");
        const auto inputs = SafetensorsFile::open(fixture + "/inputs.safetensors");
        MusicGen::GenerateOptions greedy;
        greedy.greedy = true;
        greedy.guidanceScale = 1.0;
        greedy.maxNewFrames = outputs.tensor("greedy_codes").size(-1);
        const auto result = audiogen.generate(tokensOf(inputs.tensor("input_ids")), greedy);
        check(sameCodes(result.codes, outputs.tensor("greedy_codes")),
              "the same decoder gives the same codes");
        check(result.audio.shape == std::vector<int64_t>({1, 1, greedy.maxNewFrames * 320}),
              "decoded at 320 samples a frame", result.audio.shapeString());
    });

    sonara::test::section("errors name what is wrong", [&] {
        {
            sonara::test::TempDir tmp("audiogen-no-t5");
            writeAudioGenLayout(tmp.path, fixture);
            std::filesystem::remove_all(tmp.path + "/t5");
            checkThrows<Error>("a missing text encoder is named", [&] { MusicGen::load(tmp.path); },
                               {"t5-large", tmp.path + "/t5"});
        }
        {
            sonara::test::TempDir tmp("audiogen-no-heads");
            std::string yaml = kLmYaml;
            yaml.replace(yaml.find("  num_heads: 2\n"), 15, "");
            writeAudioGenLayout(tmp.path, fixture, yaml);
            checkThrows<Error>("xp.cfg without num_heads is named",
                               [&] { MusicGen::load(tmp.path); }, {"num_heads", "state_dict.bin"});
        }
        {
            sonara::test::TempDir tmp("audiogen-missing");
            writeAudioGenLayout(tmp.path, fixture);
            const auto file = SafetensorsFile::open(fixture + "/model.safetensors");
            auto lm = audiocraftLm(file);
            lm.erase("transformer.layers.1.linear2.weight");
            saveAudiocraft(tmp.path + "/state_dict.bin", lm, kLmYaml);
            checkThrows<Error>("a missing tensor is named", [&] { MusicGen::load(tmp.path); },
                               {"layers.1.fc2.weight", "state_dict.bin"});
        }
    });
    return sonara::test::finish();
}
