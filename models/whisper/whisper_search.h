#pragma once

// Internal to models/: decoding loops over WhisperDecoder (greedy or sampled, and beam search).

#include <torch/torch.h>

#include <functional>
#include <vector>

#include "models/whisper/whisper_model.h"

namespace sonara::models {

// Greedy decoding of a batch of windows, all starting from prompt [batch, P] (on the model's
// device). Returns [batch, P + maxNewTokens]; positions after a row's end token hold pad_token_id
// (the end token in Whisper checkpoints). With useCache false every step reruns the decoder on the
// whole sequence (the reference's no-cache path, for checking the cache). stopAtEnd: stop once
// every row has ended, checked every checkEvery tokens so the device is not synchronised per token.
// logitsFilter, when set, edits the [batch, vocab] logits of each step in place before the argmax.
struct GreedyOptions {
    int64_t maxNewTokens = 224;
    bool useCache = true;
    bool stopAtEnd = true;
    int64_t checkEvery = 8;
    std::function<void(torch::Tensor& logits, const torch::Tensor& tokens, int64_t length)>
        logitsFilter;
    // Above 0, tokens are drawn from softmax(logits / temperature) with generator (a generator of
    // the decoding device) instead of taken by argmax. Beam search ignores it.
    double temperature = 0.0;
    c10::optional<at::Generator> generator;
    // The no-speech probability is the softmax at noSpeechToken of the logits at prompt position
    // sotIndex (those following <|startoftranscript|>); -1 leaves it 0.
    int64_t noSpeechToken = -1;
    int64_t sotIndex = 0;
    // Asked every checkEvery tokens; false stops the decoding with Cancelled, so a cancel is
    // answered within a few tokens even where one window takes many seconds (large models on
    // a CPU).
    std::function<bool()> keepGoing;
};

// What decodeWindows returns; the tensors stay on the decoding device until read.
struct DecodedWindows {
    torch::Tensor tokens;  // [batch, P + n] as greedyDecode returns
    // [batch] float32: sum of the log-probabilities (log_softmax of the filtered logits) of the
    // generated tokens up to and including the end token, as the reference's sum_logprobs.
    torch::Tensor sumLogprobs;
    torch::Tensor noSpeechProbs;  // [batch] float32
};
DecodedWindows decodeWindows(WhisperDecoder& decoder, const torch::Tensor& encoder,
                             const torch::Tensor& prompt, const GreedyOptions& options);
torch::Tensor greedyDecode(WhisperDecoder& decoder, const torch::Tensor& encoder,
                           const torch::Tensor& prompt, const GreedyOptions& options);

// A generator of device's type seeded with seed, independent of the global one.
at::Generator seededGenerator(const torch::Device& device, uint64_t seed);

// Beam search over a batch of windows (beamSize hypotheses each, OpenAI Whisper's rule): a
// hypothesis ending in the end token is set aside; a window is done once it has beamSize of them;
// the best is the one with the highest sum of log-probabilities divided by its length. Returns the
// generated tokens of each window (without prompt and end token). The cache is reordered on the
// device; choosing among candidates reads the top 2 * beamSize of each window on the host every
// step.
std::vector<std::vector<int64_t>> beamDecode(WhisperDecoder& decoder, const torch::Tensor& encoder,
                                             const torch::Tensor& prompt, int64_t beamSize,
                                             const GreedyOptions& options);

// beamDecode with the best hypothesis' sum of log-probabilities (end token included) and each
// window's no-speech probability.
struct BeamWindows {
    std::vector<std::vector<int64_t>> tokens;
    std::vector<double> sumLogprobs;
    std::vector<double> noSpeechProbs;
};
BeamWindows beamDecodeWindows(WhisperDecoder& decoder, const torch::Tensor& encoder,
                              const torch::Tensor& prompt, int64_t beamSize,
                              const GreedyOptions& options);

}  // namespace sonara::models
