#pragma once

// Internal to models/vits: the text encoder, a transformer with relative-position attention.

#include <torch/torch.h>

#include <string>
#include <vector>

#include "models/vits/vits_config.h"

namespace sonara::models {

// Multi-head self-attention whose logits and outputs add learned embeddings of the clipped
// relative distance (window_size on each side), as in transformers' VitsAttention.
class VitsAttentionImpl : public torch::nn::Module {
public:
    explicit VitsAttentionImpl(const VitsConfig& config);
    // hidden [batch, length, hidden]; keyMask [batch, length] (true = token) or undefined.
    torch::Tensor forward(const torch::Tensor& hidden, const torch::Tensor& keyMask);

private:
    torch::Tensor relativeEmbeddings(const torch::Tensor& embeddings, int64_t length) const;

    int64_t heads_;
    int64_t headDim_;
    int64_t window_;
    double scaling_;
    torch::nn::Linear qProj_{nullptr};
    torch::nn::Linear kProj_{nullptr};
    torch::nn::Linear vProj_{nullptr};
    torch::nn::Linear outProj_{nullptr};
    torch::Tensor embRelK_;
    torch::Tensor embRelV_;
};
TORCH_MODULE(VitsAttention);

class VitsFeedForwardImpl : public torch::nn::Module {
public:
    explicit VitsFeedForwardImpl(const VitsConfig& config);
    // hidden [batch, length, hidden], paddingMask [batch, length, 1].
    torch::Tensor forward(torch::Tensor hidden, const torch::Tensor& paddingMask);

private:
    torch::Tensor activate(const torch::Tensor& x) const;

    std::string act_;
    int64_t padLeft_;
    int64_t padRight_;
    torch::nn::Conv1d conv1_{nullptr};
    torch::nn::Conv1d conv2_{nullptr};
};
TORCH_MODULE(VitsFeedForward);

class VitsEncoderLayerImpl : public torch::nn::Module {
public:
    explicit VitsEncoderLayerImpl(const VitsConfig& config);
    torch::Tensor forward(torch::Tensor hidden, const torch::Tensor& paddingMask,
                          const torch::Tensor& keyMask);

private:
    VitsAttention attention_{nullptr};
    torch::nn::LayerNorm layerNorm_{nullptr};
    VitsFeedForward feedForward_{nullptr};
    torch::nn::LayerNorm finalLayerNorm_{nullptr};
};
TORCH_MODULE(VitsEncoderLayer);

struct VitsTextEncoding {
    torch::Tensor hidden;             // [batch, length, hidden]
    torch::Tensor priorMeans;         // [batch, length, flow]
    torch::Tensor priorLogVariances;  // [batch, length, flow]
};

// Names: embed_tokens, encoder.layers.N.{attention,layer_norm,feed_forward,final_layer_norm},
// project.
class VitsTextEncoderImpl : public torch::nn::Module {
public:
    explicit VitsTextEncoderImpl(const VitsConfig& config);
    // inputIds [batch, length]; paddingMask [batch, length, 1] in the model's dtype; keyMask
    // [batch, length] bool, undefined when no sequence is padded.
    VitsTextEncoding forward(const torch::Tensor& inputIds, const torch::Tensor& paddingMask,
                             const torch::Tensor& keyMask);

private:
    int64_t hiddenSize_;
    int64_t flowSize_;
    torch::nn::Embedding embedTokens_{nullptr};
    std::vector<VitsEncoderLayer> layers_;
    torch::nn::Conv1d project_{nullptr};
};
TORCH_MODULE(VitsTextEncoder);

}  // namespace sonara::models
