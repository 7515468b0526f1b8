#pragma once

#include "core/engine/engine.h"

namespace sonara::core {

// Natural speech from text with an installed VITS checkpoint (facebook/mms-tts-<language>: over
// 1,100 languages, one voice each): the text is split into sentences, numbers are spelled out
// in the model's language, and sentences are synthesised in batches, so a chapter takes memory
// of one batch. Runs on the GPU when there is one, else on the CPU.
class VitsTtsEngine : public Engine {
public:
    EngineInfo info() const override;
    // Refuses malformed SSML before a job exists.
    void check(const ValidatedJob& job) const override;
    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override;
};

}  // namespace sonara::core
