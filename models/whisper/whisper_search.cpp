#include "models/whisper/whisper_search.h"

#include <cmath>
#include <limits>
#include <mutex>

#include "models/common/error.h"

namespace sonara::models {

namespace {

void stopIfAsked(const GreedyOptions& options, int64_t generated) {
    if (options.keepGoing && generated % options.checkEvery == 0 && !options.keepGoing())
        throw Cancelled("transcribing");
}

// Draws one token per row from softmax(logits / temperature): the argmax of p / E with E ~ Exp(1)
// is such a draw (torch.multinomial's own fast path), and unlike multinomial it never reads back
// to the host.
torch::Tensor sampleTokens(const torch::Tensor& logits, double temperature,
                           at::Generator& generator) {
    const auto scaled = logits.to(torch::kFloat32) / temperature;
    auto noise = torch::empty_like(scaled).exponential_(1.0, generator);
    // Exp(1) can round to 0, which would make a -inf logit NaN and win the argmax.
    noise.clamp_min_(std::numeric_limits<float>::min());
    return (scaled - noise.log()).argmax(-1);
}

torch::Tensor chosenLogprobs(const torch::Tensor& logits, const torch::Tensor& chosen) {
    return torch::log_softmax(logits.to(torch::kFloat32), -1)
        .gather(-1, chosen.unsqueeze(-1))
        .squeeze(-1);
}

// stepLogits [rows, L, vocab] of the step that read the whole prompt.
torch::Tensor noSpeechProbabilities(const torch::Tensor& stepLogits, const GreedyOptions& options) {
    const auto rows = stepLogits.size(0);
    if (options.noSpeechToken < 0 || options.noSpeechToken >= stepLogits.size(-1))
        return torch::zeros({rows}, stepLogits.options().dtype(torch::kFloat32));
    return torch::softmax(stepLogits.select(1, options.sotIndex).to(torch::kFloat32), -1)
        .select(-1, options.noSpeechToken);
}

}  // namespace

at::Generator seededGenerator(const torch::Device& device, uint64_t seed) {
    at::Generator source = at::globalContext().defaultGenerator(device);
    at::Generator generator;
    {
        std::lock_guard<std::mutex> lock(source.mutex());
        generator = source.clone();
    }
    generator.set_current_seed(seed);
    return generator;
}

DecodedWindows decodeWindows(WhisperDecoder& decoder, const torch::Tensor& encoder,
                             const torch::Tensor& prompt, const GreedyOptions& options) {
    const auto& config = decoder->config();
    const int64_t batch = prompt.size(0);
    const int64_t promptLength = prompt.size(1);
    const int64_t total = promptLength + options.maxNewTokens;
    const bool sampling = options.temperature > 0.0;
    if (sampling && !options.generator)
        throw Error("Whisper sampling at temperature " + std::to_string(options.temperature) +
                    " needs a generator (seededGenerator)");
    auto generator = options.generator;
    auto tokens = torch::full({batch, total}, config.padTokenId, prompt.options());
    tokens.narrow(1, 0, promptLength).copy_(prompt);
    auto done = torch::zeros({batch}, prompt.options().dtype(torch::kBool));
    const auto eos = torch::full({batch}, config.eosTokenId, prompt.options());
    const auto pad = torch::full({batch}, config.padTokenId, prompt.options());
    auto sumLogprobs = torch::zeros({batch}, prompt.options().dtype(torch::kFloat32));
    torch::Tensor noSpeech;

    WhisperKvCache cache;
    if (options.useCache)
        cache = decoder->makeCache(encoder, total);
    int64_t length = promptLength;
    while (length < total) {
        stopIfAsked(options, length - promptLength);
        torch::Tensor stepLogits;
        if (options.useCache) {
            const auto fresh = tokens.narrow(1, cache.length, length - cache.length);
            stepLogits = decoder->step(fresh, cache);
        } else {
            stepLogits = decoder->forward(tokens.narrow(1, 0, length), encoder);
        }
        if (length == promptLength)
            noSpeech = noSpeechProbabilities(stepLogits, options);
        auto logits = stepLogits.select(1, -1);
        if (options.logitsFilter)
            options.logitsFilter(logits, tokens.narrow(1, 0, length), length);
        auto next =
            sampling ? sampleTokens(logits, options.temperature, *generator) : logits.argmax(-1);
        sumLogprobs.add_(chosenLogprobs(logits, next).masked_fill(done, 0.0));
        next = torch::where(done, pad, next);
        tokens.select(1, length).copy_(next);
        done = done.logical_or(next == eos);
        ++length;
        if (options.stopAtEnd && (length - promptLength) % options.checkEvery == 0 &&
            done.all().item<bool>()) {
            break;
        }
    }
    if (!noSpeech.defined())
        noSpeech = torch::zeros({batch}, sumLogprobs.options());
    return {tokens.narrow(1, 0, length), sumLogprobs, noSpeech};
}

torch::Tensor greedyDecode(WhisperDecoder& decoder, const torch::Tensor& encoder,
                           const torch::Tensor& prompt, const GreedyOptions& options) {
    return decodeWindows(decoder, encoder, prompt, options).tokens;
}

BeamWindows beamDecodeWindows(WhisperDecoder& decoder, const torch::Tensor& encoder,
                              const torch::Tensor& prompt, int64_t beamSize,
                              const GreedyOptions& options) {
    if (beamSize < 1)
        throw Error("Whisper beam search needs a beam size of at least 1, found " +
                    std::to_string(beamSize));
    const auto& config = decoder->config();
    const int64_t batch = prompt.size(0);
    const int64_t rows = batch * beamSize;
    const int64_t promptLength = prompt.size(1);
    const int64_t total = promptLength + options.maxNewTokens;
    const auto device = prompt.device();

    auto tokens = torch::full({rows, total}, config.padTokenId, prompt.options());
    tokens.narrow(1, 0, promptLength).copy_(prompt.repeat_interleave(beamSize, 0));
    auto cache = decoder->makeCache(encoder.repeat_interleave(beamSize, 0), total);
    // Only the first beam of each window is live at the start, so the first step's candidates
    // differ.
    std::vector<double> scores(static_cast<size_t>(rows), -INFINITY);
    for (int64_t b = 0; b < batch; ++b)
        scores[static_cast<size_t>(b * beamSize)] = 0.0;

    struct Finished {
        double score;  // sum of log-probabilities
        std::vector<int64_t> tokens;
    };
    std::vector<std::vector<Finished>> finished(static_cast<size_t>(batch));
    auto rowTokens = [&](const torch::Tensor& cpuTokens, int64_t row, int64_t length) {
        const auto* p = cpuTokens[row].data_ptr<int64_t>();
        return std::vector<int64_t>(p + promptLength, p + length);
    };

    torch::Tensor noSpeech;
    int64_t length = promptLength;
    while (length < total) {
        stopIfAsked(options, length - promptLength);
        const auto stepLogits =
            decoder->step(tokens.narrow(1, cache.length, length - cache.length), cache);
        if (length == promptLength)
            noSpeech = noSpeechProbabilities(stepLogits, options);
        auto logits = stepLogits.select(1, -1);
        if (options.logitsFilter)
            options.logitsFilter(logits, tokens.narrow(1, 0, length), length);
        const auto vocab = logits.size(-1);
        const auto logprobs = torch::log_softmax(logits.to(torch::kFloat32), -1);
        const auto running =
            torch::tensor(std::vector<float>(scores.begin(), scores.end())).to(device).unsqueeze(1);
        const auto top =
            (logprobs + running).view({batch, beamSize * vocab}).topk(2 * beamSize, -1);
        const auto values = std::get<0>(top).cpu();
        const auto indices = std::get<1>(top).cpu();
        const auto cpuTokens = tokens.narrow(1, 0, length).cpu();

        std::vector<int64_t> source(static_cast<size_t>(rows));
        std::vector<int64_t> next(static_cast<size_t>(rows), config.padTokenId);
        std::vector<double> nextScores(static_cast<size_t>(rows), -INFINITY);
        bool allDone = true;
        for (int64_t b = 0; b < batch; ++b) {
            auto& done = finished[static_cast<size_t>(b)];
            int64_t kept = 0;
            for (int64_t c = 0; c < 2 * beamSize && kept < beamSize; ++c) {
                const double score = values[b][c].item<double>();
                const int64_t index = indices[b][c].item<int64_t>();
                const int64_t row = b * beamSize + index / vocab;
                const int64_t token = index % vocab;
                if (!std::isfinite(score))
                    continue;
                if (token == config.eosTokenId) {
                    if (static_cast<int64_t>(done.size()) < beamSize)
                        done.push_back({score, rowTokens(cpuTokens, row, length)});
                    continue;
                }
                const auto slot = static_cast<size_t>(b * beamSize + kept);
                source[slot] = row;
                next[slot] = token;
                nextScores[slot] = score;
                ++kept;
            }
            for (int64_t k = kept; k < beamSize; ++k)
                source[static_cast<size_t>(b * beamSize + k)] = b * beamSize;
            allDone = allDone && static_cast<int64_t>(done.size()) >= beamSize;
        }
        const auto src = torch::tensor(source).to(device);
        tokens = tokens.index_select(0, src);
        for (size_t l = 0; l < cache.selfKey.size(); ++l) {
            // In place: a recorded CUDA graph of the step keeps writing these same tensors.
            cache.selfKey[l].copy_(cache.selfKey[l].index_select(0, src));
            cache.selfValue[l].copy_(cache.selfValue[l].index_select(0, src));
        }
        tokens.select(1, length).copy_(torch::tensor(next).to(device));
        scores = nextScores;
        ++length;
        if (allDone)
            break;
    }

    const auto cpuTokens = tokens.narrow(1, 0, length).cpu();
    BeamWindows best;
    best.tokens.resize(static_cast<size_t>(batch));
    best.sumLogprobs.assign(static_cast<size_t>(batch), -INFINITY);
    for (int64_t b = 0; b < batch; ++b) {
        auto& done = finished[static_cast<size_t>(b)];
        if (done.empty()) {
            for (int64_t k = 0; k < beamSize; ++k) {
                const auto row = b * beamSize + k;
                if (std::isfinite(scores[static_cast<size_t>(row)]))
                    done.push_back(
                        {scores[static_cast<size_t>(row)], rowTokens(cpuTokens, row, length)});
            }
        }
        double bestScore = -INFINITY;
        for (const auto& f : done) {
            const double ranked =
                f.score / static_cast<double>(std::max<size_t>(f.tokens.size(), 1));
            if (ranked > bestScore) {
                bestScore = ranked;
                best.tokens[static_cast<size_t>(b)] = f.tokens;
                best.sumLogprobs[static_cast<size_t>(b)] = f.score;
            }
        }
    }
    const auto firstBeams = noSpeech.defined()
                                ? noSpeech.view({batch, beamSize}).select(1, 0).contiguous().cpu()
                                : torch::zeros({batch}, torch::kFloat32);
    best.noSpeechProbs.assign(firstBeams.data_ptr<float>(), firstBeams.data_ptr<float>() + batch);
    return best;
}

std::vector<std::vector<int64_t>> beamDecode(WhisperDecoder& decoder, const torch::Tensor& encoder,
                                             const torch::Tensor& prompt, int64_t beamSize,
                                             const GreedyOptions& options) {
    return beamDecodeWindows(decoder, encoder, prompt, beamSize, options).tokens;
}

}  // namespace sonara::models
