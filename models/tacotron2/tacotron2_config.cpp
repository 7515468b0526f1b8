#include "models/tacotron2/tacotron2_config.h"

#include <string>

#include "models/common/error.h"

namespace sonara::models {

Tacotron2Config Tacotron2Config::fromConfig(const Config& c) {
    const Tacotron2Config d;
    Tacotron2Config cfg;
    cfg.nMels = c.getInt("n_mels", d.nMels);
    cfg.nSymbol = c.getInt("n_symbol", d.nSymbol);
    cfg.nFramesPerStep = c.getInt("n_frames_per_step", d.nFramesPerStep);
    cfg.symbolEmbeddingDim = c.getInt("symbol_embedding_dim", d.symbolEmbeddingDim);
    cfg.encoderEmbeddingDim = c.getInt("encoder_embedding_dim", d.encoderEmbeddingDim);
    cfg.encoderNConvolution = c.getInt("encoder_n_convolution", d.encoderNConvolution);
    cfg.encoderKernelSize = c.getInt("encoder_kernel_size", d.encoderKernelSize);
    cfg.decoderRnnDim = c.getInt("decoder_rnn_dim", d.decoderRnnDim);
    cfg.decoderMaxStep = c.getInt("decoder_max_step", d.decoderMaxStep);
    cfg.decoderEarlyStopping = c.getBool("decoder_early_stopping", d.decoderEarlyStopping);
    cfg.attentionRnnDim = c.getInt("attention_rnn_dim", d.attentionRnnDim);
    cfg.attentionHiddenDim = c.getInt("attention_hidden_dim", d.attentionHiddenDim);
    cfg.attentionLocationNFilter =
        c.getInt("attention_location_n_filter", d.attentionLocationNFilter);
    cfg.attentionLocationKernelSize =
        c.getInt("attention_location_kernel_size", d.attentionLocationKernelSize);
    cfg.prenetDim = c.getInt("prenet_dim", d.prenetDim);
    cfg.postnetNConvolution = c.getInt("postnet_n_convolution", d.postnetNConvolution);
    cfg.postnetKernelSize = c.getInt("postnet_kernel_size", d.postnetKernelSize);
    cfg.postnetEmbeddingDim = c.getInt("postnet_embedding_dim", d.postnetEmbeddingDim);
    cfg.gateThreshold = c.getDouble("gate_threshold", d.gateThreshold);
    cfg.maskPadding = c.getBool("mask_padding", d.maskPadding);
    cfg.samplingRate = c.getInt("sampling_rate", d.samplingRate);
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(c.source() + ": " + e.what());
    }
    return cfg;
}

void Tacotron2Config::validate() const {
    if (nFramesPerStep != 1) {
        throw Error("Tacotron2 config: n_frames_per_step " + std::to_string(nFramesPerStep) +
                    " is not supported (torchaudio's Tacotron2 supports only 1)");
    }
    if (symbolEmbeddingDim != encoderEmbeddingDim) {
        throw Error("Tacotron2 config: symbol_embedding_dim (" +
                    std::to_string(symbolEmbeddingDim) + ") must equal encoder_embedding_dim (" +
                    std::to_string(encoderEmbeddingDim) + "), which the encoder convolutions take");
    }
    if (encoderEmbeddingDim <= 0 || encoderEmbeddingDim % 2 != 0) {
        throw Error(
            "Tacotron2 config: encoder_embedding_dim must be positive and even (the "
            "bidirectional LSTM gives each direction half)");
    }
    if (encoderKernelSize % 2 != 1 || postnetKernelSize % 2 != 1 ||
        attentionLocationKernelSize % 2 != 1) {
        throw Error(
            "Tacotron2 config: encoder, postnet and attention location kernel sizes "
            "must be odd");
    }
    if (nMels <= 0 || nSymbol <= 0 || decoderRnnDim <= 0 || decoderMaxStep <= 0 ||
        attentionRnnDim <= 0 || attentionHiddenDim <= 0 || attentionLocationNFilter <= 0 ||
        prenetDim <= 0 || postnetNConvolution < 2 || postnetEmbeddingDim <= 0 ||
        encoderNConvolution < 1 || samplingRate <= 0) {
        throw Error(
            "Tacotron2 config: dimensions, decoder_max_step and sampling_rate must be "
            "positive, with at least one encoder and two postnet convolutions");
    }
}

}  // namespace sonara::models
