#include "models/encodec/encodec_config.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

#include "models/common/error.h"

namespace sonara::models {

namespace {

// Config has no getter for lists of floats; target_bandwidths is one.
std::vector<double> doubleList(const Config& c, const std::string& key,
                               const std::vector<double>& fallback) {
    const auto object = nlohmann::json::parse(c.dump());
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return fallback;
    const auto fail = [&] {
        throw Error(c.source() + ": " + key + " must be a list of numbers, found " + it->dump());
    };
    if (!it->is_array())
        fail();
    std::vector<double> out;
    for (const auto& v : *it) {
        if (!v.is_number())
            fail();
        out.push_back(v.get<double>());
    }
    return out;
}

}  // namespace

EncodecConfig EncodecConfig::fromConfig(const Config& c) {
    EncodecConfig d;
    EncodecConfig cfg;
    cfg.targetBandwidths = doubleList(c, "target_bandwidths", d.targetBandwidths);
    cfg.samplingRate = c.getInt("sampling_rate", d.samplingRate);
    cfg.audioChannels = c.getInt("audio_channels", d.audioChannels);
    cfg.normalize = c.getBool("normalize", d.normalize);
    cfg.chunkLengthS = c.getDouble("chunk_length_s", 0.0);
    cfg.overlap = c.getDouble("overlap", 0.0);
    cfg.hiddenSize = c.getInt("hidden_size", d.hiddenSize);
    cfg.numFilters = c.getInt("num_filters", d.numFilters);
    cfg.numResidualLayers = c.getInt("num_residual_layers", d.numResidualLayers);
    cfg.upsamplingRatios = c.getIntList("upsampling_ratios", d.upsamplingRatios);
    cfg.normType = c.getString("norm_type", d.normType);
    cfg.kernelSize = c.getInt("kernel_size", d.kernelSize);
    cfg.lastKernelSize = c.getInt("last_kernel_size", d.lastKernelSize);
    cfg.residualKernelSize = c.getInt("residual_kernel_size", d.residualKernelSize);
    cfg.dilationGrowthRate = c.getInt("dilation_growth_rate", d.dilationGrowthRate);
    cfg.useCausalConv = c.getBool("use_causal_conv", d.useCausalConv);
    cfg.padMode = c.getString("pad_mode", d.padMode);
    cfg.compress = c.getInt("compress", d.compress);
    cfg.numLstmLayers = c.getInt("num_lstm_layers", d.numLstmLayers);
    cfg.trimRightRatio = c.getDouble("trim_right_ratio", d.trimRightRatio);
    cfg.codebookSize = c.getInt("codebook_size", d.codebookSize);
    // transformers fills a null codebook_dim with hidden_size.
    cfg.codebookDim = c.getInt("codebook_dim", cfg.hiddenSize);
    cfg.useConvShortcut = c.getBool("use_conv_shortcut", d.useConvShortcut);
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(c.source() + ": " + e.what());
    }
    return cfg;
}

int64_t EncodecConfig::hopLength() const {
    int64_t hop = 1;
    for (auto r : upsamplingRatios)
        hop *= r;
    return hop;
}

int64_t EncodecConfig::frameRate() const {
    return (samplingRate + hopLength() - 1) / hopLength();
}

int64_t EncodecConfig::numQuantizers() const {
    const auto bits = static_cast<int64_t>(std::ceil(std::log2(static_cast<double>(codebookSize))));
    return static_cast<int64_t>(
        std::floor(1000.0 * targetBandwidths.back() / static_cast<double>(frameRate() * bits)));
}

int64_t EncodecConfig::codebooksForBandwidth(double bandwidth) const {
    bool supported = false;
    for (double b : targetBandwidths)
        supported = supported || std::abs(b - bandwidth) < 1e-9;
    if (!supported) {
        std::ostringstream found;
        found << bandwidth;
        throw Error("EnCodec does not support a bandwidth of " + found.str() +
                    " kbps: choose one of " + bandwidthList());
    }
    const double bitsPerCodebook =
        std::log2(static_cast<double>(codebookSize)) * static_cast<double>(frameRate());
    const auto wanted = std::max<int64_t>(
        1, static_cast<int64_t>(std::floor(bandwidth * 1000.0 / bitsPerCodebook)));
    return std::min(wanted, numQuantizers());
}

std::string EncodecConfig::bandwidthList() const {
    std::ostringstream out;
    for (size_t i = 0; i < targetBandwidths.size(); ++i)
        out << (i ? ", " : "") << targetBandwidths[i];
    return out.str();
}

void EncodecConfig::validate() const {
    auto positive = [](int64_t v, const char* name) {
        if (v <= 0)
            throw Error(std::string("EnCodec config: ") + name + " must be positive, found " +
                        std::to_string(v));
    };
    positive(samplingRate, "sampling_rate");
    positive(audioChannels, "audio_channels");
    positive(hiddenSize, "hidden_size");
    positive(numFilters, "num_filters");
    positive(kernelSize, "kernel_size");
    positive(lastKernelSize, "last_kernel_size");
    positive(residualKernelSize, "residual_kernel_size");
    positive(dilationGrowthRate, "dilation_growth_rate");
    positive(compress, "compress");
    positive(numLstmLayers, "num_lstm_layers");
    positive(codebookSize, "codebook_size");
    if (numResidualLayers < 0)
        throw Error("EnCodec config: num_residual_layers must not be negative");
    if (upsamplingRatios.empty())
        throw Error("EnCodec config: upsampling_ratios must not be empty");
    for (auto r : upsamplingRatios)
        positive(r, "every upsampling ratio");
    if (targetBandwidths.empty())
        throw Error("EnCodec config: target_bandwidths must not be empty");
    for (double b : targetBandwidths) {
        if (!(b > 0.0))
            throw Error("EnCodec config: target_bandwidths must be positive");
    }
    if (numQuantizers() < 1) {
        throw Error("EnCodec config: target bandwidth " + bandwidthList() +
                    " kbps is too low for one codebook");
    }
    if (codebookDim != hiddenSize) {
        throw Error("EnCodec config: codebook_dim " + std::to_string(codebookDim) +
                    " must equal hidden_size " + std::to_string(hiddenSize) +
                    " (the quantizer has no projection)");
    }
    if (numFilters / compress == 0)
        throw Error("EnCodec config: num_filters is too small for compress");
    if (normType != "weight_norm" && normType != "time_group_norm" && normType != "none") {
        throw Error("EnCodec config: norm_type \"" + normType +
                    "\" is not one of weight_norm, time_group_norm, none");
    }
    if (normType == "time_group_norm" && useCausalConv)
        throw Error("EnCodec config: time_group_norm cannot be causal");
    if (padMode != "reflect" && padMode != "replicate" && padMode != "constant") {
        throw Error("EnCodec config: pad_mode \"" + padMode +
                    "\" is not one of reflect, replicate, constant");
    }
    if (trimRightRatio < 0.0 || trimRightRatio > 1.0 || (!useCausalConv && trimRightRatio != 1.0)) {
        throw Error(
            "EnCodec config: trim_right_ratio must lie in [0, 1], and be 1 for non-causal "
            "convolutions");
    }
}

}  // namespace sonara::models
