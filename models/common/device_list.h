#pragma once

// Torch-free on purpose: the studio's settings list the devices without including libtorch.

#include <cstdint>
#include <exception>
#include <string>
#include <vector>

namespace sonara::models {

struct DeviceInfo {
    std::string id;    // "cpu", "cuda:0", ... as parseDevice() accepts it
    std::string name;  // what a person reads: "CPU", "CUDA GPU 0"
    bool cuda = false;
};

// The CPU first, then each CUDA device this libtorch build can use.
std::vector<DeviceInfo> availableDevices();

// Free memory of CUDA device `index` now, in bytes; 0 when unknown or without CUDA.
std::int64_t cudaFreeBytes(int index);

// Whether `error` is CUDA running out of memory: c10::OutOfMemoryError, or any error whose text
// carries the allocator's "CUDA out of memory" (a plain c10::Error from older libtorch, and the
// models' Error and the engines' errors, which wrap the torch error's text).
bool isCudaOutOfMemory(const std::exception& error);

// Hands the CUDA caching allocator's unused blocks back to the driver (nothing without CUDA).
void releaseCudaMemory();

}  // namespace sonara::models
