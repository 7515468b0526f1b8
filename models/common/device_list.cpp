#include "models/common/device_list.h"

#include <c10/util/Exception.h>
#include <torch/cuda.h>

#if defined(SONARA_TORCH_CUDA)
#include <c10/cuda/CUDACachingAllocator.h>
#include <cuda_runtime_api.h>
#endif

namespace sonara::models {

std::vector<DeviceInfo> availableDevices() {
    std::vector<DeviceInfo> devices{{"cpu", "CPU", false}};
    if (!torch::cuda::is_available()) {
        return devices;
    }
    const auto count = static_cast<int>(torch::cuda::device_count());
    for (int index = 0; index < count; ++index) {
        const std::string number = std::to_string(index);
        devices.push_back({"cuda:" + number, "CUDA GPU " + number, true});
    }
    return devices;
}

std::int64_t cudaFreeBytes(int index) {
#if defined(SONARA_TORCH_CUDA)
    int previous = 0;
    if (cudaGetDevice(&previous) != cudaSuccess || cudaSetDevice(index) != cudaSuccess) {
        return 0;
    }
    size_t free = 0;
    size_t total = 0;
    const bool known = cudaMemGetInfo(&free, &total) == cudaSuccess;
    cudaSetDevice(previous);
    return known ? static_cast<std::int64_t>(free) : 0;
#else
    (void)index;
    return 0;
#endif
}

bool isCudaOutOfMemory(const std::exception& error) {
    if (dynamic_cast<const c10::OutOfMemoryError*>(&error)) {
        return true;
    }
    return std::string(error.what()).find("CUDA out of memory") != std::string::npos;
}

void releaseCudaMemory() {
#if defined(SONARA_TORCH_CUDA)
    c10::cuda::CUDACachingAllocator::emptyCache();
#endif
}

}  // namespace sonara::models
