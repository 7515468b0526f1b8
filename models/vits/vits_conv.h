#pragma once

#include <torch/nn/modules/conv.h>

#include <cstdint>

namespace sonara::models {

// The 1-D convolution every VITS block builds (one helper for the family: it compiles as one unit).
inline torch::nn::Conv1d vitsConv1d(int64_t in, int64_t out, int64_t kernel, int64_t padding = 0,
                                    int64_t dilation = 1, int64_t groups = 1) {
    return torch::nn::Conv1d(torch::nn::Conv1dOptions(in, out, kernel)
                                 .padding(padding)
                                 .dilation(dilation)
                                 .groups(groups));
}

}  // namespace sonara::models
