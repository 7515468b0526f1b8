// The decoder's single-position step (position and key mask read from the device, so it can be
// recorded as a CUDA graph) against full recomputation; on CUDA (SONARA_TEST_DEVICE=cuda), graph
// replay against plain kernels, in fp32 and fp16.

#include <torch/torch.h>

#include <cstdlib>

#include "check.h"
#include "models/common/device.h"
#include "models/whisper/whisper_model.h"
#include "models/whisper/whisper_search.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::section;

namespace {

WhisperConfig smallConfig() {
    WhisperConfig config;
    config.vocabSize = 512;
    config.dModel = 64;
    config.encoderLayers = 1;
    config.encoderAttentionHeads = 4;
    config.encoderFfnDim = 128;
    config.decoderLayers = 3;
    config.decoderAttentionHeads = 4;
    config.decoderFfnDim = 128;
    config.maxTargetPositions = 64;
    config.decoderStartTokenId = 3;
    config.eosTokenId = 2;
    config.padTokenId = 2;
    return config;
}

torch::Device testDevice() {
    const char* env = std::getenv("SONARA_TEST_DEVICE");
    return parseDevice(env && *env ? env : "cpu");
}

// Logits of every position, one token at a time through the cache, for tokens [batch, length].
torch::Tensor stepwiseLogits(WhisperDecoder& decoder, const torch::Tensor& encoded,
                             const torch::Tensor& tokens, int64_t promptLength) {
    auto cache = decoder->makeCache(encoded, tokens.size(1));
    std::vector<torch::Tensor> steps = {decoder->step(tokens.narrow(1, 0, promptLength), cache)};
    for (int64_t p = promptLength; p < tokens.size(1); ++p)
        steps.push_back(decoder->step(tokens.narrow(1, p, 1), cache));
    return torch::cat(steps, 1);
}

void compareWithRecomputation(const torch::Device& device) {
    torch::manual_seed(7);
    WhisperModel model(smallConfig());
    model->to(device);
    model->eval();
    InferenceGuard guard;
    const auto encoded = torch::randn({2, 1500, 64}).to(device);
    const auto tokens = torch::randint(0, 512, {2, 21}, torch::kLong).to(device);
    for (bool graphs : {false, true}) {
        model->decoder->setCudaGraphs(graphs);
        const auto full = model->decoder->forward(tokens, encoded);
        const auto stepped = stepwiseLogits(model->decoder, encoded, tokens, 3);
        checkClose(std::string("single-position steps match recomputation, graphs ") +
                       (graphs ? "on" : "off"),
                   (full - stepped).abs().max().item<double>(), 1e-4);
    }
}

void compareGraphsWithKernels(const torch::Device& device, torch::ScalarType dtype) {
    torch::manual_seed(11);
    WhisperModel model(smallConfig());
    model->to(device, dtype);
    model->eval();
    InferenceGuard guard;
    const auto encoded = torch::randn({4, 1500, 64}).to(device, dtype);
    const auto prompt = torch::full({4, 2}, 3, torch::kLong).to(device);
    GreedyOptions options;
    options.maxNewTokens = 40;
    options.stopAtEnd = false;
    model->decoder->setCudaGraphs(false);
    const auto plain = greedyDecode(model->decoder, encoded, prompt, options).cpu();
    model->decoder->setCudaGraphs(true);
    const auto replayed = greedyDecode(model->decoder, encoded, prompt, options).cpu();
    check(torch::equal(plain, replayed),
          "greedy tokens with CUDA graphs equal plain kernels in " + dtypeName(dtype));

    // Beam search reorders the cache between steps, in place, so the recording stays valid.
    GreedyOptions beam;
    beam.maxNewTokens = 12;
    model->decoder->setCudaGraphs(false);
    const auto plainBeams = beamDecode(model->decoder, encoded, prompt, 3, beam);
    model->decoder->setCudaGraphs(true);
    const auto replayedBeams = beamDecode(model->decoder, encoded, prompt, 3, beam);
    check(plainBeams == replayedBeams,
          "beam search with CUDA graphs equals plain kernels in " + dtypeName(dtype));
}

}  // namespace

int main() {
    const auto device = testDevice();
    std::printf("device %s\n", deviceName(device).c_str());
    section("single position step", [&] { compareWithRecomputation(device); });
    if (device.is_cuda()) {
        check(WhisperDecoderImpl::cudaGraphsAvailable(), "this CUDA build records CUDA graphs");
        for (auto dtype : {torch::kFloat32, torch::kFloat16}) {
            section("graphs vs kernels " + dtypeName(dtype),
                    [&] { compareGraphsWithKernels(device, dtype); });
        }
    }
    return sonara::test::finish();
}
