#include "models/marian/marian_search.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/common/error.h"

namespace sonara::models {

namespace {

constexpr int64_t kFinishedCheckEvery = 8;  // greedy: steps between host syncs
constexpr int64_t kInitialCacheSlots = 64;

// The processors' constant part, made once per search so that steps copy nothing to the device.
struct Processors {
    torch::Tensor badWords;  // long ids, or undefined
    int64_t forcedEos = -1;
    int64_t lastStep = 0;
};

Processors processorsFor(const MarianConfig& config, const MarianSearchOptions& options,
                         const torch::Device& device) {
    Processors p;
    if (!options.badWordIds.empty()) {
        p.badWords = torch::tensor(options.badWordIds, torch::kLong).to(device);
    }
    p.forcedEos = options.forceEos ? config.forcedEosTokenId : -1;
    p.lastStep = options.maxNewTokens - 1;
    return p;
}

// Next-token log-probabilities (beam search) or logits (greedy) with the processors applied.
torch::Tensor processed(torch::Tensor scores, const Processors& p, int64_t step) {
    if (p.badWords.defined())
        scores.index_fill_(1, p.badWords, -std::numeric_limits<float>::infinity());
    if (p.forcedEos >= 0 && step == p.lastStep) {
        auto forced = torch::full_like(scores, -std::numeric_limits<float>::infinity());
        forced.select(1, p.forcedEos).fill_(0.0);
        scores = forced;
    }
    return scores;
}

void reportStep(const MarianStepFn& onStep, int64_t step, int64_t maxSteps) {
    if (onStep && !onStep(step, maxSteps))
        throw Cancelled("translating");
}

MarianKvCache prepare(MarianModelImpl& model, const torch::Tensor& ids, int64_t repeat,
                      int64_t maxNewTokens) {
    const auto mask = model.sourceMask(ids);
    auto encoder = model.encode(ids, mask);
    auto streamMask = mask;
    if (repeat > 1) {
        encoder = encoder.repeat_interleave(repeat, 0);
        streamMask = mask.repeat_interleave(repeat, 0);
    }
    return model.decoder->makeCache(encoder, streamMask,
                                    std::min(maxNewTokens + 1, kInitialCacheSlots));
}

std::vector<std::vector<int64_t>> greedy(MarianModelImpl& model, const torch::Tensor& ids,
                                         const MarianSearchOptions& options,
                                         const MarianStepFn& onStep) {
    const auto& config = model.config();
    const int64_t batch = ids.size(0);
    auto cache = prepare(model, ids, 1, options.maxNewTokens);
    const auto longs = torch::TensorOptions().dtype(torch::kLong).device(ids.device());
    auto tokens = torch::full({batch, 1}, config.decoderStartTokenId, longs);
    auto finished = torch::zeros({batch}, longs.dtype(torch::kBool));
    const auto processors = processorsFor(config, options, ids.device());
    std::vector<torch::Tensor> steps;
    for (int64_t step = 0; step < options.maxNewTokens; ++step) {
        const auto hidden = model.decoder->forward(tokens, cache);
        const auto logits = model.logits(hidden.select(1, -1)).to(torch::kFloat32);
        auto next = processed(logits, processors, step).argmax(-1);
        next = torch::where(finished, torch::full({}, config.padTokenId, longs), next);
        finished = finished.logical_or(next == config.eosTokenId);
        steps.push_back(next);
        tokens = next.unsqueeze(1);
        reportStep(onStep, step + 1, options.maxNewTokens);
        if ((step + 1) % kFinishedCheckEvery == 0 && finished.all().item<bool>())
            break;
    }
    std::vector<std::vector<int64_t>> out(static_cast<size_t>(batch));
    if (steps.empty())
        return out;
    const auto all = torch::stack(steps, 1).to(torch::kCPU).contiguous();
    const auto* data = all.data_ptr<int64_t>();
    for (int64_t b = 0; b < batch; ++b) {
        for (int64_t s = 0; s < all.size(1); ++s) {
            const int64_t token = data[b * all.size(1) + s];
            out[size_t(b)].push_back(token);
            if (token == config.eosTokenId)
                break;
        }
    }
    return out;
}

// The finished hypotheses of one source, at most `beams` of them, best first.
struct Finished {
    std::vector<std::pair<double, std::vector<int64_t>>> hypotheses;
    bool done = false;

    void add(double score, std::vector<int64_t> tokens, size_t beams) {
        hypotheses.emplace_back(score, std::move(tokens));
        std::stable_sort(hypotheses.begin(), hypotheses.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        if (hypotheses.size() > beams)
            hypotheses.pop_back();
    }
    double worst() const { return hypotheses.back().first; }
};

struct Candidate {
    int64_t stream;
    int64_t token;
    float score;
};

std::vector<std::vector<int64_t>> beamSearch(MarianModelImpl& model, const torch::Tensor& ids,
                                             const MarianSearchOptions& options,
                                             const MarianStepFn& onStep) {
    const auto& config = model.config();
    const int64_t batch = ids.size(0);
    const int64_t beams = options.beams;
    const double penalty = options.lengthPenalty;
    auto cache = prepare(model, ids, beams, options.maxNewTokens);
    const auto longs = torch::TensorOptions().dtype(torch::kLong).device(ids.device());
    auto tokens = torch::full({batch * beams, 1}, config.decoderStartTokenId, longs);
    // Only the first beam of each source is live at the start, so the first step does not pick
    // the same token k times.
    std::vector<float> beamScores(size_t(batch * beams), -1e9f);
    for (int64_t b = 0; b < batch; ++b)
        beamScores[size_t(b * beams)] = 0.0f;
    std::vector<std::vector<int64_t>> sequences(size_t(batch * beams));
    std::vector<Finished> finished(static_cast<size_t>(batch));
    const auto processors = processorsFor(config, options, ids.device());

    int64_t step = 0;
    for (; step < options.maxNewTokens; ++step) {
        const auto hidden = model.decoder->forward(tokens, cache);
        auto scores =
            torch::log_softmax(model.logits(hidden.select(1, -1)).to(torch::kFloat32), -1);
        scores = processed(scores, processors, step);
        if (options.renormalize)
            scores = torch::log_softmax(scores, -1);
        const int64_t vocab = scores.size(1);
        const auto running = torch::tensor(beamScores).to(scores.device()).unsqueeze(1);
        const auto top = (scores + running).view({batch, beams * vocab}).topk(2 * beams, 1);
        const auto values = std::get<0>(top).to(torch::kCPU).contiguous();
        const auto indices = std::get<1>(top).to(torch::kCPU).contiguous();

        std::vector<Candidate> next;
        const double generated = double(step + 1);
        for (int64_t b = 0; b < batch; ++b) {
            auto& done = finished[size_t(b)];
            if (done.done) {
                for (int64_t k = 0; k < beams; ++k)
                    next.push_back({b * beams + k, config.padTokenId, 0.0f});
                continue;
            }
            int64_t kept = 0;
            for (int64_t r = 0; r < 2 * beams && kept < beams; ++r) {
                const int64_t flat = indices.data_ptr<int64_t>()[b * 2 * beams + r];
                const float score = values.data_ptr<float>()[b * 2 * beams + r];
                const int64_t stream = b * beams + flat / vocab;
                const int64_t token = flat % vocab;
                if (token == config.eosTokenId) {
                    if (r >= beams)
                        continue;
                    auto hypothesis = sequences[size_t(stream)];
                    hypothesis.push_back(token);
                    done.add(score / std::pow(generated, penalty), std::move(hypothesis),
                             size_t(beams));
                    continue;
                }
                next.push_back({stream, token, score});
                ++kept;
            }
            // transformers' default (early_stopping=False): stop once no running beam can
            // beat the worst finished one at the current length.
            const float best = next[next.size() - size_t(kept)].score;
            if (int64_t(done.hypotheses.size()) >= beams &&
                best / std::pow(generated, penalty) <= done.worst())
                done.done = true;
        }

        std::vector<int64_t> order, newTokens;
        std::vector<std::vector<int64_t>> newSequences;
        for (size_t i = 0; i < next.size(); ++i) {
            order.push_back(next[i].stream);
            newTokens.push_back(next[i].token);
            beamScores[i] = next[i].score;
            newSequences.push_back(sequences[size_t(next[i].stream)]);
            newSequences.back().push_back(next[i].token);
        }
        sequences = std::move(newSequences);
        cache.select(torch::tensor(order, longs));
        tokens = torch::tensor(newTokens, longs).unsqueeze(1);
        reportStep(onStep, step + 1, options.maxNewTokens);
        if (std::all_of(finished.begin(), finished.end(), [](const Finished& f) { return f.done; }))
            break;
    }

    std::vector<std::vector<int64_t>> out(static_cast<size_t>(batch));
    const double generated = double(std::max<int64_t>(1, std::min(step + 1, options.maxNewTokens)));
    for (int64_t b = 0; b < batch; ++b) {
        auto& done = finished[size_t(b)];
        if (!done.done) {
            for (int64_t k = 0; k < beams; ++k) {
                const size_t stream = size_t(b * beams + k);
                done.add(beamScores[stream] / std::pow(generated, penalty), sequences[stream],
                         size_t(beams));
            }
        }
        if (!done.hypotheses.empty())
            out[size_t(b)] = done.hypotheses.front().second;
    }
    return out;
}

}  // namespace

std::vector<std::vector<int64_t>> marianGenerate(MarianModelImpl& model, const torch::Tensor& ids,
                                                 const MarianSearchOptions& options,
                                                 const MarianStepFn& onStep) {
    if (options.maxNewTokens <= 0 || ids.size(0) == 0)
        return std::vector<std::vector<int64_t>>(size_t(ids.size(0)));
    if (options.beams <= 1)
        return greedy(model, ids, options, onStep);
    return beamSearch(model, ids, options, onStep);
}

}  // namespace sonara::models
