#include "models/vits/vits_config.h"

#include "models/common/error.h"

namespace sonara::models {

VitsConfig VitsConfig::fromConfig(const Config& c) {
    const VitsConfig d;
    VitsConfig cfg;
    cfg.vocabSize = c.getInt("vocab_size", d.vocabSize);
    cfg.hiddenSize = c.getInt("hidden_size", d.hiddenSize);
    cfg.numHiddenLayers = c.getInt("num_hidden_layers", d.numHiddenLayers);
    cfg.numAttentionHeads = c.getInt("num_attention_heads", d.numAttentionHeads);
    cfg.windowSize = c.getInt("window_size", d.windowSize);
    cfg.useBias = c.getBool("use_bias", d.useBias);
    cfg.ffnDim = c.getInt("ffn_dim", d.ffnDim);
    cfg.ffnKernelSize = c.getInt("ffn_kernel_size", d.ffnKernelSize);
    cfg.flowSize = c.getInt("flow_size", d.flowSize);
    cfg.hiddenAct = c.getString("hidden_act", d.hiddenAct);
    cfg.layerNormEps = c.getDouble("layer_norm_eps", d.layerNormEps);
    cfg.useStochasticDurationPrediction =
        c.getBool("use_stochastic_duration_prediction", d.useStochasticDurationPrediction);
    cfg.numSpeakers = c.getInt("num_speakers", d.numSpeakers);
    cfg.speakerEmbeddingSize = c.getInt("speaker_embedding_size", d.speakerEmbeddingSize);
    cfg.upsampleInitialChannel = c.getInt("upsample_initial_channel", d.upsampleInitialChannel);
    cfg.upsampleRates = c.getIntList("upsample_rates", d.upsampleRates);
    cfg.upsampleKernelSizes = c.getIntList("upsample_kernel_sizes", d.upsampleKernelSizes);
    cfg.resblockKernelSizes = c.getIntList("resblock_kernel_sizes", d.resblockKernelSizes);
    cfg.resblockDilationSizes =
        c.getIntListList("resblock_dilation_sizes", d.resblockDilationSizes);
    cfg.leakyReluSlope = c.getDouble("leaky_relu_slope", d.leakyReluSlope);
    cfg.depthSeparableChannels = c.getInt("depth_separable_channels", d.depthSeparableChannels);
    cfg.depthSeparableNumLayers = c.getInt("depth_separable_num_layers", d.depthSeparableNumLayers);
    cfg.durationPredictorFlowBins =
        c.getInt("duration_predictor_flow_bins", d.durationPredictorFlowBins);
    cfg.durationPredictorTailBound =
        c.getDouble("duration_predictor_tail_bound", d.durationPredictorTailBound);
    cfg.durationPredictorKernelSize =
        c.getInt("duration_predictor_kernel_size", d.durationPredictorKernelSize);
    cfg.durationPredictorNumFlows =
        c.getInt("duration_predictor_num_flows", d.durationPredictorNumFlows);
    cfg.durationPredictorFilterChannels =
        c.getInt("duration_predictor_filter_channels", d.durationPredictorFilterChannels);
    cfg.priorEncoderNumFlows = c.getInt("prior_encoder_num_flows", d.priorEncoderNumFlows);
    cfg.priorEncoderNumWavenetLayers =
        c.getInt("prior_encoder_num_wavenet_layers", d.priorEncoderNumWavenetLayers);
    cfg.wavenetKernelSize = c.getInt("wavenet_kernel_size", d.wavenetKernelSize);
    cfg.wavenetDilationRate = c.getInt("wavenet_dilation_rate", d.wavenetDilationRate);
    cfg.speakingRate = c.getDouble("speaking_rate", d.speakingRate);
    cfg.noiseScale = c.getDouble("noise_scale", d.noiseScale);
    cfg.noiseScaleDuration = c.getDouble("noise_scale_duration", d.noiseScaleDuration);
    cfg.samplingRate = c.getInt("sampling_rate", d.samplingRate);
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(c.source() + ": " + e.what());
    }
    return cfg;
}

HifiGanConfig VitsConfig::decoderConfig() const {
    HifiGanConfig h;
    h.modelInDim = flowSize;
    h.samplingRate = samplingRate;
    h.upsampleInitialChannel = upsampleInitialChannel;
    h.upsampleRates = upsampleRates;
    h.upsampleKernelSizes = upsampleKernelSizes;
    h.resblockKernelSizes = resblockKernelSizes;
    h.resblockDilationSizes = resblockDilationSizes;
    h.leakyReluSlope = leakyReluSlope;
    h.normalizeBefore = false;
    return h;
}

int64_t VitsConfig::hopLength() const {
    return decoderConfig().hopLength();
}

namespace {

void requirePositive(int64_t value, const char* key) {
    if (value <= 0)
        throw Error(std::string("VITS config: ") + key + " must be positive, found " +
                    std::to_string(value));
}

}  // namespace

void VitsConfig::validate() const {
    requirePositive(vocabSize, "vocab_size");
    requirePositive(hiddenSize, "hidden_size");
    requirePositive(numHiddenLayers, "num_hidden_layers");
    requirePositive(numAttentionHeads, "num_attention_heads");
    requirePositive(ffnDim, "ffn_dim");
    requirePositive(ffnKernelSize, "ffn_kernel_size");
    requirePositive(flowSize, "flow_size");
    requirePositive(numSpeakers, "num_speakers");
    requirePositive(depthSeparableChannels, "depth_separable_channels");
    requirePositive(depthSeparableNumLayers, "depth_separable_num_layers");
    requirePositive(durationPredictorFlowBins, "duration_predictor_flow_bins");
    requirePositive(durationPredictorKernelSize, "duration_predictor_kernel_size");
    requirePositive(durationPredictorNumFlows, "duration_predictor_num_flows");
    requirePositive(durationPredictorFilterChannels, "duration_predictor_filter_channels");
    requirePositive(priorEncoderNumFlows, "prior_encoder_num_flows");
    requirePositive(priorEncoderNumWavenetLayers, "prior_encoder_num_wavenet_layers");
    requirePositive(wavenetKernelSize, "wavenet_kernel_size");
    requirePositive(wavenetDilationRate, "wavenet_dilation_rate");
    requirePositive(samplingRate, "sampling_rate");
    if (windowSize < 0)
        throw Error("VITS config: window_size must not be negative, found " +
                    std::to_string(windowSize));
    if (hiddenSize % numAttentionHeads != 0) {
        throw Error("VITS config: hidden_size " + std::to_string(hiddenSize) +
                    " is not divisible by num_attention_heads " +
                    std::to_string(numAttentionHeads));
    }
    if (flowSize % 2 != 0 || depthSeparableChannels % 2 != 0) {
        throw Error("VITS config: flow_size (" + std::to_string(flowSize) +
                    ") and depth_separable_channels (" + std::to_string(depthSeparableChannels) +
                    ") must be even, the flows split them in halves");
    }
    if (numSpeakers > 1 && speakerEmbeddingSize <= 0) {
        throw Error("VITS config: num_speakers " + std::to_string(numSpeakers) +
                    " needs a positive speaker_embedding_size");
    }
    if (speakerEmbeddingSize < 0)
        throw Error("VITS config: speaker_embedding_size must not be negative");
    if (hiddenAct != "relu" && hiddenAct != "gelu" && hiddenAct != "gelu_new" &&
        hiddenAct != "gelu_pytorch_tanh" && hiddenAct != "silu" && hiddenAct != "swish") {
        throw Error("VITS config: hidden_act '" + hiddenAct +
                    "' is not supported (relu, gelu, gelu_new, gelu_pytorch_tanh, silu, swish)");
    }
    if (speakingRate <= 0.0)
        throw Error("VITS config: speaking_rate must be positive");
    decoderConfig().validate();
}

}  // namespace sonara::models
