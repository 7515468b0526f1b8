#include <algorithm>
#include <cmath>

#include "bench_registry.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/whisper/whisper_features.h"
#include "models/whisper/whisper_model.h"
#include "models/whisper/whisper_search.h"

namespace sonara::bench {

namespace whisper {

using namespace sonara::models;

// DESIGN.md's reference work unit: each 30 s window decodes 200 tokens (forced: no end check, so
// runs with random weights compare with runs on real ones).
constexpr int64_t kDefaultTokensPerWindow = 200;
const std::vector<std::string> kSizes = {"tiny",   "base",     "small",
                                         "medium", "large-v3", "large-v3-turbo"};

std::string chosenSize(const BenchOptions& options) {
    const std::string size = options.size.empty() ? "tiny" : options.size;
    if (std::find(kSizes.begin(), kSizes.end(), size) == kSizes.end()) {
        throw Error(
            "--size must be one of tiny, base, small, medium, large-v3, large-v3-turbo; got '" +
            size + "'");
    }
    return size;
}

BenchCase makeWhisper(const BenchOptions& options) {
    const std::string size = chosenSize(options);
    BenchCase c;
    c.device = parseDevice(options.device);
    c.dtype = parseDtype(options.dtype, c.device);

    WhisperModel model{nullptr};
    if (options.checkpoint.empty()) {
        model = WhisperModel(WhisperConfig::preset(size));
    } else {
        model = loadWhisperModel(options.checkpoint);
    }
    model->to(c.device, c.dtype);
    model->eval();
    model->decoder->setCudaGraphs(options.cudaGraphs);
    const WhisperConfig config = model->config();

    // --seconds of audio per batch item, in 30 s windows decoded together.
    const int64_t windowsPerItem =
        std::max<int64_t>(1, std::llround(std::ceil(options.seconds / 30.0)));
    const int64_t windows = windowsPerItem * options.batch;
    InferenceGuard guard;
    auto audio = torch::randn({windows, WhisperFeatureExtractor::kWindowSamples},
                              torch::TensorOptions().device(c.device)) *
                 0.1;
    auto features = std::make_shared<WhisperFeatureExtractor>(config.numMelBins, c.device);
    std::vector<int64_t> promptIds = {config.decoderStartTokenId};
    if (!config.langToId.empty())
        promptIds.push_back(config.langToId.begin()->second);
    if (config.taskToId.count("transcribe"))
        promptIds.push_back(config.taskToId.at("transcribe"));
    if (config.hasTimestamps())
        promptIds.push_back(config.noTimestampsTokenId);
    auto prompt =
        torch::tensor(promptIds).to(c.device).unsqueeze(0).expand({windows, -1}).contiguous();

    GreedyOptions greedy;
    greedy.maxNewTokens =
        std::min<int64_t>(options.tokens > 0 ? options.tokens : kDefaultTokensPerWindow,
                          config.maxTargetPositions - prompt.size(1));
    greedy.stopAtEnd = false;
    c.labels = {{"size", size}};
    if (c.device.is_cuda()) {
        const bool graphs = options.cudaGraphs && WhisperDecoderImpl::cudaGraphsAvailable();
        c.labels.emplace_back("cuda_graphs", graphs ? "on" : "off");
    }
    c.work = {{"windows", static_cast<double>(windows)},
              {"tokens", static_cast<double>(greedy.maxNewTokens)},
              {"audio_seconds", 30.0 * static_cast<double>(windows)}};
    c.throughputKey = "audio_s_per_s";
    c.throughputUnits = 30.0 * static_cast<double>(windows);
    c.extraThroughputs = {{"tokens_per_s", static_cast<double>(greedy.maxNewTokens * windows)}};
    const auto dtype = c.dtype;
    c.run = [model, features, audio, prompt, greedy, dtype]() mutable {
        InferenceGuard inference;
        const auto encoded = model->encoder->forward((*features)(audio).to(dtype));
        greedyDecode(model->decoder, encoded, prompt, greedy);
    };
    return c;
}

const BenchRegistrar registration(
    "whisper",
    "Whisper: log-mel + encoder + greedy KV-cache decoding of --tokens tokens (default 200) per "
    "30 s window; --size tiny|base|small|medium|large-v3|large-v3-turbo (default tiny); "
    "--seconds sets the audio per batch item; --checkpoint loads real weights",
    makeWhisper);

}  // namespace whisper

}  // namespace sonara::bench
