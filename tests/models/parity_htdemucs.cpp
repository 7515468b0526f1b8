// Parity with demucs.htdemucs.HTDemucs (facebookresearch/demucs) on the reference fixture: the
// forward on one training segment and on a shorter input, loaded from the fixture's model.pth in
// the published .th layout and from config.json + model.safetensors; demucs' own long-input
// separation (normalisation by the mono mix, segments, overlap 0.25, transition weights); and a
// file laid out like a published .th (float16 state, Fraction segment, class and omegaconf
// objects), built here, that loads to the same network.

#include <torch/types.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

#include "check.h"
#include "models/common/config.h"
#include "models/common/device.h"
#include "models/common/safetensors.h"
#include "models/demucs/htdemucs.h"
#include "models/demucs/htdemucs_model.h"
#include "parity_support.h"
#include "torch_save_writer.h"

using namespace sonara::models;
using sonara::test::atolFor;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::maxAbsDiff;
using sonara::test::toArray;
using sonara::test::toTensor;

namespace {

torch::Device testDevice() {
    // The reference ran on CPU in float32; SONARA_TEST_DEVICE can point the check elsewhere.
    const char* spec = std::getenv("SONARA_TEST_DEVICE");
    return parseDevice(spec && *spec ? spec : "cpu");
}

void checkForward(HTDemucsModel& model, const std::string& label, const torch::Tensor& mix,
                  const torch::Tensor& expected, double atol) {
    const auto device = testDevice();
    model->to(device);
    model->eval();
    InferenceGuard guard;
    const auto stems = model->forward(mix.to(device)).to(torch::kCPU);
    check(stems.sizes() == expected.sizes(), label + ": stems shape",
          shapeString(stems.sizes()) + " vs " + shapeString(expected.sizes()));
    const double diff = maxAbsDiff(stems, expected);
    checkClose(label + " [batch, source, channel, time]", diff, atol);
    const double peak = expected.abs().max().item<double>();
    check(peak > 10 * atol, label + ": reference stems are far from silent",
          "peak " + std::to_string(peak));
}

nlohmann::json readJson(const std::string& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

}  // namespace

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/htdemucs";
    std::printf("fixtures: %s\n", dir.c_str());
    const auto inputs = SafetensorsFile::open(dir + "/inputs.safetensors");
    const auto outputs = SafetensorsFile::open(dir + "/outputs.safetensors");

    sonara::test::section("forward, loaded from the published .th layout (model.pth)", [&] {
        auto model = loadHTDemucsModel(dir + "/model.pth");
        checkForward(model, "one training segment", inputs.tensor("mix_segment"),
                     outputs.tensor("sources_segment"), atolFor(dir, "sources_segment"));
        checkForward(model, "shorter input, padded inside", inputs.tensor("mix_short"),
                     outputs.tensor("sources_short"), atolFor(dir, "sources_short"));
        // Two different mixes in one batch: nothing leaks between batch items.
        const auto mix = inputs.tensor("mix_segment");
        InferenceGuard guard;
        const auto batched =
            model->forward(torch::cat({mix.flip(-1) * 0.5, mix}).to(testDevice())).to(torch::kCPU);
        checkClose("second item of a batch of two",
                   maxAbsDiff(batched.slice(0, 1, 2), outputs.tensor("sources_segment")),
                   atolFor(dir, "sources_segment"));
    });

    sonara::test::section("forward, loaded from config.json + model.safetensors", [&] {
        auto model = loadHTDemucsModel(dir);
        checkForward(model, "one training segment", inputs.tensor("mix_segment"),
                     outputs.tensor("sources_segment"), atolFor(dir, "sources_segment"));
    });

    sonara::test::section("demucs' separate on a long input", [&] {
        HTDemucs::Options options;
        options.device = testDevice().str();
        const auto demucs = HTDemucs::load(dir + "/model.pth", options);
        check(demucs.sources() == std::vector<std::string>{"drums", "bass", "other", "vocals"},
              "sources in checkpoint order");
        check(demucs.sampleRate() == 44100 && demucs.audioChannels() == 2 &&
                  demucs.segmentSeconds() == 1.0 && demucs.modelCount() == 1,
              "rate, channels, 1 s training segment, one model");

        const auto mix = inputs.tensor("mix_long");
        const auto expected = outputs.tensor("separated_long");
        const double atol = atolFor(dir, "separated_long");
        std::vector<double> fractions;
        const auto stems = demucs.separate(toArray(mix), [&](double f, auto) {
            fractions.push_back(f);
            return true;
        });
        checkClose("separated [source, channel, time]", maxAbsDiff(stems, expected), atol);
        // 3.5 s in 1 s segments with a 0.75 s stride: four full segments and a remainder.
        check(fractions.size() == 6 && fractions.front() == 0.0 && fractions.back() == 1.0,
              "progress at the start and after each of the five segments",
              std::to_string(fractions.size()) + " reports");

        HTDemucs::SeparateOptions batched;
        batched.batch = 3;
        checkClose("the same in batches of three segments",
                   maxAbsDiff(demucs.separate(toArray(mix), batched), expected), atol);
    });

    sonara::test::section("a file laid out like a published .th, built here", [&] {
        sonara::test::TempDir temp("sonara-htdemucs-th");
        // As demucs publishes them: the state in float16, the segment a fractions.Fraction.
        const auto weights = SafetensorsFile::open(dir + "/model.safetensors");
        std::vector<std::pair<std::string, torch::Tensor>> state;
        for (const auto& name : weights.names())
            state.emplace_back(name, weights.tensor(name).to(torch::kFloat16));
        const auto path = temp.file("955717e8-8726e21a.th");
        sonara::test::writeDemucsPackage(path, readJson(dir + "/config.json"), {{"segment", "1"}},
                                         state);

        const auto demucs = HTDemucs::load(path);
        check(demucs.segmentSeconds() == 1.0 &&
                  demucs.sources() ==
                      readJson(dir + "/config.json").at("sources").get<std::vector<std::string>>(),
              "kwargs read, Fraction segment included");
        auto model = loadHTDemucsModel(path);
        std::string mismatch;
        for (const auto& item : model->named_parameters()) {
            const auto expected =
                weights.tensor(item.key()).to(torch::kFloat16).to(torch::kFloat32);
            if (!torch::equal(item.value(), expected))
                mismatch = item.key();
        }
        check(mismatch.empty(), "every parameter is the float16 state widened to float32",
              mismatch);
        // float16 weights move the output a little; the network is still the reference's.
        InferenceGuard guard;
        const auto expected = outputs.tensor("sources_segment");
        const auto stems = model->forward(inputs.tensor("mix_segment"));
        const double relative = maxAbsDiff(stems, expected) / expected.abs().max().item<double>();
        checkClose("float16-state output relative to the reference peak", relative, 2e-3);
    });
    return sonara::test::finish();
}
