#include "models/whisper/whisper.h"

#include <algorithm>
#include <cmath>

#include "models/common/device.h"
#include "models/common/error.h"
#include "models/whisper/whisper_decoding.h"
#include "models/whisper/whisper_features.h"
#include "models/whisper/whisper_model.h"
#include "models/whisper/whisper_tokenizer.h"

namespace sonara::models {

namespace {

constexpr double kSecondsPerTimestamp = 0.02;
constexpr int64_t kFramesPerTimestamp = 2;

std::string languageCode(const std::string& token) {
    if (token.size() > 4 && token.rfind("<|", 0) == 0)
        return token.substr(2, token.size() - 4);
    return token;
}

}  // namespace

struct Whisper::Impl {
    WhisperConfig config;
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    // Module calls are not const in libtorch; inference does not mutate the module.
    mutable WhisperModel model{nullptr};
    std::unique_ptr<WhisperFeatureExtractor> features;
    WhisperTokenizer tokenizer;
    int64_t startOfPrevId = -1;

    torch::Tensor encode(const torch::Tensor& audioWindows) const {
        return model->encoder->forward((*features)(audioWindows).to(dtype));
    }

    std::vector<int64_t> taskPrompt(const std::string& language, const std::string& task,
                                    bool timestamps) const {
        std::vector<int64_t> prompt = {config.decoderStartTokenId};
        if (config.isMultilingual) {
            if (!language.empty()) {
                const auto it = config.langToId.find("<|" + language + "|>");
                if (it == config.langToId.end())
                    throw Error("Whisper: unknown language '" + language +
                                "' (use a code such as \"en\", or \"auto\")");
                prompt.push_back(it->second);
            }
            const auto t = config.taskToId.find(task);
            if (t != config.taskToId.end())
                prompt.push_back(t->second);
        }
        if (!timestamps && config.hasTimestamps())
            prompt.push_back(config.noTimestampsTokenId);
        return prompt;
    }

    std::string detectLanguage(const torch::Tensor& encoded) const {
        if (!config.isMultilingual || config.langToId.empty())
            return {};
        auto cache = model->decoder->makeCache(encoded.narrow(0, 0, 1), 1);
        const auto start = torch::full({1, 1}, config.decoderStartTokenId,
                                       torch::TensorOptions().dtype(torch::kLong).device(device));
        const auto logits = model->decoder->step(start, cache).select(1, 0).to(torch::kFloat32);
        std::vector<int64_t> ids;
        std::vector<std::string> names;
        for (const auto& [name, id] : config.langToId) {
            ids.push_back(id);
            names.push_back(name);
        }
        const auto best =
            logits.index_select(-1, torch::tensor(ids).to(device)).argmax(-1).item<int64_t>();
        return languageCode(names[static_cast<size_t>(best)]);
    }

    // Text tokens of ids (stops at the end token, drops special and timestamp tokens).
    std::vector<int64_t> textTokens(const std::vector<int64_t>& ids) const {
        std::vector<int64_t> out;
        for (auto id : ids) {
            if (id == config.eosTokenId)
                break;
            if (id < config.eosTokenId)
                out.push_back(id);
        }
        return out;
    }

    WhisperSegment segment(double start, double end, const std::vector<int64_t>& ids) const {
        WhisperSegment s;
        s.start = start;
        s.end = end;
        s.tokens = textTokens(ids);
        s.text = tokenizer.decode(s.tokens, true);
        return s;
    }

    // Generated tokens of each window (a row per window of encoded).
    std::vector<std::vector<int64_t>> decodeWindow(const torch::Tensor& encoded,
                                                   const std::vector<int64_t>& prompt,
                                                   bool timestamps, int maxNewTokens,
                                                   int beamSize) const {
        const auto promptTensor = torch::tensor(prompt)
                                      .to(device)
                                      .unsqueeze(0)
                                      .expand({encoded.size(0), -1})
                                      .contiguous();
        GreedyOptions greedy;
        greedy.maxNewTokens =
            std::min<int64_t>(maxNewTokens, config.maxTargetPositions - (int64_t)prompt.size());
        if (greedy.maxNewTokens <= 0)
            throw Error("Whisper: the prompt of " + std::to_string(prompt.size()) +
                        " tokens leaves no room under max_target_positions " +
                        std::to_string(config.maxTargetPositions));
        const auto rules = WhisperLogitRules::fromConfig(
            config, timestamps, static_cast<int64_t>(prompt.size()), device);
        const auto* cfg = &config;
        greedy.logitsFilter = [rules, cfg](torch::Tensor& logits, const torch::Tensor& tokens,
                                           int64_t) { rules.apply(logits, tokens, *cfg); };
        if (beamSize > 1)
            return beamDecode(model->decoder, encoded, promptTensor, beamSize, greedy);
        const auto tokens = greedyDecode(model->decoder, encoded, promptTensor, greedy).cpu();
        const int64_t p = static_cast<int64_t>(prompt.size());
        std::vector<std::vector<int64_t>> rows;
        for (int64_t r = 0; r < tokens.size(0); ++r) {
            const auto row = tokens[r].narrow(0, p, tokens.size(1) - p).contiguous();
            rows.emplace_back(row.data_ptr<int64_t>(), row.data_ptr<int64_t>() + row.numel());
        }
        return rows;
    }

    // Segments of one window's generated ids (timestamp mode), appended to out; returns how far
    // to seek in mel frames: to the last closing timestamp, or the whole window when the text
    // ran to its end.
    int64_t parseWindow(std::vector<int64_t> ids, double offset, int64_t segmentFrames,
                        std::vector<WhisperSegment>& out) const {
        const int64_t tsBegin = config.timestampBegin();
        const int64_t hop = WhisperFeatureExtractor::kHop;
        ids.erase(std::find(ids.begin(), ids.end(), config.eosTokenId), ids.end());
        auto isTs = [&](size_t i) { return ids[i] >= tsBegin; };
        auto time = [&](int64_t token) {
            return offset + static_cast<double>(token - tsBegin) * kSecondsPerTimestamp;
        };
        const bool singleEnding = ids.size() >= 2 && isTs(ids.size() - 1) && !isTs(ids.size() - 2);
        std::vector<size_t> pairs;  // index of the second token of each timestamp pair
        for (size_t i = 1; i < ids.size(); ++i) {
            if (isTs(i) && isTs(i - 1))
                pairs.push_back(i);
        }
        int64_t advance = segmentFrames;
        if (!pairs.empty()) {
            if (singleEnding)
                pairs.push_back(ids.size());
            size_t last = 0;
            for (size_t p : pairs) {
                const std::vector<int64_t> slice(ids.begin() + last, ids.begin() + p);
                if (slice.size() >= 2) {
                    auto s = segment(time(slice.front()), time(slice.back()), slice);
                    if (!s.tokens.empty())
                        out.push_back(std::move(s));
                }
                last = p;
            }
            if (!singleEnding)
                advance = (ids[last - 1] - tsBegin) * kFramesPerTimestamp;
        } else {
            double end = offset + static_cast<double>(segmentFrames * hop) /
                                      WhisperFeatureExtractor::kSampleRate;
            int64_t lastTs = -1;
            for (auto id : ids) {
                if (id >= tsBegin)
                    lastTs = id;
            }
            if (lastTs > tsBegin)
                end = time(lastTs);
            const double start = !ids.empty() && isTs(0) ? time(ids[0]) : offset;
            auto s = segment(start, end, ids);
            if (!s.tokens.empty())
                out.push_back(std::move(s));
        }
        return advance > 0 ? advance : segmentFrames;
    }

    std::vector<int64_t> previousPrompt(const std::vector<int64_t>& previous) const {
        if (previous.empty() || startOfPrevId < 0)
            return {};
        const auto keep = std::min<size_t>(previous.size(),
                                           static_cast<size_t>(config.maxTargetPositions / 2 - 1));
        std::vector<int64_t> out = {startOfPrevId};
        out.insert(out.end(), previous.end() - static_cast<std::ptrdiff_t>(keep), previous.end());
        return out;
    }
};

Whisper::Whisper(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Whisper Whisper::load(const std::string& checkpointDir) {
    return load(checkpointDir, Options{});
}

Whisper Whisper::load(const std::string& checkpointDir, const Options& options) {
    auto impl = std::make_shared<Impl>();
    impl->device = parseDevice(options.device);
    impl->dtype = parseDtype(options.dtype, impl->device);
    impl->tokenizer = WhisperTokenizer::load(checkpointDir);
    impl->model = loadWhisperModel(checkpointDir);
    impl->config = impl->model->config();
    impl->model->to(impl->device, impl->dtype);
    impl->model->eval();
    impl->features =
        std::make_unique<WhisperFeatureExtractor>(impl->config.numMelBins, impl->device);
    impl->startOfPrevId = impl->tokenizer.tokenId("<|startofprev|>");
    return Whisper(std::move(impl));
}

WhisperTranscript Whisper::transcribe(const std::vector<float>& audio16k,
                                      const TranscribeOptions& options,
                                      const ProgressFn& progress) const {
    const Impl& m = *impl_;
    if (options.task != "transcribe" && options.task != "translate")
        throw Error("Whisper: task must be \"transcribe\" or \"translate\", found \"" +
                    options.task + "\"");
    if (options.maxNewTokens <= 0 || options.batchSize <= 0 || options.beamSize <= 0)
        throw Error("Whisper: maxNewTokens, batchSize and beamSize must be positive");
    WhisperTranscript transcript;
    if (audio16k.empty())
        return transcript;

    InferenceGuard guard;
    const auto audio = torch::from_blob(const_cast<float*>(audio16k.data()),
                                        {static_cast<int64_t>(audio16k.size())}, torch::kFloat32)
                           .to(m.device);
    const int64_t totalSamples = audio.size(0);
    const int64_t hop = WhisperFeatureExtractor::kHop;
    const int64_t windowSamples = WhisperFeatureExtractor::kWindowSamples;
    const double duration = static_cast<double>(totalSamples) / sampleRate();
    auto window = [&](int64_t startSample) {
        return audio.narrow(0, startSample, std::min(windowSamples, totalSamples - startSample));
    };

    try {
        reportProgress(progress, 0.0, "transcribing");
        std::string language = options.language == "auto" ? std::string() : options.language;
        if (m.config.isMultilingual && language.empty()) {
            language = m.detectLanguage(m.encode(window(0)));
        }
        if (!m.config.isMultilingual)
            language.clear();
        transcript.language = language;
        const bool timestamps = options.timestamps && m.config.hasTimestamps();
        const auto taskPrompt = m.taskPrompt(language, options.task, timestamps);
        std::vector<int64_t> previous;
        if (!options.initialPrompt.empty()) {
            const auto ids = m.tokenizer.encode(" " + options.initialPrompt);
            previous.assign(ids.begin(), ids.end());
        }

        if (!timestamps || options.fixedWindows) {
            std::vector<int64_t> starts;
            for (int64_t s = 0; s < totalSamples; s += windowSamples)
                starts.push_back(s);
            for (size_t b = 0; b < starts.size(); b += static_cast<size_t>(options.batchSize)) {
                const size_t end =
                    std::min(starts.size(), b + static_cast<size_t>(options.batchSize));
                std::vector<torch::Tensor> windows;
                for (size_t k = b; k < end; ++k) {
                    windows.push_back(torch::constant_pad_nd(
                        window(starts[k]), {0, windowSamples - window(starts[k]).size(0)}, 0.0));
                }
                const auto encoded = m.encode(torch::stack(windows));
                auto prompt = m.previousPrompt(previous);
                prompt.insert(prompt.end(), taskPrompt.begin(), taskPrompt.end());
                const auto ids = m.decodeWindow(encoded, prompt, timestamps, options.maxNewTokens,
                                                options.beamSize);
                for (size_t k = b; k < end; ++k) {
                    const auto& row = ids[k - b];
                    const double start = static_cast<double>(starts[k]) / sampleRate();
                    if (timestamps) {
                        const size_t before = transcript.segments.size();
                        const int64_t frames = std::min(WhisperFeatureExtractor::kWindowFrames,
                                                        (totalSamples - starts[k]) / hop);
                        m.parseWindow(row, start, std::max<int64_t>(frames, 1),
                                      transcript.segments);
                        for (size_t s = before; s < transcript.segments.size(); ++s) {
                            auto& seg = transcript.segments[s];
                            seg.end = std::min(seg.end, duration);
                            seg.start = std::min(seg.start, seg.end);
                        }
                    } else {
                        transcript.segments.push_back(
                            m.segment(start, std::min(duration, start + 30.0), row));
                    }
                }
                reportProgress(progress, static_cast<double>(end) / starts.size(), "transcribing");
            }
        } else {
            const int64_t totalFrames = totalSamples / hop;
            int64_t seek = 0;  // in mel frames
            while (seek < std::max<int64_t>(totalFrames, 1)) {
                const int64_t segmentFrames =
                    std::min(WhisperFeatureExtractor::kWindowFrames, totalFrames - seek);
                const double offset = static_cast<double>(seek * hop) / sampleRate();
                const auto encoded = m.encode(window(seek * hop));
                auto prompt = options.conditionOnPreviousText || seek == 0
                                  ? m.previousPrompt(previous)
                                  : std::vector<int64_t>{};
                prompt.insert(prompt.end(), taskPrompt.begin(), taskPrompt.end());
                const size_t before = transcript.segments.size();
                const int64_t advance =
                    m.parseWindow(m.decodeWindow(encoded, prompt, true, options.maxNewTokens,
                                                 options.beamSize)[0],
                                  offset, segmentFrames, transcript.segments);
                for (size_t k = before; k < transcript.segments.size(); ++k) {
                    auto& s = transcript.segments[k];
                    s.end = std::min(s.end, duration);
                    s.start = std::min(s.start, s.end);
                    previous.insert(previous.end(), s.tokens.begin(), s.tokens.end());
                }
                seek += std::max<int64_t>(advance, 1);
                reportProgress(
                    progress,
                    std::min(1.0, static_cast<double>(seek) /
                                      static_cast<double>(std::max<int64_t>(totalFrames, 1))),
                    "transcribing");
            }
        }
    } catch (const c10::Error& e) {
        throw Error("Whisper transcription failed on " + deviceName(m.device) + ": " +
                    e.what_without_backtrace());
    }
    for (const auto& s : transcript.segments)
        transcript.text += s.text;
    return transcript;
}

int Whisper::melBins() const {
    return static_cast<int>(impl_->config.numMelBins);
}
bool Whisper::multilingual() const {
    return impl_->config.isMultilingual;
}
bool Whisper::hasTimestamps() const {
    return impl_->config.hasTimestamps();
}
std::vector<std::string> Whisper::languages() const {
    std::vector<std::string> out;
    for (const auto& [token, id] : impl_->config.langToId)
        out.push_back(languageCode(token));
    return out;
}
std::string Whisper::device() const {
    return deviceName(impl_->device);
}
std::string Whisper::dtype() const {
    return dtypeName(impl_->dtype);
}

}  // namespace sonara::models
