#pragma once

#include "core/engine/transcript.h"
#include "models/wav2vec2/wav2vec2_ctc.h"

#include <QList>
#include <cstdint>

namespace sonara::core {

// Greedy CTC decoding of logits that arrive a window at a time: over one stretch of audio it
// finds the same words as models::ctcGreedyDecode over the whole stretch at once, so a word
// that spans two windows stays one word. A word's probability is the mean posterior (softmax)
// of the frames that emitted its letters.
class CtcWordStream {
public:
    CtcWordStream(models::CtcVocabulary vocabulary, double frameSeconds);

    // Starts a stretch of audio that begins `offsetSeconds` into the recording; ends the one
    // before.
    void begin(double offsetSeconds);
    // The next `frames` rows of logits [frames, vocab] of the current stretch, row-major.
    void push(const float* logits, int64_t frames, int64_t classes);
    // Closes the word still open at the end of the stretch.
    void end();

    const QList<TranscriptWord>& words() const { return words_; }

private:
    void consumeFrame(int64_t token, double posterior);
    void closeWord();

    models::CtcVocabulary vocabulary_;
    double frameSeconds_;
    double offset_ = 0;
    int64_t frame_ = 0;  // next frame of the stretch
    int64_t previous_ = -1;
    bool inWord_ = false;
    TranscriptWord word_;
    double posteriorSum_ = 0;
    int64_t posteriorFrames_ = 0;
    QList<TranscriptWord> words_;
};

}  // namespace sonara::core
