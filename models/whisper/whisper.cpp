#include "models/whisper/whisper.h"

#include <algorithm>
#include <cmath>

#include "models/common/device.h"
#include "models/common/error.h"
#include "models/whisper/whisper_alignment.h"
#include "models/whisper/whisper_decoding.h"
#include "models/whisper/whisper_fallback.h"
#include "models/whisper/whisper_features.h"
#include "models/whisper/whisper_model.h"
#include "models/whisper/whisper_search.h"
#include "models/whisper/whisper_tokenizer.h"

namespace sonara::models {

namespace {

constexpr double kSecondsPerTimestamp = 0.02;
constexpr int64_t kFramesPerTimestamp = 2;

std::string stripped(const std::string& s) {
    const char* space = " \t\n\r\f\v";
    const auto begin = s.find_first_not_of(space);
    if (begin == std::string::npos)
        return {};
    return s.substr(begin, s.find_last_not_of(space) - begin + 1);
}

// A decoded window: its generated tokens and the measures the temperature fallback judges.
struct WindowResult : WindowQuality {
    std::vector<int64_t> ids;
    double temperature = 0.0;
};

// What every window of one decode call shares.
struct DecodeRequest {
    std::vector<int64_t> prompt;
    bool timestamps = true;
    int maxNewTokens = 224;
    int beamSize = 1;
    std::function<bool()> keepGoing;  // see GreedyOptions::keepGoing
};

FallbackThresholds thresholdsOf(const Whisper::TranscribeOptions& options) {
    return {options.compressionRatioThreshold, options.logprobThreshold, options.noSpeechThreshold};
}

// Rounded to 6 decimals so a segment reports 0.2 rather than the float's 0.200000003.
std::vector<double> temperaturesOf(const Whisper::TranscribeOptions& options) {
    if (options.temperatures.empty())
        return {0.0};
    std::vector<double> out;
    for (float t : options.temperatures) {
        if (!(t >= 0.0f))
            throw Error("Whisper: temperatures must be 0 or more, found " + std::to_string(t));
        out.push_back(std::round(static_cast<double>(t) * 1e6) / 1e6);
    }
    return out;
}

// The end of the last word of the segments from first on, else the last segment's end.
double lastSpeechEnd(const std::vector<WhisperSegment>& segments, size_t first) {
    for (size_t s = segments.size(); s-- > first;) {
        if (!segments[s].words.empty())
            return segments[s].words.back().end;
    }
    return segments.back().end;
}

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
    int64_t noSpeechId = -1;

    struct Run;

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

    GreedyOptions decodeOptions(const DecodeRequest& request) const {
        GreedyOptions greedy;
        const auto promptLength = static_cast<int64_t>(request.prompt.size());
        greedy.maxNewTokens =
            std::min<int64_t>(request.maxNewTokens, config.maxTargetPositions - promptLength);
        if (greedy.maxNewTokens <= 0)
            throw Error("Whisper: the prompt of " + std::to_string(promptLength) +
                        " tokens leaves no room under max_target_positions " +
                        std::to_string(config.maxTargetPositions));
        const auto rules =
            WhisperLogitRules::fromConfig(config, request.timestamps, promptLength, device);
        const auto* cfg = &config;
        greedy.logitsFilter = [rules, cfg](torch::Tensor& logits, const torch::Tensor& tokens,
                                           int64_t) { rules.apply(logits, tokens, *cfg); };
        greedy.noSpeechToken = noSpeechId;
        greedy.keepGoing = request.keepGoing;
        greedy.sotIndex =
            std::find(request.prompt.begin(), request.prompt.end(), config.decoderStartTokenId) -
            request.prompt.begin();
        return greedy;
    }

    void measure(WindowResult& window, double sumLogprob) const {
        const auto sampled =
            std::find(window.ids.begin(), window.ids.end(), config.eosTokenId) - window.ids.begin();
        // The end token's log-probability is in the sum, hence + 1, as in the reference.
        window.avgLogprob = sumLogprob / static_cast<double>(sampled + 1);
        window.compressionRatio =
            compressionRatio(stripped(tokenizer.decode(textTokens(window.ids), true)));
    }

    // Each window of encoded decoded once at temperature: beam search at 0 when asked for, else
    // greedy (0) or sampled.
    std::vector<WindowResult> decodeAt(const torch::Tensor& encoded, const DecodeRequest& request,
                                       double temperature, at::Generator& generator) const {
        const int64_t batch = encoded.size(0);
        const auto promptTensor =
            torch::tensor(request.prompt).to(device).unsqueeze(0).expand({batch, -1}).contiguous();
        auto greedy = decodeOptions(request);
        std::vector<WindowResult> windows(static_cast<size_t>(batch));
        std::vector<double> sums(static_cast<size_t>(batch));
        if (temperature == 0.0 && request.beamSize > 1) {
            auto beams =
                beamDecodeWindows(model->decoder, encoded, promptTensor, request.beamSize, greedy);
            for (size_t r = 0; r < windows.size(); ++r) {
                windows[r].ids = std::move(beams.tokens[r]);
                windows[r].noSpeechProbability = beams.noSpeechProbs[r];
                sums[r] = beams.sumLogprobs[r];
            }
        } else {
            greedy.temperature = temperature;
            greedy.generator = generator;
            const auto decoded = decodeWindows(model->decoder, encoded, promptTensor, greedy);
            const auto tokens = decoded.tokens.cpu();
            const auto sumLogprobs = decoded.sumLogprobs.to(torch::kDouble).cpu();
            const auto noSpeech = decoded.noSpeechProbs.to(torch::kDouble).cpu();
            const auto p = static_cast<int64_t>(request.prompt.size());
            for (int64_t r = 0; r < batch; ++r) {
                const auto row = tokens[r].narrow(0, p, tokens.size(1) - p).contiguous();
                auto& window = windows[static_cast<size_t>(r)];
                window.ids.assign(row.data_ptr<int64_t>(), row.data_ptr<int64_t>() + row.numel());
                window.noSpeechProbability = noSpeech[r].item<double>();
                sums[static_cast<size_t>(r)] = sumLogprobs[r].item<double>();
            }
        }
        for (size_t r = 0; r < windows.size(); ++r) {
            windows[r].temperature = temperature;
            measure(windows[r], sums[r]);
        }
        return windows;
    }

    // The reference's temperature fallback: windows that fail the thresholds are decoded again,
    // together, at the next temperature; the last attempt stands.
    std::vector<WindowResult> decodeWithFallback(const torch::Tensor& encoded,
                                                 const DecodeRequest& request,
                                                 const Whisper::TranscribeOptions& options,
                                                 at::Generator& generator) const {
        const auto temperatures = temperaturesOf(options);
        const auto thresholds = thresholdsOf(options);
        auto windows = decodeAt(encoded, request, temperatures[0], generator);
        for (size_t t = 1; t < temperatures.size(); ++t) {
            std::vector<int64_t> retry;
            for (size_t r = 0; r < windows.size(); ++r) {
                if (needsFallback(windows[r], thresholds))
                    retry.push_back(static_cast<int64_t>(r));
            }
            if (retry.empty())
                break;
            auto again = decodeAt(encoded.index_select(0, torch::tensor(retry).to(device)), request,
                                  temperatures[t], generator);
            for (size_t k = 0; k < retry.size(); ++k)
                windows[static_cast<size_t>(retry[k])] = std::move(again[k]);
        }
        return windows;
    }

    static void stamp(std::vector<WhisperSegment>& segments, size_t first,
                      const WindowResult& window) {
        for (size_t s = first; s < segments.size(); ++s) {
            segments[s].avgLogprob = window.avgLogprob;
            segments[s].compressionRatio = window.compressionRatio;
            segments[s].noSpeechProbability = window.noSpeechProbability;
            segments[s].temperature = window.temperature;
        }
    }

    // Word timings for the segments from first on, all decoded from one window (encoded
    // [1, 1500, d]) of numFrames real mel frames starting at offset seconds.
    void addWords(const torch::Tensor& encoded, std::vector<WhisperSegment>& segments, size_t first,
                  const std::vector<int64_t>& sotSequence, int64_t numFrames, double offset,
                  const std::string& language, double& lastSpeechTimestamp) const {
        if (first >= segments.size())
            return;
        AlignmentRequest request;
        request.sotSequence = sotSequence;
        for (size_t s = first; s < segments.size(); ++s)
            request.textTokens.insert(request.textTokens.end(), segments[s].tokens.begin(),
                                      segments[s].tokens.end());
        request.numFrames = numFrames;
        request.language = language;
        addWordTimestamps(segments, first,
                          findAlignment(model->decoder, encoded, tokenizer, request), offset,
                          lastSpeechTimestamp);
    }

    static bool singleTimestampEnding(const std::vector<int64_t>& generated, int64_t eos,
                                      int64_t tsBegin) {
        std::vector<int64_t> ids(generated.begin(),
                                 std::find(generated.begin(), generated.end(), eos));
        return ids.size() >= 2 && ids[ids.size() - 1] >= tsBegin && ids[ids.size() - 2] < tsBegin;
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
    impl->noSpeechId = impl->tokenizer.tokenId("<|nospeech|>");
    if (impl->noSpeechId < 0)
        impl->noSpeechId = impl->tokenizer.tokenId("<|nocaptions|>");
    return Whisper(std::move(impl));
}

// One transcribe() call: the audio on the device and what carries from window to window.
struct Whisper::Impl::Run {
    const Impl& m;
    const TranscribeOptions& options;
    const ProgressFn& progress;
    torch::Tensor audio;  // [samples] on the model's device
    int64_t totalSamples = 0;
    double duration = 0.0;
    std::string language;
    std::vector<int64_t> taskPrompt;
    std::vector<int64_t> sotSequence;  // the task prompt without <|notimestamps|>
    std::vector<int64_t> previous;     // text tokens a later window may be prompted with
    at::Generator generator;
    double lastSpeechTimestamp = 0.0;
    double reported = 0.0;  // the last progress fraction reported
    WhisperTranscript transcript;

    void report(double fraction) {
        reported = fraction;
        reportProgress(progress, fraction, "transcribing");
    }

    static constexpr int64_t kHop = WhisperFeatureExtractor::kHop;
    static constexpr int64_t kWindowSamples = WhisperFeatureExtractor::kWindowSamples;

    torch::Tensor window(int64_t startSample) const {
        return audio.narrow(0, startSample, std::min(kWindowSamples, totalSamples - startSample));
    }

    DecodeRequest request(std::vector<int64_t> prompt, bool timestamps) const {
        prompt.insert(prompt.end(), taskPrompt.begin(), taskPrompt.end());
        return {std::move(prompt), timestamps, options.maxNewTokens, options.beamSize,
                [this] { return !progress || progress(reported, "transcribing"); }};
    }

    void clampToAudio(size_t first) {
        for (size_t k = first; k < transcript.segments.size(); ++k) {
            auto& s = transcript.segments[k];
            s.end = std::min(s.end, duration);
            s.start = std::min(s.start, s.end);
        }
    }

    // Segments of window k of a batch (its result, its encoder output row), appended.
    void addWindow(const WindowResult& result, const torch::Tensor& encodedRow, int64_t startSample,
                   bool timestamps) {
        const size_t before = transcript.segments.size();
        const double start = static_cast<double>(startSample) / sampleRate();
        const int64_t frames = std::max<int64_t>(1, std::min(WhisperFeatureExtractor::kWindowFrames,
                                                             (totalSamples - startSample) / kHop));
        if (isSilence(result, thresholdsOf(options)))
            return;
        if (timestamps)
            m.parseWindow(result.ids, start, frames, transcript.segments);
        else
            transcript.segments.push_back(
                m.segment(start, std::min(duration, start + 30.0), result.ids));
        clampToAudio(before);
        Impl::stamp(transcript.segments, before, result);
        if (options.wordTimestamps)
            m.addWords(encodedRow, transcript.segments, before, sotSequence, frames, start,
                       language, lastSpeechTimestamp);
    }

    // 30 s windows decoded batchSize at a time.
    void fixedWindows(bool timestamps) {
        std::vector<int64_t> starts;
        for (int64_t s = 0; s < totalSamples; s += kWindowSamples)
            starts.push_back(s);
        const auto batchSize = static_cast<size_t>(options.batchSize);
        for (size_t b = 0; b < starts.size(); b += batchSize) {
            const size_t end = std::min(starts.size(), b + batchSize);
            std::vector<torch::Tensor> windows;
            for (size_t k = b; k < end; ++k) {
                const auto w = window(starts[k]);
                windows.push_back(torch::constant_pad_nd(w, {0, kWindowSamples - w.size(0)}, 0.0));
            }
            const auto encoded = m.encode(torch::stack(windows));
            const auto results = m.decodeWithFallback(
                encoded, request(m.previousPrompt(previous), timestamps), options, generator);
            for (size_t k = b; k < end; ++k)
                addWindow(results[k - b], encoded.narrow(0, static_cast<int64_t>(k - b), 1),
                          starts[k], timestamps);
            report(static_cast<double>(end) / starts.size());
        }
    }

    // Windows one after another, each starting where the last one's speech ended.
    void seeking() {
        const int64_t totalFrames = totalSamples / kHop;
        int64_t seek = 0;  // in mel frames
        while (seek < std::max<int64_t>(totalFrames, 1)) {
            const int64_t segmentFrames =
                std::min(WhisperFeatureExtractor::kWindowFrames, totalFrames - seek);
            const auto encoded = m.encode(window(seek * kHop));
            const auto prompt = options.conditionOnPreviousText || seek == 0
                                    ? m.previousPrompt(previous)
                                    : std::vector<int64_t>{};
            const auto result =
                m.decodeWithFallback(encoded, request(prompt, true), options, generator)[0];
            seek += std::max<int64_t>(advance(result, encoded, seek, segmentFrames), 1);
            report(std::min(1.0, static_cast<double>(seek) /
                                     static_cast<double>(std::max<int64_t>(totalFrames, 1))));
        }
    }

    // Adds the segments of the window at seek; returns how many mel frames to move on.
    int64_t advance(const WindowResult& result, const torch::Tensor& encoded, int64_t seek,
                    int64_t segmentFrames) {
        if (isSilence(result, thresholdsOf(options)))
            return segmentFrames;
        const double offset = static_cast<double>(seek * kHop) / sampleRate();
        const size_t before = transcript.segments.size();
        int64_t frames = m.parseWindow(result.ids, offset, segmentFrames, transcript.segments);
        clampToAudio(before);
        Impl::stamp(transcript.segments, before, result);
        if (options.wordTimestamps && before < transcript.segments.size()) {
            m.addWords(encoded, transcript.segments, before, sotSequence,
                       std::max<int64_t>(segmentFrames, 1), offset, language, lastSpeechTimestamp);
            const double lastWordEnd = lastSpeechEnd(transcript.segments, before);
            if (!Impl::singleTimestampEnding(result.ids, m.config.eosTokenId,
                                             m.config.timestampBegin()) &&
                lastWordEnd > offset)
                frames = static_cast<int64_t>(std::llround(lastWordEnd * 100.0)) - seek;
        }
        for (size_t k = before; k < transcript.segments.size(); ++k) {
            const auto& tokens = transcript.segments[k].tokens;
            previous.insert(previous.end(), tokens.begin(), tokens.end());
        }
        // As the reference: text sampled this hot is a poor prompt for the next window.
        if (result.temperature > 0.5)
            previous.clear();
        return frames;
    }
};

WhisperTranscript Whisper::transcribe(const std::vector<float>& audio16k,
                                      const TranscribeOptions& options,
                                      const ProgressFn& progress) const {
    const Impl& m = *impl_;
    if (options.task != "transcribe" && options.task != "translate")
        throw Error("Whisper: task must be \"transcribe\" or \"translate\", found \"" +
                    options.task + "\"");
    if (options.maxNewTokens <= 0 || options.batchSize <= 0 || options.beamSize <= 0)
        throw Error("Whisper: maxNewTokens, batchSize and beamSize must be positive");
    temperaturesOf(options);
    if (audio16k.empty())
        return {};

    InferenceGuard guard;
    Impl::Run run{m, options, progress};
    try {
        run.audio = torch::from_blob(const_cast<float*>(audio16k.data()),
                                     {static_cast<int64_t>(audio16k.size())}, torch::kFloat32)
                        .to(m.device);
        run.totalSamples = run.audio.size(0);
        run.duration = static_cast<double>(run.totalSamples) / sampleRate();
        run.generator = seededGenerator(m.device, options.seed);
        reportProgress(progress, 0.0, "transcribing");
        std::string language = options.language == "auto" ? std::string() : options.language;
        if (m.config.isMultilingual && language.empty())
            language = m.detectLanguage(m.encode(run.window(0)));
        if (!m.config.isMultilingual)
            language.clear();
        run.language = run.transcript.language = language;
        const bool timestamps = options.timestamps && m.config.hasTimestamps();
        run.taskPrompt = m.taskPrompt(language, options.task, timestamps);
        run.sotSequence = m.taskPrompt(language, options.task, true);
        if (!options.initialPrompt.empty())
            run.previous = m.tokenizer.encode(" " + options.initialPrompt);
        if (!timestamps || options.fixedWindows)
            run.fixedWindows(timestamps);
        else
            run.seeking();
    } catch (const c10::Error& e) {
        throw Error("Whisper transcription failed on " + deviceName(m.device) + ": " +
                    e.what_without_backtrace());
    }
    for (const auto& s : run.transcript.segments)
        run.transcript.text += s.text;
    return std::move(run.transcript);
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
