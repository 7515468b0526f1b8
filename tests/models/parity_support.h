#pragma once

// Shared by the parity tests: fixture tensors as the ports' arrays, differences from the
// reference, and the tolerances meta.json states.

#include <torch/torch.h>

#include <cmath>
#include <string>
#include <vector>

#include "models/common/array.h"
#include "models/common/config.h"
#include "models/common/error.h"

namespace sonara::test {

inline models::FloatArray toArray(const torch::Tensor& t) {
    const auto c = t.to(torch::kCPU, torch::kFloat32).contiguous();
    return models::FloatArray(
        c.sizes().vec(), std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel()));
}

// A view of the array's data, valid while the array lives.
inline torch::Tensor toTensor(const models::FloatArray& a) {
    return torch::from_blob(const_cast<float*>(a.data.data()), a.shape, torch::kFloat32);
}

// The largest |found - expected|, computed in float64 on the CPU; infinite when the shapes
// differ, so that a wrong shape can never pass.
inline double maxAbsDiff(const torch::Tensor& found, const torch::Tensor& expected) {
    if (found.sizes() != expected.sizes())
        return INFINITY;
    if (found.numel() == 0)
        return 0.0;
    return (found.to(torch::kCPU, torch::kFloat64) - expected.to(torch::kCPU, torch::kFloat64))
        .abs()
        .max()
        .item<double>();
}

inline double maxAbsDiff(const models::FloatArray& found, const torch::Tensor& expected) {
    if (found.shape != expected.sizes().vec() || !found.consistent())
        return INFINITY;
    return maxAbsDiff(toTensor(found), expected);
}

// meta.json states each check's tolerance as "..., atol 1e-4".
inline double atolFor(const std::string& dir, const std::string& check) {
    const auto text = models::Config::load(dir + "/meta.json").child("checks").getString(check);
    const auto at = text.find("atol ");
    if (at == std::string::npos)
        throw models::Error("meta.json: no atol for " + check + ": " + text);
    return std::stod(text.substr(at + 5));
}

}  // namespace sonara::test
