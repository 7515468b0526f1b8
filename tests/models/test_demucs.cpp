// models/demucs: long inputs through HDemucs::separate against demucs.apply.apply_model's
// overlap-add written out here, the splitting on a linear network, and the errors a caller sees.

#include <torch/torch.h>

#include <fstream>
#include <string>
#include <vector>

#include "check.h"
#include "models/common/device.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/demucs/demucs.h"
#include "models/demucs/demucs_apply.h"
#include "models/demucs/hdemucs_model.h"

using namespace sonara::models;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkThrows;

namespace {

FloatArray toArray(const torch::Tensor& t) {
    const auto c = t.to(torch::kFloat32).contiguous();
    return FloatArray(c.sizes().vec(),
                      std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel()));
}

torch::Tensor toTensor(const FloatArray& a) {
    return torch::from_blob(const_cast<float*>(a.data.data()), a.shape, torch::kFloat32).clone();
}

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
    if (a.sizes() != b.sizes())
        return INFINITY;
    return (a - b).abs().max().item<double>();
}

void copyFile(const std::string& from, const std::string& to) {
    std::ifstream in(from, std::ios::binary);
    std::ofstream out(to, std::ios::binary);
    out << in.rdbuf();
}

// demucs.apply.apply_model (split=True, shifts=0) after demucs' separate standardisation, one
// segment per network call, in the reference's order of operations.
torch::Tensor referenceSeparate(HDemucsModel& model, const torch::Tensor& mix, int64_t segment,
                                double overlap) {
    const auto mono = mix.mean(0);
    const auto mean = mono.mean();
    const auto scale = mono.std();
    const auto x = (mix - mean) / scale;
    const int64_t length = x.size(-1);
    const int64_t stride = static_cast<int64_t>((1 - overlap) * static_cast<double>(segment));
    auto weight = torch::cat({torch::arange(1, segment / 2 + 1, torch::kFloat32),
                              torch::arange(segment - segment / 2, 0, -1, torch::kFloat32)});
    weight = weight / weight.max();
    torch::Tensor out;
    auto sumWeight = torch::zeros({length});
    for (int64_t offset = 0; offset < length; offset += stride) {
        // TensorChunk(mix, offset, segment).padded(segment), then center_trim to the chunk.
        const int64_t chunk = std::min(segment, length - offset);
        const int64_t delta = segment - chunk;
        const int64_t start = offset - delta / 2;
        const int64_t from = std::max<int64_t>(0, start);
        const int64_t to = std::min(length, start + segment);
        const auto padded =
            torch::constant_pad_nd(x.slice(-1, from, to), {from - start, start + segment - to});
        auto y = model->forward(padded.unsqueeze(0))[0];
        y = y.slice(-1, delta / 2, delta / 2 + chunk);
        if (!out.defined())
            out = torch::zeros({y.size(0), y.size(1), length});
        out.slice(-1, offset, offset + chunk) += weight.slice(0, 0, chunk) * y;
        sumWeight.slice(0, offset, offset + chunk) += weight.slice(0, 0, chunk);
    }
    out = out / sumWeight;
    return out * scale + mean;
}

}  // namespace

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/hdemucs";
    std::printf("fixtures: %s\n", dir.c_str());
    torch::manual_seed(3);

    sonara::test::section("transition weights", [] {
        check(transitionWeights(5).allclose(torch::tensor({1.f, 2.f, 3.f, 2.f, 1.f}) / 3),
              "odd length: 1 2 3 2 1, peak 1");
        check(transitionWeights(4).allclose(torch::tensor({1.f, 2.f, 2.f, 1.f}) / 2),
              "even length: 1 2 2 1, peak 1");
    });

    // 0.25 s segments of the fixture model: a stride of 8268 samples, so three full segments and
    // a 5000-sample remainder.
    const int64_t segment = 11025;
    const int64_t stride = 8268;
    const int64_t length = 3 * stride + 5000;

    sonara::test::section("segment spans", [&] {
        SegmentedOptions o;
        o.segmentLength = segment;
        const auto spans = segmentSpans(0, length, o);
        check(spans.size() == 4, "three segments and a remainder",
              std::to_string(spans.size()) + " spans");
        if (spans.size() != 4)
            return;
        check(spans[1].offset == stride && spans[1].length == segment && spans[1].start == stride,
              "a full segment reads exactly its span");
        check(spans[3].offset == 3 * stride && spans[3].length == 5000 &&
                  spans[3].start == 3 * stride - (segment - 5000) / 2,
              "the remainder is centred in a full segment, context half before it");
    });

    sonara::test::section("long input through separate matches the reference overlap-add", [&] {
        HDemucs::Options options;
        options.device = "cpu";
        const auto demucs = HDemucs::load(dir, options);
        auto model = loadHDemucsModel(dir);
        model->eval();

        const auto mix = torch::randn({2, length}) * 0.3 + 0.01;
        HDemucs::SeparateOptions separateOptions;
        separateOptions.segmentSeconds = 0.25;
        separateOptions.batch = 3;  // one batch of three and one of the remainder
        std::vector<double> fractions;
        const auto stems =
            toTensor(demucs.separate(toArray(mix), separateOptions, [&](double f, auto) {
                fractions.push_back(f);
                return true;
            }));

        InferenceGuard guard;
        const auto expected = referenceSeparate(model, mix, segment, 0.25);
        check(stems.sizes() == expected.sizes(), "stems [source, channel, samples]",
              shapeString(stems.sizes()));
        checkClose("batched separate vs per-segment reference", maxAbsDiff(stems, expected), 1e-4);
        check(fractions.size() == 5 && fractions.front() == 0.0 && fractions.back() == 1.0,
              "progress at the start and after each of the four segments",
              std::to_string(fractions.size()) + " reports");

        std::vector<double> seen;
        checkThrows<Cancelled>("a false progress return cancels", [&] {
            demucs.separate(toArray(mix), separateOptions, [&](double f, auto) {
                seen.push_back(f);
                return seen.size() < 3;
            });
        });
        check(seen.size() == 3, "no progress after cancelling");
    });

    sonara::test::section("linear network: stems are the mix's shares, summing to the mix", [&] {
        const auto shares = torch::tensor({0.1f, 0.2f, 0.3f, 0.4f});
        int calls = 0;
        const SegmentForward linear = [&](const torch::Tensor& segments) {
            ++calls;
            return segments.unsqueeze(1) * shares.view({1, 4, 1, 1});
        };
        const auto mix = torch::randn({2, length});
        for (int shifts : {0, 2}) {
            SegmentedOptions o;
            o.segmentLength = segment;
            o.batch = 2;
            o.shifts = shifts;
            o.maxShift = 4000;
            o.seed = 7;
            calls = 0;
            const auto stems = applySegmented(linear, mix, o);
            const std::string label = " (shifts " + std::to_string(shifts) + ")";
            checkClose("stems sum to the mix" + label, maxAbsDiff(stems.sum(0), mix), 1e-5);
            checkClose("each stem is its share of the mix" + label,
                       maxAbsDiff(stems, shares.view({4, 1, 1}) * mix), 1e-5);
            if (shifts == 0)
                check(calls == 2, "four segments in batches of two take two calls");
        }
    });

    sonara::test::section("bad input gives a clear error", [&] {
        HDemucs::Options options;
        options.device = "cpu";
        const auto demucs = HDemucs::load(dir, options);
        checkThrows<Error>("shorter than one STFT hop",
                           [&] {
                               demucs.separate(FloatArray(std::vector<int64_t>{2, 1000}));
                           },
                           {"at least 1024 samples", "1000"});
        checkThrows<Error>("mono mix for a stereo model",
                           [&] {
                               demucs.separate(FloatArray(std::vector<int64_t>{1, 44100}));
                           },
                           {"2 channels", "[1, 44100]"});
        checkThrows<Error>("channels last",
                           [&] {
                               demucs.separate(FloatArray(std::vector<int64_t>{44100, 2}));
                           },
                           {"[44100, 2]"});
        HDemucs::SeparateOptions tiny;
        tiny.segmentSeconds = 0.01;
        checkThrows<Error>("segment shorter than one hop",
                           [&] {
                               demucs.separate(FloatArray(std::vector<int64_t>{2, 44100}), tiny);
                           },
                           {"segments must be at least 1024"});
        HDemucs::SeparateOptions noStride;
        noStride.overlap = 1.0;
        checkThrows<Error>(
            "overlap of a whole segment",
            [&] {
                demucs.separate(FloatArray(std::vector<int64_t>{2, 44100}), noStride);
            },
            {"overlap"});
    });

    sonara::test::section("a checkpoint missing a tensor names it", [&] {
        sonara::test::TempDir temp("sonara-demucs");
        copyFile(dir + "/config.json", temp.file("config.json"));
        const auto source = SafetensorsFile::open(dir + "/model.safetensors");
        const std::string missing = "freq_encoder.4.dconv.layers.1.3.lstm.weight_hh_l1_reverse";
        std::vector<std::pair<std::string, torch::Tensor>> tensors;
        for (const auto& name : source.names()) {
            if (name != missing)
                tensors.emplace_back(name, source.tensor(name));
        }
        writeSafetensors(temp.file("model.safetensors"), tensors);
        checkThrows<Error>("load fails", [&] { HDemucs::load(temp.path); }, {missing});
    });
    return sonara::test::finish();
}
