#pragma once

#include "core/engine/engine.h"

namespace sonara::core {

// Speech to text with an installed OpenAI Whisper checkpoint: many languages, translation to
// English, segment timings. Runs on the GPU when there is one, else on the CPU.
class WhisperSttEngine : public Engine {
public:
    EngineInfo info() const override;
    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override;
};

}  // namespace sonara::core
