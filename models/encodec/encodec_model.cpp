#include "models/encodec/encodec_model.h"

#include <cmath>

#include "models/common/safetensors.h"
#include "models/common/weights.h"

namespace sonara::models {

namespace {

// transformers' _pad1d: reflect padding needs more samples than it pads, so a short input is
// zero-extended first and the extension cut off again afterwards.
torch::Tensor pad1d(const torch::Tensor& x, int64_t left, int64_t right, const std::string& mode) {
    if (left == 0 && right == 0)
        return x;
    if (mode == "constant")
        return torch::constant_pad_nd(x, {left, right}, 0);
    if (mode == "replicate")
        return torch::replication_pad1d(x, {left, right});
    const int64_t maxPad = std::max(left, right);
    if (x.size(-1) > maxPad)
        return torch::reflection_pad1d(x, {left, right});
    const int64_t extra = maxPad - x.size(-1) + 1;
    const auto padded =
        torch::reflection_pad1d(torch::constant_pad_nd(x, {0, extra}, 0), {left, right});
    return padded.narrow(-1, 0, padded.size(-1) - extra);
}

torch::nn::GroupNorm timeGroupNorm(const EncodecConfig& config, int64_t channels) {
    return config.normType == "time_group_norm"
               ? torch::nn::GroupNorm(torch::nn::GroupNormOptions(1, channels))
               : torch::nn::GroupNorm(nullptr);
}

int64_t power(int64_t base, int64_t exponent) {
    int64_t out = 1;
    for (int64_t i = 0; i < exponent; ++i)
        out *= base;
    return out;
}

torch::Tensor runLayers(torch::nn::Sequential& layers, torch::Tensor x, const ProgressFn& progress,
                        std::string_view stage) {
    const double count = static_cast<double>(layers->size());
    double done = 0.0;
    for (auto& layer : *layers) {
        reportProgress(progress, done / count, stage);
        x = layer.forward(x);
        done += 1.0;
    }
    reportProgress(progress, 1.0, stage);
    return x;
}

}  // namespace

EncodecConv1dImpl::EncodecConv1dImpl(const EncodecConfig& config, int64_t in, int64_t out,
                                     int64_t kernel, int64_t stride, int64_t dilation)
    : causal_(config.useCausalConv),
      padMode_(config.padMode),
      stride_(stride),
      paddingTotal_((kernel - 1) * dilation + 1 - stride) {
    conv_ = register_module(
        "conv", torch::nn::Conv1d(
                    torch::nn::Conv1dOptions(in, out, kernel).stride(stride).dilation(dilation)));
    norm_ = timeGroupNorm(config, out);
    if (norm_)
        register_module("norm", norm_);
}

torch::Tensor EncodecConv1dImpl::forward(torch::Tensor x) {
    // transformers' _get_extra_padding_for_conv1d: with padding_total = kernel - stride it
    // reduces to padding the length up to a multiple of the stride.
    const int64_t length = x.size(-1);
    const int64_t extra = (length + stride_ - 1) / stride_ * stride_ - length;
    if (causal_) {
        x = pad1d(x, paddingTotal_, extra, padMode_);
    } else {
        const int64_t right = paddingTotal_ / 2;
        x = pad1d(x, paddingTotal_ - right, right + extra, padMode_);
    }
    x = conv_->forward(x);
    return norm_ ? norm_->forward(x) : x;
}

EncodecConvTranspose1dImpl::EncodecConvTranspose1dImpl(const EncodecConfig& config, int64_t in,
                                                       int64_t out, int64_t kernel,
                                                       int64_t stride) {
    const int64_t paddingTotal = kernel - stride;
    paddingRight_ = config.useCausalConv
                        ? static_cast<int64_t>(
                              std::ceil(static_cast<double>(paddingTotal) * config.trimRightRatio))
                        : paddingTotal / 2;
    paddingLeft_ = paddingTotal - paddingRight_;
    conv_ = register_module("conv",
                            torch::nn::ConvTranspose1d(
                                torch::nn::ConvTranspose1dOptions(in, out, kernel).stride(stride)));
    norm_ = timeGroupNorm(config, out);
    if (norm_)
        register_module("norm", norm_);
}

torch::Tensor EncodecConvTranspose1dImpl::forward(torch::Tensor x) {
    x = conv_->forward(x);
    if (norm_)
        x = norm_->forward(x);
    return x.narrow(-1, paddingLeft_, x.size(-1) - paddingLeft_ - paddingRight_);
}

EncodecLstmImpl::EncodecLstmImpl(const EncodecConfig& config, int64_t dimension) {
    lstm_ = register_module(
        "lstm", torch::nn::LSTM(
                    torch::nn::LSTMOptions(dimension, dimension).num_layers(config.numLstmLayers)));
}

torch::Tensor EncodecLstmImpl::forward(torch::Tensor x) {
    const auto timeFirst = x.permute({2, 0, 1}).contiguous();
    return (std::get<0>(lstm_->forward(timeFirst)) + timeFirst).permute({1, 2, 0});
}

EncodecResnetBlockImpl::EncodecResnetBlockImpl(const EncodecConfig& config, int64_t dim,
                                               int64_t dilation) {
    const int64_t hidden = dim / config.compress;
    block_ = register_module("block", torch::nn::Sequential());
    block_->push_back(torch::nn::ELU());
    block_->push_back(EncodecConv1d(config, dim, hidden, config.residualKernelSize, 1, dilation));
    block_->push_back(torch::nn::ELU());
    block_->push_back(EncodecConv1d(config, hidden, dim, 1));
    if (config.useConvShortcut)
        shortcut_ = register_module("shortcut", EncodecConv1d(config, dim, dim, 1));
}

torch::Tensor EncodecResnetBlockImpl::forward(torch::Tensor x) {
    const auto h = block_->forward(x);
    return (shortcut_ ? shortcut_->forward(x) : x) + h;
}

EncodecEncoderImpl::EncodecEncoderImpl(const EncodecConfig& c) {
    layers_ = register_module("layers", torch::nn::Sequential());
    layers_->push_back(EncodecConv1d(c, c.audioChannels, c.numFilters, c.kernelSize));
    int64_t scaling = 1;
    for (auto it = c.upsamplingRatios.rbegin(); it != c.upsamplingRatios.rend(); ++it) {
        const int64_t channels = scaling * c.numFilters;
        for (int64_t j = 0; j < c.numResidualLayers; ++j)
            layers_->push_back(EncodecResnetBlock(c, channels, power(c.dilationGrowthRate, j)));
        layers_->push_back(torch::nn::ELU());
        layers_->push_back(EncodecConv1d(c, channels, channels * 2, *it * 2, *it));
        scaling *= 2;
    }
    layers_->push_back(EncodecLstm(c, scaling * c.numFilters));
    layers_->push_back(torch::nn::ELU());
    layers_->push_back(EncodecConv1d(c, scaling * c.numFilters, c.hiddenSize, c.lastKernelSize));
}

torch::Tensor EncodecEncoderImpl::forward(torch::Tensor x, const ProgressFn& progress) {
    return runLayers(layers_, std::move(x), progress, "EnCodec encoder");
}

EncodecDecoderImpl::EncodecDecoderImpl(const EncodecConfig& c) {
    layers_ = register_module("layers", torch::nn::Sequential());
    int64_t scaling = int64_t{1} << c.upsamplingRatios.size();
    layers_->push_back(EncodecConv1d(c, c.hiddenSize, scaling * c.numFilters, c.kernelSize));
    layers_->push_back(EncodecLstm(c, scaling * c.numFilters));
    for (int64_t ratio : c.upsamplingRatios) {
        const int64_t channels = scaling * c.numFilters;
        layers_->push_back(torch::nn::ELU());
        layers_->push_back(EncodecConvTranspose1d(c, channels, channels / 2, ratio * 2, ratio));
        for (int64_t j = 0; j < c.numResidualLayers; ++j)
            layers_->push_back(EncodecResnetBlock(c, channels / 2, power(c.dilationGrowthRate, j)));
        scaling /= 2;
    }
    layers_->push_back(torch::nn::ELU());
    layers_->push_back(EncodecConv1d(c, c.numFilters, c.audioChannels, c.lastKernelSize));
}

torch::Tensor EncodecDecoderImpl::forward(torch::Tensor x, const ProgressFn& progress) {
    return runLayers(layers_, std::move(x), progress, "EnCodec decoder");
}

EncodecQuantizerImpl::EncodecQuantizerImpl(const EncodecConfig& config) {
    auto layers = register_module("layers", std::make_shared<torch::nn::Module>());
    for (int64_t i = 0; i < config.numQuantizers(); ++i) {
        auto layer =
            layers->register_module(std::to_string(i), std::make_shared<torch::nn::Module>());
        auto codebook = layer->register_module("codebook", std::make_shared<torch::nn::Module>());
        embeds_.push_back(codebook->register_buffer(
            "embed", torch::zeros({config.codebookSize, config.codebookDim})));
    }
}

torch::Tensor EncodecQuantizerImpl::encode(const torch::Tensor& embeddings, int64_t codebooks) {
    const int64_t batch = embeddings.size(0);
    const int64_t dim = embeddings.size(1);
    const int64_t frames = embeddings.size(2);
    // Nearest codewords in float32 even for half-precision models: codes must not depend on it.
    auto residual = embeddings.to(torch::kFloat32);
    std::vector<torch::Tensor> codes;
    for (int64_t k = 0; k < codebooks; ++k) {
        const auto embed = embeds_[static_cast<size_t>(k)].to(torch::kFloat32);
        const auto flat = residual.permute({0, 2, 1}).reshape({-1, dim});
        const auto columns = embed.t();
        // The reference's expression term by term, so that near-ties resolve the same way.
        const auto distance =
            -(flat.pow(2).sum(1, true) - 2 * flat.matmul(columns) + columns.pow(2).sum(0, true));
        auto indices = std::get<1>(distance.max(-1)).view({batch, frames});
        residual = residual - torch::embedding(embed, indices).permute({0, 2, 1});
        codes.push_back(std::move(indices));
    }
    return torch::stack(codes, 1);
}

torch::Tensor EncodecQuantizerImpl::decode(const torch::Tensor& codes) {
    torch::Tensor sum;
    for (int64_t k = 0; k < codes.size(1); ++k) {
        auto codewords = torch::embedding(embeds_[static_cast<size_t>(k)], codes.select(1, k));
        sum = k == 0 ? codewords : sum + codewords;
    }
    return sum.permute({0, 2, 1});
}

EncodecModelImpl::EncodecModelImpl(const EncodecConfig& config) : config_(config) {
    config_.validate();
    encoder_ = register_module("encoder", EncodecEncoder(config_));
    decoder_ = register_module("decoder", EncodecDecoder(config_));
    quantizer_ = register_module("quantizer", EncodecQuantizer(config_));
}

torch::Tensor EncodecModelImpl::encode(const torch::Tensor& audio, int64_t codebooks,
                                       const ProgressFn& progress) {
    const auto embeddings = encoder_->forward(audio, progress);
    return quantizer_->encode(embeddings, codebooks);
}

torch::Tensor EncodecModelImpl::decode(const torch::Tensor& codes, const ProgressFn& progress) {
    return decoder_->forward(quantizer_->decode(codes), progress);
}

EncodecModel loadEncodecModel(const std::string& checkpointPath, const EncodecConfig& config,
                              const std::string& prefix) {
    return loadEncodecModel(Checkpoint::open(checkpointPath), config, prefix);
}

EncodecModel loadEncodecModel(const Checkpoint& checkpoint, const EncodecConfig& config,
                              const std::string& prefix) {
    EncodecModel model(config);
    WeightMapping mapping;
    mapping.prefix = prefix;
    mapping.modelName = "EnCodec (transformers EncodecModel layout)";
    // Training-time statistics of the codebooks; inference reads only embed.
    for (int64_t i = 0; i < config.numQuantizers(); ++i) {
        for (const char* unused : {"embed_avg", "cluster_size", "inited"}) {
            mapping.ignore.push_back("quantizer.layers." + std::to_string(i) + ".codebook." +
                                     unused);
        }
    }
    loadWeights(*model, checkpoint, mapping);
    return model;
}

}  // namespace sonara::models
