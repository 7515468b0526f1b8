// Parity with transformers' WhisperFeatureExtractor and WhisperForConditionalGeneration on the
// reference fixture, loaded through the same loader a real checkpoint directory goes through.

#include <torch/torch.h>

#include <cstdlib>

#include "check.h"
#include "models/common/config.h"
#include "models/common/device.h"
#include "models/common/safetensors.h"
#include "models/whisper/whisper_features.h"
#include "models/whisper/whisper_model.h"
#include "models/whisper/whisper_search.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;

namespace {

double maxAbsDiff(const torch::Tensor& found, const torch::Tensor& expected) {
    if (found.sizes() != expected.sizes())
        return INFINITY;
    return (found.to(torch::kCPU, torch::kFloat64) - expected.to(torch::kFloat64))
        .abs()
        .max()
        .item<double>();
}

// The absolute tolerance alone could pass on near-zero outputs; the error relative to the
// reference's peak shows the port is right.
void checkParity(const std::string& what, const torch::Tensor& found, const torch::Tensor& expected,
                 double atol) {
    check(found.sizes() == expected.sizes(), what + " shape",
          shapeString(found.sizes()) + " vs " + shapeString(expected.sizes()));
    const double err = maxAbsDiff(found, expected);
    checkClose(what, err, atol);
    const double peak = expected.abs().max().item<double>();
    check(peak > 0.0, what + ": reference is not all zero", "peak " + std::to_string(peak));
    checkClose(what + " relative to the reference peak", err / peak, 1e-3);
}

// meta.json states tolerances as "..., atol 1e-4".
double atolFor(const std::string& dir, const std::string& output) {
    const auto text = Config::load(dir + "/meta.json").child("checks").getString(output);
    const auto at = text.find("atol ");
    if (at == std::string::npos)
        throw Error("meta.json: no atol for " + output + ": " + text);
    return std::stod(text.substr(at + 5));
}

}  // namespace

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/whisper";
    std::printf("fixtures: %s\n", dir.c_str());
    const char* deviceEnv = std::getenv("SONARA_TEST_DEVICE");
    const auto device = parseDevice(deviceEnv && *deviceEnv ? deviceEnv : "cpu");
    InferenceGuard guard;
    const auto inputs = SafetensorsFile::open(dir + "/inputs.safetensors");
    const auto outputs = SafetensorsFile::open(dir + "/outputs.safetensors");

    sonara::test::section("WhisperFeatureExtractor parity", [&] {
        const double atol = atolFor(dir, "input_features_80/128");
        const auto wave = inputs.tensor("waveform_16k");
        for (int64_t bins : {80, 128}) {
            const auto name = "input_features_" + std::to_string(bins);
            const WhisperFeatureExtractor extractor(bins, device);
            checkParity(name, extractor(wave), inputs.tensor(name), atol);
        }
        const WhisperFeatureExtractor extractor(80, device);
        const auto batched = extractor(torch::stack({wave, wave * 0.5}));
        checkParity("input_features_80, batch item 0 of 2", batched.narrow(0, 0, 1),
                    inputs.tensor("input_features_80"), atol);
    });

    WhisperModel model{nullptr};
    sonara::test::section("load", [&] {
        model = loadWhisperModel(dir);
        model->to(device);
        check(model->config().decoderStartTokenId == 381, "decoder_start_token_id from config");
    });
    if (!model)
        return sonara::test::finish();

    torch::Tensor encoded;
    sonara::test::section("encoder parity", [&] {
        const auto features = inputs.tensor("input_features_80").to(device);
        encoded = model->encoder->forward(features);
        checkParity("encoder_last_hidden_state", encoded,
                    outputs.tensor("encoder_last_hidden_state"),
                    atolFor(dir, "encoder_last_hidden_state"));
    });
    if (!encoded.defined())
        return sonara::test::finish();

    const auto prompt = inputs.tensor("decoder_prompt").to(device);
    sonara::test::section("decoder parity", [&] {
        const double atol = atolFor(dir, "prompt_logits");
        const auto expected = outputs.tensor("prompt_logits");
        checkParity("prompt_logits", model->decoder->forward(prompt, encoded), expected, atol);

        auto cache = model->decoder->makeCache(encoded, 8);
        auto first = model->decoder->step(prompt.narrow(1, 0, 2), cache);
        auto second = model->decoder->step(prompt.narrow(1, 2, 1), cache);
        checkParity("prompt_logits through the KV cache in two steps",
                    torch::cat({first, second}, 1), expected, atol);
    });

    sonara::test::section("greedy sequence", [&] {
        const auto expected = outputs.tensor("greedy_sequence");
        const int64_t steps = expected.size(1) - prompt.size(1);
        for (bool useCache : {false, true}) {
            GreedyOptions options;
            options.maxNewTokens = steps;
            options.useCache = useCache;
            options.stopAtEnd = false;
            const auto found = greedyDecode(model->decoder, encoded, prompt, options).cpu();
            check(found.sizes() == expected.sizes() && found.equal(expected),
                  std::string("greedy_sequence exact, ") + (useCache ? "KV cache" : "no cache"));
        }
        // Three windows as one batch decode each row as it would be alone.
        const auto batchEncoded = torch::cat({encoded, encoded * 0.5, encoded}, 0);
        GreedyOptions options;
        options.maxNewTokens = steps;
        options.stopAtEnd = false;
        const auto batched =
            greedyDecode(model->decoder, batchEncoded, prompt.expand({3, -1}).contiguous(), options)
                .cpu();
        const auto alone = greedyDecode(model->decoder, encoded * 0.5, prompt, options).cpu();
        check(batched[0].equal(expected[0]) && batched[2].equal(expected[0]) &&
                  batched[1].equal(alone[0]),
              "batch of 3 windows matches each window decoded alone");

        // The fixture's sequence repeats one token, so the cache is also checked on logits of a
        // random sequence fed in a chunk of 5 and then one token at a time.
        torch::manual_seed(0);
        const auto varied = torch::randn({2, encoded.size(1), encoded.size(2)}).to(device) * 4.0;
        const auto tokens = torch::randint(0, model->config().vocabSize, {2, 40},
                                           torch::TensorOptions(torch::kLong).device(device));
        const auto full = model->decoder->forward(tokens, varied);
        auto cache = model->decoder->makeCache(varied, 40);
        std::vector<torch::Tensor> chunks = {model->decoder->step(tokens.narrow(1, 0, 5), cache)};
        for (int64_t i = 5; i < 40; ++i)
            chunks.push_back(model->decoder->step(tokens.narrow(1, i, 1), cache));
        // Beam search of width 1 is greedy decoding; a wider beam scores at least as well.
        GreedyOptions beamOptions;
        beamOptions.maxNewTokens = steps;
        const auto greedyRow = greedyDecode(model->decoder, encoded, prompt, beamOptions).cpu();
        const auto beamOne = beamDecode(model->decoder, encoded, prompt, 1, beamOptions);
        const auto g = greedyRow[0].narrow(0, prompt.size(1), steps).contiguous();
        check(beamOne.size() == 1 &&
                  beamOne[0] == std::vector<int64_t>(g.data_ptr<int64_t>(),
                                                     g.data_ptr<int64_t>() + g.numel()),
              "beam search of width 1 equals greedy");
        const auto beams = beamDecode(model->decoder, torch::cat({encoded, encoded * 0.5}, 0),
                                      prompt.expand({2, -1}).contiguous(), 4, beamOptions);
        check(beams.size() == 2 && !beams[0].empty(), "beam search 4 over a batch of 2 windows");
        checkParity("40 random tokens, batch 2: cached logits vs full recomputation",
                    torch::cat(chunks, 1), full.cpu(), 1e-4);
    });
    return sonara::test::finish();
}
