#pragma once

// Internal to models/: the building blocks of torchaudio's Hybrid Demucs (_DConv with its
// _BLSTM and _LocalState, _HEncLayer, _HDecLayer), with torchaudio's parameter names.

#include <torch/torch.h>

#include <utility>
#include <vector>

namespace sonara::models {

// _BLSTM: a 2-layer bidirectional LSTM over time plus a linear projection and a skip. Inputs longer
// than 200 steps are cut into overlapping 200-step frames whose centres are stitched back.
class HDemucsBLSTMImpl : public torch::nn::Module {
public:
    explicit HDemucsBLSTMImpl(int64_t dim);
    torch::Tensor forward(const torch::Tensor& x);  // [batch, dim, time]

private:
    torch::nn::LSTM lstm_{nullptr};
    torch::nn::Linear linear_{nullptr};
};
TORCH_MODULE(HDemucsBLSTM);

// _LocalState: attention over time with a learnt, query-dependent decay with distance.
class HDemucsLocalStateImpl : public torch::nn::Module {
public:
    explicit HDemucsLocalStateImpl(int64_t channels, int64_t heads = 4, int64_t ndecay = 4);
    torch::Tensor forward(const torch::Tensor& x);  // [batch, channels, time]

private:
    int64_t heads_;
    int64_t ndecay_;
    torch::nn::Conv1d content_{nullptr}, query_{nullptr}, key_{nullptr}, queryDecay_{nullptr},
        proj_{nullptr};
};
TORCH_MODULE(HDemucsLocalState);

struct HDemucsDConvOptions {
    int64_t channels = 0;
    int64_t compress = 4;
    int64_t depth = 2;
    double init = 1e-4;  // LayerScale's initial value, for randomly initialised models
    bool lstm = false;
    bool attn = false;
};

// _DConv: residual branches of dilated convolutions (dilation 2^d), each a torch Sequential whose
// indices name the checkpoint tensors: conv, GroupNorm, GELU, [BLSTM], [LocalState], 1x1 conv,
// GroupNorm, GLU, LayerScale.
class HDemucsDConvImpl : public torch::nn::Module {
public:
    explicit HDemucsDConvImpl(const HDemucsDConvOptions& options);
    torch::Tensor forward(torch::Tensor x);  // [batch, channels, time]

private:
    struct Branch {
        torch::nn::Conv1d conv1{nullptr};
        torch::nn::GroupNorm norm1{nullptr};
        HDemucsBLSTM lstm{nullptr};
        HDemucsLocalState attn{nullptr};
        torch::nn::Conv1d conv2{nullptr};
        torch::nn::GroupNorm norm2{nullptr};
        torch::Tensor scale;
    };
    std::vector<Branch> branches_;
};
TORCH_MODULE(HDemucsDConv);

struct HDemucsEncoderOptions {
    int64_t chin = 0;
    int64_t chout = 0;
    int64_t kernel = 8;
    int64_t stride = 4;
    int64_t normGroups = 4;
    bool empty = false;  // only the first conv, before the branches merge
    bool freq = true;    // Conv2d over [frequency, time] with kernels [k, 1], else Conv1d over time
    bool norm = false;   // GroupNorm, else identity
    int64_t context = 0;
    bool pad = true;
    bool useDConv = true;  // demucs' dconv_mode bit 1 (torchaudio always has it)
    HDemucsDConvOptions dconv;
};

// _HEncLayer: conv (stride over frequency or time) -> [inject] -> norm -> GELU -> DConv ->
// rewrite -> norm -> GLU.
class HDemucsEncoderImpl : public torch::nn::Module {
public:
    explicit HDemucsEncoderImpl(const HDemucsEncoderOptions& options);
    // x: [B, C, F, T] (freq) or [B, C, T]; inject: the time branch's output added after the conv.
    torch::Tensor forward(torch::Tensor x, const torch::Tensor& inject = {});
    bool empty() const { return options_.empty; }

private:
    HDemucsEncoderOptions options_;
    torch::nn::AnyModule conv_;
    torch::nn::GroupNorm norm1_{nullptr};
    torch::nn::AnyModule rewrite_;
    torch::nn::GroupNorm norm2_{nullptr};
    HDemucsDConv dconv_{nullptr};
};
TORCH_MODULE(HDemucsEncoder);

struct HDemucsDecoderOptions {
    int64_t chin = 0;
    int64_t chout = 0;
    bool last = false;  // no GELU on the output
    int64_t kernel = 8;
    int64_t stride = 4;
    int64_t normGroups = 4;
    bool empty = false;  // no skip and no rewrite: the time branch splitting off
    bool freq = true;
    bool norm = false;
    int64_t context = 1;
    bool pad = true;
    // demucs' dconv_mode bit 2 (HTDemucs as published): residual branches after the rewrite.
    bool useDConv = false;
    HDemucsDConvOptions dconv;
};

// _HDecLayer: (+ skip) -> rewrite -> norm -> GLU -> [DConv] -> transposed conv -> norm -> trim ->
// GELU.
class HDemucsDecoderImpl : public torch::nn::Module {
public:
    explicit HDemucsDecoderImpl(const HDemucsDecoderOptions& options);
    // Returns the output and the input of the transposed conv (where the time branch splits off).
    std::pair<torch::Tensor, torch::Tensor> forward(torch::Tensor x, const torch::Tensor& skip,
                                                    int64_t length);
    bool empty() const { return options_.empty; }

private:
    HDemucsDecoderOptions options_;
    int64_t trim_;
    torch::nn::AnyModule convTr_;
    torch::nn::GroupNorm norm2_{nullptr};
    torch::nn::AnyModule rewrite_;
    torch::nn::GroupNorm norm1_{nullptr};
    HDemucsDConv dconv_{nullptr};
};
TORCH_MODULE(HDemucsDecoder);

// One layer's time branch (encoder or decoder options), made from its frequency branch's: the
// same norm and context on the waveform, with 1-d convolutions of the layer's time kernel and
// stride. Hybrid Demucs and HTDemucs build their time branches alike.
template <typename Options>
Options onTimeAxis(Options freq, int64_t chin, int64_t chout, int64_t kernel, int64_t stride,
                   bool empty) {
    freq.chin = chin;
    freq.chout = chout;
    freq.kernel = kernel;
    freq.stride = stride;
    freq.freq = false;
    freq.pad = true;
    freq.empty = empty;
    return freq;
}

}  // namespace sonara::models
