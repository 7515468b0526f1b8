#pragma once

#include <cstdint>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

namespace sonara::models {

// Row-major float tensor for public model APIs, so callers outside models/ never see libtorch.
struct FloatArray {
    std::vector<int64_t> shape;
    std::vector<float> data;

    FloatArray() = default;
    explicit FloatArray(std::vector<int64_t> shape_)
        : shape(std::move(shape_)), data(static_cast<size_t>(elementCount(shape)), 0.0f) {}
    FloatArray(std::vector<int64_t> shape_, std::vector<float> data_)
        : shape(std::move(shape_)), data(std::move(data_)) {}

    static int64_t elementCount(const std::vector<int64_t>& dims) {
        return std::accumulate(dims.begin(), dims.end(), int64_t{1},
                               [](int64_t a, int64_t b) { return a * b; });
    }

    int64_t rank() const { return static_cast<int64_t>(shape.size()); }
    int64_t numel() const { return elementCount(shape); }
    int64_t dim(int64_t i) const { return shape.at(static_cast<size_t>(i < 0 ? rank() + i : i)); }
    // True when data holds exactly the elements shape describes.
    bool consistent() const { return static_cast<int64_t>(data.size()) == numel(); }

    static std::string shapeString(const std::vector<int64_t>& dims) {
        std::string out = "[";
        for (size_t i = 0; i < dims.size(); ++i) {
            out += (i ? ", " : "") + std::to_string(dims[i]);
        }
        return out + "]";
    }
    std::string shapeString() const { return shapeString(shape); }
};

}  // namespace sonara::models
