#include "models/common/device.h"

#include <torch/cuda.h>
#include <torch/version.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "models/common/error.h"

#if defined(SONARA_TORCH_CUDA)
#include <c10/cuda/CUDACachingAllocator.h>
#endif

namespace sonara::models {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

torch::Device parseDevice(const std::string& spec) {
    const std::string s = lower(spec);
    if (s.empty() || s == "auto") {
        return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0)
                                           : torch::Device(torch::kCPU);
    }
    if (s == "cpu")
        return torch::Device(torch::kCPU);
    if (s == "cuda" || s.rfind("cuda:", 0) == 0) {
        int index = 0;
        if (s.size() > 5) {
            const std::string digits = s.substr(5);
            if (digits.empty() || digits.size() > 3 ||
                !std::all_of(digits.begin(), digits.end(),
                             [](unsigned char c) { return std::isdigit(c); })) {
                throw Error("device '" + spec + "' is not valid: use auto, cpu, cuda or cuda:N");
            }
            index = std::stoi(digits);
        }
        if (!torch::cuda::is_available()) {
            throw Error("device '" + spec +
                        "' was requested but no CUDA device is available to this libtorch build; "
                        "use --device cpu");
        }
        const auto count = static_cast<int>(torch::cuda::device_count());
        if (index >= count) {
            throw Error("device '" + spec + "' does not exist: " + std::to_string(count) +
                        " CUDA device(s) present");
        }
        return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
    }
    throw Error("device '" + spec + "' is not valid: use auto, cpu, cuda or cuda:N");
}

torch::ScalarType parseDtype(const std::string& spec, const torch::Device& device) {
    const std::string s = lower(spec);
    torch::ScalarType type;
    if (s.empty() || s == "auto") {
        type = device.is_cuda() ? torch::kFloat16 : torch::kFloat32;
    } else if (s == "fp32" || s == "float32" || s == "float") {
        type = torch::kFloat32;
    } else if (s == "fp16" || s == "float16" || s == "half") {
        type = torch::kFloat16;
    } else if (s == "bf16" || s == "bfloat16") {
        type = torch::kBFloat16;
    } else {
        throw Error("dtype '" + spec + "' is not valid: use auto, fp32, fp16 or bf16");
    }
#if TORCH_VERSION_MAJOR < 2
    // libtorch 1.x has no CPU kernels for fp16 convolutions, and its oneDNN bf16 transposed
    // convolution rejects valid shapes.
    if (type != torch::kFloat32 && device.is_cpu()) {
        throw Error("dtype " + dtypeName(type) +
                    " is not supported on CPU by libtorch " TORCH_VERSION
                    ": use fp32 on CPU, fp16 or bf16 on CUDA");
    }
#endif
    return type;
}

std::string dtypeName(torch::ScalarType type) {
    switch (type) {
        case torch::kFloat32:
            return "float32";
        case torch::kFloat16:
            return "float16";
        case torch::kBFloat16:
            return "bfloat16";
        case torch::kFloat64:
            return "float64";
        case torch::kInt64:
            return "int64";
        case torch::kInt32:
            return "int32";
        case torch::kBool:
            return "bool";
        default:
            return c10::toString(type);
    }
}

std::string deviceName(const torch::Device& device) {
    return device.str();
}

void synchronize(const torch::Device& device) {
    if (device.is_cuda())
        torch::cuda::synchronize(device.index());
}

bool cudaStatsAvailable() {
#if defined(SONARA_TORCH_CUDA)
    return true;
#else
    return false;
#endif
}

namespace {

double processPeakRssMb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            std::istringstream fields(line.substr(6));
            double kib = 0;
            fields >> kib;
            return kib / 1024.0;
        }
    }
    return 0.0;
}

}  // namespace

double peakMemoryMb(const torch::Device& device) {
#if defined(SONARA_TORCH_CUDA)
    if (device.is_cuda()) {
        const auto index = device.has_index() ? device.index() : c10::DeviceIndex{0};
        const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(index);
        // Index 0 is the aggregate over small and large pools in every libtorch release.
        return static_cast<double>(stats.allocated_bytes[0].peak) / (1024.0 * 1024.0);
    }
#else
    (void)device;
#endif
    return processPeakRssMb();
}

void resetPeakMemory(const torch::Device& device) {
#if defined(SONARA_TORCH_CUDA)
    if (device.is_cuda()) {
        c10::cuda::CUDACachingAllocator::resetPeakStats(device.has_index() ? device.index() : 0);
        return;
    }
#else
    (void)device;
#endif
    // Linux resets VmHWM to the current RSS on "5"; older kernels ignore it and the peak then
    // covers the whole process lifetime.
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
}

}  // namespace sonara::models
