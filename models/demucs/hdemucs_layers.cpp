#include "models/demucs/hdemucs_layers.h"

#include <cmath>
#include <memory>
#include <string>

#include "models/common/error.h"

namespace sonara::models {

namespace {

constexpr int64_t kLstmMaxSteps = 200;

// torchaudio's conv "klass(chin, chout, kernel, stride, padding)" over time, or over [frequency,
// time] with the kernel, stride and padding applied to frequency only.
torch::nn::AnyModule strideConv(bool freq, int64_t chin, int64_t chout, int64_t kernel,
                                int64_t stride, int64_t padding) {
    if (freq) {
        return torch::nn::AnyModule(
            torch::nn::Conv2d(torch::nn::Conv2dOptions(chin, chout, {kernel, 1})
                                  .stride({stride, 1})
                                  .padding({padding, 0})));
    }
    return torch::nn::AnyModule(torch::nn::Conv1d(
        torch::nn::Conv1dOptions(chin, chout, kernel).stride(stride).padding(padding)));
}

// The "rewrite" conv: a square (1 + 2 context) kernel, over both axes in the frequency branch.
torch::nn::AnyModule rewriteConv(bool freq, int64_t chin, int64_t chout, int64_t context) {
    const int64_t kernel = 1 + 2 * context;
    if (freq) {
        return torch::nn::AnyModule(
            torch::nn::Conv2d(torch::nn::Conv2dOptions(chin, chout, kernel).padding(context)));
    }
    return torch::nn::AnyModule(
        torch::nn::Conv1d(torch::nn::Conv1dOptions(chin, chout, kernel).padding(context)));
}

torch::nn::GroupNorm groupNorm(bool enabled, int64_t groups, int64_t channels) {
    if (!enabled)
        return torch::nn::GroupNorm(nullptr);
    return torch::nn::GroupNorm(torch::nn::GroupNormOptions(groups, channels));
}

torch::Tensor applyNorm(torch::nn::GroupNorm norm, const torch::Tensor& x) {
    return norm ? norm->forward(x) : x;
}

// DConv runs over time; in the frequency branch every frequency row is a batch item of its own.
torch::Tensor applyDConv(HDemucsDConv& dconv, const torch::Tensor& y) {
    if (y.dim() != 4)
        return dconv->forward(y);
    const int64_t batch = y.size(0), channels = y.size(1), freqs = y.size(2), steps = y.size(3);
    auto rows = dconv->forward(y.permute({0, 2, 1, 3}).reshape({-1, channels, steps}));
    return rows.view({batch, freqs, channels, steps}).permute({0, 2, 1, 3});
}

}  // namespace

HDemucsBLSTMImpl::HDemucsBLSTMImpl(int64_t dim) {
    lstm_ = register_module(
        "lstm",
        torch::nn::LSTM(torch::nn::LSTMOptions(dim, dim).num_layers(2).bidirectional(true)));
    linear_ = register_module("linear", torch::nn::Linear(2 * dim, dim));
}

torch::Tensor HDemucsBLSTMImpl::forward(const torch::Tensor& x) {
    const int64_t batch = x.size(0);
    const int64_t channels = x.size(1);
    const int64_t steps = x.size(2);
    const int64_t hop = kLstmMaxSteps / 2;
    int64_t frames = 0;
    torch::Tensor h = x;
    if (steps > kLstmMaxSteps) {
        frames = (steps + hop - 1) / hop;
        const int64_t target = (frames - 1) * hop + kLstmMaxSteps;
        h = torch::constant_pad_nd(x, {0, target - steps})
                .unfold(-1, kLstmMaxSteps, hop)
                .permute({0, 2, 1, 3})
                .reshape({-1, channels, kLstmMaxSteps});
    }
    h = std::get<0>(lstm_->forward(h.permute({2, 0, 1})));
    h = linear_->forward(h).permute({1, 2, 0});
    if (frames > 0) {
        const auto framed = h.reshape({batch, -1, channels, kLstmMaxSteps});
        const int64_t limit = hop / 2;
        std::vector<torch::Tensor> parts;
        parts.reserve(static_cast<size_t>(frames));
        for (int64_t k = 0; k < frames; ++k) {
            const int64_t begin = k == 0 ? 0 : limit;
            const int64_t end = k == frames - 1 ? kLstmMaxSteps : kLstmMaxSteps - limit;
            parts.push_back(framed.select(1, k).slice(-1, begin, end));
        }
        h = torch::cat(parts, -1).slice(-1, 0, steps);
    }
    return h + x;
}

HDemucsLocalStateImpl::HDemucsLocalStateImpl(int64_t channels, int64_t heads, int64_t ndecay)
    : heads_(heads), ndecay_(ndecay) {
    auto conv = [&](const char* name, int64_t out) {
        return register_module(name, torch::nn::Conv1d(torch::nn::Conv1dOptions(channels, out, 1)));
    };
    content_ = conv("content", channels);
    query_ = conv("query", channels);
    key_ = conv("key", channels);
    queryDecay_ = conv("query_decay", heads * ndecay);
    proj_ = conv("proj", channels);
}

torch::Tensor HDemucsLocalStateImpl::forward(const torch::Tensor& x) {
    const int64_t batch = x.size(0);
    const int64_t steps = x.size(2);
    const auto indexes = torch::arange(steps, x.options());
    const auto delta = indexes.unsqueeze(1) - indexes.unsqueeze(0);

    const auto queries = query_->forward(x).view({batch, heads_, -1, steps});
    const auto keys = key_->forward(x).view({batch, heads_, -1, steps});
    auto dots = torch::einsum("bhct,bhcs->bhts", {keys, queries}) /
                std::sqrt(static_cast<double>(keys.size(2)));
    const auto decays = torch::arange(1, ndecay_ + 1, x.options());
    auto decayQ = queryDecay_->forward(x).view({batch, heads_, -1, steps});
    decayQ = torch::sigmoid(decayQ) / 2;
    const auto decayKernel =
        -decays.view({-1, 1, 1}) * delta.abs() / std::sqrt(static_cast<double>(ndecay_));
    dots = dots + torch::einsum("fts,bhfs->bhts", {decayKernel, decayQ});

    // A position never attends to itself.
    dots.masked_fill_(torch::eye(steps, x.options().dtype(torch::kBool)), -100);
    const auto weights = torch::softmax(dots, 2);
    const auto content = content_->forward(x).view({batch, heads_, -1, steps});
    const auto result =
        torch::einsum("bhts,bhct->bhcs", {weights, content}).reshape({batch, -1, steps});
    return x + proj_->forward(result);
}

HDemucsDConvImpl::HDemucsDConvImpl(const HDemucsDConvOptions& o) {
    const int64_t hidden = o.channels / o.compress;
    const int64_t kernel = 3;
    torch::nn::ModuleList layers;
    for (int64_t d = 0; d < o.depth; ++d) {
        const int64_t dilation = int64_t{1} << d;
        Branch b;
        auto layer = std::make_shared<torch::nn::Module>();
        int64_t index = 0;
        auto name = [&index] { return std::to_string(index++); };
        b.conv1 = layer->register_module(
            name(), torch::nn::Conv1d(torch::nn::Conv1dOptions(o.channels, hidden, kernel)
                                          .dilation(dilation)
                                          .padding(dilation * (kernel / 2))));
        b.norm1 = layer->register_module(name(), groupNorm(true, 1, hidden));
        ++index;  // GELU
        if (o.lstm)
            b.lstm = layer->register_module(name(), HDemucsBLSTM(hidden));
        if (o.attn)
            b.attn = layer->register_module(name(), HDemucsLocalState(hidden));
        b.conv2 = layer->register_module(
            name(), torch::nn::Conv1d(torch::nn::Conv1dOptions(hidden, 2 * o.channels, 1)));
        b.norm2 = layer->register_module(name(), groupNorm(true, 1, 2 * o.channels));
        ++index;  // GLU
        auto layerScale = std::make_shared<torch::nn::Module>();
        b.scale = layerScale->register_parameter("scale", torch::full({o.channels}, o.init));
        layer->register_module(name(), layerScale);
        layers->push_back(layer);
        branches_.push_back(std::move(b));
    }
    register_module("layers", layers);
}

torch::Tensor HDemucsDConvImpl::forward(torch::Tensor x) {
    for (auto& b : branches_) {
        auto y = torch::gelu(b.norm1->forward(b.conv1->forward(x)));
        if (b.lstm)
            y = b.lstm->forward(y);
        if (b.attn)
            y = b.attn->forward(y);
        y = torch::glu(b.norm2->forward(b.conv2->forward(y)), 1);
        x = x + b.scale.unsqueeze(1) * y;
    }
    return x;
}

HDemucsEncoderImpl::HDemucsEncoderImpl(const HDemucsEncoderOptions& o) : options_(o) {
    const int64_t padding = o.pad ? o.kernel / 4 : 0;
    conv_ = strideConv(o.freq, o.chin, o.chout, o.kernel, o.stride, padding);
    register_module("conv", conv_.ptr());
    // An empty layer returns right after its conv; torchaudio still builds its norm1, which the
    // loader skips.
    if (o.empty)
        return;
    norm1_ = groupNorm(o.norm, o.normGroups, o.chout);
    if (norm1_)
        register_module("norm1", norm1_);
    rewrite_ = rewriteConv(o.freq, o.chout, 2 * o.chout, o.context);
    register_module("rewrite", rewrite_.ptr());
    norm2_ = groupNorm(o.norm, o.normGroups, 2 * o.chout);
    if (norm2_)
        register_module("norm2", norm2_);
    if (o.useDConv) {
        auto dconvOptions = o.dconv;
        dconvOptions.channels = o.chout;
        dconv_ = register_module("dconv", HDemucsDConv(dconvOptions));
    }
}

torch::Tensor HDemucsEncoderImpl::forward(torch::Tensor x, const torch::Tensor& inject) {
    if (!options_.freq) {
        if (x.dim() == 4)
            x = x.reshape({x.size(0), -1, x.size(-1)});
        const int64_t length = x.size(-1);
        if (length % options_.stride != 0)
            x = torch::constant_pad_nd(x, {0, options_.stride - length % options_.stride});
    }
    auto y = conv_.forward(x);
    if (options_.empty)
        return y;
    if (inject.defined()) {
        if (inject.size(-1) != y.size(-1)) {
            throw Error("HDemucs: the time branch (" + std::to_string(inject.size(-1)) +
                        " frames) does not align with the frequency branch (" +
                        std::to_string(y.size(-1)) + " frames)");
        }
        y = y + (inject.dim() == 3 && y.dim() == 4 ? inject.unsqueeze(2) : inject);
    }
    y = torch::gelu(applyNorm(norm1_, y));
    if (dconv_)
        y = applyDConv(dconv_, y);
    return torch::glu(applyNorm(norm2_, rewrite_.forward(y)), 1);
}

HDemucsDecoderImpl::HDemucsDecoderImpl(const HDemucsDecoderOptions& o)
    : options_(o), trim_(o.pad ? (o.kernel - o.stride) / 2 : 0) {
    if (o.freq) {
        convTr_ = torch::nn::AnyModule(torch::nn::ConvTranspose2d(
            torch::nn::ConvTranspose2dOptions(o.chin, o.chout, {o.kernel, 1})
                .stride({o.stride, 1})));
    } else {
        convTr_ = torch::nn::AnyModule(torch::nn::ConvTranspose1d(
            torch::nn::ConvTranspose1dOptions(o.chin, o.chout, o.kernel).stride(o.stride)));
    }
    register_module("conv_tr", convTr_.ptr());
    norm2_ = groupNorm(o.norm, o.normGroups, o.chout);
    if (norm2_)
        register_module("norm2", norm2_);
    if (o.empty)
        return;
    rewrite_ = rewriteConv(o.freq, o.chin, 2 * o.chin, o.context);
    register_module("rewrite", rewrite_.ptr());
    norm1_ = groupNorm(o.norm, o.normGroups, 2 * o.chin);
    if (norm1_)
        register_module("norm1", norm1_);
    if (o.useDConv) {
        auto dconvOptions = o.dconv;
        dconvOptions.channels = o.chin;
        dconv_ = register_module("dconv", HDemucsDConv(dconvOptions));
    }
}

std::pair<torch::Tensor, torch::Tensor> HDemucsDecoderImpl::forward(torch::Tensor x,
                                                                    const torch::Tensor& skip,
                                                                    int64_t length) {
    if (options_.freq && x.dim() == 3)
        x = x.reshape({x.size(0), options_.chin, -1, x.size(-1)});
    torch::Tensor y = x;
    if (!options_.empty) {
        y = torch::glu(applyNorm(norm1_, rewrite_.forward(x + skip)), 1);
        if (dconv_)
            y = applyDConv(dconv_, y);
    }
    auto z = applyNorm(norm2_, convTr_.forward(y));
    if (options_.freq) {
        if (trim_ > 0)
            z = z.slice(-2, trim_, z.size(-2) - trim_);
    } else {
        z = z.slice(-1, trim_, trim_ + length);
        if (z.size(-1) != length) {
            throw Error("HDemucs: a time decoder produced " + std::to_string(z.size(-1)) +
                        " samples where " + std::to_string(length) + " were expected");
        }
    }
    if (!options_.last)
        z = torch::gelu(z);
    return {z, y};
}

}  // namespace sonara::models
