#pragma once

// Internal to models/: EnCodec as torch modules (transformers' EncodecModel layout), reused by
// MusicGen, whose audio_encoder is this model under a tensor-name prefix.

#include <torch/torch.h>

#include <string>
#include <vector>

#include "models/common/progress.h"
#include "models/common/safetensors.h"
#include "models/encodec/encodec_config.h"

namespace sonara::models {

// EncodecConv1d: a convolution that pads its own input, causally (all padding on the left) or
// split around it, plus enough on the right that the last window is full. Names: conv, norm.
class EncodecConv1dImpl : public torch::nn::Module {
public:
    EncodecConv1dImpl(const EncodecConfig& config, int64_t in, int64_t out, int64_t kernel,
                      int64_t stride = 1, int64_t dilation = 1);
    torch::Tensor forward(torch::Tensor x);

private:
    bool causal_;
    std::string padMode_;
    int64_t stride_;
    int64_t paddingTotal_;
    torch::nn::Conv1d conv_{nullptr};
    torch::nn::GroupNorm norm_{nullptr};
};
TORCH_MODULE(EncodecConv1d);

// EncodecConvTranspose1d: a transposed convolution that trims its fixed padding afterwards.
class EncodecConvTranspose1dImpl : public torch::nn::Module {
public:
    EncodecConvTranspose1dImpl(const EncodecConfig& config, int64_t in, int64_t out, int64_t kernel,
                               int64_t stride);
    torch::Tensor forward(torch::Tensor x);

private:
    int64_t paddingLeft_;
    int64_t paddingRight_;
    torch::nn::ConvTranspose1d conv_{nullptr};
    torch::nn::GroupNorm norm_{nullptr};
};
TORCH_MODULE(EncodecConvTranspose1d);

// EncodecLSTM: an LSTM over time with a residual connection, on [batch, channels, time].
class EncodecLstmImpl : public torch::nn::Module {
public:
    EncodecLstmImpl(const EncodecConfig& config, int64_t dimension);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::LSTM lstm_{nullptr};
};
TORCH_MODULE(EncodecLstm);

// EncodecResnetBlock: ELU, conv k, ELU, conv 1 (block.1, block.3) plus a 1x1 conv shortcut.
class EncodecResnetBlockImpl : public torch::nn::Module {
public:
    EncodecResnetBlockImpl(const EncodecConfig& config, int64_t dim, int64_t dilation);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::Sequential block_{nullptr};
    EncodecConv1d shortcut_{nullptr};
};
TORCH_MODULE(EncodecResnetBlock);

// SEANet encoder: waveform [batch, channels, samples] -> embeddings [batch, hidden, frames].
// Layers are indexed as in transformers (ELUs count), so checkpoint names match.
class EncodecEncoderImpl : public torch::nn::Module {
public:
    explicit EncodecEncoderImpl(const EncodecConfig& config);
    torch::Tensor forward(torch::Tensor x, const ProgressFn& progress = nullptr);

private:
    torch::nn::Sequential layers_{nullptr};
};
TORCH_MODULE(EncodecEncoder);

// SEANet decoder: embeddings [batch, hidden, frames] -> waveform [batch, channels, frames * hop].
class EncodecDecoderImpl : public torch::nn::Module {
public:
    explicit EncodecDecoderImpl(const EncodecConfig& config);
    torch::Tensor forward(torch::Tensor x, const ProgressFn& progress = nullptr);

private:
    torch::nn::Sequential layers_{nullptr};
};
TORCH_MODULE(EncodecDecoder);

// Residual vector quantizer: layers.N.codebook.embed [codebook_size, dim] per quantizer.
class EncodecQuantizerImpl : public torch::nn::Module {
public:
    explicit EncodecQuantizerImpl(const EncodecConfig& config);
    // embeddings [batch, dim, frames] -> codes [batch, codebooks, frames] (int64): each codebook
    // takes the codeword nearest (euclidean) to what the previous ones left unexplained.
    torch::Tensor encode(const torch::Tensor& embeddings, int64_t codebooks);
    // codes [batch, codebooks, frames] -> the sum of their codewords [batch, dim, frames].
    torch::Tensor decode(const torch::Tensor& codes);

private:
    std::vector<torch::Tensor> embeds_;
};
TORCH_MODULE(EncodecQuantizer);

class EncodecModelImpl : public torch::nn::Module {
public:
    explicit EncodecModelImpl(const EncodecConfig& config);

    // audio [batch, audioChannels, samples] -> codes [batch, codebooks, ceil(samples / hop)].
    torch::Tensor encode(const torch::Tensor& audio, int64_t codebooks,
                         const ProgressFn& progress = nullptr);
    // codes [batch, codebooks, frames] -> audio [batch, audioChannels, frames * hop].
    torch::Tensor decode(const torch::Tensor& codes, const ProgressFn& progress = nullptr);

    const EncodecConfig& config() const { return config_; }

private:
    EncodecConfig config_;
    EncodecEncoder encoder_{nullptr};
    EncodecDecoder decoder_{nullptr};
    EncodecQuantizer quantizer_{nullptr};
};
TORCH_MODULE(EncodecModel);

// Builds the model in float32 on CPU from a checkpoint (directory or file) whose tensors carry
// transformers' EncodecModel names after prefix ("" for an EnCodec checkpoint,
// "audio_encoder." inside MusicGen); the caller moves it to its device and dtype.
EncodecModel loadEncodecModel(const std::string& checkpointPath, const EncodecConfig& config,
                              const std::string& prefix = "");
EncodecModel loadEncodecModel(const Checkpoint& checkpoint, const EncodecConfig& config,
                              const std::string& prefix = "");

}  // namespace sonara::models
