#pragma once

// Internal to models/: kNN-VC's matching step on torch tensors, shared by KnnVc and the bench.

#include <torch/types.h>

#include <cstdint>

namespace sonara::models {

// Indices [queryFrames, k] of each query row's k nearest rows of `matching` by cosine
// similarity, nearest first. Runs on matching's device in float32, one block of query rows at a
// time so that a block's similarities hold at most blockElements values: memory stays flat in
// the query's length. Rows of zero norm are compared as if of norm 1e-8 (their similarity is 0).
torch::Tensor nearestNeighbours(const torch::Tensor& query, const torch::Tensor& matching,
                                int64_t k, int64_t blockElements);

// The mean of each query frame's neighbours: matching [frames, dim], indices [queryFrames, k] ->
// [queryFrames, dim].
torch::Tensor averageNeighbours(const torch::Tensor& matching, const torch::Tensor& indices);

}  // namespace sonara::models
