#include "core/engine/engines/ctc_word_stream.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace sonara::core {
namespace {

struct BestToken {
    int64_t id = 0;
    double posterior = 0;
};

BestToken bestToken(const float* row, int64_t classes) {
    const int64_t best = std::max_element(row, row + classes) - row;
    double sum = 0;
    for (int64_t c = 0; c < classes; ++c) {
        sum += std::exp(double(row[c]) - double(row[best]));
    }
    return BestToken{best, 1.0 / sum};
}

// Wav2Vec2CTCTokenizer's special tokens (<s>, </s>, <unk>) carry no text.
bool isSpecial(const std::string& token) {
    return token.size() > 2 && token.front() == '<' && token.back() == '>';
}

}  // namespace

CtcWordStream::CtcWordStream(models::CtcVocabulary vocabulary, double frameSeconds)
    : vocabulary_(std::move(vocabulary)), frameSeconds_(frameSeconds) {}

void CtcWordStream::begin(double offsetSeconds) {
    end();
    offset_ = offsetSeconds;
    frame_ = 0;
    previous_ = -1;
}

void CtcWordStream::push(const float* logits, int64_t frames, int64_t classes) {
    for (int64_t t = 0; t < frames; ++t, ++frame_) {
        const BestToken best = bestToken(logits + t * classes, classes);
        consumeFrame(best.id, best.posterior);
    }
}

void CtcWordStream::end() {
    closeWord();
}

void CtcWordStream::consumeFrame(int64_t token, double posterior) {
    const bool repeat = token == previous_;
    previous_ = token;
    const std::string& text = vocabulary_.tokens.at(size_t(token));
    if (token == vocabulary_.blank || text.empty() || isSpecial(text)) {
        return;
    }
    if (token == vocabulary_.delimiter) {
        closeWord();
        return;
    }
    if (!inWord_) {
        word_ = TranscriptWord{};
        word_.start = offset_ + double(frame_) * frameSeconds_;
        inWord_ = true;
    }
    if (!repeat) {
        word_.text += QString::fromStdString(text);
    }
    word_.end = offset_ + double(frame_ + 1) * frameSeconds_;
    posteriorSum_ += posterior;
    ++posteriorFrames_;
}

void CtcWordStream::closeWord() {
    if (!inWord_) {
        return;
    }
    word_.probability = posteriorSum_ / double(std::max<int64_t>(posteriorFrames_, 1));
    words_.append(word_);
    inWord_ = false;
    posteriorSum_ = 0;
    posteriorFrames_ = 0;
}

}  // namespace sonara::core
