#include "models/demucs/htdemucs_model.h"

#include <ATen/ATen.h>
#include <torch/nn/modules/container/modulelist.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <tuple>

#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/torch_archive.h"
#include "models/common/weights.h"
#include "models/demucs/demucs_spec.h"

namespace sonara::models {

namespace {

namespace fs = std::filesystem;

constexpr const char* kHTDemucsClass = "demucs.htdemucs.HTDemucs";

HDemucsDConvOptions dconvOptions(const HTDemucsConfig& c) {
    HDemucsDConvOptions o;
    o.compress = c.dconvComp;
    o.depth = c.dconvDepth;
    o.init = c.dconvInit;
    return o;
}

HTDemucsTransformerOptions transformerOptions(const HTDemucsConfig& c) {
    HTDemucsTransformerOptions o;
    o.dim = c.bottomChannels > 0 ? c.bottomChannels : c.transformerChannels();
    o.hidden = static_cast<int64_t>(static_cast<double>(o.dim) * c.tHiddenScale);
    o.heads = c.tHeads;
    o.layers = c.tLayers;
    o.crossFirst = c.tCrossFirst;
    o.normIn = c.tNormIn;
    o.normInGroup = c.tNormInGroup;
    o.groupNorm = c.tGroupNorm;
    o.normFirst = c.tNormFirst;
    o.normOut = c.tNormOut;
    o.layerScale = c.tLayerScale;
    o.gelu = c.tGelu;
    o.maxPeriod = c.tMaxPeriod;
    o.weightPosEmbed = c.tWeightPosEmbed;
    return o;
}

torch::nn::Conv1d pointwise(int64_t from, int64_t to) {
    return torch::nn::Conv1d(torch::nn::Conv1dOptions(from, to, 1));
}

// [B, C, F, T] through a 1x1 Conv1d over the flattened (F T) axis, as einops' rearrange does.
torch::Tensor overFrequencies(torch::nn::Conv1d& conv, const torch::Tensor& x) {
    const int64_t batch = x.size(0), freqs = x.size(2), frames = x.size(3);
    return conv->forward(x.reshape({batch, x.size(1), freqs * frames}))
        .reshape({batch, -1, freqs, frames});
}

// The entry "klass (<class>)" that TorchArchive lists among what it skipped.
std::string savedClass(const TorchArchive& archive) {
    for (const auto& entry : archive.skipped()) {
        if (entry.rfind("klass (", 0) == 0 && entry.back() == ')')
            return entry.substr(7, entry.size() - 8);
    }
    return {};
}

bool noPositionalArguments(const Config& values) {
    try {
        return values.getIntList("args").empty();
    } catch (const Error&) {
        return false;  // a list of something other than numbers: not empty either
    }
}

HTDemucsModel buildAndLoad(const Config& kwargs, const Checkpoint& checkpoint,
                           const std::string& path) {
    HTDemucsModel model(HTDemucsConfig::fromKwargs(kwargs));
    WeightMapping mapping;
    mapping.modelName = "HTDemucs network its kwargs describe";
    loadWeights(*model, checkpoint, mapping);
    return model;
}

HTDemucsModel loadPublishedFile(const std::string& path) {
    const auto archive = TorchArchive::open(path);
    const auto klass = savedClass(archive);
    if (!klass.empty() && klass != kHTDemucsClass) {
        throw Error(path + " holds a " + klass + " model; this loader reads Hybrid Transformer " +
                    "Demucs checkpoints (" + kHTDemucsClass + ": htdemucs, htdemucs_ft, " +
                    "htdemucs_6s)");
    }
    const auto values = archive.values();
    const auto names = archive.tensorNames();
    const bool hasState = std::any_of(names.begin(), names.end(), [](const std::string& name) {
        return name.rfind("state.", 0) == 0;
    });
    if (!values.has("kwargs") || !hasState) {
        throw Error(path +
                    " is not a demucs model file: it lacks the 'kwargs' and 'state' "
                    "entries a published .th file holds");
    }
    if (values.has("state") && values.child("state").has("__quantized")) {
        throw Error(path +
                    " holds a quantized demucs state, which this loader does not read; "
                    "use the model's unquantized release");
    }
    if (values.has("args") && !noPositionalArguments(values)) {
        throw Error(path +
                    " passes positional constructor arguments; published HTDemucs files "
                    "keep every argument in 'kwargs'");
    }
    return buildAndLoad(values.child("kwargs"), archive.checkpoint("state"), path);
}

}  // namespace

HTDemucsModelImpl::HTDemucsModelImpl(const HTDemucsConfig& config) : config_(config) {
    config_.validate();
    const auto& c = config_;
    const auto plans = planHTDemucsLayers(c);
    const auto dconv = dconvOptions(c);
    torch::nn::ModuleList encoder, decoder, tencoder, tdecoder;
    for (size_t index = 0; index < plans.size(); ++index) {
        const auto& p = plans[index];
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
        enc.useDConv = (c.dconvMode & 1) != 0;
        enc.dconv = dconv;
        encoder_.emplace_back(enc);

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
        dec.useDConv = (c.dconvMode & 2) != 0;
        dec.dconv = dconv;
        decoder_.insert(decoder_.begin(), HDemucsDecoder(dec));

        if (p.hasTimeBranch) {
            tencoder_.emplace_back(
                onTimeAxis(enc, p.chin, p.chout, p.timeKernel, p.timeStride, p.lastFreq));
            tdecoder_.insert(tdecoder_.begin(),
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
    for (auto& m : encoder_)
        encoder->push_back(m);
    for (auto& m : decoder_)
        decoder->push_back(m);
    for (auto& m : tencoder_)
        tencoder->push_back(m);
    for (auto& m : tdecoder_)
        tdecoder->push_back(m);
    register_module("encoder", encoder);
    register_module("decoder", decoder);
    register_module("tencoder", tencoder);
    register_module("tdecoder", tdecoder);

    if (c.tLayers > 0) {
        const int64_t width = c.transformerChannels();
        if (c.bottomChannels > 0) {
            upsampler_ = register_module("channel_upsampler", pointwise(width, c.bottomChannels));
            downsampler_ =
                register_module("channel_downsampler", pointwise(c.bottomChannels, width));
            upsamplerT_ =
                register_module("channel_upsampler_t", pointwise(width, c.bottomChannels));
            downsamplerT_ =
                register_module("channel_downsampler_t", pointwise(c.bottomChannels, width));
        }
        transformer_ =
            register_module("crosstransformer", HTDemucsCrossTransformer(transformerOptions(c)));
    }
}

void HTDemucsModelImpl::setSegment(const std::string& segment, const std::string& where) {
    config_.setSegment(segment, where);
    config_.validate();
}

torch::Tensor HTDemucsModelImpl::forward(const torch::Tensor& input) {
    const auto& c = config_;
    if (input.dim() != 3 || input.size(1) != c.audioChannels || input.size(-1) < 1) {
        throw Error("HTDemucs input must have shape [batch, " + std::to_string(c.audioChannels) +
                    ", samples], found " + shapeString(input.sizes()));
    }
    const int64_t batch = input.size(0);
    const int64_t length = input.size(-1);
    int64_t padded = length;
    torch::Tensor mix = input;
    if (c.useTrainSegment) {
        if (length > c.segmentSamples) {
            throw Error("HTDemucs runs on at most its training segment of " +
                        std::to_string(c.segmentSamples) + " samples per call, got " +
                        std::to_string(length) + "; separate() splits longer audio");
        }
        padded = c.segmentSamples;
        if (length < padded)
            mix = at::constant_pad_nd(input, {0, padded - length});
    }

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
    for (size_t idx = 0; idx < encoder_.size(); ++idx) {
        lengths.push_back(x.size(-1));
        torch::Tensor inject;
        if (idx < tencoder_.size()) {
            lengthsT.push_back(xt.size(-1));
            auto& tenc = tencoder_[idx];
            xt = tenc->forward(xt);
            if (tenc->empty())
                inject = xt;  // the time branch now has the frequency branch's shape
            else
                savedT.push_back(xt);
        }
        x = encoder_[idx]->forward(x, inject);
        if (idx == 0 && freqEmb_) {
            // Lets the convolutions over frequency tell bins apart.
            const auto bins = at::arange(x.size(-2), x.options().dtype(at::kLong));
            const auto emb = freqEmb_->forward(bins).t().unsqueeze(0).unsqueeze(-1);
            x = x + c.freqEmb * (emb * c.embScale);
        }
        saved.push_back(x);
    }

    if (transformer_) {
        if (upsampler_) {
            x = overFrequencies(upsampler_, x);
            xt = upsamplerT_->forward(xt);
        }
        std::tie(x, xt) = transformer_->forward(x, xt);
        if (downsampler_) {
            x = overFrequencies(downsampler_, x);
            xt = downsamplerT_->forward(xt);
        }
    }

    // Unlike HDemucs, the decoders start from the transformer's output (plus the skips).
    const size_t offset = decoder_.size() - tdecoder_.size();
    for (size_t idx = 0; idx < decoder_.size(); ++idx) {
        auto skip = saved.back();
        saved.pop_back();
        auto [out, pre] = decoder_[idx]->forward(x, skip, lengths.back());
        lengths.pop_back();
        x = out;
        if (idx >= offset) {
            auto& tdec = tdecoder_[idx - offset];
            const int64_t lengthT = lengthsT.back();
            lengthsT.pop_back();
            if (tdec->empty()) {
                if (pre.size(2) != 1) {
                    throw Error("HTDemucs: the branches split where " +
                                std::to_string(pre.size(2)) + " frequency bins remain, not 1");
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
    const auto spectral = demucsInverseSpectrogram(x, c.hopLength(), padded).to(mix.scalar_type());
    xt = xt.reshape({batch, sources, -1, padded}) * scaleT.unsqueeze(1) + meanT.unsqueeze(1);
    const auto stems = xt + spectral;
    return padded == length ? stems : stems.slice(-1, 0, length);
}

HTDemucsModel loadHTDemucsModel(const std::string& path) {
    if (fs::is_directory(path)) {
        if (!fs::exists(fs::path(path) / "config.json")) {
            throw Error(path +
                        " holds no HTDemucs model: expected a published .th file, or "
                        "config.json with model.safetensors");
        }
        return buildAndLoad(Config::load(path), Checkpoint::open(path), path);
    }
    return loadPublishedFile(path);
}

}  // namespace sonara::models
