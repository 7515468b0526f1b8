// kNN-VC on the wavlm and hifigan fixtures: the neighbour indices against a brute-force search
// written here, the averaged features, the vocoder output against the HiFi-GAN fixture applied to
// those features through lin_pre, the authors' .pt vocoder layout, windowed vocoding, matching
// sets on disk and the errors a caller meets.

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "check.h"
#include "models/common/array.h"
#include "models/common/error.h"
#include "models/hifigan/hifigan.h"
#include "models/knnvc/knnvc.h"
#include "models/wavlm/wavlm.h"
#include "support/knnvc_layout.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkThrows;
namespace fs = std::filesystem;

namespace {

FloatArray speechLike(int64_t samples, double pitch, double seed) {
    FloatArray audio({samples});
    for (int64_t i = 0; i < samples; ++i) {
        const double t = double(i) / 16000.0;
        const double envelope = 0.5 + 0.5 * std::sin(2 * M_PI * 3.0 * t + seed);
        audio.data[size_t(i)] =
            float(envelope * (0.3 * std::sin(2 * M_PI * pitch * t) +
                              0.1 * std::sin(2 * M_PI * 2.7 * pitch * t + seed)) +
                  0.02 * std::sin(0.37 * double(i) * seed));
    }
    return audio;
}

torch::Tensor tensorOf(const FloatArray& a) {
    return torch::from_blob(const_cast<float*>(a.data.data()), a.shape, torch::kFloat32).clone();
}

double maxAbsDiff(const FloatArray& a, const FloatArray& b) {
    if (a.shape != b.shape)
        return INFINITY;
    double worst = 0;
    for (size_t i = 0; i < a.data.size(); ++i)
        worst = std::max(worst, double(std::abs(a.data[i] - b.data[i])));
    return worst;
}

// Cosine similarity in double, every query row against every matching row.
std::vector<std::vector<double>> similarities(const FloatArray& query, const FloatArray& matching) {
    const int64_t dim = query.dim(1);
    auto row = [dim](const FloatArray& a, int64_t r) { return a.data.data() + r * dim; };
    auto norm = [dim](const float* x) {
        double s = 0;
        for (int64_t d = 0; d < dim; ++d)
            s += double(x[d]) * x[d];
        return std::sqrt(s);
    };
    std::vector<std::vector<double>> out(size_t(query.dim(0)));
    for (int64_t q = 0; q < query.dim(0); ++q) {
        const float* a = row(query, q);
        for (int64_t m = 0; m < matching.dim(0); ++m) {
            const float* b = row(matching, m);
            double dot = 0;
            for (int64_t d = 0; d < dim; ++d)
                dot += double(a[d]) * b[d];
            out[size_t(q)].push_back(dot / (norm(a) * norm(b)));
        }
    }
    return out;
}

// The k most similar matching rows of each query row, most similar first (lower index on ties).
std::vector<int64_t> bruteForce(const std::vector<std::vector<double>>& sims, int k) {
    std::vector<int64_t> out;
    for (const auto& row : sims) {
        std::vector<int64_t> order(row.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&row](int64_t a, int64_t b) { return row[a] > row[b]; });
        out.insert(out.end(), order.begin(), order.begin() + k);
    }
    return out;
}

// The device under test: the CPU, or SONARA_TEST_DEVICE (e.g. cuda); float32 either way.
std::string testDevice() {
    const char* device = std::getenv("SONARA_TEST_DEVICE");
    return device && *device ? device : "cpu";
}

KnnVc::Options testOptions() {
    KnnVc::Options options;
    options.device = testDevice();
    options.dtype = "fp32";
    return options;
}

}  // namespace

int main() {
    const std::string fixtures = sonara::test::fixturesDir();
    std::printf("fixtures: %s\n", fixtures.c_str());
    sonara::test::TempDir dir("knnvc");
    const auto tiny = sonara::test::knnvc::writeModel(fixtures, dir.file("tiny"));

    const FloatArray query = speechLike(20800, 140.0, 0.3);
    const std::vector<FloatArray> clips = {speechLike(16000, 220.0, 1.1),
                                           speechLike(11200, 180.0, 2.3)};

    KnnVc::Options small = testOptions();
    small.searchBlockElements = 50;  // many blocks of two query rows
    const KnnVc knn = KnnVc::load(tiny.folder, small);
    FloatArray queryFeatures;
    FloatArray matching;

    sonara::test::section("features", [&] {
        check(knn.featureSize() == 32 && knn.hopLength() == 16 && knn.outputSampleRate() == 800 &&
                  knn.sampleRate() == 16000,
              "the tiny model's dimensions come from the two fixtures and knnvc.json");
        WavLM::Options wavlmOptions;
        wavlmOptions.device = testDevice();
        wavlmOptions.dtype = "fp32";
        const WavLM wavlm = WavLM::load(tiny.folder + "/wavlm", wavlmOptions);
        queryFeatures = knn.features(query);
        checkClose("features are WavLM's hidden state 2 (knnvc.json's layer)",
                   maxAbsDiff(queryFeatures, wavlm.layerOutput(query, tiny.layer)), 0.0);
        matching = knn.matchingSet(clips);
        const FloatArray first = knn.features(clips[0]);
        const FloatArray second = knn.features(clips[1]);
        check(matching.dim(0) == first.dim(0) + second.dim(0) && matching.dim(1) == 32,
              "the matching set holds every clip's frames",
              matching.shapeString() + " from " + std::to_string(first.dim(0)) + " + " +
                  std::to_string(second.dim(0)));
        FloatArray joined({first.dim(0) + second.dim(0), 32}, first.data);
        joined.data.insert(joined.data.end(), second.data.begin(), second.data.end());
        checkClose("the clips' features, one after the other", maxAbsDiff(matching, joined), 0.0);

        // A hub WavLM folder may ask for normalised input; kNN-VC's features are of raw audio.
        const std::string normalising = dir.file("normalising");
        sonara::test::knnvc::writeModel(fixtures, normalising);
        std::ofstream(normalising + "/wavlm/preprocessor_config.json")
            << R"({"do_normalize": true})";
        check(maxAbsDiff(WavLM::load(normalising + "/wavlm", wavlmOptions).layerOutput(query, 2),
                         queryFeatures) > 1e-3,
              "the WavLM folder alone would normalise the audio");
        checkClose("kNN-VC takes features of the raw audio all the same",
                   maxAbsDiff(KnnVc::load(normalising, small).features(query), queryFeatures), 0.0);
    });

    sonara::test::section("nearest neighbours", [&] {
        const auto sims = similarities(queryFeatures, matching);
        for (int k : {1, 4, int(matching.dim(0))}) {
            const std::vector<int64_t> found = knn.nearest(queryFeatures, matching, k);
            const std::vector<int64_t> expected = bruteForce(sims, k);
            int differ = 0;
            int ties = 0;
            for (size_t i = 0; i < expected.size(); ++i) {
                if (found[i] == expected[i])
                    continue;
                const auto& row = sims[i / size_t(k)];
                // Only a near-tie in double precision may come out in the other order.
                if (std::abs(row[size_t(found[i])] - row[size_t(expected[i])]) < 1e-6)
                    ++ties;
                else
                    ++differ;
            }
            check(found.size() == expected.size() && differ == 0,
                  "k=" + std::to_string(k) + ": every index is the brute-force search's",
                  std::to_string(differ) + " differ, " + std::to_string(ties) + " near-ties of " +
                      std::to_string(expected.size()));
        }
        KnnVc::Options big = testOptions();
        big.searchBlockElements = int64_t(1) << 26;
        const KnnVc oneBlock = KnnVc::load(tiny.folder, big);
        check(
            oneBlock.nearest(queryFeatures, matching, 4) == knn.nearest(queryFeatures, matching, 4),
            "one block and blocks of two query rows find the same neighbours");
    });

    FloatArray averaged;
    sonara::test::section("averaged features", [&] {
        const int k = 4;
        const std::vector<int64_t> indices = knn.nearest(queryFeatures, matching, k);
        FloatArray expected({queryFeatures.dim(0), 32});
        for (int64_t q = 0; q < queryFeatures.dim(0); ++q) {
            for (int64_t d = 0; d < 32; ++d) {
                double sum = 0;
                for (int j = 0; j < k; ++j)
                    sum += matching.data[size_t(indices[size_t(q * k + j)] * 32 + d)];
                expected.data[size_t(q * 32 + d)] = float(sum / k);
            }
        }
        averaged = knn.match(queryFeatures, matching, k);
        checkClose("each frame is the mean of its 4 neighbours", maxAbsDiff(averaged, expected),
                   1e-6);
    });

    sonara::test::section("vocoder", [&] {
        HifiGan::Options hifiganOptions;
        hifiganOptions.device = "cpu";
        hifiganOptions.dtype = "fp32";
        const HifiGan hifigan = HifiGan::load(fixtures + "/hifigan", hifiganOptions);
        const auto projected =
            torch::matmul(tensorOf(averaged), tiny.linPreWeight.t()) + tiny.linPreBias;
        FloatArray mel(projected.sizes().vec(),
                       std::vector<float>(projected.data_ptr<float>(),
                                          projected.data_ptr<float>() + projected.numel()));
        const FloatArray expected = hifigan.generate(mel);
        const FloatArray wave = knn.vocode(averaged);
        check(wave.rank() == 1 && wave.dim(0) == averaged.dim(0) * 16,
              "16 samples per frame from the .pt vocoder", wave.shapeString());
        // The fixture's small random weights make a quiet waveform: compare relative to its peak.
        double peak = 0;
        for (float v : wave.data)
            peak = std::max(peak, double(std::abs(v)));
        check(peak > 1e-6, "the output is not silence", "peak " + std::to_string(peak));
        // The reference runs on the CPU; cuDNN convolutions default to TF32 on a GPU.
        checkClose("vocoder output = HiFi-GAN fixture on lin_pre(averaged features), relative",
                   maxAbsDiff(wave, expected) / peak, testDevice() == "cpu" ? 1e-4 : 2e-3);
        checkClose("convert() is features, match and vocode",
                   maxAbsDiff(knn.convert(query, matching, 4), wave), 1e-6);

        KnnVc::Options windowed = testOptions();
        windowed.vocoderWindowFrames = 20;
        windowed.vocoderContextFrames = 6;
        const FloatArray pieces = KnnVc::load(tiny.folder, windowed).vocode(averaged);
        checkClose("windows of 20 frames with 6 of context join to the one-pass output, relative",
                   maxAbsDiff(pieces, wave) / peak, 1e-5);
        std::vector<double> seen;
        knn.vocode(averaged, [&seen](double fraction, std::string_view) {
            seen.push_back(fraction);
            return true;
        });
        check(!seen.empty() && seen.back() == 1.0, "vocoding reports progress up to 1");
        checkThrows<Cancelled>("returning false from progress cancels", [&] {
            knn.convert(query, matching, 4, [](double, std::string_view) { return false; });
        });
    });

    sonara::test::section("matching set files", [&] {
        const std::string path = dir.file("voice.safetensors");
        saveMatchingSet(path, matching, {{"model", "tiny"}, {"samples", "a,b"}});
        std::map<std::string, std::string> metadata;
        const FloatArray loaded = loadMatchingSet(path, &metadata);
        checkClose("a saved matching set loads back exactly", maxAbsDiff(loaded, matching), 0.0);
        check(metadata["model"] == "tiny" && metadata["samples"] == "a,b",
              "its metadata comes back");
        check(!fs::exists(path + ".partial"), "no partial file is left");
        std::ofstream(dir.file("bad.safetensors")) << "not a safetensors file";
        checkThrows<Error>("a damaged file is an Error naming it",
                           [&] { loadMatchingSet(dir.file("bad.safetensors")); },
                           {"bad.safetensors"});
    });

    sonara::test::section("errors", [&] {
        checkThrows<Error>("k = 0", [&] { knn.nearest(queryFeatures, matching, 0); }, {"k"});
        checkThrows<Error>("k past the matching set",
                           [&] { knn.nearest(queryFeatures, matching, int(matching.dim(0)) + 1); },
                           {std::to_string(matching.dim(0))});
        checkThrows<Error>("features of the wrong width",
                           [&] {
                               knn.vocode(FloatArray({3, 31}));
                           },
                           {"[frames, 32]"});
        checkThrows<Error>("a clip shorter than one frame",
                           [&] {
                               knn.matchingSet({clips[0], FloatArray({399})});
                           },
                           {"recording 1", "400"});
        checkThrows<Error>("a folder without vocoder/",
                           [&] { KnnVc::load(tiny.folder + "/wavlm", testOptions()); },
                           {"vocoder/"});
        KnnVc::Options deep = testOptions();
        deep.layer = 6;
        checkThrows<Error>("a layer the WavLM does not have",
                           [&] { KnnVc::load(tiny.folder, deep); }, {"layer 6", "2 layers"});

        const std::string broken = dir.file("broken");
        sonara::test::knnvc::writeModel(fixtures, broken);
        std::ofstream(broken + "/vocoder/config.json") << R"({"resblock": "2"})";
        checkThrows<Error>("a ResBlock2 vocoder is refused", [&] { KnnVc::load(broken, small); },
                           {"resblock \"2\""});
        std::ofstream(broken + "/vocoder/config.json")
            << R"({"upsample_rates": [4, 4], "upsample_kernel_sizes": [8, 8],
                   "upsample_initial_channel": 32, "resblock_kernel_sizes": [3, 5],
                   "resblock_dilation_sizes": [[1, 3], [1, 3]], "hubert_dim": 32,
                   "hifi_dim": 16, "sampling_rate": 16000})";
        checkThrows<Error>("a vocoder whose rate does not fit WavLM's frames",
                           [&] { KnnVc::load(broken, small); }, {"16 samples per frame"});
        std::ofstream(broken + "/vocoder/config.json")
            << R"({"upsample_rates": [4, 4], "upsample_kernel_sizes": [8, 8],
                   "upsample_initial_channel": 32, "resblock_kernel_sizes": [3, 5],
                   "resblock_dilation_sizes": [[1, 3], [1, 3]], "hubert_dim": 24,
                   "hifi_dim": 16, "sampling_rate": 800})";
        checkThrows<Error>("a vocoder for other features names lin_pre's mismatch",
                           [&] { KnnVc::load(broken, small); }, {"lin_pre"});
    });

    return sonara::test::finish();
}
