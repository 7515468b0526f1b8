#pragma once

#include "core/engine/parameter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sonara::core {

// The general kinds of job input. A capability names its inputs in its descriptor; a job
// carries one value per input name (see JobInputs).
enum class InputKind {
    Audio,     // one or more audio files
    Text,      // free text
    Choice,    // one value out of a list, such as a language or an accent
    Voice,     // a voice of the user's voice library, by id or name
    Document,  // a JSON document validated against the input's schema (an edit list, a dub)
    Video,     // one or more video files
    Image,     // a picture file (PNG, JPEG, WebP), such as a status video's background
};
// CutList: what an edit removed and kept (core/engine/cut_list.h), as JSON or an EDL.
// Document: a JSON document exported as it is (a dub's segment report).
enum class OutputKind { Audio, Transcript, Video, CutList, Document };

QString inputKindName(InputKind kind);
QString outputKindName(OutputKind kind);
// Whether values of this kind are files the edges upload or pick (audio, video).
bool isFileInput(InputKind kind);

struct InputSpec {
    QString id;
    InputKind kind = InputKind::Audio;
    QString title;
    QString help;
    bool required = true;
    // Files: more than one may be given.
    bool multiple = false;
    // Choice: the values accepted; empty accepts any short identifier (the engine checks it).
    QStringList choices;
    // Text: the longest accepted value, in characters.
    int maxCharacters = 200000;
    // Document: the JSON Schema the value must satisfy (the subset json_schema.h knows).
    QJsonObject schema;

    // The JSON Schema of the value the local API takes (file inputs: asset ids).
    QJsonObject toJsonSchema() const;
};

struct OutputSpec {
    QString id;
    OutputKind kind = OutputKind::Audio;
    QString title;
    // File formats the output can be exported to; the first is the default.
    QStringList formats;
};

// The single source of truth for a capability: registered once in the registry, it drives the
// studio's form, the local API's validation and OpenAPI schema, and the CLI's flags.
struct CapabilityDescriptor {
    QString id;
    QString title;
    QString summary;
    QList<InputSpec> inputs;
    QList<ParameterSpec> parameters;
    QList<OutputSpec> outputs;

    const InputSpec* input(const QString& id) const;
    // The first input of this kind: the one shorthands such as a positional file or --text fill.
    const InputSpec* firstInput(InputKind kind) const;
    // The first audio or video input: the file a positional argument or the current track fills.
    const InputSpec* firstFileInput() const;
    const ParameterSpec* parameter(const QString& id) const;
    QList<ParameterSpec> parametersFor(const QString& engineId) const;
};

}  // namespace sonara::core
