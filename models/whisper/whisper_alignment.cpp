#include "models/whisper/whisper_alignment.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "models/common/error.h"
#include "models/common/safetensors.h"

namespace sonara::models {

namespace {

// Python's `needle in haystack` on strings, which the reference uses for its punctuation tests:
// a substring test, true for an empty needle.
bool containedIn(const std::string& needle, const std::string& haystack) {
    return haystack.find(needle) != std::string::npos;
}

std::string strip(const std::string& s) {
    const char* space = " \t\n\r\f\v";
    const auto begin = s.find_first_not_of(space);
    if (begin == std::string::npos)
        return {};
    return s.substr(begin, s.find_last_not_of(space) - begin + 1);
}

bool startsWith(const std::string& s, char c) {
    return !s.empty() && s.front() == c;
}
bool endsWith(const std::string& s, char c) {
    return !s.empty() && s.back() == c;
}

// Whether bytes end part-way through a UTF-8 sequence that a later token may complete.
bool endsMidCharacter(const std::string& bytes) {
    size_t continuation = 0;
    while (continuation < bytes.size() && continuation < 3 &&
           (static_cast<unsigned char>(bytes[bytes.size() - 1 - continuation]) & 0xC0) == 0x80)
        ++continuation;
    if (continuation == bytes.size())
        return false;
    const auto lead = static_cast<unsigned char>(bytes[bytes.size() - 1 - continuation]);
    size_t needed = 1;
    if (lead >= 0xF0 && lead < 0xF8)
        needed = 4;
    else if (lead >= 0xE0 && lead < 0xF0)
        needed = 3;
    else if (lead >= 0xC0 && lead < 0xE0)
        needed = 2;
    return continuation + 1 < needed;
}

WordTokens splitOnCharacters(const WhisperTokenizer& tokenizer, const std::vector<int64_t>& tokens,
                             int64_t eot) {
    WordTokens out;
    std::vector<int64_t> current;
    for (size_t i = 0; i < tokens.size(); ++i) {
        current.push_back(tokens[i]);
        const auto decoded = tokenizer.decode(current);
        const bool nextIsSpecialOrNone = i + 1 == tokens.size() || tokens[i + 1] >= eot;
        if (!endsMidCharacter(decoded) || nextIsSpecialOrNone) {
            out.words.push_back(decoded);
            out.tokens.push_back(current);
            current.clear();
        }
    }
    return out;
}

WordTokens splitOnSpaces(const WhisperTokenizer& tokenizer, const std::vector<int64_t>& tokens,
                         int64_t eot) {
    static const std::string punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    const auto pieces = splitOnCharacters(tokenizer, tokens, eot);
    WordTokens out;
    for (size_t i = 0; i < pieces.words.size(); ++i) {
        const auto& piece = pieces.words[i];
        const bool special = pieces.tokens[i].front() >= eot;
        const bool withSpace = startsWith(piece, ' ');
        const bool isPunctuation = containedIn(strip(piece), punctuation);
        if (special || withSpace || isPunctuation || out.words.empty()) {
            out.words.push_back(piece);
            out.tokens.push_back(pieces.tokens[i]);
        } else {
            out.words.back() += piece;
            out.tokens.back().insert(out.tokens.back().end(), pieces.tokens[i].begin(),
                                     pieces.tokens[i].end());
        }
    }
    return out;
}

std::vector<int64_t> toVector(const torch::Tensor& t) {
    const auto c = t.to(torch::kLong).contiguous().cpu();
    return std::vector<int64_t>(c.data_ptr<int64_t>(), c.data_ptr<int64_t>() + c.numel());
}

// Cross-attention weights of the alignment heads [heads, tokens, frames], normalised per head
// and frame over the tokens and median filtered along time, as the reference.
torch::Tensor alignmentWeights(const std::vector<torch::Tensor>& scores,
                               const std::vector<std::pair<int64_t, int64_t>>& heads,
                               int64_t frames) {
    std::vector<torch::Tensor> picked;
    for (const auto& [layer, head] : heads)
        picked.push_back(scores[static_cast<size_t>(layer)][0][head]);
    auto weights =
        torch::stack(picked).narrow(-1, 0, frames).to(torch::kFloat32).softmax(-1);  // [H, L, F]
    const auto mean = weights.mean({-2}, true);
    const auto std = (weights - mean).pow(2).mean({-2}, true).sqrt();
    return medianFilter((weights - mean) / std, kMedianFilterWidth);
}

double mean(const std::vector<double>& values, size_t begin, size_t end) {
    if (begin >= end)
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    for (size_t i = begin; i < end; ++i)
        sum += values[i];
    return sum / static_cast<double>(end - begin);
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

double round2(double seconds) {
    return std::round(seconds * 100.0) / 100.0;
}

// The reference's "hack: truncate long words at sentence boundaries".
void truncateAtSentenceEnds(std::vector<WordTiming>& alignment, double maxDuration) {
    static const std::string sentenceEnds = ".\xE3\x80\x82!\xEF\xBC\x81?\xEF\xBC\x9F";
    for (size_t i = 1; i < alignment.size(); ++i) {
        auto& word = alignment[i];
        if (word.end - word.start <= maxDuration)
            continue;
        if (containedIn(word.word, sentenceEnds))
            word.end = word.start + maxDuration;
        else if (containedIn(alignment[i - 1].word, sentenceEnds))
            word.start = word.end - maxDuration;
    }
}

// The reference's corrections of a segment's first and last words, which DTW tends to stretch
// over pauses.
void fitSegmentEdges(WhisperSegment& segment, std::vector<WhisperWord>& words,
                     double medianDuration, double maxDuration, double lastSpeechTimestamp) {
    auto& first = words.front();
    const bool longAfterPause =
        first.end - lastSpeechTimestamp > medianDuration * 4 &&
        (first.end - first.start > maxDuration ||
         (words.size() > 1 && words[1].end - first.start > maxDuration * 2));
    if (longAfterPause) {
        if (words.size() > 1 && words[1].end - words[1].start > maxDuration) {
            const double boundary = std::max(words[1].end / 2, words[1].end - maxDuration);
            first.end = words[1].start = boundary;
        }
        first.start = std::max(0.0, first.end - maxDuration);
    }
    if (segment.start < first.end && segment.start - 0.5 > first.start)
        first.start = std::max(0.0, std::min(first.end - medianDuration, segment.start));
    else
        segment.start = first.start;
    auto& last = words.back();
    if (segment.end > last.start && segment.end + 0.5 < last.end)
        last.end = std::max(last.start + medianDuration, segment.end);
    else
        segment.end = last.end;
}

}  // namespace

DtwPath dynamicTimeWarping(const torch::Tensor& costMatrix) {
    const auto x = costMatrix.to(torch::kFloat32).contiguous().cpu();
    if (x.dim() != 2 || x.size(0) == 0 || x.size(1) == 0)
        throw Error("DTW needs a non-empty [rows, columns] cost matrix, found " +
                    shapeString(x.sizes()));
    const int64_t n = x.size(0), m = x.size(1);
    const float* data = x.data_ptr<float>();
    const auto at = [m](int64_t i, int64_t j) { return static_cast<size_t>(i * (m + 1) + j); };
    std::vector<float> cost(static_cast<size_t>((n + 1) * (m + 1)),
                            std::numeric_limits<float>::infinity());
    std::vector<int8_t> trace(cost.size(), -1);
    cost[0] = 0.0f;
    for (int64_t j = 1; j <= m; ++j) {
        for (int64_t i = 1; i <= n; ++i) {
            const float diagonal = cost[at(i - 1, j - 1)], up = cost[at(i - 1, j)],
                        left = cost[at(i, j - 1)];
            float best;
            int8_t step;
            if (diagonal < up && diagonal < left) {
                best = diagonal;
                step = 0;
            } else if (up < diagonal && up < left) {
                best = up;
                step = 1;
            } else {
                best = left;
                step = 2;
            }
            cost[at(i, j)] = data[(i - 1) * m + (j - 1)] + best;
            trace[at(i, j)] = step;
        }
    }
    for (int64_t j = 0; j <= m; ++j)
        trace[at(0, j)] = 2;
    for (int64_t i = 0; i <= n; ++i)
        trace[at(i, 0)] = 1;
    DtwPath path;
    for (int64_t i = n, j = m; i > 0 || j > 0;) {
        path.rows.push_back(i - 1);
        path.columns.push_back(j - 1);
        const int8_t step = trace[at(i, j)];
        if (step == 0 || step == 1)
            --i;
        if (step == 0 || step == 2)
            --j;
    }
    std::reverse(path.rows.begin(), path.rows.end());
    std::reverse(path.columns.begin(), path.columns.end());
    return path;
}

torch::Tensor medianFilter(const torch::Tensor& x, int64_t width) {
    if (width <= 0 || width % 2 == 0)
        throw Error("median filter width must be odd and positive, found " + std::to_string(width));
    const int64_t pad = width / 2;
    if (x.size(-1) <= pad)
        return x;
    const auto rows = x.reshape({-1, 1, x.size(-1)});
    const auto padded = torch::reflection_pad1d(rows, {pad, pad});
    const auto sorted = std::get<0>(padded.unfold(-1, width, 1).sort(-1));
    return sorted.select(-1, pad).reshape(x.sizes());
}

std::vector<std::pair<int64_t, int64_t>> alignmentHeads(const WhisperConfig& config) {
    if (config.alignmentHeads.empty()) {
        std::vector<std::pair<int64_t, int64_t>> heads;
        for (int64_t layer = config.decoderLayers / 2; layer < config.decoderLayers; ++layer) {
            for (int64_t head = 0; head < config.decoderAttentionHeads; ++head)
                heads.emplace_back(layer, head);
        }
        return heads;
    }
    for (const auto& [layer, head] : config.alignmentHeads) {
        if (layer < 0 || layer >= config.decoderLayers || head < 0 ||
            head >= config.decoderAttentionHeads)
            throw Error("generation_config.json alignment_heads names [" + std::to_string(layer) +
                        ", " + std::to_string(head) + "], but the decoder has " +
                        std::to_string(config.decoderLayers) + " layers of " +
                        std::to_string(config.decoderAttentionHeads) + " heads");
    }
    return config.alignmentHeads;
}

WordTokens splitToWordTokens(const WhisperTokenizer& tokenizer, const std::vector<int64_t>& tokens,
                             int64_t eot, const std::string& language) {
    static const std::set<std::string> withoutSpaces = {"zh", "ja", "th", "lo", "my", "yue"};
    if (withoutSpaces.count(language))
        return splitOnCharacters(tokenizer, tokens, eot);
    return splitOnSpaces(tokenizer, tokens, eot);
}

void mergePunctuations(std::vector<WordTiming>& alignment, const std::string& prepended,
                       const std::string& appended) {
    if (alignment.size() < 2)
        return;
    for (size_t i = alignment.size() - 1, j = alignment.size() - 1; i-- > 0;) {
        auto& previous = alignment[i];
        auto& following = alignment[j];
        if (startsWith(previous.word, ' ') && containedIn(strip(previous.word), prepended)) {
            following.word = previous.word + following.word;
            following.tokens.insert(following.tokens.begin(), previous.tokens.begin(),
                                    previous.tokens.end());
            previous.word.clear();
            previous.tokens.clear();
        } else {
            j = i;
        }
    }
    for (size_t i = 0, j = 1; j < alignment.size(); ++j) {
        auto& previous = alignment[i];
        auto& following = alignment[j];
        if (!endsWith(previous.word, ' ') && containedIn(following.word, appended)) {
            previous.word += following.word;
            previous.tokens.insert(previous.tokens.end(), following.tokens.begin(),
                                   following.tokens.end());
            following.word.clear();
            following.tokens.clear();
        } else {
            i = j;
        }
    }
}

std::vector<WordTiming> findAlignment(WhisperDecoder& decoder, const torch::Tensor& encoded,
                                      const WhisperTokenizer& tokenizer,
                                      const AlignmentRequest& request) {
    const auto& config = decoder->config();
    const auto& text = request.textTokens;
    if (text.empty())
        return {};
    std::vector<int64_t> tokens = request.sotSequence;
    if (config.hasTimestamps())
        tokens.push_back(config.noTimestampsTokenId);
    const auto textBegin = static_cast<int64_t>(tokens.size());
    tokens.insert(tokens.end(), text.begin(), text.end());
    // The end token's own row is not aligned, only normalised with the others, so it is left out
    // when the sequence would not fit.
    if (static_cast<int64_t>(tokens.size()) < config.maxTargetPositions)
        tokens.push_back(config.eosTokenId);
    if (static_cast<int64_t>(tokens.size()) > config.maxTargetPositions || textBegin == 0)
        throw Error("Whisper word timestamps: " + std::to_string(text.size()) +
                    " text tokens after a start sequence of " + std::to_string(textBegin) +
                    " do not fit max_target_positions " +
                    std::to_string(config.maxTargetPositions));

    const auto heads = alignmentHeads(config);
    std::vector<bool> layers(static_cast<size_t>(config.decoderLayers), false);
    for (const auto& [layer, head] : heads)
        layers[static_cast<size_t>(layer)] = true;
    std::vector<torch::Tensor> scores;
    const auto device = encoded.device();
    const auto input = torch::tensor(tokens).to(device).unsqueeze(0);
    const auto logits =
        decoder->forwardWithCrossScores(input, encoded, layers, scores)[0].to(torch::kFloat32);

    const auto n = static_cast<int64_t>(text.size());
    const auto textIds = torch::tensor(text).to(device).unsqueeze(1);
    const auto probsTensor = logits.narrow(0, textBegin - 1, n)
                                 .narrow(1, 0, config.eosTokenId)
                                 .softmax(-1)
                                 .gather(1, textIds)
                                 .squeeze(1)
                                 .to(torch::kDouble)
                                 .cpu()
                                 .contiguous();
    const std::vector<double> probs(probsTensor.data_ptr<double>(),
                                    probsTensor.data_ptr<double>() + n);

    const int64_t frames =
        std::clamp<int64_t>(request.numFrames / 2, 1, scores[heads[0].first].size(-1));
    const auto matrix =
        alignmentWeights(scores, heads, frames).mean(0).narrow(0, textBegin - 1, n + 1);
    const auto path = dynamicTimeWarping(-matrix);

    auto withEnd = text;
    withEnd.push_back(config.eosTokenId);
    const auto split = splitToWordTokens(tokenizer, withEnd, config.eosTokenId, request.language);
    if (split.words.size() <= 1)
        return {};
    std::vector<double> jumpTimes;
    for (size_t k = 0; k < path.rows.size(); ++k) {
        if (k == 0 || path.rows[k] != path.rows[k - 1])
            jumpTimes.push_back(static_cast<double>(path.columns[k]) / kAlignmentFramesPerSecond);
    }
    std::vector<WordTiming> words;
    size_t boundary = 0;
    for (size_t w = 0; w + 1 < split.words.size(); ++w) {
        const size_t next = boundary + split.tokens[w].size();
        words.push_back({split.words[w], split.tokens[w], jumpTimes.at(boundary),
                         jumpTimes.at(next), mean(probs, boundary, next)});
        boundary = next;
    }
    return words;
}

void addWordTimestamps(std::vector<WhisperSegment>& segments, size_t first,
                       std::vector<WordTiming> alignment, double timeOffset,
                       double& lastSpeechTimestamp) {
    if (first >= segments.size())
        return;
    std::vector<double> durations;
    for (const auto& word : alignment) {
        if (word.end - word.start != 0.0)
            durations.push_back(word.end - word.start);
    }
    const double medianDuration = std::min(0.7, durations.empty() ? 0.0 : median(durations));
    const double maxDuration = medianDuration * 2;
    if (!durations.empty())
        truncateAtSentenceEnds(alignment, maxDuration);
    mergePunctuations(alignment);

    size_t wordIndex = 0;
    for (size_t s = first; s < segments.size(); ++s) {
        auto& segment = segments[s];
        std::vector<WhisperWord> words;
        size_t savedTokens = 0;
        while (wordIndex < alignment.size() && savedTokens < segment.tokens.size()) {
            const auto& timing = alignment[wordIndex];
            if (!timing.word.empty()) {
                words.push_back({round2(timeOffset + timing.start), round2(timeOffset + timing.end),
                                 timing.word, timing.probability});
            }
            savedTokens += timing.tokens.size();
            ++wordIndex;
        }
        if (!words.empty()) {
            fitSegmentEdges(segment, words, medianDuration, maxDuration, lastSpeechTimestamp);
            lastSpeechTimestamp = segment.end;
        }
        segment.words = std::move(words);
    }
}

}  // namespace sonara::models
