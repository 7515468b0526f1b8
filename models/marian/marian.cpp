#include "models/marian/marian.h"

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <numeric>
#include <optional>

#include "models/common/device.h"
#include "models/common/error.h"
#include "models/marian/marian_model.h"
#include "models/marian/marian_search.h"
#include "models/marian/marian_tokenizer.h"

namespace sonara::models {

struct Marian::Impl {
    mutable MarianModel model{nullptr};  // forward calls are not const in libtorch
    std::optional<MarianTokenizer> tokenizer;
    torch::Device device{torch::kCPU};
    torch::ScalarType dtype = torch::kFloat32;
    // The modules keep no per-call state, but libtorch modules are not documented as safe for
    // concurrent forward calls; one call at a time per loaded model.
    mutable std::mutex mutex;

    MarianSearchOptions searchOptions(const TranslateOptions& options) const;
    torch::Tensor batchOf(const std::vector<std::vector<int64_t>>& rows, int64_t pad) const;
};

Marian::Marian(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Marian Marian::load(const std::string& checkpointDir) {
    return load(checkpointDir, Options{});
}

Marian Marian::load(const std::string& checkpointDir, const Options& options) {
    auto impl = std::make_shared<Impl>();
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    impl->model = loadMarianModel(checkpointDir);
    impl->model->to(impl->device, impl->dtype);
    impl->model->eval();
    if (std::filesystem::is_regular_file(std::filesystem::path(checkpointDir) / "source.spm"))
        impl->tokenizer = MarianTokenizer::load(checkpointDir);
    return Marian(std::move(impl));
}

MarianSearchOptions Marian::Impl::searchOptions(const TranslateOptions& options) const {
    const auto& config = model->config();
    MarianSearchOptions search;
    search.beams = options.beamSize > 0 ? options.beamSize : config.numBeams;
    search.lengthPenalty =
        options.lengthPenalty >= 0 ? options.lengthPenalty : config.lengthPenalty;
    const int64_t limit = std::min(config.maxLength, config.maxPositionEmbeddings) - 1;
    search.maxNewTokens =
        options.maxNewTokens > 0 ? std::min<int64_t>(options.maxNewTokens, limit) : limit;
    search.forceEos = options.forceEndOfSentence;
    search.badWordIds = config.badWordIds;
    search.renormalize = config.renormalizeLogits;
    return search;
}

torch::Tensor Marian::Impl::batchOf(const std::vector<std::vector<int64_t>>& rows,
                                    int64_t pad) const {
    size_t width = 1;
    for (const auto& row : rows)
        width = std::max(width, row.size());
    const int64_t positions = model->config().maxPositionEmbeddings;
    if (int64_t(width) > positions) {
        throw Error("Marian: a sentence of " + std::to_string(width) +
                    " tokens is longer than the model's " + std::to_string(positions) +
                    " positions; split it into shorter sentences");
    }
    std::vector<int64_t> flat(rows.size() * width, pad);
    for (size_t r = 0; r < rows.size(); ++r) {
        for (size_t c = 0; c < rows[r].size(); ++c) {
            const int64_t id = rows[r][c];
            if (id < 0 || id >= model->config().vocabSize)
                throw Error("Marian: token id " + std::to_string(id) +
                            " is outside the vocabulary");
            flat[r * width + c] = id;
        }
    }
    const auto ids =
        torch::from_blob(flat.data(), {int64_t(rows.size()), int64_t(width)}, torch::kLong);
    return ids.to(device, /*non_blocking=*/false, /*copy=*/true);
}

std::vector<std::vector<int64_t>> Marian::generate(const std::vector<std::vector<int64_t>>& sources,
                                                   const TranslateOptions& options,
                                                   const ProgressFn& progress) const {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    InferenceGuard guard;
    const auto search = impl_->searchOptions(options);
    // Sentences of similar length decode together: less padding, earlier finished batches.
    std::vector<size_t> order(sources.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return sources[a].size() < sources[b].size(); });
    const size_t batchSize = size_t(std::max(1, options.batchSize));
    std::vector<std::vector<int64_t>> out(sources.size());
    reportProgress(progress, 0.0, "translating");
    for (size_t first = 0; first < order.size(); first += batchSize) {
        const size_t count = std::min(batchSize, order.size() - first);
        std::vector<std::vector<int64_t>> rows;
        for (size_t i = 0; i < count; ++i)
            rows.push_back(sources[order[first + i]]);
        const auto ids = impl_->batchOf(rows, impl_->model->config().padTokenId);
        const double done = double(first) / double(order.size());
        const double share = double(count) / double(order.size());
        const auto results =
            marianGenerate(*impl_->model, ids, search, [&](int64_t step, int64_t maxSteps) {
                return !progress ||
                       progress(done + share * double(step) / double(maxSteps), "translating");
            });
        for (size_t i = 0; i < count; ++i)
            out[order[first + i]] = results[i];
    }
    reportProgress(progress, 1.0, "translating");
    return out;
}

std::vector<std::string> Marian::translate(const std::vector<std::string>& texts,
                                           const TranslateOptions& options,
                                           const ProgressFn& progress) const {
    std::vector<std::vector<int64_t>> sources;
    std::vector<size_t> nonEmpty;
    for (size_t i = 0; i < texts.size(); ++i) {
        if (texts[i].find_first_not_of(" \t\r\n") == std::string::npos)
            continue;
        nonEmpty.push_back(i);
        sources.push_back(encode(texts[i]));
        // As the tokenizer's truncation does: a text longer than the model's positions keeps
        // its start and its </s>.
        const auto positions = size_t(impl_->model->config().maxPositionEmbeddings);
        if (sources.back().size() > positions) {
            sources.back().resize(positions);
            sources.back().back() = eosTokenId();
        }
    }
    const auto generated = generate(sources, options, progress);
    std::vector<std::string> out(texts.size());
    for (size_t i = 0; i < nonEmpty.size(); ++i)
        out[nonEmpty[i]] = decode(generated[i]);
    return out;
}

std::vector<float> Marian::logits(const std::vector<std::vector<int64_t>>& sources,
                                  const std::vector<std::vector<int64_t>>& decoderIds) const {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    InferenceGuard guard;
    auto& model = *impl_->model;
    const auto ids = impl_->batchOf(sources, model.config().padTokenId);
    const auto decoder = impl_->batchOf(decoderIds, model.config().padTokenId);
    const auto mask = model.sourceMask(ids);
    auto cache = model.decoder->makeCache(model.encode(ids, mask), mask, decoder.size(1));
    const auto logits = model.logits(model.decoder->forward(decoder, cache))
                            .to(torch::kCPU, torch::kFloat32)
                            .contiguous();
    return std::vector<float>(logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
}

bool Marian::hasTokenizer() const {
    return impl_->tokenizer.has_value();
}

std::vector<int64_t> Marian::encode(const std::string& text) const {
    if (!impl_->tokenizer)
        throw Error(
            "Marian: this checkpoint has no source.spm and vocab.json, so it cannot read "
            "text; install the complete opus-mt model");
    return impl_->tokenizer->encode(text);
}

std::string Marian::decode(const std::vector<int64_t>& ids) const {
    if (!impl_->tokenizer)
        throw Error(
            "Marian: this checkpoint has no target.spm and vocab.json, so it cannot write "
            "text; install the complete opus-mt model");
    return impl_->tokenizer->decode(ids);
}

int64_t Marian::vocabSize() const {
    return impl_->model->config().decoderVocabSize;
}

int64_t Marian::decoderStartTokenId() const {
    return impl_->model->config().decoderStartTokenId;
}

int64_t Marian::eosTokenId() const {
    return impl_->model->config().eosTokenId;
}

std::string Marian::device() const {
    return deviceName(impl_->device);
}

std::string Marian::dtype() const {
    return dtypeName(impl_->dtype);
}

}  // namespace sonara::models
