#include "models/knnvc/knnvc_match.h"

#include <ATen/ATen.h>

#include <algorithm>

namespace sonara::models {

namespace {

constexpr double kMinimumNorm = 1e-8;

torch::Tensor unitRows(const torch::Tensor& rows) {
    return rows / rows.norm(2, -1, true).clamp_min(kMinimumNorm);
}

}  // namespace

torch::Tensor nearestNeighbours(const torch::Tensor& query, const torch::Tensor& matching,
                                int64_t k, int64_t blockElements) {
    const auto matchingUnit = unitRows(matching.to(torch::kFloat32));
    const auto queryUnit = unitRows(query.to(matching.device(), torch::kFloat32));
    const int64_t frames = queryUnit.size(0);
    const int64_t rowsPerBlock =
        std::clamp<int64_t>(blockElements / std::max<int64_t>(1, matchingUnit.size(0)), 1,
                            std::max<int64_t>(1, frames));
    auto indices = torch::empty({frames, k}, queryUnit.options().dtype(torch::kLong));
    for (int64_t begin = 0; begin < frames; begin += rowsPerBlock) {
        const int64_t rows = std::min(rowsPerBlock, frames - begin);
        const auto similarity = torch::matmul(queryUnit.narrow(0, begin, rows), matchingUnit.t());
        indices.narrow(0, begin, rows).copy_(std::get<1>(similarity.topk(k, 1, true, true)));
    }
    return indices;
}

torch::Tensor averageNeighbours(const torch::Tensor& matching, const torch::Tensor& indices) {
    return matching.index_select(0, indices.reshape({-1}))
        .reshape({indices.size(0), indices.size(1), matching.size(1)})
        .mean(1);
}

}  // namespace sonara::models
