#include "models/knnvc/knnvc.h"

#include <algorithm>
#include <filesystem>

#include "models/common/config.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/knnvc/knnvc_match.h"
#include "models/knnvc/knnvc_vocoder.h"
#include "models/wavlm/wavlm.h"

namespace sonara::models {

namespace fs = std::filesystem;

namespace {

constexpr int kAuthorsLayer = 6;  // WavLM-large's layer 6, as kNN-VC's SPEAKER_INFORMATION_WEIGHTS

// Options::layer -1: knnvc.json's "layer" in the model folder, else the authors' layer 6.
int layerFor(const fs::path& folder, int requested) {
    if (requested >= 0)
        return requested;
    const fs::path settings = folder / "knnvc.json";
    if (!fs::exists(settings))
        return kAuthorsLayer;
    return static_cast<int>(Config::load(settings.string()).getInt("layer", kAuthorsLayer));
}

torch::Tensor tensorOf(const FloatArray& a) {
    // Read-only uses: viewing the caller's const data is safe.
    return torch::from_blob(const_cast<float*>(a.data.data()), a.shape, torch::kFloat32);
}

FloatArray arrayOf(const torch::Tensor& t) {
    const auto c = t.to(torch::kCPU, torch::kFloat32).contiguous();
    return FloatArray(c.sizes().vec(),
                      std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel()));
}

// Maps a sub-step's progress into [from, to] of the caller's.
ProgressFn scaled(const ProgressFn& progress, double from, double to) {
    if (!progress)
        return {};
    return [progress, from, to](double fraction, std::string_view stage) {
        return progress(from + (to - from) * fraction, stage);
    };
}

}  // namespace

struct KnnVc::Impl {
    Options options;
    WavLM wavlm;
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    int layer = kAuthorsLayer;
    // Module calls are not const in libtorch; inference does not mutate the module.
    mutable HifiGanGenerator vocoder{nullptr};

    Impl(Options o, WavLM w) : options(std::move(o)), wavlm(std::move(w)) {}

    int64_t hop() const { return vocoder->options().config.hopLength(); }
    void checkFeatures(const FloatArray& features, const std::string& what) const;
    void checkSearch(const FloatArray& query, const FloatArray& matchingSet, int k) const;
    torch::Tensor vocodeTensor(const torch::Tensor& features, const ProgressFn& progress) const;
};

KnnVc::KnnVc(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

KnnVc KnnVc::load(const std::string& folder) {
    return load(folder, Options{});
}

KnnVc KnnVc::load(const std::string& folder, const Options& options) {
    const fs::path root(folder);
    for (const char* part : {"wavlm", "vocoder"}) {
        if (!fs::is_directory(root / part)) {
            throw Error("kNN-VC model folder " + folder + " has no " + part +
                        "/ folder; it needs wavlm/ (a WavLM checkpoint such as "
                        "microsoft/wavlm-large) and vocoder/ (the kNN-VC HiFi-GAN, e.g. "
                        "prematch_g_02500000.pt)");
        }
    }
    Options resolved = options;
    resolved.layer = layerFor(root, options.layer);
    return load((root / "wavlm").string(), (root / "vocoder").string(), resolved);
}

KnnVc KnnVc::load(const std::string& wavlmDir, const std::string& vocoderPath,
                  const Options& options) {
    if (options.vocoderWindowFrames <= 2 * options.vocoderContextFrames ||
        options.vocoderContextFrames < 0 || options.searchBlockElements < 1) {
        throw Error(
            "kNN-VC options: vocoderWindowFrames must exceed twice vocoderContextFrames (which "
            "must not be negative) and searchBlockElements must be positive");
    }
    WavLM::Options wavlmOptions;
    wavlmOptions.device = options.device;
    wavlmOptions.dtype = options.dtype;
    wavlmOptions.normalize = false;  // the authors' features come from the raw waveform
    auto impl = std::make_shared<Impl>(options, WavLM::load(wavlmDir, wavlmOptions));
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    impl->layer = options.layer < 0 ? kAuthorsLayer : options.layer;
    if (impl->layer > impl->wavlm.numLayers()) {
        throw Error("kNN-VC asks for WavLM layer " + std::to_string(impl->layer) + ", but " +
                    wavlmDir + " has " + std::to_string(impl->wavlm.numLayers()) + " layers");
    }

    impl->vocoder = loadKnnVcVocoder(vocoderPath);
    const HifiGanGeneratorOptions& vocoder = impl->vocoder->options();
    if (vocoder.inputProjectionDim != impl->wavlm.hiddenSize()) {
        throw Error("the kNN-VC vocoder in " + vocoderPath + " takes " +
                    std::to_string(vocoder.inputProjectionDim) + " features per frame, but " +
                    wavlmDir + " makes " + std::to_string(impl->wavlm.hiddenSize()));
    }
    // Output samples per frame over the output rate must be WavLM's frame period.
    const int64_t wavlmRate = impl->wavlm.sampleRate();
    if (impl->hop() * wavlmRate != impl->wavlm.frameStride() * vocoder.config.samplingRate) {
        throw Error("the kNN-VC vocoder in " + vocoderPath + " makes " +
                    std::to_string(impl->hop()) + " samples per frame at " +
                    std::to_string(vocoder.config.samplingRate) + " Hz, which does not fit " +
                    wavlmDir + "'s frames of " + std::to_string(impl->wavlm.frameStride()) +
                    " samples at " + std::to_string(wavlmRate) + " Hz");
    }
    impl->vocoder->to(impl->device, impl->dtype);
    impl->vocoder->eval();
    return KnnVc(std::move(impl));
}

FloatArray KnnVc::features(const FloatArray& audio16k, const ProgressFn& progress) const {
    if (audio16k.rank() != 1) {
        throw Error("kNN-VC audio must have shape [samples]; found " + audio16k.shapeString());
    }
    return impl_->wavlm.layerOutput(audio16k, impl_->layer, progress);
}

FloatArray KnnVc::matchingSet(const std::vector<FloatArray>& clips16k,
                              const ProgressFn& progress) const {
    if (clips16k.empty()) {
        throw Error("a kNN-VC matching set needs at least one recording");
    }
    int64_t totalSamples = 0;
    for (size_t i = 0; i < clips16k.size(); ++i) {
        if (clips16k[i].rank() != 1 || clips16k[i].dim(0) < minimumSamples()) {
            throw Error("matching-set recording " + std::to_string(i) + " has shape " +
                        clips16k[i].shapeString() + "; each needs [samples] with at least " +
                        std::to_string(minimumSamples()) + " samples");
        }
        totalSamples += clips16k[i].dim(0);
    }
    FloatArray all({0, featureSize()});
    int64_t doneSamples = 0;
    for (const FloatArray& clip : clips16k) {
        const double from = double(doneSamples) / double(totalSamples);
        doneSamples += clip.dim(0);
        const FloatArray clipFeatures =
            features(clip, scaled(progress, from, double(doneSamples) / double(totalSamples)));
        all.shape[0] += clipFeatures.dim(0);
        all.data.insert(all.data.end(), clipFeatures.data.begin(), clipFeatures.data.end());
    }
    return all;
}

void KnnVc::Impl::checkFeatures(const FloatArray& features, const std::string& what) const {
    const int64_t size = wavlm.hiddenSize();
    if (features.rank() != 2 || features.dim(1) != size || features.dim(0) < 1 ||
        !features.consistent()) {
        throw Error("kNN-VC " + what + " must have shape [frames, " + std::to_string(size) +
                    "] with at least one frame; found " + features.shapeString() + " holding " +
                    std::to_string(features.data.size()) + " values");
    }
}

void KnnVc::Impl::checkSearch(const FloatArray& query, const FloatArray& matchingSet, int k) const {
    checkFeatures(query, "query features");
    checkFeatures(matchingSet, "matching set");
    if (k < 1 || k > matchingSet.dim(0)) {
        throw Error("kNN-VC k must be from 1 to the matching set's " +
                    std::to_string(matchingSet.dim(0)) + " frames; got " + std::to_string(k));
    }
}

std::vector<int64_t> KnnVc::nearest(const FloatArray& query, const FloatArray& matchingSet,
                                    int k) const {
    impl_->checkSearch(query, matchingSet, k);
    InferenceGuard guard;
    try {
        const auto matching = tensorOf(matchingSet).to(impl_->device);
        const auto indices =
            nearestNeighbours(tensorOf(query), matching, k, impl_->options.searchBlockElements)
                .to(torch::kCPU)
                .contiguous();
        return std::vector<int64_t>(indices.data_ptr<int64_t>(),
                                    indices.data_ptr<int64_t>() + indices.numel());
    } catch (const c10::Error& e) {
        throw Error("kNN-VC search failed on " + deviceName(impl_->device) + ": " +
                    e.what_without_backtrace());
    }
}

FloatArray KnnVc::match(const FloatArray& query, const FloatArray& matchingSet, int k) const {
    impl_->checkSearch(query, matchingSet, k);
    InferenceGuard guard;
    try {
        const auto matching = tensorOf(matchingSet).to(impl_->device);
        const auto indices =
            nearestNeighbours(tensorOf(query), matching, k, impl_->options.searchBlockElements);
        return arrayOf(averageNeighbours(matching, indices));
    } catch (const c10::Error& e) {
        throw Error("kNN-VC search failed on " + deviceName(impl_->device) + ": " +
                    e.what_without_backtrace());
    }
}

torch::Tensor KnnVc::Impl::vocodeTensor(const torch::Tensor& features,
                                        const ProgressFn& progress) const {
    const int64_t frames = features.size(0);
    const int64_t window = options.vocoderWindowFrames;
    const int64_t context = options.vocoderContextFrames;
    const bool single = frames <= window;
    const int64_t span = single ? frames : window;
    const int64_t keep = single ? frames : window - 2 * context;
    const int64_t windows = (frames + keep - 1) / keep;
    const int64_t samplesPerFrame = hop();
    auto wave = torch::empty({frames * samplesPerFrame}, torch::kFloat32);
    for (int64_t w = 0; w < windows; ++w) {
        reportProgress(progress, double(w) / double(windows), "vocoding");
        const int64_t begin = w * keep;
        const int64_t end = std::min(frames, begin + keep);
        const int64_t spanBegin = std::clamp<int64_t>(begin - context, 0, frames - span);
        const auto input = features.narrow(0, spanBegin, span).to(device, dtype).unsqueeze(0);
        const auto out = vocoder->forwardFeatures(input)[0].to(torch::kCPU, torch::kFloat32);
        wave.narrow(0, begin * samplesPerFrame, (end - begin) * samplesPerFrame)
            .copy_(out.narrow(0, (begin - spanBegin) * samplesPerFrame,
                              (end - begin) * samplesPerFrame));
    }
    reportProgress(progress, 1.0, "vocoding");
    return wave;
}

FloatArray KnnVc::vocode(const FloatArray& features, const ProgressFn& progress) const {
    impl_->checkFeatures(features, "features to vocode");
    InferenceGuard guard;
    try {
        return arrayOf(impl_->vocodeTensor(tensorOf(features), progress));
    } catch (const c10::Error& e) {
        throw Error("kNN-VC vocoder failed on " + deviceName(impl_->device) + ": " +
                    e.what_without_backtrace());
    }
}

FloatArray KnnVc::convert(const FloatArray& audio16k, const FloatArray& matchingSet, int k,
                          const ProgressFn& progress) const {
    const FloatArray query = features(audio16k, scaled(progress, 0.0, 0.45));
    const FloatArray matched = match(query, matchingSet, k);
    reportProgress(progress, 0.5, "matching");
    return vocode(matched, scaled(progress, 0.5, 1.0));
}

int KnnVc::sampleRate() const {
    return impl_->wavlm.sampleRate();
}
int KnnVc::outputSampleRate() const {
    return static_cast<int>(impl_->vocoder->options().config.samplingRate);
}
int64_t KnnVc::hopLength() const {
    return impl_->hop();
}
int64_t KnnVc::featureSize() const {
    return impl_->wavlm.hiddenSize();
}
int64_t KnnVc::minimumSamples() const {
    return impl_->wavlm.minimumSamples();
}
int64_t KnnVc::frameCount(int64_t samples) const {
    return impl_->wavlm.frameCount(samples);
}
std::string KnnVc::device() const {
    return deviceName(impl_->device);
}
std::string KnnVc::dtype() const {
    return dtypeName(impl_->dtype);
}

void saveMatchingSet(const std::string& path, const FloatArray& features,
                     const std::map<std::string, std::string>& metadata) {
    if (features.rank() != 2 || !features.consistent()) {
        throw Error("a matching set to save must be [frames, dim] with matching data; found " +
                    features.shapeString());
    }
    const std::string partial = path + ".partial";
    try {
        writeSafetensors(partial, {{"features", tensorOf(features)}}, metadata);
        fs::rename(partial, path);
    } catch (const fs::filesystem_error& e) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        throw Error("cannot save the matching set to " + path + ": " + e.what());
    } catch (...) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        throw;
    }
}

FloatArray loadMatchingSet(const std::string& path, std::map<std::string, std::string>* metadata) {
    const SafetensorsFile file = SafetensorsFile::open(path);
    if (!file.contains("features") || file.info("features").dtype != "F32" ||
        file.info("features").shape.size() != 2) {
        throw Error("matching set " + path + " holds no float32 [frames, dim] \"features\"");
    }
    if (metadata)
        *metadata = file.metadata();
    return arrayOf(file.tensor("features"));
}

}  // namespace sonara::models
