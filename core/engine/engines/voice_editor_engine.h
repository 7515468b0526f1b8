#pragma once

#include "core/engine/engine.h"

#include <QJsonObject>
#include <QList>

namespace sonara::core {

// The voice editor: applies an edit list and the rules its parameters switch on (fillers,
// profanity, chosen words, long silences, bloopers) to a recording, and returns the edited
// audio, its transcript with shifted times and the list of applied cuts. Without a transcript
// input it transcribes the recording first with the best installed stt engine (through
// runSubJob). No model of its own.
class VoiceEditorEngine : public Engine {
public:
    EngineInfo info() const override;
    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override;
};

// The capability's parameters (the rules and how edits sound), for its descriptor.
QList<ParameterSpec> voiceEditorParameters();
// The JSON Schema of the `transcript` input: an stt transcript with word timings.
QJsonObject voiceEditorTranscriptSchema();

}  // namespace sonara::core
