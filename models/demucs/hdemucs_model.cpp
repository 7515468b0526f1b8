#include "models/demucs/hdemucs_model.h"

#include <filesystem>

#include <memory>

#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/weights.h"
#include "models/demucs/demucs_spec.h"

namespace sonara::models {

namespace {

HDemucsDConvOptions dconvOptions(const HDemucsConfig& c, const HDemucsLayerPlan& p) {
    HDemucsDConvOptions o;
    o.compress = c.dconvComp;
    o.depth = c.dconvDepth;
    o.init = c.dconvInit;
    o.lstm = p.lstm;
    o.attn = p.attn;
    return o;
}

}  // namespace

HDemucsModelImpl::HDemucsModelImpl(const HDemucsConfig& config) : config_(config) {
    config_.validate();
    plans_ = planLayers(config_);
    const auto& c = config_;
    torch::nn::ModuleList freqEncoder, timeEncoder, freqDecoder, timeDecoder;
    for (size_t index = 0; index < plans_.size(); ++index) {
        const auto& p = plans_[index];
        HDemucsEncoderOptions enc;
        enc.chin = p.chinZ;
        enc.chout = p.choutZ;
        enc.kernel = p.kernel;
        enc.stride = p.stride;
        enc.normGroups = c.normGroups;
        enc.freq = p.freq;
        enc.norm = p.norm;
        enc.context = c.contextEnc;
        enc.pad = p.pad;
        enc.dconv = dconvOptions(c, p);
        freqEncoder_.emplace_back(enc);

        HDemucsDecoderOptions dec;
        dec.chin = p.choutZ;
        dec.chout = p.decChinZ;
        dec.last = index == 0;
        dec.kernel = p.kernel;
        dec.stride = p.stride;
        dec.normGroups = c.normGroups;
        dec.freq = p.freq;
        dec.norm = p.norm;
        dec.context = c.context;
        dec.pad = p.pad;
        freqDecoder_.insert(freqDecoder_.begin(), HDemucsDecoder(dec));

        if (p.hasTimeBranch) {
            timeEncoder_.emplace_back(
                onTimeAxis(enc, p.chin, p.chout, p.timeKernel, p.timeStride, p.lastFreq));
            timeDecoder_.insert(timeDecoder_.begin(),
                                HDemucsDecoder(onTimeAxis(dec, p.chout, p.decChin, p.timeKernel,
                                                          p.timeStride, p.lastFreq)));
        }
        if (index == 0 && c.freqEmb != 0.0) {
            auto holder = std::make_shared<torch::nn::Module>();
            freqEmb_ =
                holder->register_module("embedding", torch::nn::Embedding(p.freqsAfter, p.choutZ));
            register_module("freq_emb", holder);
        }
    }
    for (auto& m : freqEncoder_)
        freqEncoder->push_back(m);
    for (auto& m : timeEncoder_)
        timeEncoder->push_back(m);
    for (auto& m : freqDecoder_)
        freqDecoder->push_back(m);
    for (auto& m : timeDecoder_)
        timeDecoder->push_back(m);
    register_module("freq_encoder", freqEncoder);
    register_module("freq_decoder", freqDecoder);
    register_module("time_encoder", timeEncoder);
    register_module("time_decoder", timeDecoder);
}

std::vector<std::string> HDemucsModelImpl::unusedCheckpointPrefixes() const {
    std::vector<std::string> unused;
    for (size_t i = 0; i < timeEncoder_.size(); ++i) {
        if (timeEncoder_[i]->empty() && plans_[i].norm)
            unused.push_back("time_encoder." + std::to_string(i) + ".norm1.");
    }
    return unused;
}

torch::Tensor HDemucsModelImpl::forward(const torch::Tensor& mix) {
    const auto& c = config_;
    if (mix.dim() != 3 || mix.size(1) != c.audioChannels || mix.size(-1) < 1) {
        throw Error("HDemucs input must have shape [batch, " + std::to_string(c.audioChannels) +
                    ", samples], found " + shapeString(mix.sizes()));
    }
    const int64_t batch = mix.size(0);
    const int64_t length = mix.size(-1);

    auto x = demucsSpectrogram(mix, c.nfft);
    const int64_t freqs = x.size(2), frames = x.size(3);
    // Unlike earlier Demucs, both branches always normalise their input.
    const auto mean = x.mean({1, 2, 3}, /*keepdim=*/true);
    const auto scale = x.std({1, 2, 3}, /*unbiased=*/true, /*keepdim=*/true);
    x = (x - mean) / (1e-5 + scale);
    const auto meanT = mix.mean({1, 2}, /*keepdim=*/true);
    const auto scaleT = mix.std({1, 2}, /*unbiased=*/true, /*keepdim=*/true);
    auto xt = (mix - meanT) / (1e-5 + scaleT);

    std::vector<torch::Tensor> saved, savedT;
    std::vector<int64_t> lengths, lengthsT;
    for (size_t idx = 0; idx < freqEncoder_.size(); ++idx) {
        lengths.push_back(x.size(-1));
        torch::Tensor inject;
        if (idx < timeEncoder_.size()) {
            lengthsT.push_back(xt.size(-1));
            auto& tenc = timeEncoder_[idx];
            xt = tenc->forward(xt);
            if (tenc->empty())
                inject = xt;  // the time branch now has the frequency branch's shape
            else
                savedT.push_back(xt);
        }
        x = freqEncoder_[idx]->forward(x, inject);
        if (idx == 0 && freqEmb_) {
            // Lets the convolutions over frequency tell bins apart.
            const auto bins = torch::arange(x.size(-2), x.options().dtype(torch::kLong));
            const auto emb = freqEmb_->forward(bins).t().unsqueeze(0).unsqueeze(-1);
            x = x + c.freqEmb * (emb * c.embScale);
        }
        saved.push_back(x);
    }

    // Everything reaches the decoders through the skips.
    x = torch::zeros_like(x);
    const size_t offset = freqDecoder_.size() - timeDecoder_.size();
    for (size_t idx = 0; idx < freqDecoder_.size(); ++idx) {
        auto skip = saved.back();
        saved.pop_back();
        auto [out, pre] = freqDecoder_[idx]->forward(x, skip, lengths.back());
        lengths.pop_back();
        x = out;
        if (idx >= offset) {
            auto& tdec = timeDecoder_[idx - offset];
            const int64_t lengthT = lengthsT.back();
            lengthsT.pop_back();
            if (tdec->empty()) {
                if (pre.size(2) != 1) {
                    throw Error("HDemucs: the branches split where " + std::to_string(pre.size(2)) +
                                " frequency bins remain, not 1");
                }
                xt = tdec->forward(pre.select(2, 0), {}, lengthT).first;
            } else {
                xt = tdec->forward(xt, savedT.back(), lengthT).first;
                savedT.pop_back();
            }
        }
    }

    const int64_t sources = static_cast<int64_t>(c.sources.size());
    x = x.reshape({batch, sources, -1, freqs, frames}) * scale.unsqueeze(1) + mean.unsqueeze(1);
    const auto spectral = demucsInverseSpectrogram(x, c.hopLength(), length).to(mix.scalar_type());
    xt = xt.reshape({batch, sources, -1, length}) * scaleT.unsqueeze(1) + meanT.unsqueeze(1);
    return xt + spectral;
}

HDemucsModel loadHDemucsModel(const std::string& checkpointDir) {
    // torchaudio publishes hdemucs_high as a bare state dict (hdemucs_high_trained.pt) with no
    // config beside it: its constructor's defaults are that model.
    const bool hasConfig =
        std::filesystem::exists(std::filesystem::path(checkpointDir) / "config.json");
    const auto config = HDemucsConfig::fromConfig(hasConfig ? Config::load(checkpointDir)
                                                            : Config::parse("{}", checkpointDir));
    const auto checkpoint = Checkpoint::open(checkpointDir);
    HDemucsModel model(config);
    WeightMapping mapping;
    mapping.modelName = "HDemucs (torchaudio layout)";
    mapping.ignore = model->unusedCheckpointPrefixes();
    loadWeights(*model, checkpoint, mapping);
    return model;
}

}  // namespace sonara::models
