#pragma once

// Internal to models/: exposes torch types.

#include <torch/torch.h>

#include <string>

namespace sonara::models {

// "auto" picks CUDA when a device is present, else CPU; "cpu", "cuda", "cuda:N" are explicit.
torch::Device parseDevice(const std::string& spec);

// "auto" means fp16 on CUDA and fp32 on CPU; also accepts fp32/float32, fp16/float16/half,
// bf16/bfloat16. Throws Error when the dtype cannot run convolutions on that device with this
// libtorch build (libtorch 1.x on CPU: fp32 only).
torch::ScalarType parseDtype(const std::string& spec, const torch::Device& device);

std::string dtypeName(torch::ScalarType type);        // "float32", "float16", "bfloat16", ...
std::string deviceName(const torch::Device& device);  // "cpu", "cuda:0"

// Inference-only scope: no autograd graph, no version counters.
using InferenceGuard = torch::InferenceMode;

// Waits for queued kernels so wall-clock timings measure work, not launches.
void synchronize(const torch::Device& device);

// Peak memory in MiB since the last resetPeakMemory(): CUDA peak allocated bytes on a CUDA device
// (when this build links CUDA), else the process's peak resident set (VmHWM).
double peakMemoryMb(const torch::Device& device);
void resetPeakMemory(const torch::Device& device);

bool cudaStatsAvailable();

}  // namespace sonara::models
