// Parity with torchaudio's Tacotron2 on the reference fixture (prenet dropout off, as the fixture
// was made): the teacher-forced forward through the internal module, and free-running synthesis
// with the stop gate through the public Tacotron2, from model.safetensors and from model.pth.

#include <torch/torch.h>

#include <cstdlib>

#include "check.h"
#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/tacotron2/tacotron2.h"
#include "models/tacotron2/tacotron2_model.h"
#include "parity_support.h"

using namespace sonara::models;
using sonara::test::atolFor;
using sonara::test::check;
using sonara::test::checkClose;
using sonara::test::checkEqual;
using sonara::test::checkThrows;
using sonara::test::maxAbsDiff;

namespace {

const char* testDevice() {
    // The reference ran on CPU in float32; SONARA_TEST_DEVICE can point the check elsewhere.
    const char* device = std::getenv("SONARA_TEST_DEVICE");
    return device && *device ? device : "cpu";
}

void checkSynthesis(const std::string& what, const std::string& checkpoint,
                    const torch::Tensor& tokens, const torch::Tensor& lengths,
                    const SafetensorsFile& outputs, double atol) {
    Tacotron2::Options options;
    options.device = testDevice();
    options.dtype = "fp32";
    options.prenetDropout = false;
    const auto model = Tacotron2::load(checkpoint, options);
    std::vector<std::vector<int64_t>> rows;
    for (int64_t r = 0; r < tokens.size(0); ++r) {
        const auto row = tokens[r].slice(0, 0, lengths[r].item<int64_t>()).contiguous();
        rows.emplace_back(row.data_ptr<int64_t>(), row.data_ptr<int64_t>() + row.numel());
    }
    const auto result = model.synthesize(rows);
    const auto expectedLengths = outputs.tensor("infer_lengths").to(torch::kInt64).contiguous();
    checkEqual(what + ": frames per row (exact)", result.frames,
               std::vector<int64_t>(expectedLengths.data_ptr<int64_t>(),
                                    expectedLengths.data_ptr<int64_t>() + expectedLengths.numel()));
    checkClose(what + ": mel after the postnet",
               maxAbsDiff(result.mel, outputs.tensor("infer_mel")), atol);
    checkClose(what + ": alignments",
               maxAbsDiff(result.alignments, outputs.tensor("infer_alignments")), atol);
}

}  // namespace

int main() {
    const std::string dir = sonara::test::fixturesDir() + "/tacotron2";
    std::printf("fixtures: %s\n", dir.c_str());
    const auto inputs = SafetensorsFile::open(dir + "/inputs.safetensors");
    const auto outputs = SafetensorsFile::open(dir + "/outputs.safetensors");
    const auto tokens = inputs.tensor("tokens").to(torch::kInt64);
    const auto lengths = inputs.tensor("lengths").to(torch::kInt64);

    sonara::test::section("teacher-forced forward", [&] {
        const double atol = atolFor(dir, "forward_*");
        auto net = loadTacotron2Net(dir);
        net->setPrenetDropout(false);
        net->to(torch::Device(testDevice()));
        net->eval();
        torch::NoGradGuard noGrad;
        const auto device = torch::Device(testDevice());
        const auto out =
            net->forward(tokens.to(device), lengths, inputs.tensor("mel_specgram").to(device),
                         inputs.tensor("mel_specgram_lengths"));
        checkClose("forward mel", maxAbsDiff(out.mel.cpu(), outputs.tensor("forward_mel")), atol);
        checkClose("forward mel after the postnet",
                   maxAbsDiff(out.melPostnet.cpu(), outputs.tensor("forward_mel_postnet")), atol);
        checkClose("forward gate", maxAbsDiff(out.gate.cpu(), outputs.tensor("forward_gate")),
                   atol);
        checkClose("forward alignments",
                   maxAbsDiff(out.alignments.cpu(), outputs.tensor("forward_alignments")), atol);
    });
    sonara::test::section("free-running synthesis with the stop gate", [&] {
        const double atol = atolFor(dir, "infer_mel / infer_alignments");
        checkSynthesis("model.safetensors", dir, tokens, lengths, outputs, atol);
        checkSynthesis("model.pth", dir + "/model.pth", tokens, lengths, outputs, atol);
    });
    sonara::test::section("bad input", [&] {
        Tacotron2::Options options;
        options.device = "cpu";
        const auto model = Tacotron2::load(dir, options);
        checkThrows<Error>("symbol outside the table",
                           [&] {
                               model.synthesize({{1, 2, 38}});
                           },
                           {"38", "[0, 38)"});
        checkThrows<Error>("empty sequence",
                           [&] {
                               model.synthesize({{1, 2}, {}});
                           },
                           {"sequence 1"});
        const auto drawn = model.synthesize({{3, 4, 5}});
        check(drawn.mel.dim(1) == 80 && drawn.frames.size() == 1,
              "synthesis with prenet dropout on runs");
    });
    return sonara::test::finish();
}
