#include "models/common/device_list.h"

#include <torch/cuda.h>

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

}  // namespace sonara::models
