#pragma once

#include "core/engine/engine.h"

namespace sonara::core {

// Speech to text with an installed OpenAI Whisper checkpoint: many languages, translation to
// English, segment timings. Runs on the GPU when there is one, else on the CPU.
class WhisperSttEngine : public Engine {
public:
    EngineInfo info() const override;
    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override;

    // GPU memory a checkpoint of this size on disk needs while it transcribes: the weights plus
    // activations and the decoder's key/value cache.
    static qint64 vramEstimate(qint64 modelBytes);
};

}  // namespace sonara::core
