#include "models/tacotron2/tacotron2_model.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <optional>

#include "models/common/config.h"
#include "models/common/error.h"
#include "models/common/safetensors.h"
#include "models/common/torch_archive.h"
#include "models/common/weights.h"
#include "models/tacotron2/tacotron2_nvidia.h"

namespace sonara::models {

namespace {

torch::nn::Conv1d conv1d(int64_t in, int64_t out, int64_t kernel, bool bias = true) {
    return torch::nn::Conv1d(
        torch::nn::Conv1dOptions(in, out, kernel).padding((kernel - 1) / 2).bias(bias));
}

torch::nn::Linear linear(int64_t in, int64_t out, bool bias = true) {
    return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(bias));
}

}  // namespace

Tacotron2ConvNormImpl::Tacotron2ConvNormImpl(int64_t in, int64_t out, int64_t kernel) {
    conv_ = register_module("0", conv1d(in, out, kernel));
    norm_ = register_module("1", torch::nn::BatchNorm1d(out));
}

torch::Tensor Tacotron2ConvNormImpl::forward(const torch::Tensor& x) {
    return norm_->forward(conv_->forward(x));
}

Tacotron2NetImpl::Tacotron2NetImpl(const Tacotron2Config& config) : config_(config) {
    const Tacotron2Config& c = config_;
    c.validate();
    embedding_ =
        register_module("embedding", torch::nn::Embedding(c.nSymbol, c.symbolEmbeddingDim));

    auto encoder = register_module("encoder", std::make_shared<torch::nn::Module>());
    torch::nn::ModuleList encoderConvs;
    for (int64_t i = 0; i < c.encoderNConvolution; ++i) {
        encoderConvs_.emplace_back(c.encoderEmbeddingDim, c.encoderEmbeddingDim,
                                   c.encoderKernelSize);
        encoderConvs->push_back(encoderConvs_.back());
    }
    encoder->register_module("convolutions", encoderConvs);
    encoderLstm_ = encoder->register_module(
        "lstm",
        torch::nn::LSTM(torch::nn::LSTMOptions(c.encoderEmbeddingDim, c.encoderEmbeddingDim / 2)
                            .batch_first(true)
                            .bidirectional(true)));

    auto decoder = register_module("decoder", std::make_shared<torch::nn::Module>());
    auto prenetModule = decoder->register_module("prenet", std::make_shared<torch::nn::Module>());
    torch::nn::ModuleList prenetLayers;
    for (int64_t in : {c.nMels * c.nFramesPerStep, c.prenetDim}) {
        prenetLayers_.push_back(linear(in, c.prenetDim, false));
        prenetLayers->push_back(prenetLayers_.back());
    }
    prenetModule->register_module("layers", prenetLayers);
    attentionRnn_ = decoder->register_module(
        "attention_rnn",
        torch::nn::LSTMCell(c.prenetDim + c.encoderEmbeddingDim, c.attentionRnnDim));
    auto attention =
        decoder->register_module("attention_layer", std::make_shared<torch::nn::Module>());
    queryLayer_ = attention->register_module(
        "query_layer", linear(c.attentionRnnDim, c.attentionHiddenDim, false));
    memoryLayer_ = attention->register_module(
        "memory_layer", linear(c.encoderEmbeddingDim, c.attentionHiddenDim, false));
    v_ = attention->register_module("v", linear(c.attentionHiddenDim, 1, false));
    auto location =
        attention->register_module("location_layer", std::make_shared<torch::nn::Module>());
    locationConv_ = location->register_module(
        "location_conv",
        conv1d(2, c.attentionLocationNFilter, c.attentionLocationKernelSize, false));
    locationDense_ = location->register_module(
        "location_dense", linear(c.attentionLocationNFilter, c.attentionHiddenDim, false));
    decoderRnn_ = decoder->register_module(
        "decoder_rnn",
        torch::nn::LSTMCell(c.attentionRnnDim + c.encoderEmbeddingDim, c.decoderRnnDim));
    linearProjection_ = decoder->register_module(
        "linear_projection",
        linear(c.decoderRnnDim + c.encoderEmbeddingDim, c.nMels * c.nFramesPerStep));
    gateLayer_ =
        decoder->register_module("gate_layer", linear(c.decoderRnnDim + c.encoderEmbeddingDim, 1));

    auto postnetModule = register_module("postnet", std::make_shared<torch::nn::Module>());
    torch::nn::ModuleList postnetConvs;
    for (int64_t i = 0; i < c.postnetNConvolution; ++i) {
        const bool last = i == c.postnetNConvolution - 1;
        postnetConvs_.emplace_back(i == 0 ? c.nMels : c.postnetEmbeddingDim,
                                   last ? c.nMels : c.postnetEmbeddingDim, c.postnetKernelSize);
        postnetConvs->push_back(postnetConvs_.back());
    }
    postnetModule->register_module("convolutions", postnetConvs);
}

torch::Tensor Tacotron2NetImpl::encode(const torch::Tensor& tokens, const torch::Tensor& lengths) {
    auto x = embedding_->forward(tokens).transpose(1, 2);
    for (auto& conv : encoderConvs_)
        x = torch::relu(conv->forward(x));
    namespace rnn = torch::nn::utils::rnn;
    const auto packed =
        rnn::pack_padded_sequence(x.transpose(1, 2), lengths.to(torch::kCPU, torch::kInt64),
                                  /*batch_first=*/true, /*enforce_sorted=*/false);
    const auto output = std::get<0>(encoderLstm_->forward_with_packed_input(packed));
    return std::get<0>(rnn::pad_packed_sequence(output, /*batch_first=*/true));
}

// Dropout with p = 0.5 whose mask is drawn on the CPU from generator, so a seed gives the same
// masks on every device. As in NVIDIA's inference prenet, one mask serves every row of the batch
// (dimension -2), so a sentence sounds the same whichever sentences share its batch.
torch::Tensor Tacotron2NetImpl::prenet(torch::Tensor x, at::Generator& generator) {
    for (auto& layer : prenetLayers_) {
        x = torch::relu(layer->forward(x));
        if (prenetDropout_) {
            auto shape = x.sizes().vec();
            shape[shape.size() - 2] = 1;
            const auto keep = torch::empty(shape, torch::kFloat32).bernoulli_(0.5, generator);
            x = x * keep.to(x.device(), x.scalar_type()) * 2.0;
        }
    }
    return x;
}

Tacotron2DecoderState Tacotron2NetImpl::initialState(const torch::Tensor& memory,
                                                     const torch::Tensor& lengths) {
    const int64_t batch = memory.size(0);
    const int64_t time = memory.size(1);
    const auto options = memory.options();
    Tacotron2DecoderState s;
    s.attentionHidden = torch::zeros({batch, config_.attentionRnnDim}, options);
    s.attentionCell = torch::zeros({batch, config_.attentionRnnDim}, options);
    s.decoderHidden = torch::zeros({batch, config_.decoderRnnDim}, options);
    s.decoderCell = torch::zeros({batch, config_.decoderRnnDim}, options);
    s.attentionWeights = torch::zeros({batch, time}, options);
    s.attentionWeightsCum = torch::zeros({batch, time}, options);
    s.attentionContext = torch::zeros({batch, config_.encoderEmbeddingDim}, options);
    s.memory = memory;
    s.processedMemory = memoryLayer_->forward(memory);
    const auto l = lengths.to(memory.device(), torch::kInt64);
    s.mask = torch::arange(time, l.options()).unsqueeze(0) >= l.unsqueeze(1);
    return s;
}

std::pair<torch::Tensor, torch::Tensor> Tacotron2NetImpl::decode(const torch::Tensor& input,
                                                                 Tacotron2DecoderState& s) {
    std::tie(s.attentionHidden, s.attentionCell) =
        attentionRnn_->forward(torch::cat({input, s.attentionContext}, -1),
                               std::make_tuple(s.attentionHidden, s.attentionCell));

    // Location-sensitive attention over the previous and the cumulative weights.
    const auto weightsCat = torch::stack({s.attentionWeights, s.attentionWeightsCum}, /*dim=*/1);
    const auto location =
        locationDense_->forward(locationConv_->forward(weightsCat).transpose(1, 2));
    const auto query = queryLayer_->forward(s.attentionHidden.unsqueeze(1));
    auto energies = v_->forward(torch::tanh(query + location + s.processedMemory)).squeeze(2);
    energies = energies.masked_fill(s.mask, -std::numeric_limits<double>::infinity());
    s.attentionWeights = torch::softmax(energies, 1);
    s.attentionContext = torch::bmm(s.attentionWeights.unsqueeze(1), s.memory).squeeze(1);
    s.attentionWeightsCum = s.attentionWeightsCum + s.attentionWeights;

    std::tie(s.decoderHidden, s.decoderCell) =
        decoderRnn_->forward(torch::cat({s.attentionHidden, s.attentionContext}, -1),
                             std::make_tuple(s.decoderHidden, s.decoderCell));
    const auto hiddenContext = torch::cat({s.decoderHidden, s.attentionContext}, 1);
    return {linearProjection_->forward(hiddenContext), gateLayer_->forward(hiddenContext)};
}

torch::Tensor Tacotron2NetImpl::postnet(const torch::Tensor& mel) {
    auto x = mel;
    for (size_t i = 0; i < postnetConvs_.size(); ++i) {
        x = postnetConvs_[i]->forward(x);
        if (i + 1 < postnetConvs_.size())
            x = torch::tanh(x);
    }
    return x;
}

Tacotron2Outputs Tacotron2NetImpl::forward(const torch::Tensor& tokens,
                                           const torch::Tensor& lengths, const torch::Tensor& mel,
                                           const torch::Tensor& melLengths, uint64_t seed) {
    const auto memory = encode(tokens, lengths);
    auto state = initialState(memory, lengths);
    const int64_t batch = memory.size(0);
    // Teacher forcing: step t sees the true frame t - 1, step 0 an all-zero "go" frame.
    auto inputs = torch::cat(
        {torch::zeros({1, batch, config_.nMels}, memory.options()), mel.permute({2, 0, 1})}, 0);
    auto generator = at::detail::createCPUGenerator(seed);
    inputs = prenet(inputs, generator);
    std::vector<torch::Tensor> frames, gates, alignments;
    for (int64_t t = 0; t + 1 < inputs.size(0); ++t) {
        auto [frame, gate] = decode(inputs[t], state);
        frames.push_back(frame);
        gates.push_back(gate.squeeze(1));
        alignments.push_back(state.attentionWeights);
    }
    Tacotron2Outputs out;
    out.mel = torch::stack(frames, 2);
    out.gate = torch::stack(gates, 1);
    out.alignments = torch::stack(alignments, 1);
    out.melPostnet = out.mel + postnet(out.mel);
    if (config_.maskPadding) {
        const auto l = melLengths.to(memory.device(), torch::kInt64);
        const auto pad = torch::arange(out.mel.size(2), l.options()).unsqueeze(0) >= l.unsqueeze(1);
        out.mel = out.mel.masked_fill(pad.unsqueeze(1), 0.0);
        out.melPostnet = out.melPostnet.masked_fill(pad.unsqueeze(1), 0.0);
        out.gate = out.gate.masked_fill(pad, 1e3);
    }
    return out;
}

Tacotron2Outputs Tacotron2NetImpl::infer(const torch::Tensor& tokens, const torch::Tensor& lengths,
                                         const ProgressFn& progress, uint64_t seed) {
    const auto memory = encode(tokens, lengths);
    auto state = initialState(memory, lengths);
    const int64_t batch = memory.size(0);
    auto input = torch::zeros({batch, config_.nMels}, memory.options());
    auto decoded = torch::zeros({batch}, memory.options().dtype(torch::kInt32));
    auto finished = torch::zeros({batch}, memory.options().dtype(torch::kBool));
    std::vector<torch::Tensor> frames, alignments;
    auto generator = at::detail::createCPUGenerator(seed);
    for (int64_t step = 0; step < config_.decoderMaxStep; ++step) {
        reportProgress(progress,
                       static_cast<double>(step) / static_cast<double>(config_.decoderMaxStep),
                       "Tacotron2 decoding");
        auto [frame, gate] = decode(prenet(input, generator), state);
        frames.push_back(frame);
        alignments.push_back(state.attentionWeights);
        decoded += finished.logical_not().to(torch::kInt32);
        finished = finished.logical_or(torch::sigmoid(gate.squeeze(1)) > config_.gateThreshold);
        if (config_.decoderEarlyStopping && finished.all().item<bool>())
            break;
        input = frame;
    }
    reportProgress(progress, 1.0, "Tacotron2 decoding");
    Tacotron2Outputs out;
    out.mel = torch::stack(frames, 2);
    out.melPostnet = out.mel + postnet(out.mel);
    out.alignments = torch::stack(alignments, 1);
    out.lengths = decoded;
    return out;
}

namespace {

// torchaudio publishes its LJSpeech checkpoints as bare state dicts, built with
// pipelines/_tts/utils.py _get_taco_params (the defaults of Tacotron2Config) and a symbol table
// whose size the embedding shows: 38 characters or 96 phonemes.
Tacotron2Config torchaudioBundleConfig(const Checkpoint& checkpoint, const std::string& path) {
    const std::string embedding = "embedding.weight";
    const std::string projection = "decoder.linear_projection.weight";
    const auto names = checkpoint.names();
    for (const std::string& name : {embedding, projection}) {
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            throw Error(path + " has no config.json beside it and no " + name +
                        ", so it is not a torchaudio Tacotron2 checkpoint");
        }
    }
    Tacotron2Config config = Tacotron2Config::fromConfig(Config::parse("{}", path));
    config.nSymbol = checkpoint.tensor(embedding).size(0);
    config.nMels = checkpoint.tensor(projection).size(0) / config.nFramesPerStep;
    config.validate();
    return config;
}

}  // namespace

namespace {

namespace fs = std::filesystem;

// The torch.save file a checkpoint path stands for, or empty for safetensors: the same choice as
// Checkpoint::open makes.
fs::path torchFileOf(const fs::path& path) {
    if (!fs::is_directory(path))
        return TorchArchive::isTorchFile(path.string()) ? path : fs::path();
    if (fs::exists(path / "model.safetensors") || fs::exists(path / "model.safetensors.index.json"))
        return {};
    return TorchArchive::torchFileIn(path.string());
}

}  // namespace

Tacotron2Net loadTacotron2Net(const std::string& checkpointPath) {
    const fs::path path(checkpointPath);
    const fs::path dir = fs::is_directory(path) ? path : path.parent_path();
    const fs::path torchFile = torchFileOf(path);
    std::optional<TorchArchive> archive;
    if (!torchFile.empty())
        archive = TorchArchive::open(torchFile.string());
    const Checkpoint checkpoint =
        archive ? archive->checkpoint() : Checkpoint::open(checkpointPath);
    const bool nvidia = tacotron2_nvidia::isNvidiaLayout(checkpoint);
    std::optional<Config> saved;
    if (fs::exists(dir / "config.json"))
        saved = Config::load((dir / "config.json").string());

    Tacotron2Config config;
    if (saved) {
        config = Tacotron2Config::fromConfig(*saved);
    } else if (nvidia) {
        std::optional<Config> hubConfig;
        if (archive && archive->values().has("config"))
            hubConfig = archive->values().child("config");
        config = tacotron2_nvidia::config(hubConfig, checkpoint, checkpointPath);
    } else {
        config = torchaudioBundleConfig(checkpoint, checkpointPath);
    }
    Tacotron2Net net(config);
    WeightMapping mapping;
    if (nvidia) {
        mapping = tacotron2_nvidia::weightMapping(config);
    } else {
        mapping.modelName = "Tacotron2 (torchaudio layout)";
    }
    loadWeights(*net, checkpoint, mapping);
    return net;
}

}  // namespace sonara::models
