#include "models/demucs/htdemucs.h"

#include <ATen/ATen.h>
#include <c10/util/Exception.h>

#include <cmath>

#include "models/common/device.h"
#include "models/common/error.h"
#include "models/demucs/demucs_apply.h"
#include "models/demucs/htdemucs_bag.h"
#include "models/demucs/htdemucs_model.h"

namespace sonara::models {

struct HTDemucs::Impl {
    HTDemucsConfig config;  // the first model's; a bag's models agree on what separate() needs
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    // Module calls are not const in libtorch; inference does not mutate the modules.
    mutable std::vector<HTDemucsModel> models;
    // [models, sources]: each model's share of each stem, the bag's weights over their per-source
    // totals; undefined for a single model, whose stems are used as they come.
    torch::Tensor shares;
};

namespace {

std::string describe(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return "[" + out + "]";
}

// BagOfModels' checks, plus one segment length for all so that every network call of a segment
// sees all models at once.
void requireCompatible(const HTDemucsConfig& first, const HTDemucsConfig& other,
                       const std::string& firstPath, const std::string& otherPath) {
    std::string what;
    if (other.sources != first.sources)
        what = "sources " + describe(other.sources) + " vs " + describe(first.sources);
    else if (other.sampleRate != first.sampleRate)
        what = "sample rates " + std::to_string(other.sampleRate) + " vs " +
               std::to_string(first.sampleRate);
    else if (other.audioChannels != first.audioChannels)
        what = "audio channels";
    else if (other.segmentSamples != first.segmentSamples ||
             other.useTrainSegment != first.useTrainSegment)
        what = "training segments";
    if (!what.empty()) {
        throw Error("the models of a bag must agree: " + otherPath + " and " + firstPath +
                    " differ in " + what);
    }
}

// weights[m][s] / sum over m of weights[m][s], as apply_model normalises a bag's stems.
torch::Tensor bagShares(const std::vector<std::vector<double>>& weights, size_t models,
                        size_t sources, const std::string& source) {
    if (weights.empty())
        return torch::full({static_cast<int64_t>(models), static_cast<int64_t>(sources)},
                           1.0 / static_cast<double>(models));
    if (weights.size() != models) {
        throw Error(source + ": the bag has " + std::to_string(models) + " models but " +
                    std::to_string(weights.size()) + " rows of weights");
    }
    auto shares = torch::zeros({static_cast<int64_t>(models), static_cast<int64_t>(sources)},
                               torch::kFloat64);
    for (size_t m = 0; m < models; ++m) {
        if (weights[m].size() != sources) {
            throw Error(source + ": weights row " + std::to_string(m + 1) + " has " +
                        std::to_string(weights[m].size()) + " entries; the models have " +
                        std::to_string(sources) + " sources");
        }
        for (size_t s = 0; s < sources; ++s) {
            if (!std::isfinite(weights[m][s]))
                throw Error(source + ": the bag's weights must be finite numbers");
            shares[static_cast<int64_t>(m)][static_cast<int64_t>(s)] = weights[m][s];
        }
    }
    const auto totals = shares.sum(0);
    for (size_t s = 0; s < sources; ++s) {
        if (!(totals[static_cast<int64_t>(s)].item<double>() != 0.0)) {
            throw Error(source + ": the weights of source " + std::to_string(s + 1) +
                        " sum to zero, so no model produces it");
        }
    }
    return (shares / totals).to(torch::kFloat32);
}

}  // namespace

HTDemucs::HTDemucs(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

HTDemucs HTDemucs::load(const std::string& path) {
    return load(path, Options{});
}

HTDemucs HTDemucs::load(const std::string& path, const Options& options) {
    const auto spec = resolveHTDemucsPath(path);
    return fromFiles(spec.models, spec.weights, spec.segment, spec.source, options);
}

HTDemucs HTDemucs::loadBag(const std::vector<std::string>& modelPaths,
                           const std::vector<std::vector<double>>& weights,
                           const Options& options) {
    if (modelPaths.empty())
        throw Error("an HTDemucs bag needs at least one model");
    std::vector<std::string> files;
    for (const auto& path : modelPaths) {
        const auto one = resolveHTDemucsPath(path);
        if (one.models.size() != 1 || !one.weights.empty() || !one.segment.empty()) {
            throw Error(path +
                        " is itself a bag; a bag's models must each be a single model "
                        "file");
        }
        files.push_back(one.models.front());
    }
    return fromFiles(files, weights, "", "the bag " + describe(modelPaths), options);
}

HTDemucs HTDemucs::fromFiles(const std::vector<std::string>& modelFiles,
                             const std::vector<std::vector<double>>& weights,
                             const std::string& segment, const std::string& source,
                             const Options& options) {
    auto impl = std::make_shared<Impl>();
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    for (const auto& file : modelFiles) {
        auto model = loadHTDemucsModel(file);
        if (!segment.empty())
            model->setSegment(segment, source + ": 'segment'");
        if (!impl->models.empty())
            requireCompatible(impl->config, model->config(), modelFiles.front(), file);
        else
            impl->config = model->config();
        model->to(impl->device, impl->dtype);
        model->eval();
        impl->models.push_back(model);
    }
    const size_t sources = impl->config.sources.size();
    if (impl->models.size() > 1 || !weights.empty()) {
        impl->shares =
            bagShares(weights, impl->models.size(), sources, source).to(impl->device, impl->dtype);
    }
    return HTDemucs(std::move(impl));
}

FloatArray HTDemucs::separate(const FloatArray& mix, const ProgressFn& progress) const {
    return separate(mix, SeparateOptions{}, progress);
}

FloatArray HTDemucs::separate(const FloatArray& mix, const SeparateOptions& options,
                              const ProgressFn& progress) const {
    const auto& c = impl_->config;
    const int64_t minimum = minimumSamples();
    if (mix.rank() != 2 || mix.dim(0) != c.audioChannels) {
        throw Error("HTDemucs separates a mix of shape [" + std::to_string(c.audioChannels) +
                    ", samples] (" + std::to_string(c.audioChannels) + " channels); found " +
                    mix.shapeString());
    }
    if (!mix.consistent()) {
        throw Error("HTDemucs mix of shape " + mix.shapeString() + " holds " +
                    std::to_string(mix.data.size()) + " values instead of " +
                    std::to_string(mix.numel()));
    }
    if (mix.dim(1) < minimum) {
        throw Error("HTDemucs needs at least " + std::to_string(minimum) + " samples (one " +
                    "STFT hop at " + std::to_string(c.sampleRate) + " Hz); the mix has " +
                    std::to_string(mix.dim(1)));
    }
    const int64_t segmentLength =
        options.segmentSeconds > 0.0
            ? static_cast<int64_t>(options.segmentSeconds * static_cast<double>(c.sampleRate))
            : c.segmentSamples;
    if (!(options.segmentSeconds >= 0.0) || segmentLength < minimum ||
        (c.useTrainSegment && segmentLength > c.segmentSamples)) {
        throw Error("HTDemucs segments must be between " + std::to_string(minimum) + " and " +
                    std::to_string(c.segmentSamples) + " samples (the training segment of " +
                    std::to_string(c.segmentSeconds) + " s); segmentSeconds " +
                    std::to_string(options.segmentSeconds) + " gives " +
                    std::to_string(segmentLength));
    }
    SegmentedOptions split;
    split.segmentLength = segmentLength;
    split.overlap = options.overlap;
    split.shifts = options.shifts;
    split.maxShift = static_cast<int64_t>(0.5 * static_cast<double>(c.sampleRate));
    split.seed = options.shiftSeed;
    split.batch = options.batch;

    // The last fraction reported, so that the models of a bag can offer a cancellation point
    // between them without moving the bar.
    double lastFraction = 0.0;
    const ProgressFn tracked = [&](double fraction, std::string_view stage) {
        lastFraction = fraction;
        return !progress || progress(fraction, stage);
    };

    InferenceGuard guard;
    torch::Tensor stems;
    try {
        // The network never writes to its input, so viewing the caller's const data is safe.
        auto input =
            torch::from_blob(const_cast<float*>(mix.data.data()), mix.shape, torch::kFloat32);
        // As demucs' separate does: the network sees the mix standardised by its mono
        // downmix's statistics, and the stems are scaled back.
        const auto mono = input.mean(0);
        const double mean = mono.mean().item<double>();
        double scale = mono.std().item<double>();
        if (!(scale > 0.0))
            scale = 1.0;  // digital silence: demucs would divide by zero
        const auto normalised = (input - mean) / scale;
        const auto& impl = *impl_;
        const int64_t sources = static_cast<int64_t>(c.sources.size());
        stems = applySegmented(
            [&](const torch::Tensor& segments) {
                const auto x = segments.to(impl.device, impl.dtype);
                if (!impl.shares.defined())
                    return impl.models.front()->forward(x);
                torch::Tensor sum;
                for (size_t m = 0; m < impl.models.size(); ++m) {
                    if (m > 0)
                        reportProgress(tracked, lastFraction, "separating");
                    const auto share =
                        impl.shares[static_cast<int64_t>(m)].view({1, sources, 1, 1});
                    const auto weighted = impl.models[m]->forward(x) * share;
                    sum = sum.defined() ? sum + weighted : weighted;
                }
                return sum;
            },
            normalised, split, tracked);
        // In place: the stems are the one buffer that grows with the input.
        stems.mul_(scale).add_(mean);
    } catch (const c10::Error& e) {
        throw Error("HTDemucs separation failed on " + deviceName(impl_->device) + ": " +
                    e.what_without_backtrace());
    }
    FloatArray out;
    out.shape = stems.sizes().vec();
    out.data.assign(stems.data_ptr<float>(), stems.data_ptr<float>() + stems.numel());
    return out;
}

const std::vector<std::string>& HTDemucs::sources() const {
    return impl_->config.sources;
}
int HTDemucs::sampleRate() const {
    return static_cast<int>(impl_->config.sampleRate);
}
int HTDemucs::audioChannels() const {
    return static_cast<int>(impl_->config.audioChannels);
}
double HTDemucs::segmentSeconds() const {
    return static_cast<double>(impl_->config.segmentSamples) /
           static_cast<double>(impl_->config.sampleRate);
}
int64_t HTDemucs::minimumSamples() const {
    return impl_->config.hopLength();
}
int HTDemucs::modelCount() const {
    return static_cast<int>(impl_->models.size());
}
std::string HTDemucs::device() const {
    return deviceName(impl_->device);
}
std::string HTDemucs::dtype() const {
    return dtypeName(impl_->dtype);
}

}  // namespace sonara::models
