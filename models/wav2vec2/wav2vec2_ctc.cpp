#include "models/wav2vec2/wav2vec2_ctc.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "models/common/error.h"

namespace sonara::models {

namespace {

// Splits UTF-8 text into code points, each kept as its bytes.
std::vector<std::string> utf8Characters(const std::string& text) {
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
        length = std::min(length, text.size() - i);
        out.push_back(text.substr(i, length));
        i += length;
    }
    return out;
}

void checkLogits(const FloatArray& logits, const CtcVocabulary& vocabulary, const char* what) {
    if (logits.rank() != 2 || !logits.consistent()) {
        throw Error(std::string(what) +
                    ": logits must have shape [frames, vocab] with matching "
                    "data; found " +
                    logits.shapeString() + " holding " + std::to_string(logits.data.size()) +
                    " values");
    }
    if (logits.dim(1) != static_cast<int64_t>(vocabulary.tokens.size())) {
        throw Error(std::string(what) + ": logits have " + std::to_string(logits.dim(1)) +
                    " classes but the vocabulary holds " +
                    std::to_string(vocabulary.tokens.size()) + " tokens");
    }
}

}  // namespace

CtcVocabulary CtcVocabulary::load(const std::string& vocabJsonPath, const std::string& blankToken,
                                  const std::string& delimiterToken) {
    std::ifstream in(vocabJsonPath);
    if (!in)
        throw Error("cannot open CTC vocabulary " + vocabJsonPath);
    nlohmann::json json;
    try {
        in >> json;
    } catch (const nlohmann::json::exception& e) {
        throw Error(vocabJsonPath + ": not valid JSON: " + e.what());
    }
    if (!json.is_object())
        throw Error(vocabJsonPath + ": expected an object mapping token -> id");
    CtcVocabulary v;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!it.value().is_number_integer() || it.value().get<int64_t>() < 0) {
            throw Error(vocabJsonPath + ": token \"" + it.key() +
                        "\" must map to a non-negative integer id");
        }
        const auto id = it.value().get<int64_t>();
        if (id >= static_cast<int64_t>(v.tokens.size()))
            v.tokens.resize(static_cast<size_t>(id) + 1);
        v.tokens[static_cast<size_t>(id)] = it.key();
    }
    v.blank = -1;
    for (size_t i = 0; i < v.tokens.size(); ++i) {
        if (v.tokens[i] == blankToken)
            v.blank = static_cast<int64_t>(i);
        if (v.tokens[i] == delimiterToken)
            v.delimiter = static_cast<int64_t>(i);
    }
    if (v.blank < 0)
        throw Error(vocabJsonPath + ": no blank token \"" + blankToken + "\"");
    return v;
}

std::vector<int64_t> CtcVocabulary::encodeWord(const std::string& word) const {
    std::vector<int64_t> ids;
    for (const auto& ch : utf8Characters(word)) {
        std::vector<std::string> candidates = {ch};
        if (ch.size() == 1) {
            const auto c = static_cast<unsigned char>(ch[0]);
            candidates.push_back(std::string(1, static_cast<char>(std::toupper(c))));
            candidates.push_back(std::string(1, static_cast<char>(std::tolower(c))));
        }
        int64_t found = -1;
        for (const auto& candidate : candidates) {
            const auto it = std::find(tokens.begin(), tokens.end(), candidate);
            if (it != tokens.end()) {
                found = it - tokens.begin();
                break;
            }
        }
        if (found < 0)
            throw Error("character \"" + ch + "\" of \"" + word + "\" is not in the vocabulary");
        ids.push_back(found);
    }
    return ids;
}

std::vector<std::string> splitWords(const std::string& transcript) {
    std::istringstream in(transcript);
    std::vector<std::string> words;
    for (std::string w; in >> w;)
        words.push_back(w);
    return words;
}

CtcTranscript ctcGreedyDecode(const FloatArray& logits, const CtcVocabulary& vocabulary,
                              double frameSeconds) {
    checkLogits(logits, vocabulary, "CTC greedy decode");
    const int64_t frames = logits.dim(0), classes = logits.dim(1);
    CtcTranscript out;
    CtcWord current;
    bool inWord = false;
    int64_t previous = -1;
    auto closeWord = [&] {
        if (inWord) {
            out.words.push_back(current);
            current = CtcWord{};
            inWord = false;
        }
    };
    for (int64_t t = 0; t < frames; ++t) {
        const float* row = logits.data.data() + t * classes;
        const int64_t best = std::max_element(row, row + classes) - row;
        const bool repeat = best == previous;
        previous = best;
        const auto& token = vocabulary.tokens[static_cast<size_t>(best)];
        // Special tokens (<s>, </s>, <unk>) carry no text, as with skip_special_tokens.
        const bool special = token.size() > 2 && token.front() == '<' && token.back() == '>';
        if (best == vocabulary.blank || special || token.empty())
            continue;
        if (best == vocabulary.delimiter) {
            closeWord();
            continue;
        }
        if (repeat) {
            current.end = static_cast<double>(t + 1) * frameSeconds;
            continue;
        }
        if (!inWord) {
            current.start = static_cast<double>(t) * frameSeconds;
            inWord = true;
        }
        current.text += token;
        current.end = static_cast<double>(t + 1) * frameSeconds;
    }
    closeWord();
    for (const auto& w : out.words)
        out.text += (out.text.empty() ? "" : " ") + w.text;
    return out;
}

std::vector<CtcWord> ctcForcedAlign(const FloatArray& logits, const CtcVocabulary& vocabulary,
                                    const std::vector<std::string>& words, double frameSeconds) {
    checkLogits(logits, vocabulary, "CTC forced alignment");
    if (words.empty())
        return {};
    // Target tokens, remembering which word each belongs to (-1 for delimiters).
    std::vector<int64_t> labels;
    std::vector<int64_t> wordOf;
    for (size_t w = 0; w < words.size(); ++w) {
        if (w > 0 && vocabulary.delimiter >= 0) {
            labels.push_back(vocabulary.delimiter);
            wordOf.push_back(-1);
        }
        for (auto id : vocabulary.encodeWord(words[w])) {
            labels.push_back(id);
            wordOf.push_back(static_cast<int64_t>(w));
        }
    }

    const int64_t frames = logits.dim(0), classes = logits.dim(1);
    const auto length = static_cast<int64_t>(labels.size());
    int64_t needed = length;
    for (int64_t i = 1; i < length; ++i)
        needed += labels[i] == labels[i - 1];
    if (frames < needed) {
        throw Error("CTC forced alignment: the transcript needs at least " +
                    std::to_string(needed) + " frames but the audio gives " +
                    std::to_string(frames));
    }

    // Log-softmax per frame.
    std::vector<double> logProbs(static_cast<size_t>(frames * classes));
    for (int64_t t = 0; t < frames; ++t) {
        const float* row = logits.data.data() + t * classes;
        const double peak = *std::max_element(row, row + classes);
        double sum = 0.0;
        for (int64_t c = 0; c < classes; ++c)
            sum += std::exp(row[c] - peak);
        const double logSum = peak + std::log(sum);
        for (int64_t c = 0; c < classes; ++c)
            logProbs[static_cast<size_t>(t * classes + c)] = row[c] - logSum;
    }

    // States alternate blank, label 0, blank, label 1, ..., blank.
    const int64_t states = 2 * length + 1;
    auto stateLabel = [&](int64_t s) { return s % 2 == 0 ? vocabulary.blank : labels[s / 2]; };
    const double minusInf = -std::numeric_limits<double>::infinity();
    std::vector<double> score(static_cast<size_t>(states), minusInf), next(score);
    std::vector<int8_t> step(static_cast<size_t>(frames * states), 0);  // states moved back by
    score[0] = logProbs[static_cast<size_t>(stateLabel(0))];
    score[1] = logProbs[static_cast<size_t>(stateLabel(1))];
    for (int64_t t = 1; t < frames; ++t) {
        const double* lp = logProbs.data() + t * classes;
        for (int64_t s = 0; s < states; ++s) {
            double best = score[static_cast<size_t>(s)];
            int8_t move = 0;
            if (s >= 1 && score[static_cast<size_t>(s - 1)] > best) {
                best = score[static_cast<size_t>(s - 1)];
                move = 1;
            }
            if (s >= 2 && s % 2 == 1 && labels[s / 2] != labels[s / 2 - 1] &&
                score[static_cast<size_t>(s - 2)] > best) {
                best = score[static_cast<size_t>(s - 2)];
                move = 2;
            }
            next[static_cast<size_t>(s)] = best + lp[stateLabel(s)];
            step[static_cast<size_t>(t * states + s)] = move;
        }
        std::swap(score, next);
    }
    int64_t s = score[static_cast<size_t>(states - 1)] >= score[static_cast<size_t>(states - 2)]
                    ? states - 1
                    : states - 2;
    std::vector<int64_t> path(static_cast<size_t>(frames));
    for (int64_t t = frames - 1; t >= 0; --t) {
        path[static_cast<size_t>(t)] = s;
        s -= step[static_cast<size_t>(t * states + s)];
    }

    std::vector<CtcWord> out(words.size());
    std::vector<bool> seen(words.size(), false);
    for (size_t w = 0; w < words.size(); ++w)
        out[w].text = words[w];
    for (int64_t t = 0; t < frames; ++t) {
        const int64_t state = path[static_cast<size_t>(t)];
        if (state % 2 == 0)
            continue;
        const int64_t w = wordOf[static_cast<size_t>(state / 2)];
        if (w < 0)
            continue;
        auto& word = out[static_cast<size_t>(w)];
        if (!seen[static_cast<size_t>(w)]) {
            word.start = static_cast<double>(t) * frameSeconds;
            seen[static_cast<size_t>(w)] = true;
        }
        word.end = static_cast<double>(t + 1) * frameSeconds;
    }
    return out;
}

}  // namespace sonara::models
