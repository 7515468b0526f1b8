#pragma once

// Internal to models/: torchaudio's Tacotron2 as torch modules, parameter names as in its state
// dict (embedding, encoder.*, decoder.*, postnet.*). NVIDIA's layout (tacotron2_nvidia.h) maps
// onto the same names.

#include <torch/torch.h>

#include <string>
#include <vector>

#include "models/common/progress.h"
#include "models/tacotron2/tacotron2_config.h"

namespace sonara::models {

// A conv followed by batch norm, as an nn.Sequential: "<i>.0" the conv, "<i>.1" the norm.
class Tacotron2ConvNormImpl : public torch::nn::Module {
public:
    Tacotron2ConvNormImpl(int64_t in, int64_t out, int64_t kernel);
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::nn::Conv1d conv_{nullptr};
    torch::nn::BatchNorm1d norm_{nullptr};
};
TORCH_MODULE(Tacotron2ConvNorm);

// The decoder's recurrent state between steps.
struct Tacotron2DecoderState {
    torch::Tensor attentionHidden, attentionCell, decoderHidden, decoderCell;
    torch::Tensor attentionWeights, attentionWeightsCum, attentionContext;
    torch::Tensor memory, processedMemory, mask;
};

struct Tacotron2Outputs {
    torch::Tensor mel;         // [batch, n_mels, frames], before the postnet
    torch::Tensor melPostnet;  // [batch, n_mels, frames]
    torch::Tensor gate;        // forward only: [batch, frames], logits
    torch::Tensor alignments;  // [batch, frames, tokens]
    torch::Tensor lengths;     // infer only: [batch] frames until the gate fired (int32)
};

class Tacotron2NetImpl : public torch::nn::Module {
public:
    explicit Tacotron2NetImpl(const Tacotron2Config& config);

    // Tacotron2.forward with teacher forcing: tokens [batch, tokens] (int64, zero-padded),
    // lengths [batch], mel [batch, n_mels, frames] and its lengths [batch] (used only with
    // mask_padding).
    Tacotron2Outputs forward(const torch::Tensor& tokens, const torch::Tensor& lengths,
                             const torch::Tensor& mel, const torch::Tensor& melLengths,
                             uint64_t seed = 0);

    // Tacotron2.infer: decodes until every row's gate fired (or decoder_max_step); rows that
    // stopped keep decoding until then, as in the reference; lengths says where each stopped.
    // The prenet's dropout masks come from seed: the same seed, tokens and weights give the
    // same output.
    Tacotron2Outputs infer(const torch::Tensor& tokens, const torch::Tensor& lengths,
                           const ProgressFn& progress = nullptr, uint64_t seed = 0);

    // The reference keeps the prenet's dropout (p = 0.5) on even at inference; off makes
    // decoding deterministic.
    void setPrenetDropout(bool on) { prenetDropout_ = on; }
    const Tacotron2Config& config() const { return config_; }

private:
    torch::Tensor encode(const torch::Tensor& tokens, const torch::Tensor& lengths);
    torch::Tensor prenet(torch::Tensor x, at::Generator& generator);
    Tacotron2DecoderState initialState(const torch::Tensor& memory, const torch::Tensor& lengths);
    // One decoder step: prenet output [batch, prenet_dim] -> (frame [batch, n_mels],
    // gate logit [batch, 1]); updates state.
    std::pair<torch::Tensor, torch::Tensor> decode(const torch::Tensor& input,
                                                   Tacotron2DecoderState& state);
    torch::Tensor postnet(const torch::Tensor& mel);

    Tacotron2Config config_;
    bool prenetDropout_ = true;
    torch::nn::Embedding embedding_{nullptr};
    std::vector<Tacotron2ConvNorm> encoderConvs_;
    torch::nn::LSTM encoderLstm_{nullptr};
    std::vector<torch::nn::Linear> prenetLayers_;
    torch::nn::LSTMCell attentionRnn_{nullptr};
    torch::nn::Linear queryLayer_{nullptr};
    torch::nn::Linear memoryLayer_{nullptr};
    torch::nn::Linear v_{nullptr};
    torch::nn::Conv1d locationConv_{nullptr};
    torch::nn::Linear locationDense_{nullptr};
    torch::nn::LSTMCell decoderRnn_{nullptr};
    torch::nn::Linear linearProjection_{nullptr};
    torch::nn::Linear gateLayer_{nullptr};
    std::vector<Tacotron2ConvNorm> postnetConvs_;
};
TORCH_MODULE(Tacotron2Net);

// Builds Tacotron2 from a checkpoint directory (config.json + model.safetensors or a torch.save
// file such as torchaudio's bundle state dict) or a torch.save file, in float32 on CPU; the
// caller moves it. NVIDIA's checkpoints (torch.hub's nvidia_tacotron2 and NVIDIA/tacotron2's
// tacotron2_statedict.pt) are recognised by their tensor names and load the same way.
Tacotron2Net loadTacotron2Net(const std::string& checkpointDir);

}  // namespace sonara::models
