#pragma once

#include "core/engine/engine.h"

namespace sonara::core {

// Speech to text with CMU PocketSphinx and its US English model: modest accuracy, but it runs
// on any CPU with no download and times every word.
class PocketsphinxSttEngine : public Engine {
public:
    EngineInfo info() const override;
    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override;

    // Where the acoustic model, language model and dictionary are read from.
    static QString modelDirectory();
};

}  // namespace sonara::core
