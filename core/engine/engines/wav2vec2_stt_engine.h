#pragma once

#include "core/engine/engine.h"

namespace sonara::core {

// Speech to text with an installed Wav2Vec2ForCTC checkpoint: fast letter-by-letter recognition
// in the language the checkpoint was fine-tuned on, with word timings from the CTC frames. Runs
// on the GPU when there is one, else on the CPU.
class Wav2Vec2SttEngine : public Engine {
public:
    EngineInfo info() const override;
    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override;
};

}  // namespace sonara::core
